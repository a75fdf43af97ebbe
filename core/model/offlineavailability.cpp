#include "core/model/offlineavailability.h"

#include "core/offline/downloadmanager.h"

namespace refrain {

OfflineAvailability::OfflineAvailability(QObject *parent)
    : QObject(parent) {}

void OfflineAvailability::attach(DownloadManager *manager) {
    m_manager = manager;
    connect(manager, &DownloadManager::availabilityChanged, this, &OfflineAvailability::changed);
}

DownloadManager *OfflineAvailability::manager() const {
    return m_manager.data();
}

OfflineAvailability::State OfflineAvailability::state(const Track &track) const {
    return state(track.id, track.isLocal(), track.available);
}

OfflineAvailability::State OfflineAvailability::state(qint64 trackId, bool local,
                                                      bool available) const {
    if (trackId == 0 || (local && !available))
        return State::Missing;
    if (local)
        return State::Local;
    if (m_manager) {
        if (m_manager->isAvailable(trackId))
            return State::Downloaded;
        if (m_manager->isQueued(trackId))
            return State::Waiting;
    }
    return State::Streams;
}

void OfflineAvailability::setStreamingBlocked(const QString &reason) {
    if (reason == m_streamingBlocked)
        return;
    m_streamingBlocked = reason;
    Q_EMIT playabilityChanged();
}

QString OfflineAvailability::unplayableReason(const Track &track) const {
    return unplayableReason(track.id, track.isLocal(), track.available);
}

QString OfflineAvailability::unplayableReason(qint64 trackId, bool local, bool available) const {
    switch (state(trackId, local, available)) {
    case State::Missing:
        return explanation(State::Missing);
    case State::Streams:
    case State::Waiting:
        return m_streamingBlocked;
    case State::Downloaded:
    case State::Local:
        break;
    }
    return {};
}

QString OfflineAvailability::label(State state) {
    switch (state) {
    case State::Streams:
        return {};
    case State::Waiting:
        return tr("Waiting");
    case State::Downloaded:
        return tr("Downloaded");
    case State::Local:
        return tr("On this computer");
    case State::Missing:
        return tr("Missing");
    }
    return {};
}

QString OfflineAvailability::explanation(State state) {
    switch (state) {
    case State::Streams:
        return tr("Plays from the server only: keep it offline to have it during an outage");
    case State::Waiting:
        return tr("A copy is being downloaded; until it is verified the song needs the server");
    case State::Downloaded:
        return tr("A verified copy is on this computer: it plays without the server");
    case State::Local:
        return tr("A file of your library: it plays without any network");
    case State::Missing:
        return tr("The file cannot be reached now (a removed drive or share?)");
    }
    return {};
}

} // namespace refrain
