#include "ui/downloadsdialog.h"

#include "ui/offlinesettingsfields.h"

#include "ui/formlabels.h"

#include "core/library/track.h"
#include "core/service/request/requesttypes.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>
#include <utility>

namespace refrain {

DownloadsDialog::DownloadsDialog(DownloadManager *manager, DownloadListModel::RowsSource rowsSource,
                                 QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_model(new DownloadListModel(manager, std::move(rowsSource), this)) {
    setObjectName(QStringLiteral("downloadsDialog"));
    setWindowTitle(tr("Downloads"));
    setModal(false);

    m_totals = plainTextLabel(this);
    m_totals->setObjectName(QStringLiteral("downloadTotals"));
    m_totals->setAccessibleName(tr("Download progress"));
    m_readiness = plainTextLabel(this);
    m_readiness->setObjectName(QStringLiteral("offlineReadiness"));
    m_readiness->setAccessibleName(tr("Emergency Essentials readiness"));

    // Why nothing moves although files wait (a full disk, the quota, the server away).
    m_noticeArea = new QFrame(this);
    m_noticeArea->setObjectName(QStringLiteral("holdNotice"));
    m_noticeArea->setFrameShape(QFrame::StyledPanel);
    m_noticeIcon = new QLabel(m_noticeArea);
    m_notice = plainTextLabel(m_noticeArea, {}, true);
    m_notice->setObjectName(QStringLiteral("holdReason"));
    m_notice->setAccessibleName(tr("Why downloads wait"));
    auto *noticeLayout = new QHBoxLayout(m_noticeArea);
    noticeLayout->addWidget(m_noticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_notice, 1);
    m_noticeArea->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("downloadTable"));
    m_table->setAccessibleName(tr("Downloads"));
    showFocusWhenEmpty(m_table);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed widths: fitting columns to their contents would read every row of a long queue.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(DownloadListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(DownloadListModel::ArtistColumn, 150);
    header->resizeSection(DownloadListModel::AlbumColumn, 150);
    header->resizeSection(DownloadListModel::StateColumn, 190);
    header->resizeSection(DownloadListModel::SizeColumn, 140);
    header->resizeSection(DownloadListModel::KindColumn, 70);

    m_pauseAll = new QPushButton(this);
    m_pauseAll->setObjectName(QStringLiteral("pauseAllButton"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_resume = new QPushButton(tr("&Resume"), this);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_cancel = new QPushButton(tr("Cance&l"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_next = new QPushButton(tr("Download &Next"), this);
    m_next->setObjectName(QStringLiteral("downloadNextButton"));
    buildActions();

    m_showFinished = new QCheckBox(this);
    m_showFinished->setObjectName(QStringLiteral("showFinishedBox"));
    m_showFinished->setToolTip(tr("List the files that are downloaded and verified too"));
    connect(m_showFinished, &QCheckBox::toggled, m_model, &DownloadListModel::setShowVerified);

    auto *queueButtons = new QHBoxLayout;
    queueButtons->addWidget(m_pauseAll);
    queueButtons->addStretch();
    for (QPushButton *button : {m_pause, m_resume, m_cancel, m_next})
        queueButtons->addWidget(button);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPushButton *button : {m_pauseAll, m_pause, m_resume, m_cancel, m_next})
        button->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_readiness);
    layout->addWidget(m_noticeArea);
    layout->addWidget(m_table, 1);
    layout->addLayout(queueButtons);
    layout->addWidget(m_showFinished);
    layout->addWidget(buildSettings());
    layout->addWidget(buttons);

    connect(manager, &DownloadManager::queueChanged, this, &DownloadsDialog::updateHeader);
    connect(manager, &DownloadManager::progress, this, &DownloadsDialog::updateHeader);
    connect(manager, &DownloadManager::readinessChanged, this, &DownloadsDialog::updateHeader);
    connect(manager, &DownloadManager::queueChanged, this, &DownloadsDialog::updateActions);
    connect(m_model, &DownloadListModel::refreshed, this, &DownloadsDialog::updateHeader);
    connect(m_model, &DownloadListModel::refreshed, this, &DownloadsDialog::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DownloadsDialog::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DownloadsDialog::updateActions);

    updateHeader();
    updateActions();
    m_table->setFocus();
    resizeWithinScreen(this, QSize(900, 620));
}

DownloadsDialog::~DownloadsDialog() = default;

void DownloadsDialog::buildActions() {
    m_pauseAction = new QAction(tr("Pause"), this);
    m_resumeAction = new QAction(tr("Resume"), this);
    m_resumeAction->setToolTip(tr("Resume the selected downloads; a failed one is tried again"));
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setToolTip(tr("Stop downloading the selected files; Resume brings them back"));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction = new QAction(tr("Download Next"), this);
    m_nextAction->setToolTip(tr("Download the selected files before everything else waiting"));
    // The same actions under the right mouse button (and the menu key) in the table.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const std::pair<QAction *, QPushButton *> pairs[] = {
        {m_pauseAction, m_pause},
        {m_resumeAction, m_resume},
        {m_cancelAction, m_cancel},
        {m_nextAction, m_next},
    };
    for (const auto &[action, button] : pairs) {
        m_table->addAction(action);
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    connect(m_pauseAction, &QAction::triggered, this, &DownloadsDialog::pauseSelected);
    connect(m_resumeAction, &QAction::triggered, this, &DownloadsDialog::resumeSelected);
    connect(m_cancelAction, &QAction::triggered, this, &DownloadsDialog::cancelSelected);
    connect(m_nextAction, &QAction::triggered, this, &DownloadsDialog::downloadSelectedNext);
    connect(m_pauseAll, &QPushButton::clicked, this, [this] {
        if (!m_manager)
            return;
        if (m_manager->isPaused())
            m_manager->resumeAll();
        else
            m_manager->pauseAll();
    });
}

QWidget *DownloadsDialog::buildSettings() {
    auto *group = new QGroupBox(tr("Offline settings"), this);
    group->setObjectName(QStringLiteral("offlineSettings"));
    // The same fields and logic as Settings ▸ Offline.
    m_settings = new OfflineSettingsFields(m_manager, this);
    auto *form = new QFormLayout(group);
    const auto addRow = [form](const QString &label, QWidget *field) {
        form->addRow(buddyLabel(label, field), field);
    };
    addRow(OfflineSettingsFields::essentialsHoursLabel(), m_settings->essentialsHours());
    addRow(OfflineSettingsFields::essentialsGbLabel(), m_settings->essentialsGb());
    addRow(OfflineSettingsFields::quotaLabel(), m_settings->quota());
    addRow(OfflineSettingsFields::parallelLabel(), m_settings->parallel());
    addRow(OfflineSettingsFields::cacheLabel(), m_settings->cache());
    return group;
}

QString DownloadsDialog::totalsText(const DownloadManager::Totals &totals, bool paused) {
    QStringList parts;
    // The queue's count includes the files running now.
    const int waiting = qMax(0, totals.queued - totals.running);
    if (paused)
        parts << tr("Paused");
    else if (totals.running > 0)
        parts << tr("%n downloading", nullptr, totals.running);
    if (waiting > 0)
        parts << tr("%n waiting", nullptr, waiting);
    if (const qint64 all = totals.doneBytes + totals.remainingBytes; all > 0)
        parts << tr("%1 of %2").arg(byteSizeText(totals.doneBytes), byteSizeText(all));
    const bool moving = !paused && totals.running > 0;
    if (moving && totals.bytesPerSecond >= 1.0)
        parts << tr("%1/s").arg(byteSizeText(qint64(totals.bytesPerSecond)));
    if (moving && totals.etaMs > 0)
        parts << tr("about %1 left").arg(formatDuration(totals.etaMs));
    if (parts.isEmpty())
        return tr("Nothing is waiting to download.");
    return parts.join(QStringLiteral(" · "));
}

void DownloadsDialog::updateHeader() {
    if (!m_manager)
        return;
    const bool paused = m_manager->isPaused();
    m_totals->setText(totalsText(m_manager->totals(), paused));
    m_readiness->setText(readinessText(m_manager->readiness()));
    const QString reason = m_manager->holdReason();
    showOutcome(m_noticeIcon, m_notice, Tone::Bad, reason);
    m_noticeArea->setVisible(!reason.isEmpty());
    const QString toggle = paused ? tr("Resume &All") : tr("Pause &All");
    if (m_pauseAll->text() != toggle) {
        m_pauseAll->setText(toggle);
        m_pauseAll->setAccessibleName(QString(toggle).remove(QLatin1Char('&')));
        m_pauseAll->setToolTip(paused ? tr("Let the whole queue download again")
                                      : tr("Stop every download; each keeps what it has"));
    }
    m_showFinished->setText(tr("Show &finished (%1)").arg(m_model->verifiedCount()));
}

QList<DownloadRow> DownloadsDialog::selectedDownloads() const {
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<DownloadRow> out;
    for (int row : std::as_const(rows))
        out.append(m_model->downloadAt(row));
    return out;
}

QList<qint64> DownloadsDialog::selectedFileIds() const {
    QList<qint64> out;
    const QList<DownloadRow> rows = selectedDownloads();
    for (const DownloadRow &row : rows)
        out.append(row.fileId);
    return out;
}

void DownloadsDialog::updateActions() {
    using State = DownloadRow::State;
    const bool queuePaused = m_manager && m_manager->isPaused();
    bool canPause = false, canResume = false, canCancel = false, canNext = false;
    const QList<DownloadRow> rows = selectedDownloads();
    for (const DownloadRow &row : rows) {
        canPause = canPause || row.state == State::Queued;
        canResume = canResume || row.state == State::Paused || row.state == State::Failed
                    || (queuePaused && row.state == State::Queued);
        canCancel = canCancel || row.state == State::Queued || row.state == State::Paused;
        canNext = canNext || row.state != State::Verified;
    }
    const bool live = !m_manager.isNull();
    const std::tuple<QAction *, QPushButton *, bool> states[] = {
        {m_pauseAction, m_pause, live && canPause},
        {m_resumeAction, m_resume, live && canResume},
        {m_cancelAction, m_cancel, live && canCancel},
        {m_nextAction, m_next, live && canNext},
    };
    for (const auto &[action, button, enabled] : states) {
        action->setEnabled(enabled);
        button->setEnabled(enabled);
    }
}

void DownloadsDialog::pauseSelected() {
    if (!m_manager)
        return;
    const QList<DownloadRow> rows = selectedDownloads();
    for (const DownloadRow &row : rows) {
        if (row.state == DownloadRow::State::Queued)
            m_manager->pause(row.fileId);
    }
}

void DownloadsDialog::resumeSelected() {
    if (!m_manager)
        return;
    const QList<DownloadRow> rows = selectedDownloads();
    for (const DownloadRow &row : rows) {
        if (row.state == DownloadRow::State::Paused || row.state == DownloadRow::State::Failed)
            m_manager->resume(row.fileId);
    }
    // A file cannot download while the whole queue is paused: resuming it resumes the queue.
    if (m_manager->isPaused())
        m_manager->resumeAll();
}

void DownloadsDialog::cancelSelected() {
    if (!m_manager)
        return;
    const QList<DownloadRow> rows = selectedDownloads();
    for (const DownloadRow &row : rows) {
        if (row.state == DownloadRow::State::Queued || row.state == DownloadRow::State::Paused)
            m_manager->cancel(row.fileId);
    }
}

void DownloadsDialog::downloadSelectedNext() {
    if (!m_manager)
        return;
    // Each one goes above all the others: the last one asked goes first, so asking from the
    // bottom up keeps the selection's order.
    const QList<DownloadRow> rows = selectedDownloads();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (it->state != DownloadRow::State::Verified)
            m_manager->downloadNext(it->fileId);
    }
}

void DownloadsDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    // The manager reads its settings when it starts: show what it has now.
    m_settings->load();
    updateHeader();
}

void DownloadsDialog::hideEvent(QHideEvent *event) {
    m_settings->apply(); // a change typed just before the window went still counts
    QDialog::hideEvent(event);
}

} // namespace refrain
