// StatusFeed: one service's status page, read over the request layer (component Status) with
// conditional GETs — If-None-Match / If-Modified-Since, so an unchanged feed costs a 304 — and
// parsed into a StatusReport. The last good report is kept across failed reads, so a feed that
// goes quiet is known to be stale rather than forgotten. Lives on the request layer's thread.
#pragma once

#include "core/health/statuspage.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace refrain {

class RequestLayer;
class RequestReply;

class StatusFeed : public QObject {
    Q_OBJECT
public:
    struct Reading {
        bool ok = false;          // this read produced a report (a 304 counts: the last holds)
        bool notModified = false; // the server said 304 Not Modified
        std::optional<StatusReport> report; // the latest good report, this read's or an older
        QString error;                      // why this read failed, plain text naming the host
        QDateTime at;                       // when this read finished (UTC, the layer's clock)
    };

    // url: the summary document (statuspage::summaryUrl of what the user typed).
    StatusFeed(RequestLayer *layer, QUrl url, QObject *parent = nullptr);
    ~StatusFeed() override;

    QUrl url() const { return m_url; }
    // Starts one read unless one is already running; read() follows exactly once per start.
    void fetch();
    bool busy() const { return m_reply != nullptr; }
    const std::optional<StatusReport> &lastReport() const { return m_last; }

Q_SIGNALS:
    void read(const refrain::StatusFeed::Reading &reading);

private:
    void finish();
    // The layer went away with our reply still waiting: the read ends as failed.
    void abandon();
    void emitReading(Reading reading);
    QDateTime now() const;

    QPointer<RequestLayer> m_layer;
    QUrl m_url;
    RequestReply *m_reply = nullptr;
    std::optional<StatusReport> m_last;
    QByteArray m_etag;
    QByteArray m_lastModified;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::StatusFeed::Reading)
