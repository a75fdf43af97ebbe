#include "app/trayicon.h"

#include "core/model/healthmodel.h"
#include "core/model/playermodel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QSystemTrayIcon>

namespace refrain {

namespace {

constexpr int kIconSize = 64;
constexpr int kNotificationMs = 10'000;
constexpr int kTrackNotificationMs = 5'000;
// How wide a line of the menu may grow, in average characters, before it is elided.
constexpr int kLineChars = 48;

enum class Badge { None, Ok, Warning, Problem, Offline };

Badge badgeFor(const HealthState &state) {
    if (!state.serverConfigured)
        return Badge::None;
    switch (state.level) {
    case HealthLevel::Operational:
        return Badge::Ok;
    case HealthLevel::Degraded:
    case HealthLevel::Maintenance:
        return Badge::Warning;
    case HealthLevel::PartialOutage:
    case HealthLevel::MajorOutage:
        return Badge::Problem;
    case HealthLevel::Offline:
        return Badge::Offline;
    case HealthLevel::Unknown:
        break;
    }
    return Badge::None;
}

QColor badgeColour(Badge badge) {
    switch (badge) {
    case Badge::Ok:
        return QColor(0x2e, 0x9d, 0x3a);
    case Badge::Warning:
        return QColor(0xe0, 0x9a, 0x00);
    case Badge::Problem:
        return QColor(0xd0, 0x31, 0x2d);
    case Badge::Offline:
        return QColor(0x70, 0x70, 0x70);
    case Badge::None:
        break;
    }
    return {};
}

// A round badge in `circle`. It carries a mark as well as a colour (✓, !, –) so that it still
// reads in a monochrome tray or for colour-blind users.
void paintBadge(QPainter &p, const QRectF &circle, Badge badge) {
    p.setPen(QPen(Qt::white, kIconSize / 16.0));
    p.setBrush(badgeColour(badge));
    p.drawEllipse(circle);

    QPen mark(Qt::white, kIconSize / 12.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    const QPointF c = circle.center();
    const qreal r = circle.width() / 2;
    switch (badge) {
    case Badge::Ok: {
        QPainterPath tick;
        tick.moveTo(c.x() - r * 0.45, c.y());
        tick.lineTo(c.x() - r * 0.1, c.y() + r * 0.35);
        tick.lineTo(c.x() + r * 0.45, c.y() - r * 0.35);
        p.drawPath(tick);
        break;
    }
    case Badge::Warning:
    case Badge::Problem:
        p.drawLine(QPointF(c.x(), c.y() - r * 0.5), QPointF(c.x(), c.y() + r * 0.1));
        p.drawPoint(QPointF(c.x(), c.y() + r * 0.45));
        break;
    case Badge::Offline:
        p.drawLine(QPointF(c.x() - r * 0.45, c.y()), QPointF(c.x() + r * 0.45, c.y()));
        break;
    case Badge::None:
        break;
    }
}

// The app icon with the badge in the corner.
QIcon badgedIcon(const QIcon &base, Badge badge) {
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    base.paint(&p, pixmap.rect());
    if (badge != Badge::None)
        paintBadge(p,
                   QRectF(kIconSize * 0.46, kIconSize * 0.46, kIconSize * 0.52, kIconSize * 0.52),
                   badge);
    p.end();
    return QIcon(pixmap);
}

// The badge alone, for the health line of the menu.
QIcon badgeIcon(Badge badge) {
    if (badge == Badge::None)
        return {};
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paintBadge(p, QRectF(kIconSize * 0.05, kIconSize * 0.05, kIconSize * 0.9, kIconSize * 0.9),
               badge);
    p.end();
    return QIcon(pixmap);
}

QSystemTrayIcon::MessageIcon messageIcon(HealthLevel level) {
    switch (level) {
    case HealthLevel::Operational:
        return QSystemTrayIcon::Information;
    case HealthLevel::Degraded:
    case HealthLevel::Maintenance:
    case HealthLevel::Offline:
        return QSystemTrayIcon::Warning;
    case HealthLevel::PartialOutage:
    case HealthLevel::MajorOutage:
        return QSystemTrayIcon::Critical;
    case HealthLevel::Unknown:
        break;
    }
    return QSystemTrayIcon::NoIcon;
}

// Which song started: the same one again (restarted, resumed) is not a new start.
QString trackKey(const Track &track) {
    return track.source + QLatin1Char('\n') + track.location + QLatin1Char('\n')
           + QString::number(track.id);
}

} // namespace

TrayIcon::TrayIcon(HealthModel *model, PlayerModel *player, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_player(player)
    , m_menu(std::make_unique<QMenu>())
    , m_baseIcon(QApplication::windowIcon()) {
    if (m_baseIcon.isNull())
        m_baseIcon = QApplication::style()->standardIcon(QStyle::SP_MediaPlay);
    // Built after the monitor has spoken: what it says now is the baseline, not news.
    m_settled = model->state().level != HealthLevel::Unknown;
    m_trackNotice.setSingleShot(true);
    m_trackNotice.setInterval(kTrackNoticeDelayMs);
    connect(&m_trackNotice, &QTimer::timeout, this, &TrayIcon::announceTrack);
    buildMenu();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayIcon::handleActivation);
    }
    connect(m_model, &HealthModel::changed, this, &TrayIcon::refresh);
    if (m_player)
        connect(m_player, &PlayerModel::stateChanged, this, &TrayIcon::onPlayerChanged);
    connect(this, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    refresh();
    onPlayerChanged();
    refreshWindowAction();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon() {
    // The tray must let go of the menu before the menu goes.
    if (m_tray)
        m_tray->setContextMenu(nullptr);
}

void TrayIcon::buildMenu() {
    QStyle *style = QApplication::style();
    auto named = [this](const QString &name) {
        QAction *action = m_menu->addAction(QString());
        action->setObjectName(name);
        return action;
    };
    m_nowPlaying = named(QStringLiteral("nowPlaying"));
    m_nowPlaying->setEnabled(false);
    m_playPause = named(QStringLiteral("playPause"));
    m_next = named(QStringLiteral("next"));
    m_next->setIcon(style->standardIcon(QStyle::SP_MediaSkipForward));
    m_previous = named(QStringLiteral("previous"));
    m_previous->setIcon(style->standardIcon(QStyle::SP_MediaSkipBackward));
    m_menu->addSeparator();
    m_health = named(QStringLiteral("health"));
    m_health->setEnabled(false);
    m_showWindow = named(QStringLiteral("showWindow"));
    m_quit = named(QStringLiteral("quit"));
    m_quit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));

    connect(m_playPause, &QAction::triggered, this, [this] {
        if (m_player)
            m_player->togglePlayPause();
    });
    connect(m_next, &QAction::triggered, this, [this] {
        if (m_player)
            m_player->next();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (m_player)
            m_player->previous();
    });
    connect(m_showWindow, &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    // What the queue allows can change without a state change (songs added): the menu is right
    // whenever it is seen.
    connect(m_menu.get(), &QMenu::aboutToShow, this, [this] {
        refreshPlayer();
        refreshWindowAction();
    });
    // A language chosen while running reaches top-level widgets: the menu tells us.
    m_menu->installEventFilter(this);
}

void TrayIcon::setWindow(QWidget *window) {
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    refreshWindowAction();
}

void TrayIcon::setNotifyTrackChanges(bool on) {
    m_notifyTracks = on;
    if (!on)
        m_trackNotice.stop();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange) {
        refresh();
        refreshPlayer();
        refreshWindowAction();
    } else if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::WindowStateChange:
            refreshWindowAction();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

QString TrayIcon::elided(const QString &text) const {
    const QFontMetrics metrics(m_menu->font());
    return metrics.elidedText(text, Qt::ElideRight, metrics.averageCharWidth() * kLineChars);
}

QString TrayIcon::menuLine(const QString &text) const {
    // A title like "Rock & Roll" must not lose its '&' to a keyboard mnemonic.
    QString line = elided(text);
    return line.replace(QLatin1Char('&'), QLatin1String("&&"));
}

void TrayIcon::refresh() {
    const HealthState &state = m_model->state();
    const Badge badge = badgeFor(state);
    m_icon = badgedIcon(m_baseIcon, badge);
    m_health->setText(menuLine(state.headline));
    m_health->setIcon(badgeIcon(badge));
    m_health->setVisible(!state.headline.isEmpty());
    updateToolTip();
    if (m_tray)
        m_tray->setIcon(m_icon);
}

void TrayIcon::refreshPlayer() {
    const bool current = m_player && m_player->hasCurrent();
    const bool playing = m_player && m_player->isPlaying();
    m_nowPlaying->setText(current ? menuLine(m_player->nowPlayingText()) : tr("Nothing playing"));
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(QApplication::style()->standardIcon(playing ? QStyle::SP_MediaPause
                                                                     : QStyle::SP_MediaPlay));
    m_playPause->setEnabled(m_player && (playing || m_player->canPlay()));
    m_next->setText(tr("Next"));
    m_next->setEnabled(m_player && m_player->canGoNext());
    m_previous->setText(tr("Previous"));
    m_previous->setEnabled(m_player && m_player->canGoPrevious());
    m_quit->setText(tr("Quit Refrain"));
    updateToolTip();
}

bool TrayIcon::windowOnScreen() const {
    return m_window && m_window->isVisible() && !m_window->isMinimized();
}

void TrayIcon::refreshWindowAction() {
    m_showWindow->setText(windowOnScreen() ? tr("Hide Refrain") : tr("Show Refrain"));
}

void TrayIcon::updateToolTip() {
    const HealthState &state = m_model->state();
    QString tip = state.headline.isEmpty() ? QApplication::applicationDisplayName()
                                           : tr("Refrain — %1").arg(state.headline);
    if (m_player && m_player->hasCurrent()) {
        const QString song = elided(m_player->nowPlayingText());
        tip =
            (m_player->isPlaying() ? song : tr("%1 (paused)").arg(song)) + QLatin1Char('\n') + tip;
    }
    m_toolTip = tip;
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

void TrayIcon::onPlayerChanged() {
    refreshPlayer();
    if (!m_player)
        return;
    if (!m_player->hasCurrent()) {
        m_startedKey.clear();
        m_trackNotice.stop();
        return;
    }
    // Paused or stopped: nothing started. Resumed, or the same song from the top: not news.
    if (!m_player->isPlaying())
        return;
    const QString key = trackKey(m_player->currentTrack());
    if (key == m_startedKey)
        return;
    m_startedKey = key;
    m_trackNotice.stop();
    // Decided now: someone looking at the window as the song changes has seen it change.
    if (m_notifyTracks && !windowInFront())
        m_trackNotice.start();
}

void TrayIcon::announceTrack() {
    if (!m_notifyTracks || !m_player || !m_player->isPlaying() || windowInFront())
        return;
    const Track track = m_player->currentTrack();
    if (trackKey(track) != m_startedKey)
        return;
    const QString title = !track.title.isEmpty() ? track.title : track.fileName;
    const QString artist = track.displayArtist();
    const QString message = artist.isEmpty() || track.album.isEmpty()
                                ? artist + track.album
                                : tr("%1 — %2").arg(artist, track.album);
    Q_EMIT notified(title, message);
    showMessage(title, message, QSystemTrayIcon::NoIcon, m_baseIcon, kTrackNotificationMs);
}

bool TrayIcon::windowInFront() const {
    // Any Refrain window counts: a dialog over the main window is still Refrain in front.
    return QApplication::activeWindow() != nullptr;
}

void TrayIcon::handleActivation(QSystemTrayIcon::ActivationReason reason) {
    switch (reason) {
    case QSystemTrayIcon::Trigger:
        toggleWindow();
        break;
    case QSystemTrayIcon::DoubleClick:
        // The first click of the two already toggled; a double click means "show me".
        if (!windowOnScreen())
            toggleWindow();
        break;
    case QSystemTrayIcon::MiddleClick:
        if (m_player && (m_player->isPlaying() || m_player->canPlay()))
            m_player->togglePlayPause();
        break;
    case QSystemTrayIcon::Context:
    case QSystemTrayIcon::Unknown:
        break;
    }
}

void TrayIcon::toggleWindow() {
    if (!m_window) {
        Q_EMIT activated();
        return;
    }
    if (windowOnScreen()) {
        m_window->hide();
        return;
    }
    // Back as it was left (maximized stays maximized), only no longer minimized.
    if (m_window->isMinimized())
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT activated();
}

QString TrayIcon::dedupeKey(const HealthState &state) {
    return healthLevelKey(state.level) + QLatin1Char('\n') + state.headline;
}

bool TrayIcon::wouldNotify(const HealthState &previous, const HealthState &current,
                           const QDateTime &now) const {
    if (!m_notifyHealth)
        return false;
    if (previous.level == current.level || current.level == HealthLevel::Unknown)
        return false;
    if (!current.serverConfigured)
        return false;
    if (!m_settled && previous.level == HealthLevel::Unknown)
        return false;
    const QDateTime shown = m_shown.value(dedupeKey(current));
    return !shown.isValid() || shown.secsTo(now) >= kRepeatWindowSecs;
}

void TrayIcon::notifyTransition(const HealthState &previous, const HealthState &current) {
    const QDateTime now = m_model->now();
    const bool notify = wouldNotify(previous, current, now);
    if (current.level != HealthLevel::Unknown)
        m_settled = true;
    if (!notify)
        return;
    // Forget what is too old to matter, so the table stays as small as the repeat window.
    for (auto it = m_shown.begin(); it != m_shown.end();) {
        if (it.value().secsTo(now) >= kRepeatWindowSecs)
            it = m_shown.erase(it);
        else
            ++it;
    }
    m_shown.insert(dedupeKey(current), now);

    const QString who = !current.serviceName.isEmpty() ? current.serviceName : current.serverName;
    const QString level = healthLevelLabel(current.level);
    const QString title = who.isEmpty() ? level : tr("%1: %2").arg(who, level);
    Q_EMIT notified(title, current.headline);
    showMessage(title, current.headline, messageIcon(current.level), QIcon(), kNotificationMs);
}

void TrayIcon::notify(const QString &title, const QString &message) {
    Q_EMIT notified(title, message);
    showMessage(title, message, QSystemTrayIcon::Information, QIcon(), kNotificationMs);
}

QString TrayIcon::notificationBody(const QString &text) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

void TrayIcon::showMessage(const QString &title, const QString &message,
                           QSystemTrayIcon::MessageIcon kind, const QIcon &icon, int ms) {
    if (!m_tray || !QSystemTrayIcon::supportsMessages())
        return;
    // The summary (title) is plain text in the freedesktop spec; only the body is markup.
    if (icon.isNull())
        m_tray->showMessage(title, notificationBody(message), kind, ms);
    else
        m_tray->showMessage(title, notificationBody(message), icon, ms);
}

} // namespace refrain
