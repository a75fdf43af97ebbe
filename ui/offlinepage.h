// OfflinePage: the sidebar's "Offline" page — how ready Emergency Essentials is, its songs (with
// a way to take back a pick), and everything else kept offline with a way to stop keeping it.
#pragma once

#include "core/library/track.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace refrain {

class DownloadManager;
class OfflinePinsModel;
class TrackFilterModel;
class TrackTableModel;

class OfflinePage : public QWidget {
    Q_OBJECT
public:
    OfflinePage(OfflinePinsModel *pins, DownloadManager *manager, TrackTableModel *tracks,
                QWidget *parent = nullptr);

    // "Nothing here yet: …" — shown instead of the table while Essentials has no songs.
    static QString emptyText();

    // For tests and the main window: the parts a person works with.
    QLabel *readinessLabel() const { return m_readiness; }
    QLabel *holdReasonLabel() const { return m_holdReason; }
    QLabel *emptyLabel() const { return m_emptyText; }
    QLabel *pinsNoticeLabel() const { return m_pinsNotice; }
    QPushButton *playEssentialsButton() const { return m_playEssentials; }
    QPushButton *downloadsButton() const { return m_downloads; }
    QPushButton *stopKeepingButton() const { return m_stopKeeping; }
    QTableView *essentialsTable() const { return m_table; }
    TrackFilterModel *essentialsModel() const { return m_filter; }
    QListView *pinsList() const { return m_pinsList; }
    QAction *removePickAction() const { return m_removePick; }
    QAction *stopKeepingAction() const { return m_stopKeepingAction; }
    // True while the table gives way to the empty (or loading) text.
    bool isShowingEmptyState() const;

    // Asks to play Essentials' visible songs from the given visible row on.
    void playRow(int row);
    // Takes the selected songs that were picked out of Essentials (starred ones stay).
    void removeSelectedPicks();
    // Stops keeping the selected pin offline; Essentials itself always stays.
    void stopKeepingSelected();

Q_SIGNALS:
    void playEssentialsRequested();
    void downloadsRequested();
    void playTracksRequested(const refrain::TrackList &tracks, int startRow);

private:
    QWidget *buildEssentials();
    QWidget *buildKeptOffline();
    void updateReadiness();
    void updateEssentialsTracks();
    void updateEmptyState();
    void updateTableActions();
    void updatePinActions();
    void showTableMenu(const QPoint &pos);
    void showPinsMenu(const QPoint &pos);
    TrackIds selectedPickedIds() const;
    qint64 selectedPinId() const; // 0: none, or one that cannot be unpinned

    QPointer<OfflinePinsModel> m_pins;
    QPointer<DownloadManager> m_manager;
    TrackFilterModel *m_filter;

    QLabel *m_readiness = nullptr;
    QFrame *m_holdArea = nullptr;
    QLabel *m_holdIcon = nullptr;
    QLabel *m_holdReason = nullptr;
    QPushButton *m_playEssentials = nullptr;
    QPushButton *m_downloads = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyText = nullptr;
    QAction *m_removePick = nullptr;

    QListView *m_pinsList = nullptr;
    QPushButton *m_stopKeeping = nullptr;
    QAction *m_stopKeepingAction = nullptr;
    QLabel *m_pinsNoticeIcon = nullptr;
    QLabel *m_pinsNotice = nullptr;
};

} // namespace refrain
