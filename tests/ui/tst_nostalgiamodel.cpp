// The Nostalgia page's model on a real history file (tests/ui/nostalgiahistory.h says what was
// played when): the years that have listens and the newest chosen at first, recaps that follow
// the chosen year or month (and never show an older choice's answer), "on this day" from earlier
// years only and playable once a song, "First heard …" sentences, and anniversaries announced at
// most once a day, with the text worked out by hand from the story.
#include "tests/ui/nostalgiahistory.h"

#include "core/model/nostalgiamodel.h"
#include "core/model/nostalgiarankmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace refrain;

namespace refrain::test {

namespace {

constexpr int kWaitMs = 10'000;

} // namespace

class TestNostalgiaModel : public QObject {
    Q_OBJECT

    std::unique_ptr<NostalgiaHistory> m_history;
    std::unique_ptr<NostalgiaModel> m_model;
    QDateTime m_now;

    // A model on the history, in UTC, whose clock reads m_now; not read yet.
    bool make(bool withStory = true) {
        m_history = std::make_unique<NostalgiaHistory>();
        if (!m_history->open() || (withStory && !m_history->fillStory()))
            return false;
        m_model = std::make_unique<NostalgiaModel>(m_history->runner());
        m_model->setTimeZone(QTimeZone::utc());
        m_model->setClock([this] { return m_now; });
        return true;
    }

    // The same, read once.
    bool open(bool withStory = true) { return make(withStory) && refresh(); }

    bool refresh() {
        QSignalSpy read(m_model.get(), &NostalgiaModel::onThisDayChanged);
        m_model->refresh();
        return read.wait(kWaitMs);
    }

    // The answers come back queued even though the test runner answers at once; this delivers
    // the ones already posted (no waiting on time).
    static void deliverPosted() { QCoreApplication::processEvents(); }

private Q_SLOTS:
    void init() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_now = utc("2025-03-14T12:00:00Z");
    }
    void cleanup() {
        m_model.reset();
        m_history.reset();
    }

    void emptyHistoryHasNoYearsNoDaysAndNoAnniversary() {
        QVERIFY(make(false));
        QSignalSpy anniversary(m_model.get(), &NostalgiaModel::anniversary);
        QVERIFY(refresh());
        QVERIFY(m_model->isLoaded());
        QVERIFY(!m_model->hasListens());
        QVERIFY(m_model->years().isEmpty());
        QVERIFY(m_model->onThisDay().isEmpty());
        QCOMPARE(m_model->year(), 2025); // this year, for when the first listen comes
        QCOMPARE(m_model->recap().listens, 0);
        deliverPosted();
        QCOMPARE(anniversary.count(), 0);
    }

    void yearsWithListensNewestFirstAndTheNewestChosen() {
        QVERIFY(open());
        QCOMPARE(m_model->years(), (QList<int>{2025, 2024, 2023, 2021}));
        QCOMPARE(m_model->year(), 2025);
        QCOMPARE(m_model->month(), 0);
        QVERIFY(m_model->isRecapCurrent());
        QCOMPARE(m_model->recap().year, 2025);
        QCOMPARE(m_model->recap().listens, 1);
    }

    void recapFollowsTheChosenYearAndMonth() {
        QVERIFY(open());
        QSignalSpy changed(m_model.get(), &NostalgiaModel::recapChanged);
        m_model->setPeriod(2024);
        QVERIFY(changed.wait(kWaitMs));
        const Recap &year = m_model->recap();
        QCOMPARE(year.year, 2024);
        QCOMPARE(year.listens, 5); // the 30-second play of Jolene is not a listen
        QCOMPARE(year.minutes, 22);
        QCOMPARE(year.topArtists.first().name, QStringLiteral("Björk"));
        QCOMPARE(year.newArtists,
                 (QStringList{QStringLiteral("Kate Bush"), QStringLiteral("Dolly Parton")}));

        m_model->setPeriod(2024, 3);
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(m_model->month(), 3);
        QCOMPARE(m_model->recap().listens, 4);
        QCOMPARE(m_model->recap().minutes, 19);
    }

    void aLaterChoiceWinsOverAnEarlierAnswer() {
        QVERIFY(open());
        QSignalSpy changed(m_model.get(), &NostalgiaModel::recapChanged);
        m_model->setPeriod(2024, 3);
        m_model->setPeriod(2023);
        QVERIFY(!m_model->isRecapCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isRecapCurrent(), kWaitMs);
        deliverPosted();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->recap().year, 2023);
        QCOMPARE(m_model->recap().month, 0);
        QCOMPARE(m_model->recap().listens, 1);
    }

    void onThisDayShowsEarlierYearsOnlyAndPlaysEachSongOnce() {
        QVERIFY(open());
        QCOMPARE(m_model->onThisDayDate(), QDate(2025, 3, 14));
        QList<int> years;
        for (const OnThisDayYear &y : m_model->onThisDay())
            years.append(y.year);
        QCOMPARE(years, (QList<int>{2024, 2023, 2021})); // not 2025's own listen
        const ListenList queue = m_model->onThisDayQueue();
        QStringList titles;
        for (const Listen &l : queue)
            titles.append(l.title);
        // Jóga was played twice that day in 2024; the queue has it once.
        QCOMPARE(titles, (QStringList{QStringLiteral("Jóga"), QStringLiteral("Hyperballad"),
                                      QStringLiteral("Creep")}));
    }

    void onThisDayFollowsTheClockAfterRefresh() {
        QVERIFY(open());
        m_now = utc("2025-07-01T12:00:00Z");
        QVERIFY(refresh());
        QCOMPARE(m_model->onThisDay().size(), 1);
        QCOMPARE(m_model->onThisDay().first().year, 2024);
        QCOMPARE(m_model->onThisDay().first().listens.first().title, QStringLiteral("Jolene"));
    }

    void firstHeardSaysTheDayInWords() {
        QVERIFY(open());
        QSignalSpy found(m_model.get(), &NostalgiaModel::firstHeardFound);
        // Any spelling of the names finds them.
        m_model->firstHeard(QStringLiteral("bjork"), QStringLiteral("JOGA"));
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(found.last().at(2).toString(), QStringLiteral("First heard 14 March 2024"));
        m_model->firstHeard(QStringLiteral("Björk"));
        QVERIFY(found.wait(kWaitMs));
        QCOMPARE(found.last().at(0).toString(), QStringLiteral("Björk"));
        QCOMPARE(found.last().at(2).toString(), QStringLiteral("First heard 14 March 2023"));
        m_model->firstHeard(QStringLiteral("Nobody"), QStringLiteral("Nothing"));
        QVERIFY(found.wait(kWaitMs));
        QVERIFY(found.last().at(2).toString().isEmpty());
    }

    void firstHeardSentenceInOtherLocales() {
        const QDate day(2019, 3, 14);
        QCOMPARE(NostalgiaModel::firstHeardSentence(
                     day, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("First heard 14 March 2019"));
        // German: the long date without "Donnerstag".
        const QString german =
            NostalgiaModel::firstHeardSentence(day, QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(german.contains(QStringLiteral("14. März 2019")), qPrintable(german));
        QVERIFY2(!german.contains(QStringLiteral("Donnerstag")), qPrintable(german));
    }

    // 14 March 2025: Björk was first heard on 14 March 2023 (4 listens since) and Radiohead on
    // 14 March 2021 (1 listen); the artist listened to most is named.
    void anniversaryAtMostOnceADay() {
        QVERIFY(make());
        QSignalSpy anniversary(m_model.get(), &NostalgiaModel::anniversary);
        QSignalSpy remembered(m_model.get(), &NostalgiaModel::lastAnniversaryDateChanged);
        QVERIFY(refresh()); // which looks for one once it has read the history
        QTRY_COMPARE_WITH_TIMEOUT(anniversary.count(), 1, kWaitMs);
        QCOMPARE(anniversary.first().first().toString(),
                 QStringLiteral("2 years ago today you first heard Björk"));
        QCOMPARE(m_model->lastAnniversaryDate(), QDate(2025, 3, 14));
        QCOMPARE(remembered.count(), 1);

        // Later the same day: listens change, the day is looked at again, nothing more is said.
        m_now = utc("2025-03-14T22:00:00Z");
        QVERIFY(refresh());
        m_model->checkAnniversary();
        deliverPosted();
        QCOMPARE(anniversary.count(), 1);

        // The next day has no first listen on its date.
        m_now = utc("2025-03-15T09:00:00Z");
        m_model->checkAnniversary();
        deliverPosted();
        QCOMPARE(anniversary.count(), 1);
        QCOMPARE(m_model->lastAnniversaryDate(), QDate(2025, 3, 14));

        // 16 March: Kate Bush, first heard 16 March 2024.
        m_now = utc("2025-03-16T09:00:00Z");
        m_model->checkAnniversary();
        QTRY_COMPARE_WITH_TIMEOUT(anniversary.count(), 2, kWaitMs);
        QCOMPARE(anniversary.last().first().toString(),
                 QStringLiteral("A year ago today you first heard Kate Bush"));
        QCOMPARE(m_model->lastAnniversaryDate(), QDate(2025, 3, 16));
    }

    void anniversaryRemembersTheDayTheAppKept() {
        QVERIFY(make());
        // The app announced today's before a restart.
        m_model->setLastAnniversaryDate(QDate(2025, 3, 14));
        QSignalSpy anniversary(m_model.get(), &NostalgiaModel::anniversary);
        QVERIFY(refresh());
        deliverPosted();
        QCOMPARE(anniversary.count(), 0);

        m_model->setAnniversariesEnabled(false);
        m_now = utc("2025-03-16T09:00:00Z");
        m_model->checkAnniversary();
        deliverPosted();
        QCOMPARE(anniversary.count(), 0);
    }

    void rankModelPassesTheTesterAndDescribesRows() {
        NostalgiaRankModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({{QStringLiteral("Jóga"), QStringLiteral("Björk"), 3, 15},
                        {QStringLiteral("Creep"), QStringLiteral("Radiohead"), 1, 4}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data(NostalgiaRankModel::RankRole).toInt(), 2);
        QCOMPARE(model.index(1).data(NostalgiaRankModel::ShareRole).toDouble(), 1.0 / 3.0);
        QCOMPARE(model.index(0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("1. Jóga — Björk: 3 listens, 15 minutes"));
        model.setItems({{QStringLiteral("Jóga"), QStringLiteral("Björk"), 4, 20},
                        {QStringLiteral("Creep"), QStringLiteral("Radiohead"), 1, 4}});
        QCOMPARE(model.index(0).data(NostalgiaRankModel::ListensRole).toLongLong(), 4);
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestNostalgiaModel)
#include "tst_nostalgiamodel.moc"
