// PlaylistListModel: the local playlists with their counts, and every action on them (create,
// rename, delete with undo, add tracks, import, export). All database work runs on the library
// thread; results and problems come back as signals, never as dialogs.
#pragma once

#include "core/library/playliststore.h"
#include "core/library/track.h"

#include <QAbstractListModel>

namespace refrain {

class Library;

class PlaylistListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ItemCountRole, MissingCountRole, DurationRole };

    explicit PlaylistListModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const QList<PlaylistInfo> &playlists() const { return m_playlists; }
    QString nameOf(qint64 id) const;

public Q_SLOTS:
    void refresh();
    void create(const QString &name, const refrain::TrackIds &tracks = {});
    void rename(qint64 id, const QString &name);
    // Deletes at once; undoRemove() brings it back (the store keeps it until purged).
    void remove(qint64 id);
    void undoRemove();
    void addTracks(qint64 id, const refrain::TrackIds &tracks, int insertAt = -1);
    void removeItems(qint64 id, const QList<qint64> &itemIds);
    void moveItems(qint64 id, const QList<qint64> &itemIds, int beforePosition);
    void importFile(const QString &path);
    void exportFile(qint64 id, const QString &path, bool relativePaths);

Q_SIGNALS:
    void created(qint64 id);
    // A playlist's items changed: views of it reload.
    void playlistChanged(qint64 id);
    void removed(qint64 id, const QString &name); // undo is possible
    void notice(const QString &text);

private:
    void report(const Error &error);
    void setPlaylists(QList<PlaylistInfo> playlists);

    Library *m_library;
    QList<PlaylistInfo> m_playlists;
    qint64 m_lastRemoved = 0;
};

} // namespace refrain
