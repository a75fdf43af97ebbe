// SubsonicReply: one HTTP answer (status, content type, body) read as a Subsonic envelope —
// JSON or XML, ok or failed — or recognised as something else (an HTML login page, a captive
// portal, garbage) with a precise message, so the typed parsers only ever see real replies.
#pragma once

#include "core/library/result.h"
#include "core/service/subsonic/subsonicerror.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace refrain {

class SubsonicReply {
public:
    enum class Format { Json, Xml };
    enum class Problem {
        None,             // a Subsonic reply with status "ok"
        Failed,           // a Subsonic reply with status "failed": see subsonicError()
        NotSubsonic,      // HTML (login page, captive portal) or JSON/XML of something else
        Malformed,        // broken JSON/XML, empty or oversized body
        WrongContentType, // audio, image or other binary data where a document was expected
        HttpError,        // a non-2xx status without a Subsonic document
    };

    // Bigger bodies are refused rather than parsed: far beyond any real page of results.
    static constexpr qsizetype kMaxBodySize = 32 * 1024 * 1024;

    // Reads a complete answer. contentType may carry parameters ("; charset=utf-8").
    static SubsonicReply parse(int httpStatus, const QByteArray &contentType,
                               const QByteArray &body);

    // For stream/download/getCoverArt: true when the answer is a Subsonic (or HTML) document
    // instead of media — by content type (XML, JSON, HTML) or by the first bytes — so it can be
    // handed to parse() for its error instead of being played or saved.
    static bool isErrorForBinary(const QByteArray &contentType, const QByteArray &body);

    bool ok() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    Format format() const { return m_format; }
    int httpStatus() const { return m_httpStatus; }

    // Set when problem() == Failed.
    const std::optional<SubsonicError> &subsonicError() const { return m_subsonicError; }
    // A plain sentence for the user; empty when ok().
    QString message() const { return m_message; }
    // The problem as an Error with message(): Corrupt (malformed), Unsupported (not Subsonic,
    // wrong content type, protocol version errors 20/30), NotFound (70), Invalid (credentials
    // and permission, 40–44/50), Internal (10: our request was incomplete), Io (the rest).
    Error error() const;

    // The content of "subsonic-response" (from XML: the root's attributes and children).
    const QJsonObject &response() const { return m_response; }
    // version, type, serverVersion and openSubsonic, read from the envelope (also on "failed").
    ServerInfo serverInfo() const;

private:
    static SubsonicReply failure(Problem problem, QString message, int httpStatus);
    static SubsonicReply fromResponse(const QJsonObject &response, Format format, int httpStatus);

    Problem m_problem = Problem::Malformed;
    Format m_format = Format::Json;
    int m_httpStatus = 0;
    QString m_message;
    std::optional<SubsonicError> m_subsonicError;
    QJsonObject m_response;
};

} // namespace refrain
