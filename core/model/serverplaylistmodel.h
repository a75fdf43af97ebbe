// ServerPlaylistModel: the playlists mirrored from every streaming server, grouped by server, with
// the edits a person makes to them (rename, delete, add and remove songs). Edits go through the
// server's edit queue, so they show at once and reach the server when it answers.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"
#include "core/service/subsonic/subsonictypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace refrain {

class Library;
class ServerHub;

class ServerPlaylistModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ServerIdRole = Qt::UserRole + 1,
        PlaylistIdRole,
        ServerNameRole,
        SongCountRole,
    };
    struct Row {
        QString serverId;
        RemotePlaylist playlist;
    };

    ServerPlaylistModel(Library *library, ServerHub *hub, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const QList<Row> &playlists() const { return m_rows; }
    int rowOf(const QString &serverId, const QString &playlistId) const;
    QString serverName(const QString &serverId) const;

    // The song id of track on serverId; empty when the track is not that server's.
    static QString songIdOn(const QString &serverId, const Track &track);
    // Why tracks cannot go into a playlist of serverId; empty when they all can.
    QString whyNotAddable(const QString &serverId, const TrackList &tracks) const;

public Q_SLOTS:
    void refreshAll();
    void refresh(const QString &serverId);
    void create(const QString &serverId, const QString &name, const refrain::TrackList &tracks);
    void rename(const QString &serverId, const QString &playlistId, const QString &name);
    void remove(const QString &serverId, const QString &playlistId);
    void addTracks(const QString &serverId, const QString &playlistId,
                   const refrain::TrackList &tracks);
    // indexes: positions in the playlist as shown now.
    void removeEntries(const QString &serverId, const QString &playlistId,
                       const QList<int> &indexes);

Q_SIGNALS:
    void notice(const QString &text);

private:
    // Brings the rows of serverId in line with playlists: rows that went are removed, new ones
    // appended to the server's block, the rest updated in place — never a reset.
    void apply(const QString &serverId, const QList<RemotePlaylist> &playlists);
    void report(const QString &action, const Error &error);

    Library *m_library;
    QPointer<ServerHub> m_hub;
    QList<Row> m_rows;
};

} // namespace refrain
