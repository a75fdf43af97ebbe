// The Nostalgia page as a person meets it, headless, on a real history file
// (tests/ui/nostalgiahistory.h says what was played when): the headline figures of a year, the
// charts' spoken summaries carrying the numbers, "On this day" with earlier years only and a
// button that plays them, names shown as typed (never as markup), a month with nothing played,
// arrow keys through the heat map, the exported recap card, and the empty state that offers an
// import. With NOSTALGIA_SHOTS=<folder>, it also saves screenshots of the page in a light and a
// dark palette at 1280×800.
#include "tests/ui/nostalgiahistory.h"
#include "ui/nostalgiabarlist.h"
#include "ui/nostalgiacolumnchart.h"
#include "ui/nostalgiafigures.h"
#include "ui/nostalgiaheatmap.h"
#include "ui/nostalgiaonthisday.h"
#include "ui/nostalgiapage.h"
#include "ui/recapcard.h"

#include "core/model/nostalgiamodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyleFactory>

using namespace refrain;

namespace refrain::test {

namespace {

constexpr int kWaitMs = 10'000;

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x21, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2b, 0x2f));
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x33, 0x38));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::Button, QColor(0x33, 0x34, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::Highlight, QColor(0x6d, 0x9e, 0xf7));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x12, 0x18));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x34, 0x39));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe6, 0xe3));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x98, 0x95));
    return p;
}

} // namespace

class TestNostalgiaPage : public QObject {
    Q_OBJECT

    std::unique_ptr<NostalgiaHistory> m_history;
    std::unique_ptr<NostalgiaModel> m_model;
    std::unique_ptr<NostalgiaPage> m_page;
    QTemporaryDir m_out;

    // History (the story, unless told otherwise), the model in UTC on 14 March 2025, and the
    // page shown — which reads the history when it first appears.
    bool open(bool withStory = true) {
        m_history = std::make_unique<NostalgiaHistory>();
        if (!m_history->open() || (withStory && !m_history->fillStory()))
            return false;
        m_model = std::make_unique<NostalgiaModel>(m_history->runner());
        m_model->setTimeZone(QTimeZone::utc());
        m_model->setClock([] { return utc("2025-03-14T12:00:00Z"); });
        m_page = std::make_unique<NostalgiaPage>(m_model.get());
        return show();
    }

    // Shows the page, which reads the history when it first appears, and waits for the answer.
    bool show() {
        m_page->resize(1280, 800);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get())
               && QTest::qWaitFor(
                   [this] { return m_model->isLoaded() && m_model->isRecapCurrent(); }, kWaitMs);
    }

    bool choose(int year, int month = 0) {
        QComboBox *years = m_page->yearChooser();
        years->setCurrentIndex(years->findData(year));
        Q_EMIT years->activated(years->currentIndex());
        QComboBox *months = m_page->monthChooser();
        months->setCurrentIndex(months->findData(month));
        Q_EMIT months->activated(months->currentIndex());
        return QTest::qWaitFor(
            [&] {
                return m_model->isRecapCurrent() && m_model->recap().year == year
                       && m_model->recap().month == month;
            },
            kWaitMs);
    }

    QString figure(NostalgiaFigures::Figure f) const {
        return m_page->figures()->valueLabel(f)->text();
    }
    QString caption(NostalgiaFigures::Figure f) const {
        return m_page->figures()->captionLabel(f)->text();
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_out.isValid());
    }
    void cleanup() {
        m_page.reset();
        m_model.reset();
        m_history.reset();
    }

    void emptyHistoryOffersAnImport() {
        QVERIFY(open(false));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingEmptyState(), kWaitMs);
        QCOMPARE(m_page->emptyLabel()->text(),
                 QStringLiteral("No listens yet — play something, or import your history from "
                                "Spotify, ListenBrainz or Last.fm"));
        QVERIFY(m_page->importButton()->isVisible());
        QVERIFY(!m_page->exportButton()->isVisible());
        QVERIFY(!m_page->yearChooser()->isVisible());
        QSignalSpy import(m_page.get(), &NostalgiaPage::importRequested);
        QTest::mouseClick(m_page->importButton(), Qt::LeftButton);
        QCOMPARE(import.count(), 1);
    }

    // The figures of 2024, worked out by hand in nostalgiahistory.h.
    void figuresOfAYear() {
        QVERIFY(open());
        QVERIFY(!m_page->isShowingEmptyState());
        QCOMPARE(m_page->yearChooser()->count(), 4);
        QVERIFY(choose(2024));
        QCOMPARE(m_page->headingLabel()->text(), QStringLiteral("Your 2024 in music"));
        QCOMPARE(figure(NostalgiaFigures::Listens), QStringLiteral("5"));
        QCOMPARE(figure(NostalgiaFigures::Minutes), QStringLiteral("22"));
        // Under an hour: no "0 hours" beside the minutes.
        QCOMPARE(caption(NostalgiaFigures::Minutes), QStringLiteral("minutes"));
        QCOMPARE(figure(NostalgiaFigures::Streak), QStringLiteral("3 days"));
        QCOMPARE(caption(NostalgiaFigures::Streak), QStringLiteral("longest streak"));
        QCOMPARE(m_page->figures()->findChild<QWidget *>(QStringLiteral("streakFigure"))->toolTip(),
                 QStringLiteral("Every day from 14 March to 16 March"));
        QCOMPARE(figure(NostalgiaFigures::BusiestDay), QStringLiteral("14 March"));
        QCOMPARE(caption(NostalgiaFigures::BusiestDay), QStringLiteral("busiest day · 2 listens"));
        QCOMPARE(figure(NostalgiaFigures::BusiestHour),
                 QLocale().toString(QTime(21, 0), QLocale::ShortFormat));
        QCOMPARE(caption(NostalgiaFigures::BusiestHour),
                 QStringLiteral("busiest hour · 3 listens"));
        QCOMPARE(figure(NostalgiaFigures::NewArtists), QStringLiteral("2"));
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("newArtistsLine"))->text(),
                 QStringLiteral("New to you: Kate Bush, Dolly Parton"));
        // The lists, top first.
        QAbstractItemModel *tracks = m_page->topTracksList()->model();
        QAbstractItemModelTester tester(tracks,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tracks->rowCount(), 3);
        QCOMPARE(tracks->index(0, 0).data().toString(), QStringLiteral("Jóga — Björk"));
        QVERIFY(m_page->topTracksList()->isVisible());
    }

    void chartsSayTheirNumbers() {
        QVERIFY(open());
        QVERIFY(choose(2024));
        const QString minutes = m_page->minutesChart()->accessibleDescription();
        QVERIFY2(minutes.contains(QStringLiteral("March 2024: 19")), qPrintable(minutes));
        QVERIFY2(minutes.contains(QStringLiteral("July 2024: 3")), qPrintable(minutes));
        QVERIFY2(minutes.contains(QStringLiteral("Most in March 2024: 19 minutes")),
                 qPrintable(minutes));
        QCOMPARE(m_page->minutesChart()->accessibleName(),
                 QStringLiteral("Minutes listened per month"));
        // The month's top track is in its tooltip.
        QVERIFY(m_page->minutesChart()->itemText(2).contains(
            QStringLiteral("Top track: Jóga — Björk (3 listens)")));

        const QString artists = m_page->topArtistsChart()->accessibleDescription();
        QVERIFY2(artists.contains(QStringLiteral("1. Björk: 3 listens, 15 minutes")),
                 qPrintable(artists));
        QVERIFY2(artists.contains(QStringLiteral("3. Dolly Parton: 1 listens, 3 minutes"))
                     || artists.contains(QStringLiteral("3. Dolly Parton: 1 listen, 3 minutes")),
                 qPrintable(artists));

        // 14 March 2024 was a Thursday: two listens at 21:00; Friday 09:00, Saturday 21:00 and
        // Monday 08:00 one each.
        const QString heat = m_page->heatMap()->accessibleDescription();
        QVERIFY2(heat.contains(QStringLiteral("Busiest: Thursday 21:00 (2 listens)")),
                 qPrintable(heat));
        QVERIFY2(heat.contains(QStringLiteral("Thursday: 2 listens, most at 21:00 (2)")),
                 qPrintable(heat));
        QVERIFY2(heat.contains(QStringLiteral("Tuesday: none")), qPrintable(heat));

        // A month: per day.
        QVERIFY(choose(2024, 3));
        QCOMPARE(m_page->minutesChart()->columns().size(), 31);
        const QString days = m_page->minutesChart()->accessibleDescription();
        QVERIFY2(days.contains(QStringLiteral("Thursday, 14 March 2024: 10")), qPrintable(days));
    }

    void arrowKeysWalkTheHeatMap() {
        QVERIFY(open());
        QVERIFY(choose(2024));
        NostalgiaHeatMap *heat = m_page->heatMap();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        heat->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(heat->hasFocus());
        QCOMPARE(heat->currentItem(), 0);
        QTest::keyClick(heat, Qt::Key_End);
        QCOMPARE(heat->currentItem(), 23);
        QTest::keyClick(heat, Qt::Key_Down);
        QCOMPARE(heat->currentItem(), 47);
        QCOMPARE(heat->itemText(47), QStringLiteral("Tuesday, 23:00–00:00\n0 listens"));
    }

    void onThisDayShowsEarlierYearsAndPlaysThem() {
        QVERIFY(open());
        NostalgiaOnThisDay *card = m_page->onThisDayCard();
        QVERIFY(card->isVisible());
        QCOMPARE(card->subheadingLabel()->text(), QStringLiteral("14 March"));
        QStringList when;
        for (QLabel *label : card->findChildren<QLabel *>(QStringLiteral("onThisDayYear")))
            when.append(label->text());
        QCOMPARE(when, (QStringList{QStringLiteral("A year ago"), QStringLiteral("2 years ago"),
                                    QStringLiteral("4 years ago")}));
        QString songs;
        for (QLabel *label : card->findChildren<QLabel *>(QStringLiteral("onThisDaySongs")))
            songs += label->text() + u'\n';
        QVERIFY2(songs.contains(QStringLiteral("Jóga — Björk (2×)")), qPrintable(songs));
        QVERIFY2(songs.contains(QStringLiteral("Creep — Radiohead")), qPrintable(songs));
        QVERIFY2(!songs.contains(QStringLiteral("Today's Song")), qPrintable(songs));

        QSignalSpy play(m_page.get(), &NostalgiaPage::playListensRequested);
        QTest::mouseClick(card->playButton(), Qt::LeftButton);
        QCOMPARE(play.count(), 1);
        const auto listens = play.first().first().value<ListenList>();
        QCOMPARE(listens.size(), 3);
        QCOMPARE(listens.first().title, QStringLiteral("Jóga"));
    }

    void namesFromHistoryAreNeverMarkup() {
        m_history = std::make_unique<NostalgiaHistory>();
        QVERIFY(m_history->open());
        QVERIFY(m_history->play(QStringLiteral("<b>Loud</b>"), QStringLiteral("<i>Song</i>"), {},
                                utc("2024-03-14T20:00:00Z"), 240'000));
        m_model = std::make_unique<NostalgiaModel>(m_history->runner());
        m_model->setTimeZone(QTimeZone::utc());
        m_model->setClock([] { return utc("2025-03-14T12:00:00Z"); });
        m_page = std::make_unique<NostalgiaPage>(m_model.get());
        QVERIFY(show());
        const auto songs =
            m_page->onThisDayCard()->findChildren<QLabel *>(QStringLiteral("onThisDaySongs"));
        QCOMPARE(songs.size(), 1);
        QCOMPARE(songs.first()->textFormat(), Qt::PlainText);
        QCOMPARE(songs.first()->text(), QStringLiteral("<i>Song</i> — <b>Loud</b>"));
        const QString tip = m_page->topArtistsChart()->itemText(0);
        QVERIFY(tip.startsWith(QStringLiteral("1. <b>Loud</b>")));
        QVERIFY(!plainToolTip(tip).contains(QStringLiteral("<b>Loud")));
    }

    void aMonthWithNothingPlayedSaysSo() {
        QVERIFY(open());
        QVERIFY(choose(2024, 2));
        QVERIFY(m_page->periodEmptyLabel()->isVisible());
        QCOMPARE(m_page->periodEmptyLabel()->text(),
                 QStringLiteral("Nothing was played in February 2024."));
        QVERIFY(!m_page->figures()->isVisible());
        QVERIFY(!m_page->exportButton()->isEnabled());
        QVERIFY(choose(2024, 3));
        QVERIFY(!m_page->periodEmptyLabel()->isVisible());
        QVERIFY(m_page->figures()->isVisible());
    }

    void exportsTheRecapCardAsAPicture() {
        QVERIFY(open());
        QVERIFY(choose(2024));
        QVERIFY(m_page->exportButton()->isEnabled());
        QCOMPARE(RecapCard::suggestedFileName(m_model->recap()),
                 QStringLiteral("Refrain Recap 2024.png"));
        const QString path = m_out.filePath(QStringLiteral("recap-2024.png"));
        QSignalSpy exported(m_page.get(), &NostalgiaPage::recapCardExported);
        m_page->exportRecapCard(path);
        QVERIFY(exported.wait(kWaitMs));
        QCOMPARE(exported.first().first().toString(), path);
        QVERIFY(m_page->noticeLabel()->text().startsWith(QStringLiteral("Saved the recap card")));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1080, 1350));
        // Not blank: a picture with text, bars and a gradient has many colours, and the
        // light text stands out from the dark background.
        QSet<QRgb> colours;
        int light = 0;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5) {
                const QRgb c = image.pixel(x, y);
                colours.insert(c);
                light += qGray(c) > 200;
            }
        }
        QVERIFY2(colours.size() > 500, qPrintable(QString::number(colours.size())));
        QVERIFY2(light > 200, qPrintable(QString::number(light)));
        QVERIFY(m_page->exportButton()->isEnabled());

        // A folder that does not exist: said inline, nothing half written.
        QSignalSpy failed(m_page.get(), &NostalgiaPage::recapCardExportFailed);
        m_page->exportRecapCard(m_out.filePath(QStringLiteral("missing/recap.png")));
        QVERIFY(failed.wait(kWaitMs));
        QVERIFY(m_page->noticeLabel()->text().startsWith(QStringLiteral("Could not save")));
    }

    // The page paints in light and dark, a month, at 200 % and empty, and every picture saves —
    // kept for people to look at with NOSTALGIA_SHOTS=<folder>, else in a scratch folder.
    void screenshots() {
        QTemporaryDir scratch;
        QString folder = qEnvironmentVariable("NOSTALGIA_SHOTS");
        if (folder.isEmpty())
            folder = scratch.path();
        QDir().mkpath(folder);
        m_history = std::make_unique<NostalgiaHistory>();
        QVERIFY(m_history->open());
        QVERIFY(m_history->fillForScreenshots(2025));
        m_model = std::make_unique<NostalgiaModel>(m_history->runner());
        m_model->setTimeZone(QTimeZone::utc());
        m_model->setClock([] { return utc("2025-12-02T12:00:00Z"); });
        m_page = std::make_unique<NostalgiaPage>(m_model.get());
        QVERIFY(show());
        QVERIFY(choose(2024));
        QCoreApplication::processEvents(); // the layout follows the new recap
        auto *scroll = m_page->findChild<QWidget *>(QStringLiteral("nostalgiaContent"));
        QVERIFY(scroll);
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/page-light.png")));
        QVERIFY(scroll->grab().save(folder + QStringLiteral("/page-light-full.png")));
        QElapsedTimer timer;
        timer.start();
        const QImage card = RecapCard::render(m_model->recap());
        qInfo("recap card painted in %lld ms", timer.restart());
        QVERIFY(card.save(folder + QStringLiteral("/recap-card.png")));
        qInfo("recap card saved as PNG in %lld ms", timer.elapsed());
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/page-dark.png")));
        QVERIFY(scroll->grab().save(folder + QStringLiteral("/page-dark-full.png")));
        QVERIFY(choose(2024, 7));
        QCoreApplication::processEvents(); // the layout follows the new recap
        QVERIFY(scroll->grab().save(folder + QStringLiteral("/page-dark-month.png")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        // 1280×800 at 200 %: half as many logical pixels.
        m_page->resize(640, 400);
        QCoreApplication::processEvents();
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/page-narrow.png")));
        QVERIFY(scroll->grab().save(folder + QStringLiteral("/page-narrow-full.png")));

        m_page.reset();
        QVERIFY(open(false));
        QTRY_VERIFY(m_page->isShowingEmptyState());
        QVERIFY(m_page->grab().save(folder + QStringLiteral("/page-empty.png")));
    }
};

} // namespace refrain::test

QTEST_MAIN(refrain::test::TestNostalgiaPage)
#include "tst_nostalgiapage.moc"
