#include "ui/scanstatuswidget.h"

#include "core/model/libraryactivity.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace refrain {

ScanStatusWidget::ScanStatusWidget(LibraryActivity *activity, QWidget *parent)
    : QWidget(parent)
    , m_activity(activity)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("scanStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(QStringLiteral("scanStatusLabel"));
    m_bar->setMaximumWidth(m_bar->fontMetrics().averageCharWidth() * 22);
    m_bar->setTextVisible(false);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Stop scanning"));
    m_cancel->setAccessibleName(tr("Stop scanning"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(m_cancel, &QToolButton::clicked, m_activity, &LibraryActivity::cancelScan);
    connect(m_activity, &LibraryActivity::changed, this, &ScanStatusWidget::refresh);
    refresh();
}

QString ScanStatusWidget::text() const {
    return m_label->text();
}

void ScanStatusWidget::refresh() {
    m_label->setText(m_activity->statusText());
    const bool scanning = m_activity->isScanning();
    m_bar->setVisible(scanning);
    m_cancel->setVisible(scanning);
    const auto &progress = m_activity->progress();
    if (progress.toRead > 0) {
        m_bar->setRange(0, progress.toRead);
        m_bar->setValue(progress.read);
    } else {
        m_bar->setRange(0, 0); // busy: still looking for files
    }
}

} // namespace refrain
