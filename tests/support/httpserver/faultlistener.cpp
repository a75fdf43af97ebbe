#include "tests/support/httpserver/faultlistener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace refrain::test {

FaultListener::FaultListener(std::shared_ptr<FaultState> state,
                             FaultConnection::RequestObserver observer)
    : m_state(std::move(state))
    , m_observer(std::move(observer)) {}

quint16 FaultListener::listen() {
    Q_ASSERT(QThread::currentThread() == thread());
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(256);
    connect(m_server, &QTcpServer::newConnection, this, &FaultListener::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return 0;
    m_port = m_server->serverPort();
    return m_port;
}

void FaultListener::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new FaultConnection(socket, m_state, m_observer, this);
}

void FaultListener::dropConnections() {
    const auto connections = findChildren<FaultConnection *>(Qt::FindDirectChildrenOnly);
    for (FaultConnection *connection : connections)
        connection->drop();
}

void FaultListener::refuse() {
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_placeholder)
        return;
    m_server->close();
    dropConnections();
    // A bound socket that never listens holds the port: the kernel answers SYNs with RST.
    m_placeholder = new QTcpSocket(this);
    m_placeholder->bind(QHostAddress::LocalHost, m_port, QAbstractSocket::ReuseAddressHint);
}

bool FaultListener::resume() {
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_placeholder)
        return true;
    delete m_placeholder;
    m_placeholder = nullptr;
    return m_server->listen(QHostAddress::LocalHost, m_port);
}

void FaultListener::shutdown() {
    if (m_server)
        m_server->close();
    dropConnections();
    delete m_placeholder;
    m_placeholder = nullptr;
}

} // namespace refrain::test
