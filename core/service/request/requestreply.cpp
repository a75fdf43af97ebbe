#include "core/service/request/requestreply.h"

#include "core/service/request/requestflight.h"
#include "core/service/request/requestlayer.h"

namespace refrain {

RequestReply::RequestReply(RequestLayer *layer, Component component, qint64 submittedMs)
    : QObject(layer)
    , m_layer(layer)
    , m_component(component)
    , m_submittedMs(submittedMs) {}

RequestReply::~RequestReply() {
    // A caller that deletes its reply early has given up on it.
    if (!m_finished && m_flight)
        m_layer->dropReply(m_flight, this);
}

void RequestReply::cancel() {
    if (!m_finished)
        m_layer->cancelReply(this);
}

QByteArray RequestReply::readAvailable() {
    return std::exchange(m_available, {});
}

void RequestReply::appendBody(const QByteArray &bytes) {
    m_available += bytes;
    m_received += bytes.size();
    Q_EMIT readyRead();
}

void RequestReply::startStream(int status, const QList<QPair<QByteArray, QByteArray>> &headers) {
    m_streamStatus = status;
    m_streamHeaders = headers;
    Q_EMIT streamStarted();
}

QByteArray RequestReply::streamHeader(const QByteArray &name) const {
    for (const auto &h : m_streamHeaders) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

void RequestReply::deliver(RequestResult result) {
    if (m_finished)
        return;
    m_finished = true;
    m_flight = nullptr;
    m_result = std::move(result);
    QMetaObject::invokeMethod(this, &RequestReply::finished, Qt::QueuedConnection);
}

} // namespace refrain
