#include "ui/databasenotice.h"

#include "core/model/libraryactivity.h"
#include "ui/formlabels.h"

#include <QApplication>
#include <QEvent>
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
    applyColours();

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
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

void DatabaseNotice::applyColours() {
    // Tinted red over the surrounding theme, with text that keeps 4.5:1 in light, dark and
    // high-contrast palettes alike.
    const QPalette theme = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    const TintedSurface surface = tintedSurface(theme, QColor(0xd0, 0x31, 0x2d));
    QPalette pal = theme;
    pal.setColor(QPalette::Window, surface.background);
    pal.setColor(QPalette::WindowText, surface.text);
    if (pal == palette())
        return;
    m_applyingColours = true;
    setPalette(pal);
    m_applyingColours = false;
}

void DatabaseNotice::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
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
