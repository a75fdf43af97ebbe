#include "ui/nostalgiapage.h"

#include "ui/formlabels.h"
#include "ui/nostalgiabarlist.h"
#include "ui/nostalgiacard.h"
#include "ui/nostalgiacolumnchart.h"
#include "ui/nostalgiafigures.h"
#include "ui/nostalgiaheatmap.h"
#include "ui/nostalgiaonthisday.h"
#include "ui/nostalgiarankdelegate.h"
#include "ui/recapcard.h"

#include "core/model/nostalgiamodel.h"
#include "core/model/nostalgiarankmodel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace refrain {

namespace {

enum StackPage { LoadingPage, EmptyPage, ContentPage };

// How many new artists the line under the figures names before "and N more".
constexpr int kNewArtistsNamed = 6;

QPushButton *pageButton(QWidget *parent, const QString &text, const QString &objectName) {
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

NostalgiaPage::NostalgiaPage(NostalgiaModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tracks(new NostalgiaRankModel(this))
    , m_albums(new NostalgiaRankModel(this))
    , m_genres(new NostalgiaRankModel(this)) {
    setObjectName(QStringLiteral("nostalgiaPage"));
    setAccessibleName(tr("Nostalgia"));

    QWidget *header = buildHeader();
    m_stack = new QStackedWidget(this);
    m_loading = plainTextLabel(this, tr("Reading your listening history…"));
    m_loading->setAlignment(Qt::AlignCenter);
    m_stack->insertWidget(LoadingPage, m_loading);
    m_stack->insertWidget(EmptyPage, buildEmpty());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("nostalgiaScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(buildContent());
    m_stack->insertWidget(ContentPage, scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(header);
    layout->addWidget(m_stack, 1);

    connect(model, &NostalgiaModel::yearsChanged, this, &NostalgiaPage::updateYears);
    connect(model, &NostalgiaModel::periodChanged, this, &NostalgiaPage::updatePeriod);
    connect(model, &NostalgiaModel::recapChanged, this, &NostalgiaPage::updateRecap);
    connect(model, &NostalgiaModel::onThisDayChanged, this, &NostalgiaPage::updateOnThisDay);
    connect(model, &NostalgiaModel::notice, this,
            [this](const QString &text) { showNotice(false, text); });
    updateYears();
    updatePeriod();
    updateRecap();
    updateOnThisDay();
}

QString NostalgiaPage::emptyText() {
    return tr("No listens yet — play something, or import your history from Spotify, "
              "ListenBrainz or Last.fm");
}

QWidget *NostalgiaPage::buildHeader() {
    auto *box = new QWidget(this);
    m_heading = plainTextLabel(box);
    m_heading->setObjectName(QStringLiteral("nostalgiaHeading"));
    m_heading->setWordWrap(false);
    m_heading->setFont(NostalgiaCard::headingFont(font(), 1.6));
    m_year = new QComboBox(box);
    m_year->setObjectName(QStringLiteral("yearChooser"));
    m_year->setAccessibleName(tr("Year"));
    m_month = new QComboBox(box);
    m_month->setObjectName(QStringLiteral("monthChooser"));
    m_month->setAccessibleName(tr("Month"));
    m_month->addItem(tr("Whole year"), 0);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(QLocale().standaloneMonthName(m, QLocale::LongFormat), m);
    m_export = pageButton(box, tr("Export Recap Card…"), QStringLiteral("exportRecapButton"));
    m_export->setToolTip(tr("Save this recap as a picture to share"));
    connect(m_year, &QComboBox::activated, this, &NostalgiaPage::choosePeriod);
    connect(m_month, &QComboBox::activated, this, &NostalgiaPage::choosePeriod);
    connect(m_export, &QPushButton::clicked, this, &NostalgiaPage::chooseExportFile);

    m_noticeIcon = new QLabel(box);
    m_notice = plainTextLabel(box);
    m_notice->setObjectName(QStringLiteral("nostalgiaNotice"));
    m_notice->hide();
    m_noticeIcon->hide();

    auto *row = new QHBoxLayout;
    row->setSpacing(fontMetrics().height() / 2);
    row->addWidget(m_heading, 1);
    row->addWidget(m_year);
    row->addWidget(m_month);
    row->addSpacing(fontMetrics().height() / 2);
    row->addWidget(m_export);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_noticeIcon, 0, Qt::AlignTop);
    noticeRow->addWidget(m_notice, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addLayout(noticeRow);
    return box;
}

QWidget *NostalgiaPage::buildEmpty() {
    auto *box = new QWidget(this);
    m_emptyText = plainTextLabel(box, emptyText());
    m_emptyText->setObjectName(QStringLiteral("nostalgiaEmpty"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setFont(NostalgiaCard::headingFont(font(), 1.1));
    m_import = pageButton(box, tr("Import History…"), QStringLiteral("importHistoryButton"));
    m_import->setToolTip(tr("Bring in what you played elsewhere, from an export file"));
    connect(m_import, &QPushButton::clicked, this, &NostalgiaPage::importRequested);
    auto *layout = new QVBoxLayout(box);
    layout->addStretch(2);
    layout->addWidget(m_emptyText);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_import, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return box;
}

NostalgiaCard *NostalgiaPage::listCard(const QString &heading, NostalgiaRankModel *model,
                                       QListView **view, QLabel **none, const QString &noneText,
                                       const QString &objectName) {
    auto *card = new NostalgiaCard(heading, m_recapParts);
    card->setSubheading(tr("by listens"));
    auto *list = new QListView(card);
    list->setObjectName(objectName);
    list->setAccessibleName(heading);
    list->setModel(model);
    list->setItemDelegate(new NostalgiaRankDelegate(list));
    list->setFrameShape(QFrame::NoFrame);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformItemSizes(true);
    list->viewport()->setAutoFillBackground(false);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QLabel *empty = plainTextLabel(card, noneText);
    NostalgiaCard::makeSecondary(empty);
    empty->hide();
    card->contentLayout()->addWidget(list);
    card->contentLayout()->addWidget(empty);
    card->contentLayout()->addStretch(1);
    auto fit = [this, list, empty] { fitList(list, empty); };
    connect(model, &QAbstractItemModel::modelReset, list, fit);
    connect(model, &QAbstractItemModel::dataChanged, list, fit);
    *view = list;
    *none = empty;
    fitList(list, empty);
    return card;
}

QWidget *NostalgiaPage::buildContent() {
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("nostalgiaContent"));
    const int gap = fontMetrics().height();

    m_onThisDay = new NostalgiaOnThisDay(m_content);
    connect(m_onThisDay, &NostalgiaOnThisDay::playRequested, this, [this] {
        if (m_model)
            Q_EMIT playListensRequested(m_model->onThisDayQueue());
    });

    m_periodEmpty = plainTextLabel(m_content);
    m_periodEmpty->setObjectName(QStringLiteral("periodEmpty"));
    m_periodEmpty->setAlignment(Qt::AlignCenter);
    m_periodEmpty->setMinimumHeight(gap * 6);

    m_recapParts = new QWidget(m_content);
    m_figures = new NostalgiaFigures(m_recapParts);
    m_newArtists = plainTextLabel(m_recapParts);
    m_newArtists->setObjectName(QStringLiteral("newArtistsLine"));

    m_minutesCard = new NostalgiaCard(tr("Minutes listened"), m_recapParts);
    m_minutes = new NostalgiaColumnChart(m_minutesCard);
    m_minutes->setObjectName(QStringLiteral("minutesChart"));
    m_minutesCard->contentLayout()->addWidget(m_minutes);

    auto *artistsCard = new NostalgiaCard(tr("Top artists"), m_recapParts);
    artistsCard->setSubheading(tr("by listens"));
    m_topArtists = new NostalgiaBarList(artistsCard);
    m_topArtists->setObjectName(QStringLiteral("topArtistsChart"));
    m_topArtists->setAccessibleName(tr("Top artists"));
    artistsCard->contentLayout()->addWidget(m_topArtists);
    artistsCard->contentLayout()->addStretch(1);

    auto *heatCard = new NostalgiaCard(tr("When you listen"), m_recapParts);
    heatCard->setSubheading(tr("listens by weekday and hour"));
    m_heatMap = new NostalgiaHeatMap(heatCard);
    m_heatMap->setObjectName(QStringLiteral("heatMap"));
    m_heatMap->setAccessibleName(tr("Listens by weekday and hour"));
    heatCard->contentLayout()->addWidget(m_heatMap, 1);

    auto *tracksCard = listCard(tr("Top tracks"), m_tracks, &m_trackList, &m_noTracks,
                                tr("None in this period"), QStringLiteral("topTracksList"));
    auto *albumsCard =
        listCard(tr("Top albums"), m_albums, &m_albumList, &m_noAlbums,
                 tr("No albums known for these listens"), QStringLiteral("topAlbumsList"));
    auto *genresCard = listCard(tr("Top genres"), m_genres, &m_genreList, &m_noGenres,
                                tr("Genres come from songs in your library; none of these "
                                   "listens matched one"),
                                QStringLiteral("topGenresList"));

    auto *charts = new QHBoxLayout;
    charts->setSpacing(gap);
    charts->addWidget(artistsCard, 5);
    charts->addWidget(heatCard, 6);
    auto *lists = new QHBoxLayout;
    lists->setSpacing(gap);
    lists->addWidget(tracksCard, 1);
    lists->addWidget(albumsCard, 1);
    lists->addWidget(genresCard, 1);
    auto *parts = new QVBoxLayout(m_recapParts);
    parts->setContentsMargins(0, 0, 0, 0);
    parts->setSpacing(gap);
    parts->addWidget(m_figures);
    parts->addWidget(m_newArtists);
    parts->addWidget(m_minutesCard);
    parts->addLayout(charts);
    parts->addLayout(lists);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, gap / 2, gap);
    layout->setSpacing(gap);
    layout->addWidget(m_onThisDay);
    layout->addWidget(m_periodEmpty);
    layout->addWidget(m_recapParts);
    layout->addStretch(1);

    // Keyboard order follows reading order: choosers, export, on this day, then the recap.
    setTabOrder(m_export, m_onThisDay->playButton());
    setTabOrder(m_onThisDay->playButton(), m_minutes);
    setTabOrder(m_minutes, m_topArtists);
    setTabOrder(m_topArtists, m_heatMap);
    setTabOrder(m_heatMap, m_trackList);
    setTabOrder(m_trackList, m_albumList);
    setTabOrder(m_albumList, m_genreList);
    return m_content;
}

bool NostalgiaPage::isShowingEmptyState() const {
    return m_stack->currentIndex() == EmptyPage;
}

void NostalgiaPage::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (m_model && !m_model->isLoaded())
        m_model->refresh();
}

void NostalgiaPage::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        NostalgiaCard::updateSecondary(this);
}

void NostalgiaPage::updateState() {
    if (!m_model || !m_model->isLoaded())
        m_stack->setCurrentIndex(LoadingPage);
    else if (!m_model->hasListens())
        m_stack->setCurrentIndex(EmptyPage);
    else
        m_stack->setCurrentIndex(ContentPage);
    const bool content = m_stack->currentIndex() == ContentPage;
    // Choosers mean nothing before there is history to choose from.
    m_year->setVisible(content);
    m_month->setVisible(content);
    m_export->setVisible(content);
    const bool periodEmpty = m_model && m_model->recap().listens == 0;
    m_export->setEnabled(content && !periodEmpty && m_model->isRecapCurrent() && !m_exporting);
    m_periodEmpty->setVisible(periodEmpty);
    m_recapParts->setVisible(!periodEmpty);
    m_heading->setVisible(content);
}

void NostalgiaPage::updateYears() {
    if (!m_model)
        return;
    QList<int> years = m_model->years();
    if (m_model->year() > 0 && !years.contains(m_model->year())) {
        years.append(m_model->year());
        std::sort(years.begin(), years.end(), std::greater<>());
    }
    m_year->clear();
    for (int year : years)
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(m_model->year()));
    updateState();
}

QString NostalgiaPage::periodText() const {
    if (!m_model)
        return {};
    const QString year = QString::number(m_model->year());
    if (m_model->month() == 0)
        return year;
    return QLocale().standaloneMonthName(m_model->month(), QLocale::LongFormat) + u' ' + year;
}

void NostalgiaPage::updatePeriod() {
    if (!m_model)
        return;
    if (m_year->findData(m_model->year()) < 0)
        updateYears();
    m_year->setCurrentIndex(m_year->findData(m_model->year()));
    m_month->setCurrentIndex(m_month->findData(m_model->month()));
    m_heading->setText(tr("Your %1 in music").arg(periodText()));
    m_minutesCard->setSubheading(m_model->month() == 0 ? tr("per month") : tr("per day"));
    updateState();
}

void NostalgiaPage::choosePeriod() {
    if (m_model && m_year->currentIndex() >= 0)
        m_model->setPeriod(m_year->currentData().toInt(), m_month->currentData().toInt());
}

void NostalgiaPage::updateRecap() {
    if (!m_model)
        return;
    const Recap &r = m_model->recap();
    m_figures->setRecap(r);
    m_periodEmpty->setText(tr("Nothing was played in %1.").arg(periodText()));
    QStringList named = r.newArtists.mid(0, kNewArtistsNamed);
    QString line;
    if (!named.isEmpty()) {
        line = tr("New to you: %1").arg(named.join(QStringLiteral(", ")));
        if (r.newArtists.size() > named.size())
            line += u' ' + tr("and %n more", nullptr, int(r.newArtists.size() - named.size()));
    }
    m_newArtists->setText(line);
    m_newArtists->setVisible(!line.isEmpty());
    updateMinutesChart();
    m_topArtists->setItems(r.topArtists, tr("Top artists"));
    m_heatMap->setCounts(r.weekdayHour);
    m_tracks->setItems(r.topTracks);
    m_albums->setItems(r.topAlbums);
    m_genres->setItems(r.topGenres);
    updateState();
}

void NostalgiaPage::updateMinutesChart() {
    const Recap &r = m_model->recap();
    const QLocale locale;
    QList<NostalgiaColumnChart::Column> columns;
    QStringList spoken;
    int best = -1;
    if (r.month == 0) {
        for (int m = 1; m <= 12; ++m) {
            NostalgiaColumnChart::Column c;
            c.label = locale.standaloneMonthName(m, QLocale::ShortFormat);
            c.title =
                locale.standaloneMonthName(m, QLocale::LongFormat) + u' ' + QString::number(r.year);
            c.value = r.minutesPerPeriod.at(m - 1);
            for (const MonthTop &top : r.topTrackByMonth) {
                if (top.month == m)
                    c.note = tr("Top track: %1 — %2 (%3)")
                                 .arg(top.track.name, top.track.artist,
                                      tr("%n listens", nullptr, int(top.track.listens)));
            }
            columns.append(c);
        }
    } else if (r.year > 0) {
        const QDate first(r.year, r.month, 1);
        for (int d = 1; d <= first.daysInMonth(); ++d) {
            NostalgiaColumnChart::Column c;
            c.label = locale.toString(d);
            c.title = locale.toString(QDate(r.year, r.month, d), QLocale::LongFormat);
            c.value = r.minutesPerPeriod.at(d - 1);
            columns.append(c);
        }
    }
    for (int i = 0; i < columns.size(); ++i) {
        spoken.append(columns.at(i).title + QStringLiteral(": ")
                      + locale.toString(columns.at(i).value));
        if (columns.at(i).value > 0 && (best < 0 || columns.at(i).value > columns.at(best).value))
            best = i;
    }
    QString summary =
        (r.month == 0 ? tr("Minutes listened per month. %1.") : tr("Minutes listened per day. %1."))
            .arg(spoken.join(QStringLiteral("; ")));
    if (best >= 0)
        summary += u' '
                   + tr("Most in %1: %2.")
                         .arg(columns.at(best).title,
                              tr("%n minutes", nullptr, int(columns.at(best).value)));
    m_minutes->setAccessibleName(r.month == 0 ? tr("Minutes listened per month")
                                              : tr("Minutes listened per day"));
    m_minutes->setColumns(
        columns, [](qint64 v) { return tr("%n minutes", nullptr, int(v)); }, summary);
}

void NostalgiaPage::updateOnThisDay() {
    if (!m_model)
        return;
    const QList<OnThisDayYear> &days = m_model->onThisDay();
    m_onThisDay->setDays(days, m_model->onThisDayDate());
    m_onThisDay->setVisible(!days.isEmpty());
}

void NostalgiaPage::fitList(QListView *view, QLabel *none) {
    // The whole list shows at once (ten rows at most); the page scrolls, not each list.
    const int rows = view->model()->rowCount();
    int height = 0;
    for (int i = 0; i < rows; ++i)
        height += view->sizeHintForRow(i);
    view->setFixedHeight(height + 2 * view->frameWidth());
    view->setVisible(rows > 0);
    none->setVisible(rows == 0);
}

void NostalgiaPage::showNotice(bool good, const QString &text) {
    showOutcome(m_noticeIcon, m_notice, good ? Tone::Good : Tone::Bad, text);
}

void NostalgiaPage::chooseExportFile() {
    if (!m_model || !m_model->isRecapCurrent())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog =
        new QFileDialog(this, tr("Export Recap Card"),
                        QDir(folder).filePath(RecapCard::suggestedFileName(m_model->recap())),
                        tr("PNG images (*.png)"));
    dialog->setObjectName(QStringLiteral("exportRecapDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &NostalgiaPage::exportRecapCard);
    dialog->open();
}

void NostalgiaPage::exportRecapCard(const QString &path) {
    if (!m_model || m_exporting)
        return;
    if (!m_model->isRecapCurrent() || m_model->recap().listens == 0) {
        const QString message = tr("There is no recap to export yet.");
        showNotice(false, message);
        Q_EMIT recapCardExportFailed(message);
        return;
    }
    m_exporting = true;
    updateState();
    // Painting takes a few tens of milliseconds; compressing and writing a PNG of this size
    // takes longer and may meet a slow disk, so that part runs on the thread pool.
    const QImage image = RecapCard::render(m_model->recap());
    QThreadPool::globalInstance()->start([self = QPointer<NostalgiaPage>(this), image, path] {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            error = file.errorString();
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error] {
                if (!self)
                    return;
                self->m_exporting = false;
                self->updateState();
                const QString name = QDir::toNativeSeparators(path);
                if (error.isEmpty()) {
                    self->showNotice(true, tr("Saved the recap card as %1").arg(name));
                    Q_EMIT self->recapCardExported(path);
                } else {
                    const QString message =
                        tr("Could not save the recap card as %1: %2").arg(name, error);
                    self->showNotice(false, message);
                    Q_EMIT self->recapCardExportFailed(message);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace refrain
