#include "ui/databasenotice.h"

#include "core/model/libraryactivity.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace refrain {

DatabaseNotice::DatabaseNotice(LibraryActivity *activity, QWidget *parent)
    : QFrame(parent)
    , m_activity(activity)
    , m_text(new QLabel(this))
    , m_moveAside(new QPushButton(tr("Move Aside and Start a Fresh Library"), this)) {
    setObjectName(QStringLiteral("databaseNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xde, 0xdc));
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moveAside->setObjectName(QStringLiteral("moveAsideButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_moveAside, 0, Qt::AlignVCenter);

    connect(m_moveAside, &QPushButton::clicked, m_activity, &LibraryActivity::moveDatabaseAside);
    connect(m_activity, &LibraryActivity::changed, this, &DatabaseNotice::refresh);
    refresh();
}

QString DatabaseNotice::text() const {
    return m_text->text();
}

void DatabaseNotice::refresh() {
    setVisible(m_activity->hasDatabaseProblem());
    if (!m_activity->hasDatabaseProblem())
        return;
    m_text->setText(m_activity->databaseProblem().message);
    m_moveAside->setVisible(m_activity->canMoveDatabaseAside());
}

} // namespace refrain
