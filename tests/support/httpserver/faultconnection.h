// FaultConnection: one accepted client connection of the fault server — parses HTTP/1.1 requests
// (keep-alive, Content-Length bodies, form posts), answers them through the handler, and shapes
// each answer by the fault mode in force when the request arrived. Lives on the server's thread.
#pragma once

#include "tests/support/httpserver/faultstate.h"

#include <QObject>

#include <functional>
#include <memory>

class QTcpSocket;
class QTimer;

namespace refrain::test {

class FaultConnection : public QObject {
    Q_OBJECT
public:
    using RequestObserver = std::function<void(const QByteArray &path)>;

    FaultConnection(QTcpSocket *socket, std::shared_ptr<FaultState> state, RequestObserver observer,
                    QObject *parent);
    ~FaultConnection() override;

    // Cuts the connection at once (the server is going away or starts refusing).
    void drop();

private:
    enum class Phase { Head, Body, Answering, Hung, Closed };

    void onReadyRead();
    void processBuffer();
    bool takeHead();
    void dispatch();
    void answer(const HttpRequest &request, const FaultState::Admission &admission);
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    QByteArray responseHead(int status, const Headers &headers, const QByteArray &contentType,
                            qint64 length) const;
    void sendWhole(int status, const Headers &headers, const QByteArray &contentType,
                   const QByteArray &body);
    void startStream(int status, const Headers &headers, const QByteArray &contentType,
                     const QByteArray &body, qint64 length, int tickBytes, int intervalMs,
                     const QByteArray &prefix = {});
    void sendCut(int status, const Headers &headers, const QByteArray &contentType,
                 const QByteArray &body, qint64 bytes);
    void pumpStream();
    void trickleTick();
    void resetAfterFlush();
    void finishResponse();
    void close();

    QTcpSocket *m_socket;
    std::shared_ptr<FaultState> m_state;
    RequestObserver m_observer;
    QByteArray m_buffer;
    Phase m_phase = Phase::Head;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    bool m_keepAlive = true;
    bool m_headOnly = false;
    bool m_admitted = false; // counted in FaultState's in-flight figure

    // A body written over time (Giant, Trickle): `m_streamSource` repeats until m_remaining
    // bytes are out; m_remaining < 0 means never stop.
    QByteArray m_streamSource;
    qint64 m_streamOffset = 0;
    qint64 m_remaining = 0;
    int m_tickBytes = 0;
    QTimer *m_timer = nullptr;
    bool m_resetPending = false;
};

} // namespace refrain::test
