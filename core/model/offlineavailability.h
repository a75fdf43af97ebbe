// OfflineAvailability: whether each track can play without a network — a local file, a verified
// offline copy, one on its way, or streaming only — for every view's "Offline" column, the
// "Available offline" filter and the resolver. Follows the download manager's index; no I/O.
#pragma once

#include "core/library/track.h"

#include <QObject>
#include <QPointer>

namespace refrain {

class DownloadManager;

class OfflineAvailability : public QObject {
    Q_OBJECT
public:
    enum class State {
        Streams,    // a server's track with no copy here: needs the server
        Waiting,    // a copy is queued or downloading
        Downloaded, // a verified copy is here
        Local,      // a file of the local library
        Missing,    // a local file that cannot be reached now
    };

    explicit OfflineAvailability(QObject *parent = nullptr);

    void attach(DownloadManager *manager);
    DownloadManager *manager() const;

    State state(const Track &track) const;
    // For rows that only know a track's id (playlist entries): 0 is a missing entry.
    State state(qint64 trackId, bool local, bool available) const;
    bool playsOffline(const Track &track) const {
        const State s = state(track);
        return s == State::Downloaded || s == State::Local;
    }
    // "Downloaded", "Waiting", … and a sentence for a tooltip.
    static QString label(State state);
    static QString explanation(State state);

    // Why a server's songs without a verified copy here cannot play now (the capabilities say
    // streaming is out: "The server does not answer"); empty while they can.
    void setStreamingBlocked(const QString &reason);
    const QString &streamingBlocked() const { return m_streamingBlocked; }
    // Why this song cannot play right now, for greying its row and its tooltip; empty: it can.
    QString unplayableReason(const Track &track) const;
    QString unplayableReason(qint64 trackId, bool local, bool available) const;

Q_SIGNALS:
    void changed(const refrain::TrackIds &trackIds);
    // Whole classes of songs became playable or not (streaming went out or came back).
    void playabilityChanged();

private:
    QPointer<DownloadManager> m_manager;
    QString m_streamingBlocked;
};

} // namespace refrain
