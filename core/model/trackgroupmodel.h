// TrackGroupModel: the library grouped one way — albums, artists, genres or folders — as a list
// with counts and length, kept in step with the track model row by row (never reset).
#pragma once

#include "core/library/track.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace refrain {

class CoverStore;
class TrackTableModel;

class TrackGroupModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Kind { Album, Artist, Genre, Folder };
    enum Role {
        KeyRole = Qt::UserRole + 1, // what TrackFilterModel::setScope takes
        TrackCountRole,
        DurationRole,
        SecondaryTextRole, // an album's artist and year; a folder's full path
        SampleTrackRole,   // one Track of the group (for cover art)
        SortRole,
    };

    TrackGroupModel(Kind kind, TrackTableModel *tracks, QObject *parent = nullptr);

    // Albums show their cover from this store (loaded in the background; rows repaint when
    // a cover arrives).
    void setCoverStore(CoverStore *covers);

    Kind kind() const { return m_kind; }
    static QString keyFor(Kind kind, const Track &track);
    static QString kindName(Kind kind); // "Album", "Artist", … for a person to read

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOfKey(const QString &key) const { return m_rowByKey.value(key, -1); }
    // The group a track is in (empty when in none), kept as tracks come and change: no folding
    // of its tags again.
    QString keyOfTrack(qint64 trackId) const { return m_members.value(trackId).key; }

private:
    struct Group {
        QString key;
        QString title;
        QString secondary;
        QString sortKey; // the folded title, once: sorting asks for it again and again
        Track sample;
        int count = 0;
        qint64 durationMs = 0;
        int year = 0;
    };

    // Adds the track to its group; the group's changed row goes into `changed` (when given) for
    // one dataChanged per group after a batch, instead of one per track.
    void trackAdded(const Track &track, QSet<int> *changed = nullptr);
    // What a group's row shows that its tracks change: count, length, year.
    void emitCountsChanged(int row);
    void trackRemoved(qint64 id);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    Group describe(const Track &track) const;
    void removeGroupRow(int row);

    Kind m_kind;
    TrackTableModel *m_tracks;
    CoverStore *m_covers = nullptr;
    QList<Group> m_groups;
    QHash<QString, int> m_rowByKey;
    struct Member {
        QString key; // shared with the group's own key
        qint64 durationMs = 0;
    };
    QHash<qint64, Member> m_members; // by track id
};

} // namespace refrain
