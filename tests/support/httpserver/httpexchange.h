// HttpRequest/HttpReply: one exchange as the loopback test servers see it. Handlers are plain
// functions from request to reply, so a server's content can be tested without sockets.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

#include <functional>

namespace refrain::test {

struct HttpRequest {
    QByteArray method;                            // "GET", "POST", …
    QByteArray path;                              // decoded path, e.g. "/rest/ping.view"
    QUrlQuery query;                              // URL query, merged with a form-encoded POST body
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const {
        for (const auto &h : headers) {
            if (h.first == lowerCaseName)
                return h.second;
        }
        return {};
    }
};

struct HttpReply {
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Retry-After, ETag
    QByteArray body;
    bool rangeable = false; // the server answers "Range: bytes=…" on this body with 206
};

using HttpHandler = std::function<HttpReply(const HttpRequest &)>;

} // namespace refrain::test
