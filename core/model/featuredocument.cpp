#include "core/model/featuredocument.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QtEndian>

namespace refrain {

namespace {

constexpr int kMaxKeyLength = 64;

bool isFeatureKey(const QString &key) {
    if (key.isEmpty() || key.size() > kMaxKeyLength)
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

// One entry of "features"; nullopt when anything in it is not as the schema says.
std::optional<FeatureDocument::Entry> readEntry(const QJsonValue &value) {
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    FeatureDocument::Entry entry;
    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    if (!enabled.isUndefined()) {
        if (!enabled.isBool())
            return std::nullopt;
        entry.enabled = enabled.toBool();
    }
    const QJsonValue rollout = object.value(QLatin1String("rollout"));
    if (!rollout.isUndefined()) {
        if (!rollout.isDouble())
            return std::nullopt;
        const double percent = rollout.toDouble();
        if (!(percent >= 0 && percent <= 100) || percent != double(int(percent)))
            return std::nullopt;
        entry.rollout = int(percent);
    }
    return entry;
}

Error refused(const QString &why) {
    return Error::make(Error::Kind::Invalid, why);
}

} // namespace

Result<FeatureDocument> FeatureDocument::parse(const QByteArray &bytes) {
    if (bytes.size() > kMaxBytes)
        return refused(QStringLiteral("The feature document is larger than 64 KiB, so it was "
                                      "ignored."));
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a byte order mark some editors add
    if (text.trimmed().isEmpty())
        return refused(QStringLiteral("The feature document is empty."));
    // Checked before parsing, so that bytes that are not UTF-8 are refused wherever they are.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(text);
    Q_UNUSED(decoded)
    if (utf8.hasError())
        return refused(QStringLiteral("The feature document is not UTF-8 text."));

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return refused(QStringLiteral("The feature document is not valid JSON (%1 at byte %2).")
                           .arg(error.errorString())
                           .arg(error.offset));
    if (!document.isObject())
        return refused(QStringLiteral("The feature document is not a JSON object."));
    const QJsonValue features = document.object().value(QLatin1String("features"));
    if (!features.isObject())
        return refused(QStringLiteral("The feature document has no \"features\" object."));

    FeatureDocument parsed;
    const QJsonObject entries = features.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!isFeatureKey(it.key()))
            continue;
        if (const std::optional<Entry> entry = readEntry(it.value()))
            parsed.m_entries.insert(it.key(), *entry);
    }
    return parsed;
}

std::optional<bool> FeatureDocument::allows(const QString &key, int bucket) const {
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->enabled && bucket < it->rollout;
}

QStringList FeatureDocument::switchedOff(int bucket) const {
    QStringList off;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!(it->enabled && bucket < it->rollout))
            off.append(it.key());
    }
    off.sort();
    return off;
}

QStringList FeatureDocument::keys() const {
    QStringList all = m_entries.keys();
    all.sort();
    return all;
}

int FeatureDocument::bucketFor(const QString &installId) {
    const QByteArray digest =
        QCryptographicHash::hash(installId.toUtf8(), QCryptographicHash::Sha256);
    const quint32 head = qFromBigEndian<quint32>(digest.constData());
    return int(head % 100u);
}

} // namespace refrain
