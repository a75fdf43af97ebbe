#include "ui/healthbanner.h"

#include "ui/formlabels.h"

#include "core/model/healthmodel.h"
#include "ui/healthdetails.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace refrain {

namespace {

// "checked 20 s ago" should not read "checked 2 min ago" for long; ticks are cheap.
constexpr int kFreshnessTickMs = 10'000;
// The most the open details take before they scroll.
constexpr int kDetailsMaxHeight = 320;

} // namespace

HealthBanner::HealthBanner(HealthModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_level(new QLabel(this))
    , m_headline(plainTextLabel(this, {}, true))
    , m_detail(plainTextLabel(this, {}, true))
    , m_maintenance(plainTextLabel(this, {}, true))
    , m_offline(plainTextLabel(this, {}, true))
    , m_basis(plainTextLabel(this, {}, true))
    , m_safeMode(plainTextLabel(this, {}, true))
    , m_reenable(new QPushButton(tr("Turn Extras Back &On"), this))
    , m_action(new QPushButton(this))
    , m_detailsToggle(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
    , m_details(new HealthDetails(model, this))
    , m_detailsArea(new QScrollArea(this))
    , m_freshnessTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("healthBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Service status"));

    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setObjectName(QStringLiteral("healthHeadline"));
    m_detail->setObjectName(QStringLiteral("healthDetail"));
    m_maintenance->setObjectName(QStringLiteral("healthMaintenanceLine"));
    m_offline->setObjectName(QStringLiteral("healthOfflineLine"));
    m_basis->setObjectName(QStringLiteral("healthBasis"));
    m_safeMode->setObjectName(QStringLiteral("healthSafeModeLine"));
    m_reenable->setObjectName(QStringLiteral("healthReenableExtras"));
    m_reenable->setToolTip(tr("Switch the optional extras on again now"));
    m_safeMode->hide();
    m_reenable->hide();
    QFont small = m_basis->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_basis->setFont(small);
    // The level as a word, boxed like a badge: the colour of the strip is never the only clue.
    m_level->setObjectName(QStringLiteral("healthLevel"));
    m_level->setTextFormat(Qt::PlainText);
    m_level->setFont(bold);
    // A plain box is drawn in the label's text colour, so it shows on every tint and theme.
    m_level->setFrameShape(QFrame::Box);
    m_level->setMargin(std::max(2, m_level->fontMetrics().averageCharWidth() / 3));
    m_icon->setObjectName(QStringLiteral("healthIcon"));

    m_action->setObjectName(QStringLiteral("healthAction"));
    m_detailsToggle->setObjectName(QStringLiteral("healthDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setToolTip(tr("Components, incidents and maintenance"));
    m_dismiss->setObjectName(QStringLiteral("healthDismiss"));
    m_dismiss->setText(QStringLiteral("×"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setAccessibleName(tr("Dismiss service status"));
    m_dismiss->setToolTip(tr("Hide this until things get worse"));
    m_details->hide();

    auto *head = new QHBoxLayout;
    head->setSpacing(8);
    head->addWidget(m_level, 0, Qt::AlignTop);
    head->addWidget(m_headline, 1);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_action);
    buttons->addWidget(m_detailsToggle);
    buttons->addWidget(m_dismiss);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_icon, 0, 0, 7, 1, Qt::AlignTop);
    layout->addLayout(head, 0, 1);
    layout->addLayout(buttons, 0, 2, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_detail, 1, 1, 1, 2);
    layout->addWidget(m_maintenance, 2, 1, 1, 2);
    layout->addWidget(m_offline, 3, 1, 1, 2);
    layout->addWidget(m_basis, 4, 1, 1, 2);
    auto *safe = new QHBoxLayout;
    safe->setSpacing(8);
    safe->addWidget(m_safeMode, 1);
    safe->addWidget(m_reenable, 0, Qt::AlignTop);
    layout->addLayout(safe, 5, 1, 1, 2);
    // The details scroll inside a bounded area: a long incident timeline must neither squeeze
    // its own lines together nor push the library out of the window.
    m_detailsArea->setWidget(m_details);
    m_detailsArea->setWidgetResizable(true);
    m_detailsArea->setFrameShape(QFrame::NoFrame);
    // Not a stop of its own: Tab goes straight to what is inside, and the area scrolls to it.
    m_detailsArea->setFocusPolicy(Qt::NoFocus);
    m_detailsArea->setMaximumHeight(kDetailsMaxHeight);
    m_detailsArea->viewport()->setAutoFillBackground(false);
    m_details->setAutoFillBackground(false);
    m_detailsArea->hide();
    layout->addWidget(m_detailsArea, 6, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    m_freshnessTimer->setInterval(kFreshnessTickMs);
    // Also moves "Scheduled maintenance" on to "in progress" when the window opens.
    connect(m_freshnessTimer, &QTimer::timeout, this, &HealthBanner::refresh);
    connect(m_action, &QPushButton::clicked, this, &HealthBanner::runAction);
    connect(m_reenable, &QPushButton::clicked, this, &HealthBanner::extrasReenableRequested);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_detailsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(open);
        m_detailsArea->setVisible(open);
    });
    connect(m_dismiss, &QToolButton::clicked, m_model, &HealthModel::dismiss);
    connect(m_details, &HealthDetails::statusHistoryRequested, this,
            &HealthBanner::statusHistoryRequested);
    connect(m_model, &HealthModel::changed, this, &HealthBanner::refresh);
    connect(m_model, &HealthModel::worsened, this, [this] { announce(true); });
    refresh();
}

QString HealthBanner::headlineText() const {
    return m_headline->text();
}

QString HealthBanner::detailText() const {
    return m_detail->text();
}

QString HealthBanner::levelText() const {
    return m_level->text();
}

QString HealthBanner::maintenanceText() const {
    return m_maintenance->isHidden() ? QString() : m_maintenance->text();
}

QString HealthBanner::offlineText() const {
    return m_offline->isHidden() ? QString() : m_offline->text();
}

QString HealthBanner::freshnessText() const {
    return m_basis->text();
}

QString HealthBanner::safeModeText() const {
    return m_safeMode->isHidden() ? QString() : m_safeMode->text();
}

void HealthBanner::setSafeModeNote(const QString &text) {
    m_safeMode->setText(text);
    m_safeMode->setVisible(!text.isEmpty());
    m_reenable->setVisible(!text.isEmpty());
    refresh();
}

void HealthBanner::setPinned(bool pinned) {
    if (m_pinned == pinned)
        return;
    m_pinned = pinned;
    refresh();
}

void HealthBanner::setFreshnessInterval(int ms) {
    m_freshnessTimer->setInterval(ms);
}

void HealthBanner::showEvent(QShowEvent *event) {
    QFrame::showEvent(event);
    refreshFreshness();
    m_freshnessTimer->start();
}

void HealthBanner::hideEvent(QHideEvent *event) {
    QFrame::hideEvent(event);
    m_freshnessTimer->stop();
}

void HealthBanner::refresh() {
    m_headline->setText(m_model->headline());
    m_detail->setText(m_model->detail());
    m_detail->setVisible(!m_model->detail().isEmpty());
    // Said once: the monitor's headline may already be about the same window.
    const QString maintenance = m_model->upcomingMaintenanceText();
    const QString maintenanceWhen =
        maintenance.section(QStringLiteral(" · "), 0, 0); // without the name
    const QString readiness = m_model->readinessLine();
    const bool maintenanceShown =
        !maintenance.isEmpty() && !m_model->headline().contains(maintenanceWhen);
    // "Scheduled maintenance 02:00–04:00: Essentials ready: 11.2 h verified · 3 downloading"
    m_maintenance->setText(maintenanceShown && !readiness.isEmpty()
                               ? maintenance + QStringLiteral(": ") + readiness
                               : maintenance);
    m_maintenance->setVisible(maintenanceShown);
    m_offline->setText(readiness);
    m_offline->setVisible(!readiness.isEmpty() && !maintenanceShown);
    m_level->setText(m_model->levelText());
    m_level->setVisible(!m_model->levelText().isEmpty());
    // Without a server there is nothing to detail: no components, incidents or history.
    const bool detailed = m_model->state().serverConfigured;
    m_detailsToggle->setVisible(detailed);
    if (!detailed)
        m_detailsToggle->setChecked(false);
    const QString action = m_model->actionText();
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    refreshFreshness();

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_model->severity()) {
    case HealthModel::Severity::Neutral:
        break;
    case HealthModel::Severity::Good:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case HealthModel::Severity::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case HealthModel::Severity::Problem:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_icon->setAccessibleName(m_model->levelText());
    applyColours();

    setVisible(m_model->shouldShowBanner(m_pinned) || !m_safeMode->text().isEmpty());
    announce(false);
}

void HealthBanner::applyColours() {
    // The theme comes from around the banner: its own palette already carries the last tint.
    const QPalette theme = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    TintedSurface surface;
    switch (m_model->severity()) {
    case HealthModel::Severity::Neutral:
        surface.background = theme.color(QPalette::AlternateBase);
        surface.text = readableOn(theme.color(QPalette::Text), surface.background);
        break;
    case HealthModel::Severity::Good:
        surface = tintedSurface(theme, QColor(0x2e, 0x9d, 0x3a));
        break;
    case HealthModel::Severity::Warning:
        surface = tintedSurface(theme, QColor(0xe0, 0xa0, 0x00));
        break;
    case HealthModel::Severity::Problem:
        surface = tintedSurface(theme, QColor(0xd0, 0x31, 0x2d));
        break;
    }
    QPalette pal = theme;
    pal.setColor(QPalette::Window, surface.background);
    pal.setColor(QPalette::WindowText, surface.text);
    if (pal == palette())
        return;
    m_applyingColours = true;
    setPalette(pal);
    m_applyingColours = false;
}

void HealthBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    // A theme switched while running (dark, high contrast) gets its own tint at once.
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
}

void HealthBanner::refreshFreshness() {
    QString line = m_model->basisText();
    const QString fresh = m_model->freshnessText();
    if (!fresh.isEmpty())
        line += QStringLiteral(" · ") + fresh;
    m_basis->setText(line);
}

void HealthBanner::runAction() {
    switch (m_model->action()) {
    case HealthModel::Action::RetryNow:
        Q_EMIT retryRequested();
        break;
    case HealthModel::Action::OpenStatusPage:
        Q_EMIT openStatusPageRequested(m_model->statusPageUrl());
        break;
    case HealthModel::Action::PlayEssentials:
        Q_EMIT playEssentialsRequested();
        break;
    case HealthModel::Action::None:
        break;
    }
}

void HealthBanner::announce(bool worse) {
    // The level word leads, so a screen reader says "Major outage" before the details.
    QStringList parts;
    for (const QString &part : {m_model->levelText(), m_model->headline(), m_model->detail()}) {
        if (!part.isEmpty())
            parts << part;
    }
    const QString text = parts.join(QStringLiteral(". "));
    if (worse) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
        return;
    }
    setAccessibleDescription(text);
    // A new "checked" time, or the detail's running "has not answered for 8 s", is not news:
    // only a changed level or headline is announced.
    const QString news = m_model->levelText() + QLatin1Char('|') + m_model->headline();
    if (news == m_announced)
        return;
    m_announced = news;
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace refrain
