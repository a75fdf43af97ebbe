// DownloadListModel: the download queue as the Downloads view shows it — one row per offline
// file (title, artist, album, state with live progress, size, pinned or cache), read from the
// database through a rows source and kept up to date from the DownloadManager without resets,
// so a selection survives every refresh.
#pragma once

#include "core/offline/downloadmanager.h"
#include "core/offline/offlinetypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

#include <functional>

namespace refrain {

class DownloadListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Reads every DownloadRow on the database thread (OfflineQueue::rows()), then calls done
    // with them on the model's thread. The app passes Library::query; tests read inline.
    using RowsSource = std::function<void(std::function<void(QList<DownloadRow>)>)>;

    enum Column { TitleColumn, ArtistColumn, AlbumColumn, StateColumn, SizeColumn, KindColumn };
    static constexpr int kColumnCount = 6;

    enum Role {
        FileIdRole = Qt::UserRole + 1,
        TrackIdRole,
        StateRole,    // DownloadRow::State as an int, as shown (the whole queue paused: Paused)
        ProgressRole, // 0–100, or -1 when unknown
        ErrorRole,    // why it failed; empty otherwise
    };

    DownloadListModel(DownloadManager *manager, RowsSource rowsSource, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row as the database has it (its own state, not the queue's pause); row < rowCount().
    const DownloadRow &downloadAt(int row) const { return m_rows.at(row); }
    // The row showing fileId, or -1 (not queued, or a hidden verified file).
    int rowOf(qint64 fileId) const { return m_rowOf.value(fileId, -1); }
    // What the row shows: Downloading while it runs, Paused while the whole queue is.
    DownloadRow::State shownState(const DownloadRow &row) const;

    // Verified files stay out of the view unless asked for: it is about what is still to come.
    bool showVerified() const { return m_showVerified; }
    void setShowVerified(bool show);
    int verifiedCount() const { return m_verifiedCount; }
    bool hasLoaded() const { return m_loaded; }

    // "Downloading 43 %", "Failed: Cancelled"; "1.2 MiB of 3.4 MiB".
    static QString stateText(DownloadRow::State state, int percent, const QString &error);
    static QString sizeText(qint64 doneBytes, qint64 totalBytes);

public Q_SLOTS:
    // Reads the queue again soon; requests while one read runs become one more read after it.
    void refresh();

Q_SIGNALS:
    // A read of the queue was applied (rows, the verified count).
    void refreshed();

private:
    struct Live {
        qint64 doneBytes = 0;
        qint64 totalBytes = 0;
    };
    void startRead();
    void apply(const QList<DownloadRow> &all);
    void sync(const QList<DownloadRow> &wanted);
    void rebuildIndex();
    void followManager();
    int percentOf(const DownloadRow &row) const;
    qint64 doneBytesOf(const DownloadRow &row) const;
    void rowChanged(int row);

    QPointer<DownloadManager> m_manager;
    RowsSource m_source;
    QList<DownloadRow> m_all;  // the last read, verified files included
    QList<DownloadRow> m_rows; // what is shown
    QHash<qint64, int> m_rowOf;
    QHash<qint64, Live> m_live;      // file id → bytes of a running download
    QHash<qint64, qint64> m_partial; // file id → bytes when it stopped (a paused .part)
    bool m_queuePaused = false;
    bool m_showVerified = false;
    int m_verifiedCount = 0;
    bool m_loaded = false;
    bool m_scheduled = false;
    bool m_reading = false;
    bool m_readAgain = false;
};

} // namespace refrain
