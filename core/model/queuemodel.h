// QueueModel: "Up Next" — the play queue as rows, the current one marked, the ones that could not
// play greyed with the reason, with drag and drop to reorder it and to add tracks dragged from the
// library or a playlist.
#pragma once

#include "core/model/dragdata.h"

#include <QAbstractListModel>

namespace refrain {

class PlaybackEngine;
class TrackTableModel;

class QueueModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        CurrentRole = Qt::UserRole + 1,
        TrackIdRole,
        UnplayableRole, // why the item could not play (plain text); empty when it can
    };
    static constexpr auto kQueueRowsMime = dragdata::kQueueRowsMime;

    // tracks resolves dropped track ids to tracks.
    QueueModel(PlaybackEngine *engine, TrackTableModel *tracks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    void playRow(int row);
    void removeQueueRows(const QList<int> &rows);

private:
    void onQueueChanged();
    void onCurrentChanged();
    void onMarksChanged(int first, int last);

    PlaybackEngine *m_engine;
    TrackTableModel *m_tracks;
    int m_shownCurrent = -1;
};

} // namespace refrain
