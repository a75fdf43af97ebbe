// RequestSpec and RequestOptions: one request as a caller hands it to the request layer — what
// to send, and how patient, how cautious and how greedy the layer may be on its behalf.
#pragma once

#include "core/service/request/requesttypes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace refrain {

struct RequestOptions {
    Component component = Component::Browse;
    // Safe to send twice. Only idempotent requests are retried; only idempotent GETs coalesce.
    bool idempotent = true;
    // Per attempt: until the status line and headers arrive (connecting included) …
    int firstByteTimeoutMs = 10'000;
    // … and until the last body byte (counted from the attempt's start): a body that trickles
    // forever ends here. 0: no such deadline (long downloads; they still have firstByte).
    int deadlineMs = 15'000;
    // A body past this size is stopped and reported as TooLarge. -1: no cap.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    // Redirects are followed only within the same origin (scheme, host, port): credentials ride
    // in Subsonic query strings and must never reach another server.
    bool followRedirects = true;
    // Tries in all, for idempotent requests (a non-idempotent request is sent once).
    int maxAttempts = 3;
    // Identical in-flight GETs share one exchange. Default: the full URL; give the URL without
    // the per-request salt and token when those change on every call.
    QString coalescingKey;
    // Higher first while waiting for a free slot.
    int priority = 0;
    // Deliver a 2xx body through RequestReply::readyRead/readAvailable instead of
    // result().body (downloads into .part files). Never coalesced; retried only before the
    // first byte was handed over.
    bool streamBody = false;
};

struct RequestSpec {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. {"Range", "bytes=1000-"}
    QByteArray body;
    QByteArray contentType;
    RequestOptions options;
};

} // namespace refrain
