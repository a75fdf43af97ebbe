#include "app/trayicon.h"

#include "core/model/healthmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QSystemTrayIcon>

namespace refrain {

namespace {

constexpr int kIconSize = 64;
constexpr int kNotificationMs = 10'000;

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

// The app icon with a round badge in the corner. The badge carries a mark as well as a colour
// (✓, !, –) so that it still reads in a monochrome tray or for colour-blind users.
QIcon badgedIcon(const QIcon &base, Badge badge) {
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    base.paint(&p, pixmap.rect());
    if (badge == Badge::None)
        return QIcon(pixmap);

    QColor fill;
    switch (badge) {
    case Badge::Ok:
        fill = QColor(0x2e, 0x9d, 0x3a);
        break;
    case Badge::Warning:
        fill = QColor(0xe0, 0x9a, 0x00);
        break;
    case Badge::Problem:
        fill = QColor(0xd0, 0x31, 0x2d);
        break;
    case Badge::Offline:
        fill = QColor(0x70, 0x70, 0x70);
        break;
    case Badge::None:
        break;
    }
    const QRectF circle(kIconSize * 0.46, kIconSize * 0.46, kIconSize * 0.52, kIconSize * 0.52);
    p.setPen(QPen(Qt::white, kIconSize / 16.0));
    p.setBrush(fill);
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

} // namespace

TrayIcon::TrayIcon(HealthModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_baseIcon(QApplication::windowIcon()) {
    if (m_baseIcon.isNull())
        m_baseIcon = QApplication::style()->standardIcon(QStyle::SP_MediaPlay);
    // Built after the monitor has spoken: what it says now is the baseline, not news.
    m_settled = model->state().level != HealthLevel::Unknown;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT activated();
                });
    }
    connect(m_model, &HealthModel::changed, this, &TrayIcon::refresh);
    refresh();
    if (m_tray)
        m_tray->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::refresh() {
    const HealthState &state = m_model->state();
    m_icon = badgedIcon(m_baseIcon, badgeFor(state));
    m_toolTip = state.headline.isEmpty() ? QApplication::applicationDisplayName()
                                         : tr("Refrain — %1").arg(state.headline);
    if (!m_tray)
        return;
    m_tray->setIcon(m_icon);
    m_tray->setToolTip(m_toolTip);
}

QString TrayIcon::dedupeKey(const HealthState &state) {
    return healthLevelKey(state.level) + QLatin1Char('\n') + state.headline;
}

bool TrayIcon::wouldNotify(const HealthState &previous, const HealthState &current,
                           const QDateTime &now) const {
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
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, current.headline, messageIcon(current.level), kNotificationMs);
}

void TrayIcon::notify(const QString &title, const QString &message) {
    Q_EMIT notified(title, message);
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, kNotificationMs);
}

} // namespace refrain
