// NostalgiaRankModel: one top list of a recap — artists, tracks, albums or genres — as rows a
// view can show, read aloud and move through with the keyboard. No widgets.
#pragma once

#include "core/history/recap.h"

#include <QAbstractListModel>

namespace refrain {

class NostalgiaRankModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        ArtistRole,  // tracks and albums; empty otherwise
        ListensRole, // qint64
        MinutesRole, // qint64
        RankRole,    // 1-based
        ShareRole,   // listens as a fraction of the first row's, 0–1, for bars
    };

    explicit NostalgiaRankModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setItems(const QList<RankedItem> &items);
    const QList<RankedItem> &items() const { return m_items; }

    // "3. Jolene — Dolly Parton: 42 listens, 118 minutes", for screen readers and tooltips.
    static QString describe(int rank, const RankedItem &item);

private:
    QList<RankedItem> m_items;
};

} // namespace refrain
