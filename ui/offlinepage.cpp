#include "ui/offlinepage.h"

#include "ui/formlabels.h"

#include "core/model/offlinepinsmodel.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/tracktablemodel.h"
#include "core/offline/downloadmanager.h"
#include "core/offline/offlinetypes.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace refrain {

namespace {

QLabel *headingLabel(QWidget *parent, const QString &text, const QString &objectName) {
    QLabel *label = plainTextLabel(parent, text);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.2);
    label->setFont(font);
    return label;
}

QPushButton *pageButton(QWidget *parent, const QString &text, const QString &objectName) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(text);
    button->setAutoDefault(false);
    return button;
}

// A Delete key that acts only while `view` has the focus, so the two lists never fight over it.
void addViewShortcut(QAbstractItemView *view, QAction *action, QKeySequence::StandardKey key) {
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
}

} // namespace

OfflinePage::OfflinePage(OfflinePinsModel *pins, DownloadManager *manager, TrackTableModel *tracks,
                         QWidget *parent)
    : QWidget(parent)
    , m_pins(pins)
    , m_manager(manager)
    , m_filter(new TrackFilterModel(this)) {
    setObjectName(QStringLiteral("offlinePage"));
    setAccessibleName(tr("Offline"));
    m_filter->setSourceModel(tracks);
    m_filter->setTrackScope({}); // nothing until the pins are known

    QWidget *essentials = buildEssentials();
    QWidget *kept = buildKeptOffline();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(essentials, 3);
    layout->addWidget(kept, 2);
    setTabOrder(m_playEssentials, m_downloads);
    setTabOrder(m_downloads, m_table);
    setTabOrder(m_table, m_pinsList);
    setTabOrder(m_pinsList, m_stopKeeping);

    if (manager) {
        connect(manager, &DownloadManager::readinessChanged, this, &OfflinePage::updateReadiness);
        // The hold reason changes with the queue, not only with readiness.
        connect(manager, &DownloadManager::queueChanged, this, &OfflinePage::updateReadiness);
    }
    connect(pins, &OfflinePinsModel::pinsChanged, this, [this] {
        updateEssentialsTracks();
        updateTableActions();
        updatePinActions();
    });
    connect(pins, &OfflinePinsModel::notice, this, [this](const QString &text) {
        showOutcome(m_pinsNoticeIcon, m_pinsNotice, Tone::Bad, text);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OfflinePage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OfflinePage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OfflinePage::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &OfflinePage::updateEmptyState);

    updateReadiness();
    updateEssentialsTracks();
    updateTableActions();
    updatePinActions();
}

QString OfflinePage::emptyText() {
    return tr("Nothing here yet: star songs on your server or use “Add to Emergency Essentials” on "
              "any song.");
}

QWidget *OfflinePage::buildEssentials() {
    auto *box = new QWidget(this);
    QLabel *heading =
        headingLabel(box, tr("Emergency Essentials"), QStringLiteral("essentialsHeading"));
    m_readiness = plainTextLabel(box);
    m_readiness->setObjectName(QStringLiteral("essentialsReadiness"));
    m_readiness->setAccessibleName(tr("Emergency Essentials readiness"));
    QLabel *explanation = plainTextLabel(
        box, tr("Your picks, then starred songs, then your most played, up to your budget. They "
                "play when the server does not."));
    explanation->setObjectName(QStringLiteral("essentialsExplanation"));

    // Why nothing downloads although songs wait (a full disk, the quota, the server away).
    m_holdArea = new QFrame(box);
    m_holdArea->setObjectName(QStringLiteral("holdNotice"));
    m_holdArea->setFrameShape(QFrame::StyledPanel);
    m_holdIcon = new QLabel(m_holdArea);
    m_holdReason = plainTextLabel(m_holdArea, {}, true);
    m_holdReason->setObjectName(QStringLiteral("holdReason"));
    m_holdReason->setAccessibleName(tr("Why downloads wait"));
    auto *holdLayout = new QHBoxLayout(m_holdArea);
    holdLayout->addWidget(m_holdIcon, 0, Qt::AlignTop);
    holdLayout->addWidget(m_holdReason, 1);
    m_holdArea->hide();

    m_playEssentials =
        pageButton(box, tr("Play Emergency Essentials"), QStringLiteral("playEssentialsButton"));
    m_playEssentials->setToolTip(tr("Play the songs of Emergency Essentials on this computer"));
    connect(m_playEssentials, &QPushButton::clicked, this, &OfflinePage::playEssentialsRequested);
    m_downloads = pageButton(box, tr("Downloads…"), QStringLiteral("downloadsButton"));
    m_downloads->setToolTip(tr("What is downloading and waiting, and the offline settings"));
    connect(m_downloads, &QPushButton::clicked, this, &OfflinePage::downloadsRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_playEssentials);
    buttons->addWidget(m_downloads);
    buttons->addStretch();

    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("essentialsTable"));
    m_table->setAccessibleName(tr("Songs of Emergency Essentials"));
    showFocusWhenEmpty(m_table);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // library order until a column is chosen
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TrackTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TrackTableModel::DurationColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrackTableModel::OfflineColumn, QHeaderView::ResizeToContents);
    header->resizeSection(TrackTableModel::ArtistColumn, 170);
    header->resizeSection(TrackTableModel::AlbumColumn, 190);
    // Where a song streams from matters little once it is kept here.
    m_table->setColumnHidden(TrackTableModel::SourceColumn, true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &OfflinePage::showTableMenu);
    // Double-click and Enter.
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { playRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfflinePage::updateTableActions);

    m_removePick = new QAction(tr("Remove from Emergency Essentials"), this);
    m_removePick->setObjectName(QStringLiteral("removePickAction"));
    addViewShortcut(m_table, m_removePick, QKeySequence::Delete);
    connect(m_removePick, &QAction::triggered, this, &OfflinePage::removeSelectedPicks);

    m_emptyText = plainTextLabel(box);
    m_emptyText->setObjectName(QStringLiteral("essentialsEmpty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyPage = new QWidget(box);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch();
    m_stack = new QStackedWidget(box);
    m_stack->addWidget(m_table);
    m_stack->addWidget(emptyPage);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_readiness);
    layout->addWidget(explanation);
    layout->addWidget(m_holdArea);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    return box;
}

QWidget *OfflinePage::buildKeptOffline() {
    auto *box = new QWidget(this);
    QLabel *heading = headingLabel(box, tr("Kept Offline"), QStringLiteral("keptOfflineHeading"));

    m_pinsList = new QListView(box);
    m_pinsList->setObjectName(QStringLiteral("keptOfflineList"));
    m_pinsList->setAccessibleName(tr("Kept offline"));
    showFocusWhenEmpty(m_pinsList);
    m_pinsList->setModel(m_pins);
    m_pinsList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pinsList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pinsList->setUniformItemSizes(true);
    m_pinsList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_pinsList, &QWidget::customContextMenuRequested, this, &OfflinePage::showPinsMenu);
    connect(m_pinsList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OfflinePage::updatePinActions);
    connect(m_pins, &QAbstractItemModel::modelReset, this, &OfflinePage::updatePinActions);
    connect(m_pins, &QAbstractItemModel::dataChanged, this, &OfflinePage::updatePinActions);

    m_stopKeeping =
        pageButton(box, tr("Stop Keeping Offline"), QStringLiteral("stopKeepingButton"));
    connect(m_stopKeeping, &QPushButton::clicked, this, &OfflinePage::stopKeepingSelected);
    m_stopKeepingAction = new QAction(tr("Stop Keeping Offline"), this);
    m_stopKeepingAction->setObjectName(QStringLiteral("stopKeepingAction"));
    addViewShortcut(m_pinsList, m_stopKeepingAction, QKeySequence::Delete);
    connect(m_stopKeepingAction, &QAction::triggered, this, &OfflinePage::stopKeepingSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_stopKeeping);

    // What could not be kept (an unknown playlist, a database error), until the next action.
    m_pinsNoticeIcon = new QLabel(box);
    m_pinsNotice = plainTextLabel(box, {}, true);
    m_pinsNotice->setObjectName(QStringLiteral("pinsNotice"));
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_pinsNoticeIcon, 0, Qt::AlignTop);
    noticeRow->addWidget(m_pinsNotice, 1);
    showOutcome(m_pinsNoticeIcon, m_pinsNotice, Tone::Neutral, {});

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_pinsList, 1);
    layout->addLayout(buttons);
    layout->addLayout(noticeRow);
    return box;
}

bool OfflinePage::isShowingEmptyState() const {
    return m_stack->currentWidget() != m_table;
}

void OfflinePage::playRow(int row) {
    const QModelIndex index = m_filter->index(row, 0);
    // A local file that cannot be reached now would only be skipped.
    if (!index.isValid() || !index.data(TrackTableModel::AvailableRole).toBool())
        return;
    Q_EMIT playTracksRequested(m_filter->visibleTracks(), row);
}

TrackIds OfflinePage::selectedPickedIds() const {
    TrackIds ids;
    if (!m_pins)
        return ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = index.data(TrackTableModel::TrackIdRole).toLongLong();
        if (m_pins->isPicked(id))
            ids.append(id);
    }
    return ids;
}

void OfflinePage::removeSelectedPicks() {
    const TrackIds ids = selectedPickedIds();
    if (ids.isEmpty() || !m_pins)
        return;
    showOutcome(m_pinsNoticeIcon, m_pinsNotice, Tone::Neutral, {});
    m_pins->setPicked(ids, false);
}

qint64 OfflinePage::selectedPinId() const {
    if (!m_pins)
        return 0;
    const QModelIndexList rows = m_pinsList->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const QModelIndex index = rows.first();
    if (index.data(OfflinePinsModel::KindRole).toInt() == int(PinKind::Essentials))
        return 0;
    return index.data(OfflinePinsModel::PinIdRole).toLongLong();
}

void OfflinePage::stopKeepingSelected() {
    const qint64 pinId = selectedPinId();
    if (pinId <= 0)
        return;
    showOutcome(m_pinsNoticeIcon, m_pinsNotice, Tone::Neutral, {});
    m_pins->unpin(pinId);
}

void OfflinePage::updateReadiness() {
    if (!m_manager) {
        m_playEssentials->setEnabled(false);
        return;
    }
    const Readiness &readiness = m_manager->readiness();
    m_readiness->setText(readinessText(readiness));
    m_playEssentials->setEnabled(readiness.essentialsReady > 0);
    const QString reason = m_manager->holdReason();
    showOutcome(m_holdIcon, m_holdReason, Tone::Bad, reason);
    m_holdArea->setVisible(!reason.isEmpty());
}

void OfflinePage::updateEssentialsTracks() {
    if (!m_pins)
        return;
    const TrackIds ids = m_pins->essentialsTracks();
    m_filter->setTrackScope(QSet<qint64>(ids.cbegin(), ids.cend()));
    updateEmptyState();
}

void OfflinePage::updateEmptyState() {
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    // Songs known to Essentials but not yet in the track list: the library is still loading.
    const bool loading = m_pins && !m_pins->essentialsTracks().isEmpty();
    m_emptyText->setText(loading ? tr("Loading the songs of Emergency Essentials…") : emptyText());
    m_stack->setCurrentWidget(m_emptyText->parentWidget());
}

void OfflinePage::updateTableActions() {
    m_removePick->setEnabled(!selectedPickedIds().isEmpty());
}

void OfflinePage::updatePinActions() {
    const bool can = selectedPinId() > 0;
    m_stopKeeping->setEnabled(can);
    m_stopKeepingAction->setEnabled(can);
    const QModelIndexList rows = m_pinsList->selectionModel()->selectedRows();
    const bool essentials =
        !rows.isEmpty()
        && rows.first().data(OfflinePinsModel::KindRole).toInt() == int(PinKind::Essentials);
    m_stopKeeping->setToolTip(essentials
                                  ? tr("Emergency Essentials is always kept; take songs out of it "
                                       "above instead.")
                                  : tr("Remove the offline copies this keeps (songs another pin "
                                       "keeps stay)"));
}

void OfflinePage::showTableMenu(const QPoint &pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("Play"), this, [this, row = index.row()] { playRow(row); });
    // Starred and most-played songs are there on their own; only picks can be taken back here.
    if (m_removePick->isEnabled())
        menu->addAction(m_removePick);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void OfflinePage::showPinsMenu(const QPoint &pos) {
    if (!m_pinsList->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_stopKeepingAction);
    menu->popup(m_pinsList->viewport()->mapToGlobal(pos));
}

} // namespace refrain
