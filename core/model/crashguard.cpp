#include "core/model/crashguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <utility>

namespace refrain {

namespace {

constexpr int kFormat = 1;
// The real file is a few hundred bytes; anything far larger is not ours and is not read whole.
constexpr qint64 kMaxStateBytes = 64 * 1024;
constexpr int kMaxKeyLength = 64;
// Two crashed sessions in a row with an extra on hold it off.
constexpr int kHoldAfterCrashes = 2;

bool isExtraKey(const QString &key) {
    return !key.isEmpty() && key.size() <= kMaxKeyLength;
}

QStringList uniqueKeys(const QStringList &keys) {
    QStringList out;
    for (const QString &key : keys) {
        if (isExtraKey(key) && !out.contains(key))
            out.append(key);
    }
    return out;
}

// What the previous session left behind. A field of the wrong type reads as absent; a file that
// is missing, too big or not a JSON object reads as no history at all.
struct StoredState {
    bool sessionOpen = false;
    QStringList active;
    QHash<QString, int> crashStreaks;
    QSet<QString> heldOff;
};

QStringList keysOf(const QJsonValue &value) {
    QStringList keys;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            keys.append(item.toString());
    }
    return uniqueKeys(keys);
}

StoredState readState(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(kMaxStateBytes + 1);
    if (bytes.size() > kMaxStateBytes)
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject root = document.object();

    StoredState state;
    state.sessionOpen = root.value(QLatin1String("sessionOpen")).toBool(false);
    state.active = keysOf(root.value(QLatin1String("active")));
    const QStringList held = keysOf(root.value(QLatin1String("heldOff")));
    state.heldOff = QSet<QString>(held.begin(), held.end());
    const QJsonObject streaks = root.value(QLatin1String("crashStreaks")).toObject();
    for (auto it = streaks.begin(); it != streaks.end(); ++it) {
        const double count = it.value().toDouble(-1);
        // A count is a small whole number; anything else is damage, not history.
        if (isExtraKey(it.key()) && count >= 1 && count <= 1000 && count == int(count))
            state.crashStreaks.insert(it.key(), int(count));
    }
    return state;
}

QJsonArray toArray(QStringList keys) {
    keys.sort();
    return QJsonArray::fromStringList(keys);
}

} // namespace

CrashGuard::CrashGuard(QString stateFilePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(stateFilePath)) {}

void CrashGuard::begin(const QStringList &extras) {
    if (m_begun)
        return;
    m_begun = true;
    const StoredState previous = readState(m_path);
    m_previousCrashed = previous.sessionOpen;
    m_heldOff = previous.heldOff;
    m_crashStreaks.clear();
    if (m_previousCrashed) {
        // Only the extras that were on when it crashed keep (and lengthen) their streak: one
        // that was off in that crash cannot have caused it.
        for (const QString &key : previous.active) {
            const int streak = previous.crashStreaks.value(key) + 1;
            m_crashStreaks.insert(key, streak);
            if (streak >= kHoldAfterCrashes)
                m_heldOff.insert(key);
        }
    }
    m_safeMode = m_previousCrashed;
    m_extras = uniqueKeys(extras);
    m_active = activeExtras();
    write();
}

void CrashGuard::setActiveExtras(const QStringList &extras) {
    m_extras = uniqueKeys(extras);
    const QStringList active = activeExtras();
    if (active == m_active)
        return; // the marker already says this: no write
    m_active = active;
    if (m_begun && !m_ended)
        write();
}

void CrashGuard::end() {
    if (!m_begun || m_ended)
        return;
    m_ended = true;
    m_crashStreaks.clear();
    write();
}

QStringList CrashGuard::heldOff() const {
    QStringList keys(m_heldOff.begin(), m_heldOff.end());
    keys.sort();
    return keys;
}

bool CrashGuard::holds(const QString &key) const {
    return m_heldOff.contains(key) || (m_safeMode && !m_releasedInSafeMode.contains(key));
}

QString CrashGuard::reason(const QString &key) const {
    if (m_heldOff.contains(key))
        return QStringLiteral("Off because Refrain closed unexpectedly twice in a row while it "
                              "was on. Turn it back on when you want it.");
    if (holds(key))
        return QStringLiteral("Off for this session because Refrain did not close properly last "
                              "time.");
    return {};
}

QStringList CrashGuard::activeExtras() const {
    QStringList active;
    for (const QString &key : m_extras) {
        if (!holds(key))
            active.append(key);
    }
    return active;
}

void CrashGuard::reenableAll() {
    if (!m_safeMode && m_heldOff.isEmpty())
        return;
    // A held-off extra starts a new streak; one only held by safe mode keeps its single crash,
    // so a second crash with it on still holds it off.
    for (const QString &key : std::as_const(m_heldOff))
        m_crashStreaks.remove(key);
    m_heldOff.clear();
    m_safeMode = false;
    m_releasedInSafeMode.clear();
    m_active = activeExtras();
    if (m_begun && !m_ended)
        write(); // held-off flags changed even when the active set did not
    Q_EMIT changed();
}

void CrashGuard::reenable(const QString &key) {
    bool released = false;
    if (m_heldOff.remove(key)) {
        m_crashStreaks.remove(key);
        released = true;
    }
    if (m_safeMode && !m_releasedInSafeMode.contains(key)) {
        m_releasedInSafeMode.insert(key);
        released = true;
    }
    if (!released)
        return;
    m_active = activeExtras();
    if (m_begun && !m_ended)
        write(); // held-off flags changed even when the active set did not
    Q_EMIT changed();
}

void CrashGuard::write() {
    const bool open = m_begun && !m_ended;
    QJsonObject root;
    root.insert(QLatin1String("format"), kFormat);
    root.insert(QLatin1String("sessionOpen"), open);
    root.insert(QLatin1String("active"), toArray(open ? m_active : QStringList()));
    QJsonObject streaks;
    for (auto it = m_crashStreaks.cbegin(); it != m_crashStreaks.cend(); ++it)
        streaks.insert(it.key(), it.value());
    root.insert(QLatin1String("crashStreaks"), streaks);
    root.insert(QLatin1String("heldOff"), toArray(heldOff()));

    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    // QSaveFile writes a temporary file and renames it over the old one only when complete, so
    // a kill at any moment leaves one whole state file or the other.
    QSaveFile file(m_path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok)
        ok = file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0;
    if (ok)
        ok = file.commit();
    if (ok) {
        m_problem.clear();
        return;
    }
    m_problem = QStringLiteral("Refrain could not save its session record in %1 (%2), so a "
                               "crash would go unnoticed at the next start.")
                    .arg(QDir::toNativeSeparators(m_path), file.errorString());
    file.cancelWriting();
}

} // namespace refrain
