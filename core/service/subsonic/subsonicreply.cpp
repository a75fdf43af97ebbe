#include "core/service/subsonic/subsonicreply.h"

#include "core/service/subsonic/subsonicfields.h"
#include "core/service/subsonic/subsonicxml.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUtf8StringView>

#include <climits>

namespace refrain {

namespace {

// A stray byte that is not UTF-8 (a tag copied from a Latin-1 file) would sink a whole page of
// the catalog; it becomes U+FFFD in its own field instead, as the status page reader does. XML
// that declares another encoding is left to the XML reader.
QByteArray repairedUtf8(const QByteArray &body, bool xml) {
    if (QUtf8StringView(body).isValidUtf8())
        return body;
    if (xml) {
        const QByteArray prolog = body.left(200).toLower();
        const qsizetype at = prolog.indexOf("encoding=");
        if (at >= 0 && prolog.mid(at + 10, 5) != "utf-8")
            return body;
    }
    return QString::fromUtf8(body).toUtf8();
}

const QString kHtmlMessage = QStringLiteral(
    "Not a Subsonic server (got an HTML page \u2014 a login page or captive portal?)");

// "Text/XML; charset=UTF-8" → "text/xml".
QByteArray mediaType(const QByteArray &contentType) {
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

// The body from its first meaningful byte: a UTF-8 BOM and leading whitespace skipped.
QByteArrayView meaningfulStart(QByteArrayView view) {
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    qsizetype i = 0;
    while (i < view.size()
           && (view[i] == ' ' || view[i] == '\t' || view[i] == '\r' || view[i] == '\n'))
        ++i;
    return view.sliced(i);
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix) {
    return text.size() >= prefix.size()
           && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

bool looksLikeHtml(QByteArrayView start) {
    if (startsWithNoCase(start, "<!doctype html") || startsWithNoCase(start, "<html"))
        return true;
    // A comment or an XML declaration may come first; look a little further.
    const QByteArray head = start.first(std::min<qsizetype>(start.size(), 1024)).toByteArray();
    const QByteArray lower = head.toLower();
    return lower.contains("<html") || lower.contains("<head>") || lower.contains("<body");
}

bool isBinaryMediaType(const QByteArray &type) {
    return type.startsWith("audio/") || type.startsWith("image/") || type.startsWith("video/")
           || type == "application/octet-stream" || type == "application/ogg"
           || type == "application/zip";
}

QString reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 407:
        return QStringLiteral("Proxy Authentication Required");
    case 408:
        return QStringLiteral("Request Timeout");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString httpErrorMessage(int status) {
    const QString phrase = reasonPhrase(status);
    QString text = phrase.isEmpty() ? QStringLiteral("The server answered HTTP %1.").arg(status)
                                    : QStringLiteral("The server answered HTTP %1 (%2).")
                                          .arg(QString::number(status), phrase);
    if (status == 401 || status == 407)
        text += QStringLiteral(" Something in front of the Subsonic server asks for its own "
                               "sign-in.");
    else if (status == 404)
        text += QStringLiteral(" Check the server address (and its path, if it has one).");
    return text;
}

// Line and column (1-based) of a byte offset, for messages that point at the problem.
QPair<int, int> lineAndColumn(const QByteArray &body, qsizetype offset) {
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, body.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (body.at(i) == '\n') {
            line = line == INT_MAX ? line : line + 1;
            column = 1;
        } else if ((body.at(i) & 0xC0) != 0x80) { // count characters, not UTF-8 bytes
            column = column == INT_MAX ? column : column + 1;
        }
    }
    return {line, column};
}

bool isSuccess(int status) {
    return status >= 200 && status < 300;
}

} // namespace

SubsonicReply SubsonicReply::failure(Problem problem, QString message, int httpStatus) {
    SubsonicReply reply;
    reply.m_problem = problem;
    reply.m_message = std::move(message);
    reply.m_httpStatus = httpStatus;
    return reply;
}

SubsonicReply SubsonicReply::fromResponse(const QJsonObject &response, Format format,
                                          int httpStatus) {
    SubsonicReply reply;
    reply.m_response = response;
    reply.m_format = format;
    reply.m_httpStatus = httpStatus;
    const QString status = SubsonicFields::string(response, QLatin1String("status")).toLower();
    const QJsonValue error = response.value(QLatin1String("error"));
    // Some servers (early Funkwhale) say "ok" next to an error object: the error is the truth.
    if (status == u"failed" || error.isObject()) {
        const QJsonObject e = error.toObject();
        SubsonicError subsonicError;
        const auto code = SubsonicFields::integer(e, QLatin1String("code"));
        subsonicError.code = code && *code >= 0 && *code <= INT_MAX ? int(*code) : 0;
        subsonicError.message = SubsonicFields::string(e, QLatin1String("message"));
        subsonicError.helpUrl = SubsonicFields::string(e, QLatin1String("helpUrl"));
        reply.m_problem = Problem::Failed;
        reply.m_message = subsonicError.userText();
        reply.m_subsonicError = subsonicError;
        return reply;
    }
    if (status != u"ok") {
        reply.m_problem = Problem::Malformed;
        reply.m_message = status.isEmpty()
                              ? QStringLiteral("Malformed reply: the subsonic-response has no "
                                               "status")
                              : QStringLiteral("Malformed reply: unknown status \u201c%1\u201d")
                                    .arg(status.left(40));
        return reply;
    }
    if (!isSuccess(httpStatus)) {
        reply.m_problem = Problem::HttpError;
        reply.m_message = httpErrorMessage(httpStatus);
        return reply;
    }
    reply.m_problem = Problem::None;
    return reply;
}

SubsonicReply SubsonicReply::parse(int httpStatus, const QByteArray &contentType,
                                   const QByteArray &body) {
    const bool success = isSuccess(httpStatus);
    const auto httpError = [httpStatus] {
        return failure(Problem::HttpError, httpErrorMessage(httpStatus), httpStatus);
    };
    if (httpStatus == 511)
        return failure(Problem::NotSubsonic,
                       QStringLiteral("Not a Subsonic server: the network asks you to sign in "
                                      "first (HTTP 511 \u2014 a captive portal?)"),
                       httpStatus);
    if (body.size() > kMaxBodySize)
        return failure(Problem::Malformed,
                       QStringLiteral("Malformed reply: the answer is larger than %1 MB")
                           .arg(kMaxBodySize / (1024 * 1024)),
                       httpStatus);

    const QByteArray type = mediaType(contentType);
    const QByteArrayView start = meaningfulStart(body);
    if (start.isEmpty()) {
        if (!success)
            return httpError();
        return failure(Problem::Malformed,
                       QStringLiteral("Malformed reply: the server sent an empty answer"),
                       httpStatus);
    }
    if (isBinaryMediaType(type)) {
        if (!success)
            return httpError();
        return failure(Problem::WrongContentType,
                       QStringLiteral("Not a Subsonic reply: the server sent %1 data where a "
                                      "Subsonic document was expected")
                           .arg(QString::fromLatin1(type.left(80))),
                       httpStatus);
    }

    if (start.front() == '{' || start.front() == '[') {
        QJsonParseError parseError;
        const QByteArray utf8 = repairedUtf8(body, false);
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            if (!success)
                return httpError();
            const auto [line, column] = lineAndColumn(utf8, parseError.offset);
            return failure(Problem::Malformed,
                           QStringLiteral("Malformed reply: %1 at line %2, column %3")
                               .arg(parseError.errorString())
                               .arg(line)
                               .arg(column),
                           httpStatus);
        }
        const QJsonValue response = document.object().value(QLatin1String("subsonic-response"));
        if (!response.isObject()) {
            if (!success)
                return httpError();
            return failure(Problem::NotSubsonic,
                           QStringLiteral("Not a Subsonic server (the JSON answer has no "
                                          "subsonic-response)"),
                           httpStatus);
        }
        return fromResponse(response.toObject(), Format::Json, httpStatus);
    }

    if (start.front() == '<') {
        if (looksLikeHtml(start))
            return success ? failure(Problem::NotSubsonic, kHtmlMessage, httpStatus) : httpError();
        const auto document = SubsonicXml::read(repairedUtf8(body, true));
        if (!document.ok()) {
            if (!success)
                return httpError();
            return failure(Problem::Malformed, document.error().message, httpStatus);
        }
        const QString root = document.value().rootName;
        if (root.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
            return success ? failure(Problem::NotSubsonic, kHtmlMessage, httpStatus) : httpError();
        if (root != u"subsonic-response") {
            if (!success)
                return httpError();
            return failure(
                Problem::NotSubsonic,
                QStringLiteral("Not a Subsonic server (the XML answer is a \u201c%1\u201d "
                               "document)")
                    .arg(root.left(40)),
                httpStatus);
        }
        return fromResponse(document.value().root, Format::Xml, httpStatus);
    }

    if (!success)
        return httpError();
    if (type == "text/html")
        return failure(Problem::NotSubsonic, kHtmlMessage, httpStatus);
    return failure(Problem::NotSubsonic,
                   QStringLiteral("Not a Subsonic server (the answer is neither JSON nor XML)"),
                   httpStatus);
}

bool SubsonicReply::isErrorForBinary(const QByteArray &contentType, const QByteArray &body) {
    const QByteArray type = mediaType(contentType);
    if (type.contains("xml") || type.contains("json") || type == "text/html")
        return true;
    const QByteArrayView start = meaningfulStart(body);
    if (startsWithNoCase(start, "<?xml") || startsWithNoCase(start, "<subsonic-response")
        || startsWithNoCase(start, "<!doctype html") || startsWithNoCase(start, "<html"))
        return true;
    if (start.startsWith('{'))
        return meaningfulStart(start.sliced(1)).startsWith("\"subsonic-response\"");
    return false;
}

Error SubsonicReply::error() const {
    switch (m_problem) {
    case Problem::None:
        return Error::make(Error::Kind::Internal, QStringLiteral("No error"));
    case Problem::Failed: {
        const int code = m_subsonicError ? m_subsonicError->code : 0;
        Error::Kind kind = Error::Kind::Io;
        if (code == SubsonicError::NotFound)
            kind = Error::Kind::NotFound;
        else if (code == SubsonicError::ClientTooOld || code == SubsonicError::ServerTooOld)
            kind = Error::Kind::Unsupported;
        else if (code == SubsonicError::MissingParameter)
            kind = Error::Kind::Internal;
        else if (SubsonicError{code, {}, {}}.isAuthenticationError()
                 || code == SubsonicError::NotAuthorized)
            kind = Error::Kind::Invalid;
        return Error::make(kind, m_message);
    }
    case Problem::Malformed:
        return Error::make(Error::Kind::Corrupt, m_message);
    case Problem::NotSubsonic:
    case Problem::WrongContentType:
        return Error::make(Error::Kind::Unsupported, m_message);
    case Problem::HttpError:
        return Error::make(Error::Kind::Io, m_message);
    }
    return Error::make(Error::Kind::Internal, m_message);
}

ServerInfo SubsonicReply::serverInfo() const {
    ServerInfo info;
    info.apiVersion = SubsonicFields::string(m_response, QLatin1String("version")).left(32);
    info.type = SubsonicFields::string(m_response, QLatin1String("type")).simplified().left(64);
    info.serverVersion =
        SubsonicFields::string(m_response, QLatin1String("serverVersion")).simplified().left(64);
    info.openSubsonic = SubsonicFields::boolean(m_response, QLatin1String("openSubsonic"));
    return info;
}

} // namespace refrain
