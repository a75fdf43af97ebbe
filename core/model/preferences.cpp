#include "core/model/preferences.h"

#include <QHash>
#include <QSettings>

namespace refrain {

namespace {

const QHash<QString, QVariant> &defaults() {
    static const QHash<QString, QVariant> table = {
        {QLatin1String(pref::kLanguage), QString()},
        {QLatin1String(pref::kCloseToTray), false},
        {QLatin1String(pref::kNotifyTrackChange), false},
        {QLatin1String(pref::kNotifyHealth), true},
        {QLatin1String(pref::kResume), QStringLiteral("queue")},
        {QLatin1String(pref::kReplayGain), QStringLiteral("track")},
        {QLatin1String(pref::kEssentialsWhenStuck), QStringLiteral("offer")},
        {QLatin1String(pref::kPinServiceStatus), false},
        {QLatin1String(pref::kAnniversaries), true},
        {QLatin1String(pref::kScrobbleToServers), true},
        {QLatin1String(pref::kListenBrainzUrl), QString()},
        {QLatin1String(pref::kFeatureDocumentUrl), QString()},
    };
    return table;
}

} // namespace

Preferences::Preferences(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

QVariant Preferences::defaultValue(const QString &key) {
    if (key.startsWith(QLatin1String(pref::kExtrasPrefix)))
        return true; // every optional extra is on until switched off
    return defaults().value(key);
}

QVariant Preferences::value(const QString &key) const {
    return m_settings->value(key, defaultValue(key));
}

void Preferences::setValue(const QString &key, const QVariant &value) {
    // Compared as text: QSettings gives "true" back for a stored bool, and the ini file is text.
    if (this->value(key).toString() == value.toString() && m_settings->contains(key))
        return;
    const bool same = this->value(key).toString() == value.toString();
    m_settings->setValue(key, value);
    if (!same)
        Q_EMIT changed(key, value);
}

void Preferences::reset(const QString &key) {
    const QVariant before = value(key);
    m_settings->remove(key);
    const QVariant after = value(key);
    if (before.toString() != after.toString())
        Q_EMIT changed(key, after);
}

} // namespace refrain
