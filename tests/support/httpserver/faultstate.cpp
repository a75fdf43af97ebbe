#include "tests/support/httpserver/faultstate.h"

#include <QMutexLocker>

namespace refrain::test {

void FaultState::setMode(const FaultMode &mode) {
    QMutexLocker lock(&m_mutex);
    m_mode = mode;
    m_flapIndex = 0;
    m_matched = 0;
}

FaultMode FaultState::mode() const {
    QMutexLocker lock(&m_mutex);
    return m_mode;
}

void FaultState::setHandler(HttpHandler handler) {
    QMutexLocker lock(&m_mutex);
    m_handler = std::move(handler);
}

FaultState::Admission FaultState::admit(const HttpRequest &request) {
    QMutexLocker lock(&m_mutex);
    m_log.append(request);
    ++m_perPath[request.path];
    ++m_inFlight;
    m_maxConcurrent = std::max(m_maxConcurrent, m_inFlight);

    Admission admission{m_mode, m_handler};
    const bool selected = m_mode.onlyPath.isEmpty() || request.path.endsWith(m_mode.onlyPath);
    if (!selected || (m_mode.count >= 0 && m_matched++ >= m_mode.count)) {
        if (m_mode.kind != FaultMode::Kind::Refused)
            admission.mode = FaultMode::normal();
    } else if (m_mode.kind == FaultMode::Kind::Flapping) {
        const int cycle = std::max(1, m_mode.upRequests + m_mode.downRequests);
        const bool up = (m_flapIndex++ % cycle) < m_mode.upRequests;
        admission.mode = up ? FaultMode::normal() : FaultMode::serverError(m_mode.status);
    }
    return admission;
}

void FaultState::responseFinished() {
    QMutexLocker lock(&m_mutex);
    m_inFlight = std::max(0, m_inFlight - 1);
}

void FaultState::connectionAccepted() {
    QMutexLocker lock(&m_mutex);
    ++m_connections;
}

int FaultState::requestCount() const {
    QMutexLocker lock(&m_mutex);
    return int(m_log.size());
}

int FaultState::requestCount(const QByteArray &path) const {
    QMutexLocker lock(&m_mutex);
    return m_perPath.value(path);
}

QList<HttpRequest> FaultState::requests() const {
    QMutexLocker lock(&m_mutex);
    return m_log;
}

int FaultState::connectionCount() const {
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

int FaultState::inFlight() const {
    QMutexLocker lock(&m_mutex);
    return m_inFlight;
}

int FaultState::maxConcurrent() const {
    QMutexLocker lock(&m_mutex);
    return m_maxConcurrent;
}

void FaultState::addBytesSent(qint64 bytes) {
    QMutexLocker lock(&m_mutex);
    m_bytesSent += bytes;
}

qint64 FaultState::bytesSent() const {
    QMutexLocker lock(&m_mutex);
    return m_bytesSent;
}

QList<qint64> FaultState::rangeStarts(const QByteArray &path) const {
    QMutexLocker lock(&m_mutex);
    QList<qint64> starts;
    for (const HttpRequest &request : m_log) {
        if (!path.isEmpty() && request.path != path)
            continue;
        const QByteArray range = request.header("range");
        if (range.isEmpty())
            continue;
        bool ok = false;
        const QByteArray spec = range.startsWith("bytes=") ? range.mid(6).trimmed() : QByteArray();
        const qsizetype dash = spec.indexOf('-');
        const qint64 first =
            dash > 0 && !spec.contains(',') ? spec.left(dash).trimmed().toLongLong(&ok) : -1;
        starts.append(ok ? first : -1);
    }
    return starts;
}

void FaultState::resetCounters() {
    QMutexLocker lock(&m_mutex);
    m_log.clear();
    m_perPath.clear();
    m_connections = 0;
    m_maxConcurrent = m_inFlight;
    m_bytesSent = 0;
}

} // namespace refrain::test
