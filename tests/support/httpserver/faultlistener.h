// FaultListener: the fault server's side of the socket — accepts connections on 127.0.0.1, and
// stops or resumes listening on the same port. Lives on the server's own thread; the test
// thread reaches it only through FaultServer.
#pragma once

#include "tests/support/httpserver/faultconnection.h"

#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace refrain::test {

class FaultListener : public QObject {
    Q_OBJECT
public:
    FaultListener(std::shared_ptr<FaultState> state, FaultConnection::RequestObserver observer);

    // Listens on a port the OS picks; 0 if that failed.
    quint16 listen();
    // Stops listening and cuts every connection, keeping the port bound (not listening) so
    // nobody else takes it: connection attempts are refused until resume().
    void refuse();
    bool resume();
    void shutdown();

private:
    void onNewConnection();
    void dropConnections();

    std::shared_ptr<FaultState> m_state;
    FaultConnection::RequestObserver m_observer;
    QTcpServer *m_server = nullptr;
    QTcpSocket *m_placeholder = nullptr;
    quint16 m_port = 0;
};

} // namespace refrain::test
