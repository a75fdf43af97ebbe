// DownloadsDialog: the Downloads view — what is downloading and waiting, with total progress and
// ETA, why nothing moves when something holds the queue, pause/resume/cancel/download-next for
// the whole queue or the selected files, and the offline settings. Non-modal: the app never
// waits on it.
#pragma once

#include "core/model/downloadlistmodel.h"
#include "ui/offlinesettingsfields.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QCheckBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace refrain {

class DownloadsDialog : public QDialog {
    Q_OBJECT
public:
    // The dialog reads the queue through rowsSource (see DownloadListModel::RowsSource).
    DownloadsDialog(DownloadManager *manager, DownloadListModel::RowsSource rowsSource,
                    QWidget *parent = nullptr);
    ~DownloadsDialog() override;

    // "3 downloading · 12 waiting · 45.2 MiB of 120 MiB · 4.1 MiB/s · about 0:18 left".
    static QString totalsText(const DownloadManager::Totals &totals, bool paused);

    // For tests and the main window: the parts a person works with.
    DownloadListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *readinessLabel() const { return m_readiness; }
    QFrame *noticeArea() const { return m_noticeArea; }
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *pauseAllButton() const { return m_pauseAll; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *downloadNextButton() const { return m_next; }
    QCheckBox *showFinishedBox() const { return m_showFinished; }
    QDoubleSpinBox *essentialsHoursBox() const { return m_settings->essentialsHours(); }
    QDoubleSpinBox *essentialsGbBox() const { return m_settings->essentialsGb(); }
    QDoubleSpinBox *quotaBox() const { return m_settings->quota(); }
    QSpinBox *parallelBox() const { return m_settings->parallel(); }
    QDoubleSpinBox *cacheBox() const { return m_settings->cache(); }
    // The file ids of the selected rows, top to bottom.
    QList<qint64> selectedFileIds() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildSettings();
    void buildActions();
    void updateHeader();
    void updateActions();
    QList<DownloadRow> selectedDownloads() const;
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void downloadSelectedNext();

    QPointer<DownloadManager> m_manager;
    DownloadListModel *m_model;

    QLabel *m_totals;
    QLabel *m_readiness;
    QFrame *m_noticeArea;
    QLabel *m_noticeIcon;
    QLabel *m_notice;
    QTableView *m_table;
    QPushButton *m_pauseAll;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_next;
    QAction *m_pauseAction;
    QAction *m_resumeAction;
    QAction *m_cancelAction;
    QAction *m_nextAction;
    QCheckBox *m_showFinished;

    OfflineSettingsFields *m_settings = nullptr;
};

} // namespace refrain
