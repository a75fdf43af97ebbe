// RequestResult is what a caller gets back from one request; RequestOutcome is the short record
// of it that the request layer publishes for the health monitor.
#pragma once

#include "core/service/request/requesttypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace refrain {

struct RequestResult {
    FailureKind failure = FailureKind::None;
    int httpStatus = 0; // 0 when no status line arrived
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty for streamed bodies
    // For a person, in plain text; names the server, never a credential. Empty on success.
    QString errorText;
    QString tlsSubject; // Tls: the peer certificate's subject
    QString tlsReason;  // Tls: why it was refused
    // TooLarge because the compressed body could not be unpacked (a compression bomb, or
    // damaged), rather than because the bytes passed the cap.
    bool undecodable = false;
    // CircuitOpen, or an error status with Retry-After: the clock time (Clock::nowMs) at which
    // trying again makes sense; -1 when unknown.
    qint64 retryAtMs = -1;
    int attempts = 0;
    qint64 latencyMs = 0;
    // The URL last asked (after same-origin redirects). It may hold credentials: show only
    // redactedUrl(url).
    QUrl url;

    bool ok() const { return failure == FailureKind::None; }
    // The first header of that name, any letter case.
    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct RequestOutcome {
    Component component = Component::Browse;
    FailureKind kind = FailureKind::None;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    int attempts = 0;
    QDateTime finishedAt; // UTC
    QString url;          // redacted
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::RequestOutcome)
