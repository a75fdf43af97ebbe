// NostalgiaPage: the sidebar's "Nostalgia" page — what was played on this day in earlier years,
// then a year or month of listening as figures and painted charts (minutes over time, top
// artists, an hour-by-weekday heat map) and top lists, with a recap card to export as a picture.
// Everything comes from NostalgiaModel; nothing needs the network.
#pragma once

#include "core/history/listen.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace refrain {

class NostalgiaBarList;
class NostalgiaCard;
class NostalgiaColumnChart;
class NostalgiaFigures;
class NostalgiaHeatMap;
class NostalgiaModel;
class NostalgiaOnThisDay;
class NostalgiaRankModel;

class NostalgiaPage : public QWidget {
    Q_OBJECT
public:
    explicit NostalgiaPage(NostalgiaModel *model, QWidget *parent = nullptr);

    // "No listens yet — …": shown instead of everything while history is empty.
    static QString emptyText();

    // The parts a person works with (for tests and the main window).
    QComboBox *yearChooser() const { return m_year; }
    QComboBox *monthChooser() const { return m_month; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *importButton() const { return m_import; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *emptyLabel() const { return m_emptyText; }
    QLabel *periodEmptyLabel() const { return m_periodEmpty; }
    QLabel *noticeLabel() const { return m_notice; }
    NostalgiaOnThisDay *onThisDayCard() const { return m_onThisDay; }
    NostalgiaFigures *figures() const { return m_figures; }
    NostalgiaColumnChart *minutesChart() const { return m_minutes; }
    NostalgiaBarList *topArtistsChart() const { return m_topArtists; }
    NostalgiaHeatMap *heatMap() const { return m_heatMap; }
    QListView *topTracksList() const { return m_trackList; }
    QListView *topAlbumsList() const { return m_albumList; }
    QListView *topGenresList() const { return m_genreList; }
    // True while the page shows "No listens yet" instead of a recap.
    bool isShowingEmptyState() const;

    // Asks where to save the recap card (a window-modal dialog that does not block the event
    // loop), then exports it.
    void chooseExportFile();
    // Paints the shown recap's card and writes it as PNG to path off the UI thread;
    // recapCardExported or recapCardExportFailed follows.
    void exportRecapCard(const QString &path);

Q_SIGNALS:
    void playListensRequested(const refrain::ListenList &listens);
    void importRequested();
    void recapCardExported(const QString &path);
    void recapCardExportFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildContent();
    QWidget *buildEmpty();
    NostalgiaCard *listCard(const QString &heading, NostalgiaRankModel *model, QListView **view,
                            QLabel **none, const QString &noneText, const QString &objectName);
    void updateYears();
    void updatePeriod();
    void updateRecap();
    void updateMinutesChart();
    void updateOnThisDay();
    void updateState();
    void fitList(QListView *view, QLabel *none);
    void choosePeriod();
    void showNotice(bool good, const QString &text);
    QString periodText() const;

    QPointer<NostalgiaModel> m_model;
    NostalgiaRankModel *m_tracks;
    NostalgiaRankModel *m_albums;
    NostalgiaRankModel *m_genres;

    QLabel *m_heading = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_month = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_noticeIcon = nullptr;
    QLabel *m_notice = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_loading = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_import = nullptr;
    QWidget *m_content = nullptr;
    NostalgiaOnThisDay *m_onThisDay = nullptr;
    QLabel *m_periodEmpty = nullptr;
    QWidget *m_recapParts = nullptr;
    NostalgiaFigures *m_figures = nullptr;
    QLabel *m_newArtists = nullptr;
    NostalgiaCard *m_minutesCard = nullptr;
    NostalgiaColumnChart *m_minutes = nullptr;
    NostalgiaBarList *m_topArtists = nullptr;
    NostalgiaHeatMap *m_heatMap = nullptr;
    QListView *m_trackList = nullptr;
    QListView *m_albumList = nullptr;
    QListView *m_genreList = nullptr;
    QLabel *m_noTracks = nullptr;
    QLabel *m_noAlbums = nullptr;
    QLabel *m_noGenres = nullptr;
    bool m_exporting = false;
};

} // namespace refrain
