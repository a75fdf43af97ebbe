// OfflinePinsModel: what the user keeps offline — Emergency Essentials, playlists, albums and
// artists — as a list with how ready each is, and the one place views pin and unpin things. Every
// change is written on the database thread, then the download manager reconciles; the model
// follows what it reports. No widgets.
#pragma once

#include "core/library/database.h"
#include "core/library/track.h"
#include "core/offline/offlinetypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace refrain {

class DownloadManager;

class OfflinePinsModel : public QAbstractListModel {
    Q_OBJECT
public:
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;
    enum Role {
        PinIdRole = Qt::UserRole + 1,
        KindRole,    // PinKind as int
        ReadyRole,   // songs that play offline now
        TracksRole,  // songs in it
        PendingRole, // downloads still to come
    };

    OfflinePinsModel(DatabaseRunner runner, DownloadManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads the pins again now (the manager's changes trigger it on their own, throttled).
    void reload();
    const QList<OfflinePin> &pins() const { return m_pins; }
    std::optional<OfflinePin> essentials() const;
    // "Road trip — 12 of 40 ready · 2.1 h of 6.0 h · 3 downloading".
    static QString describe(const OfflinePin &pin);

    // What is kept (as of the last reload).
    bool isPicked(qint64 trackId) const { return m_picks.contains(trackId); }
    bool isPlaylistKept(qint64 playlistId) const;
    bool isServerPlaylistKept(const QString &serverId, const QString &playlistId) const;
    bool isAlbumKept(const Track &track) const { return coveringPin(track, PinKind::Album) > 0; }
    bool isArtistKept(const Track &track) const { return coveringPin(track, PinKind::Artist) > 0; }
    // The songs of Emergency Essentials, in its order (picks first).
    TrackIds essentialsTracks() const { return m_essentialsTracks; }

    // Changes: asynchronous; pinsChanged follows once the manager has reconciled.
    void setPicked(const TrackIds &trackIds, bool picked);
    void setPlaylistKept(qint64 playlistId, bool keep);
    void setServerPlaylistKept(const QString &serverId, const QString &playlistId, bool keep);
    void setAlbumKept(const Track &track, bool keep);
    void setArtistKept(const Track &track, bool keep);
    void unpin(qint64 pinId);

Q_SIGNALS:
    void pinsChanged();
    // Something could not be kept (an unknown playlist, a database error): one sentence.
    void notice(const QString &text);

private:
    struct Snapshot {
        QList<OfflinePin> pins;
        QSet<qint64> picks;
        QHash<qint64, QList<qint64>> coverage; // track → pins that include it
        TrackIds essentials;
    };
    qint64 coveringPin(const Track &track, PinKind kind) const;
    qint64 pinIdOf(PinKind kind, const QString &source, const QString &ref) const;
    void change(std::function<Result<void>(Database &)> job);
    void pinTrackGroup(const Track &track, PinKind kind, bool keep);
    void apply(Snapshot snapshot);

    DatabaseRunner m_runner;
    QPointer<DownloadManager> m_manager;
    QTimer m_throttle;
    bool m_loading = false;
    bool m_again = false;
    QList<OfflinePin> m_pins;
    QSet<qint64> m_picks;
    QHash<qint64, QList<qint64>> m_coverage;
    TrackIds m_essentialsTracks;
};

} // namespace refrain
