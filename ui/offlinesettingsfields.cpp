#include "ui/offlinesettingsfields.h"

#include "core/offline/downloadmanager.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTimer>

namespace refrain {

namespace {

QDoubleSpinBox *gigabytesBox(const QString &objectName, const QString &zeroText) {
    auto *box = new QDoubleSpinBox;
    box->setObjectName(objectName);
    box->setRange(0.0, 100'000.0);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    box->setSuffix(QStringLiteral(" GB"));
    box->setSpecialValueText(zeroText);
    return box;
}

QString withoutMnemonic(const QString &label) {
    return QString(label).remove(QLatin1Char('&')).chopped(1);
}

} // namespace

OfflineSettingsFields::OfflineSettingsFields(DownloadManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_essentialsHours(new QDoubleSpinBox)
    , m_essentialsGb(gigabytesBox(QStringLiteral("essentialsGbBox"), tr("No limit")))
    , m_quota(gigabytesBox(QStringLiteral("quotaBox"), tr("None (free disk space only)")))
    , m_parallel(new QSpinBox)
    , m_cache(gigabytesBox(QStringLiteral("cacheBox"), tr("Off")))
    , m_applyTimer(new QTimer(this)) {
    m_essentialsHours->setObjectName(QStringLiteral("essentialsHoursBox"));
    m_essentialsHours->setRange(0.0, 10'000.0);
    m_essentialsHours->setDecimals(1);
    m_essentialsHours->setSingleStep(0.5);
    m_essentialsHours->setSuffix(QStringLiteral(" h"));
    m_essentialsHours->setSpecialValueText(tr("No limit"));
    m_essentialsHours->setToolTip(tr("How much music Emergency Essentials keeps, by length"));
    m_essentialsGb->setToolTip(tr("How much music Emergency Essentials keeps, by size"));
    m_quota->setToolTip(tr("The most every offline file together may take"));
    m_parallel->setObjectName(QStringLiteral("parallelBox"));
    m_parallel->setRange(1, 8);
    m_parallel->setToolTip(tr("How many files download at the same time"));
    m_cache->setToolTip(
        tr("Copies of streamed songs kept for later; the least recently played go first"));
    m_essentialsHours->setAccessibleName(withoutMnemonic(essentialsHoursLabel()));
    m_essentialsGb->setAccessibleName(withoutMnemonic(essentialsGbLabel()));
    m_quota->setAccessibleName(withoutMnemonic(quotaLabel()));
    m_parallel->setAccessibleName(withoutMnemonic(parallelLabel()));
    m_cache->setAccessibleName(withoutMnemonic(cacheLabel()));

    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(kApplyDelayMs);
    connect(m_applyTimer, &QTimer::timeout, this, &OfflineSettingsFields::apply);
    connect(m_essentialsHours, &QDoubleSpinBox::valueChanged, this,
            [this] { edited(EssentialsHours); });
    connect(m_essentialsGb, &QDoubleSpinBox::valueChanged, this, [this] { edited(EssentialsGb); });
    connect(m_quota, &QDoubleSpinBox::valueChanged, this, [this] { edited(Quota); });
    connect(m_parallel, &QSpinBox::valueChanged, this, [this] { edited(Parallel); });
    connect(m_cache, &QDoubleSpinBox::valueChanged, this, [this] { edited(Cache); });
    load();
}

OfflineSettingsFields::~OfflineSettingsFields() {
    // A change typed just before the window went still counts.
    if (m_applyTimer->isActive())
        apply();
}

QString OfflineSettingsFields::essentialsHoursLabel() {
    return tr("Emergency Essentials, &hours:");
}

QString OfflineSettingsFields::essentialsGbLabel() {
    return tr("Emergency Essentials, si&ze:");
}

QString OfflineSettingsFields::quotaLabel() {
    return tr("Storage &quota:");
}

QString OfflineSettingsFields::parallelLabel() {
    return tr("Parallel &downloads:");
}

QString OfflineSettingsFields::cacheLabel() {
    return tr("Stream cach&e:");
}

void OfflineSettingsFields::load() {
    if (!m_manager || m_edited != 0)
        return;
    const OfflineSettings &s = m_manager->settings();
    m_loading = true;
    m_essentialsHours->setValue(s.essentialsHours);
    m_essentialsGb->setValue(s.essentialsGb);
    m_quota->setValue(s.quotaGb);
    m_parallel->setValue(s.parallel);
    m_cache->setValue(s.cacheGb);
    m_loading = false;
}

void OfflineSettingsFields::edited(Field field) {
    if (m_loading)
        return;
    m_edited |= field;
    m_applyTimer->start();
}

void OfflineSettingsFields::apply() {
    m_applyTimer->stop();
    const unsigned edited = std::exchange(m_edited, 0u);
    if (!m_manager || edited == 0)
        return;
    OfflineSettings s = m_manager->settings();
    if (edited & EssentialsHours)
        s.essentialsHours = m_essentialsHours->value();
    if (edited & EssentialsGb)
        s.essentialsGb = m_essentialsGb->value();
    if (edited & Quota)
        s.quotaGb = m_quota->value();
    if (edited & Parallel)
        s.parallel = m_parallel->value();
    if (edited & Cache)
        s.cacheGb = m_cache->value();
    if (!(s == m_manager->settings()))
        m_manager->setSettings(s);
}

} // namespace refrain
