#include "core/service/subsonic/subsonicauth.h"

#include "core/service/subsonic/subsonicerror.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace refrain {

namespace {

// Query values are percent-encoded by hand: QUrlQuery leaves '+' alone, and servers read a bare
// '+' as a space — a password or API key containing '+' would then fail for no visible reason.
void addEncoded(QUrlQuery &query, const QString &name, const QString &value) {
    query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

void addAll(QUrlQuery &into, const QUrlQuery &from) {
    const auto items = from.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items)
        into.addQueryItem(item.first, item.second);
}

// A strict dotted quad ("192.168.1.2"); anything looser is treated as a name, which is the
// cautious side (names are not private).
std::optional<quint32> parseIPv4(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok, 10);
        if (!ok || part.isEmpty() || part.size() > 3 || octet > 255)
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

// Eight 16-bit groups; "::" and a trailing dotted quad are understood. Zone ids ("%eth0") are
// dropped. QtNetwork's QHostAddress would do this, but this library stays on QtCore.
std::optional<std::array<quint16, 8>> parseIPv6(QString text) {
    const qsizetype zone = text.indexOf(QLatin1Char('%'));
    if (zone >= 0)
        text.truncate(zone);
    QList<quint16> head;
    QList<quint16> tail;
    const qsizetype gap = text.indexOf(QStringLiteral("::"));
    if (gap >= 0 && text.indexOf(QStringLiteral("::"), gap + 1) >= 0)
        return std::nullopt;
    auto parseGroups = [](const QString &part, QList<quint16> &out) {
        if (part.isEmpty())
            return true;
        const QStringList groups = part.split(QLatin1Char(':'));
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString &g = groups.at(i);
            if (i == groups.size() - 1 && g.contains(QLatin1Char('.'))) {
                const auto v4 = parseIPv4(g);
                if (!v4)
                    return false;
                out.append(quint16(*v4 >> 16));
                out.append(quint16(*v4 & 0xffff));
                continue;
            }
            bool ok = false;
            const uint value = g.toUInt(&ok, 16);
            if (!ok || g.isEmpty() || g.size() > 4)
                return false;
            out.append(quint16(value));
        }
        return true;
    };
    if (gap >= 0) {
        if (!parseGroups(text.left(gap), head) || !parseGroups(text.mid(gap + 2), tail))
            return std::nullopt;
        if (head.size() + tail.size() > 7)
            return std::nullopt;
    } else {
        if (!parseGroups(text, head) || head.size() != 8)
            return std::nullopt;
    }
    std::array<quint16, 8> groups{};
    for (qsizetype i = 0; i < head.size(); ++i)
        groups[size_t(i)] = head.at(i);
    for (qsizetype i = 0; i < tail.size(); ++i)
        groups[size_t(8 - tail.size() + i)] = tail.at(i);
    return groups;
}

bool isPrivateIPv4(quint32 a) {
    const auto in = [a](quint32 network, int bits) {
        const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
        return (a & mask) == network;
    };
    return in(0x7f000000, 8)      // 127.0.0.0/8 loopback
           || in(0x0a000000, 8)   // 10.0.0.0/8
           || in(0xac100000, 12)  // 172.16.0.0/12
           || in(0xc0a80000, 16)  // 192.168.0.0/16
           || in(0xa9fe0000, 16); // 169.254.0.0/16 link-local
}

bool isPrivateIPv6(const std::array<quint16, 8> &g) {
    const bool loopback = g == std::array<quint16, 8>{0, 0, 0, 0, 0, 0, 0, 1};
    const bool v4Mapped =
        g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xffff;
    if (v4Mapped)
        return isPrivateIPv4((quint32(g[6]) << 16) | g[7]);
    return loopback || (g[0] & 0xffc0) == 0xfe80 // fe80::/10 link-local
           || (g[0] & 0xfe00) == 0xfc00;         // fc00::/7 unique local
}

SubsonicAuth::Choice hexPasswordOrPermission(const QUrl &baseUrl, bool userAllowed,
                                             const QString &why) {
    SubsonicAuth::Choice choice;
    if (SubsonicAuth::hexPasswordAllowed(baseUrl, userAllowed)) {
        choice.mode = SubsonicAuth::Mode::HexPassword;
        return choice;
    }
    choice.needsPermission = true;
    choice.message = why
                     + QStringLiteral(" The only other way is to send the password in readable "
                                      "form, and this connection is not encrypted: allow it in "
                                      "the account settings only if you trust this network.");
    return choice;
}

SubsonicAuth::Choice nothingLeft(const QString &message) {
    SubsonicAuth::Choice choice;
    choice.message = message;
    return choice;
}

} // namespace

QString SubsonicAuth::randomSalt() {
    std::array<quint32, 2> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()),
                           qsizetype(words.size() * sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

QString SubsonicAuth::token(const QString &password, const QString &salt) {
    const QByteArray input = password.toUtf8() + salt.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toHex());
}

QString SubsonicAuth::hexPassword(const QString &password) {
    return QStringLiteral("enc:") + QString::fromLatin1(password.toUtf8().toHex());
}

QUrlQuery SubsonicAuth::authQuery(Mode mode, const SubsonicCredentials &credentials,
                                  const QString &salt) {
    QUrlQuery query;
    switch (mode) {
    case Mode::ApiKey:
        addEncoded(query, QStringLiteral("apiKey"), credentials.secret);
        break;
    case Mode::Token:
        addEncoded(query, QStringLiteral("u"), credentials.user);
        addEncoded(query, QStringLiteral("t"), token(credentials.secret, salt));
        addEncoded(query, QStringLiteral("s"), salt);
        break;
    case Mode::HexPassword:
        addEncoded(query, QStringLiteral("u"), credentials.user);
        addEncoded(query, QStringLiteral("p"), hexPassword(credentials.secret));
        break;
    }
    return query;
}

QUrlQuery SubsonicAuth::commonQuery(const QString &protocolVersion, Format format) {
    QUrlQuery query;
    addEncoded(query, QStringLiteral("v"), protocolVersion);
    addEncoded(query, QStringLiteral("c"), QString::fromLatin1(kClientName));
    addEncoded(query, QStringLiteral("f"),
               format == Format::Json ? QStringLiteral("json") : QStringLiteral("xml"));
    return query;
}

QString SubsonicAuth::protocolVersionFor(const ServerInfo &server) {
    const QString ours = QString::fromLatin1(kProtocolVersion);
    if (!parseApiVersion(server.apiVersion))
        return ours;
    return compareApiVersions(server.apiVersion, ours) < 0 ? server.apiVersion.trimmed() : ours;
}

SubsonicAuth::Format SubsonicAuth::formatFor(const ServerInfo &server) {
    return server.supportsJson() ? Format::Json : Format::Xml;
}

bool SubsonicAuth::isPrivateHost(const QString &host) {
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // a fully qualified "nas.local."
    if (name.isEmpty())
        return false;
    if (name == u"localhost" || name.endsWith(QLatin1String(".localhost"))
        || name.endsWith(QLatin1String(".local")))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    if (const auto v4 = parseIPv4(name))
        return isPrivateIPv4(*v4);
    if (name.contains(QLatin1Char(':'))) {
        const auto v6 = parseIPv6(name);
        return v6 && isPrivateIPv6(*v6);
    }
    return false;
}

bool SubsonicAuth::hexPasswordAllowed(const QUrl &baseUrl, bool userAllowed) {
    if (baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        return true;
    return isPrivateHost(baseUrl.host()) || userAllowed;
}

SubsonicAuth::Choice SubsonicAuth::chooseMode(const ServerInfo &server,
                                              const SubsonicCredentials &credentials,
                                              std::optional<int> previousError, const QUrl &baseUrl,
                                              bool userAllowsReadablePassword) {
    if (credentials.kind == SubsonicCredentials::Kind::ApiKey) {
        // An API key is all we have: there is no other mode to fall back to.
        if (previousError)
            return nothingLeft(SubsonicError{*previousError, {}, {}}.userText());
        return Choice{Mode::ApiKey, false, {}};
    }
    if (!previousError) {
        if (server.supportsTokens())
            return Choice{Mode::Token, false, {}};
        return hexPasswordOrPermission(
            baseUrl, userAllowsReadablePassword,
            QStringLiteral("This server is older than Subsonic API 1.13 and cannot sign in with "
                           "a password token."));
    }
    switch (*previousError) {
    case SubsonicError::TokenAuthNotSupported:
        return hexPasswordOrPermission(baseUrl, userAllowsReadablePassword,
                                       SubsonicError{*previousError, {}, {}}.userText());
    case SubsonicError::ServerTooOld:
        return hexPasswordOrPermission(baseUrl, userAllowsReadablePassword,
                                       SubsonicError{*previousError, {}, {}}.userText());
    case SubsonicError::AuthMechanismNotSupported:
        return nothingLeft(
            QStringLiteral("The server does not accept passwords; create an API key on the "
                           "server and enter it instead (Subsonic error 42)."));
    default:
        return nothingLeft(SubsonicError{*previousError, {}, {}}.userText());
    }
}

QUrl SubsonicAuth::buildUrl(const QUrl &baseUrl, const QString &endpoint,
                            const SubsonicParams &params, Mode mode,
                            const SubsonicCredentials &credentials, const ServerInfo &server,
                            std::optional<Format> format) {
    QUrl url = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/rest"), Qt::CaseInsensitive))
        path.chop(5); // the user pasted the API root itself
    url.setPath(path + QStringLiteral("/rest/") + endpoint + QStringLiteral(".view"));

    QUrlQuery query = authQuery(mode, credentials, mode == Mode::Token ? randomSalt() : QString());
    addAll(query, commonQuery(protocolVersionFor(server), format.value_or(formatFor(server))));
    for (const auto &param : params)
        addEncoded(query, param.first, param.second);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString SubsonicAuth::redacted(const QUrl &url) {
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    QUrlQuery safe;
    for (const auto &item : items) {
        const QString name = QUrl::fromPercentEncoding(item.first.toLatin1());
        const bool secret = name == u"p" || name == u"t" || name == u"s" || name == u"apiKey";
        safe.addQueryItem(item.first, secret ? QStringLiteral("REDACTED") : item.second);
    }
    QUrl shown = url.adjusted(QUrl::RemovePassword);
    shown.setQuery(safe.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return shown.toString(QUrl::FullyEncoded);
}

} // namespace refrain
