// RequestReply: the caller's handle on one request sent through the RequestLayer — finished()
// once with the result, readyRead() for streamed bodies, cancel() to give up. The layer owns it
// until the caller deletes it (deleteLater() once finished, like a QNetworkReply).
#pragma once

#include "core/service/request/requestresult.h"

#include <QObject>
#include <QPointer>

namespace refrain {

class RequestFlight;
class RequestLayer;

class RequestReply : public QObject {
    Q_OBJECT
public:
    ~RequestReply() override;

    Component component() const { return m_component; }
    bool isFinished() const { return m_finished; }
    // Valid once finished() was emitted.
    const RequestResult &result() const { return m_result; }

    // Gives up: the reply finishes with Cancelled (unless already finished); the exchange stops
    // unless another coalesced caller still waits for it.
    void cancel();

    // streamBody: the body bytes that arrived since the last call.
    QByteArray readAvailable();
    qint64 bytesReceived() const { return m_received; }
    // streamBody: the status and headers of the attempt whose body readyRead() delivers, from
    // streamStarted() on (a 206 with Content-Range, or a 200 that ignored a Range header).
    int streamStatus() const { return m_streamStatus; }
    QByteArray streamHeader(const QByteArray &name) const;

Q_SIGNALS:
    // streamBody: a 2xx answer began; streamStatus() and streamHeader() tell which. Comes before
    // the first readyRead() of that attempt.
    void streamStarted();
    void readyRead();
    void finished();

private:
    friend class RequestLayer;
    RequestReply(RequestLayer *layer, Component component, qint64 submittedMs);

    void appendBody(const QByteArray &bytes);
    void startStream(int status, const QList<QPair<QByteArray, QByteArray>> &headers);
    // Stores the result now; finished() follows from the event loop, so a caller always has
    // the chance to connect after send() returned.
    void deliver(RequestResult result);

    RequestLayer *m_layer;
    Component m_component;
    qint64 m_submittedMs;
    QPointer<RequestFlight> m_flight;
    RequestResult m_result;
    QByteArray m_available;
    qint64 m_received = 0;
    int m_streamStatus = 0;
    QList<QPair<QByteArray, QByteArray>> m_streamHeaders;
    bool m_finished = false;
};

} // namespace refrain
