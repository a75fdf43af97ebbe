// The Service Status History window: from a real 30-day incident log (an outage, a maintenance
// and a degraded spell) it shows the uptime of each subject with a bar of days in colour and
// words, and the timeline of incidents newest first — feed markup as literal text, an empty log
// as a plain sentence, a broken database as a readable error. The model under it is checked by
// QAbstractItemModelTester and reloads without a reset.
#include "core/health/incidentlog.h"
#include "core/library/database.h"
#include "core/model/healthhistorymodel.h"
#include "ui/statushistorydialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

#include <time.h>

using namespace refrain;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
const QDateTime kNow(QDate(2025, 3, 31), QTime(12, 0), Qt::UTC);

// `days` days and `hours` hours before kNow.
QDateTime ago(double days, double hours = 0) {
    return kNow.addMSecs(-qint64(days * double(kDay)) + qint64(hours * double(kHour)));
}

const QString kOverall = QString::fromLatin1(incidentlog::kOverall);
const QString kHome = incidentlog::serverSubject(QStringLiteral("home"));
const QString kStreaming =
    incidentlog::componentSubject(QStringLiteral("home"), QStringLiteral("streaming"));
const QString kFeedHeadline = QStringLiteral("<b>Navidrome</b> reports: Elevated error rates");
const QString kFeedDetail = QStringLiteral("<a href=\"https://evil.example\">Details</a> & more");

// Runs jobs on a thread with its own connection, as Library::runOnDatabase does.
class DatabaseThread {
public:
    explicit DatabaseThread(QString path)
        : m_path(std::move(path)) {
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~DatabaseThread() {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    HealthHistoryModel::Runner runner() {
        return [this](HealthHistoryModel::Job job) {
            QMetaObject::invokeMethod(&m_context, [this, job = std::move(job)] {
                if (!m_db) {
                    auto opened = Database::open(m_path);
                    if (!opened)
                        qFatal("test database: %s", qPrintable(opened.error().message));
                    m_db.emplace(std::move(opened).value());
                }
                job(*m_db);
            });
        };
    }

private:
    QString m_path;
    QThread m_thread;
    QObject m_context;
    std::optional<Database> m_db;
};

void record(Database &db, const QString &subject, const QString &name, HealthLevel level,
            const QDateTime &start, const QString &headline = {}, const QString &detail = {}) {
    HealthLogEntry e;
    e.subject = subject;
    e.subjectName = name;
    e.level = level;
    e.headline = headline.isEmpty() ? healthLevelLabel(level) : headline;
    e.detail = detail;
    e.startedAt = start;
    auto done = incidentlog::record(db, e);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
}

// 30 days and more of history: Home was down 3 h twenty days ago and in maintenance 2 h ten
// days ago; the status page reported a degraded spell of 5 h five days ago.
void writeMonth(Database &db) {
    const QString home = QStringLiteral("Home");
    const QString streaming = QStringLiteral("Streaming");
    const QString unreachable = QStringLiteral("Can't reach Home (your network is fine)");
    const QString maintenance = QStringLiteral("Scheduled maintenance 02:00–04:00");
    for (const QString &subject : {kOverall, kHome})
        record(db, subject, subject == kHome ? home : QString(), HealthLevel::Operational, ago(40));
    record(db, kStreaming, streaming, HealthLevel::Operational, ago(40));

    for (const QString &subject : {kOverall, kHome}) {
        const QString name = subject == kHome ? home : QString();
        record(db, subject, name, HealthLevel::MajorOutage, ago(20), unreachable);
        record(db, subject, name, HealthLevel::Operational, ago(20, 3));
        record(db, subject, name, HealthLevel::Maintenance, ago(10), maintenance);
        record(db, subject, name, HealthLevel::Operational, ago(10, 2));
    }
    record(db, kOverall, QString(), HealthLevel::Degraded, ago(5), kFeedHeadline, kFeedDetail);
    record(db, kOverall, QString(), HealthLevel::Operational, ago(5, 5));
    record(db, kStreaming, streaming, HealthLevel::Degraded, ago(5),
           QStringLiteral("<i>Elevated</i> error rates"));
    record(db, kStreaming, streaming, HealthLevel::Operational, ago(5, 5));
}

QString cell(QTableWidget *table, int row, int column) {
    QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class TestStatusHistory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    // A fresh library file with `fill` written into it through a connection of this thread.
    template<typename Fill>
    QString database(Fill fill) {
        const QString path = m_dir.filePath(QStringLiteral("library-%1.db").arg(++m_file));
        auto db = Database::open(path);
        if (!db)
            qFatal("test database: %s", qPrintable(db.error().message));
        fill(db.value());
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        // Days and times are shown in local time: pin the zone so the expected texts hold.
        qputenv("TZ", "UTC");
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
        QLocale::setDefault(QLocale::c());
    }

    void durationsReadNaturally() {
        QCOMPARE(healthDurationText(2 * kHour + 14 * 60'000, true), QStringLiteral("2 h 14 min"));
        QCOMPARE(healthDurationText(3 * kHour, true), QStringLiteral("3 h"));
        QCOMPARE(healthDurationText(45 * 60'000, true), QStringLiteral("45 min"));
        QCOMPARE(healthDurationText(20'000, true), QStringLiteral("< 1 min"));
        QCOMPARE(healthDurationText(3 * kDay + 4 * kHour + 5 * 60'000, true),
                 QStringLiteral("3 d 4 h"));
    }

    void theModelLoadsTheMonthOnTheDatabaseThread() {
        DatabaseThread thread(database(writeMonth));
        HealthHistoryModel model(thread.runner(), [] { return kNow; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &HealthHistoryModel::loaded);
        QSignalSpy loading(&model, &HealthHistoryModel::loading);
        model.reload();
        QCOMPARE(loading.size(), 1);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(10'000));
        QVERIFY(!model.isLoading());
        QVERIFY2(model.errorText().isEmpty(), qPrintable(model.errorText()));

        // Overall: outage, maintenance, degraded; Home: outage, maintenance; Streaming: degraded.
        QCOMPARE(model.rowCount(), 6);
        const QModelIndex newest = model.index(0);
        QCOMPARE(newest.data(HealthHistoryModel::LevelRole).toInt(), int(HealthLevel::Degraded));
        const QModelIndex oldest = model.index(5);
        QCOMPARE(oldest.data(HealthHistoryModel::LevelLabelRole).toString(),
                 QStringLiteral("Major outage"));
        QCOMPARE(oldest.data(HealthHistoryModel::DurationTextRole).toString(),
                 QStringLiteral("3 h"));
        QCOMPARE(oldest.data(HealthHistoryModel::TimeTextRole).toString(),
                 QStringLiteral("11 Mar 2025 12:00 – 15:00"));
        QCOMPARE(oldest.data(HealthHistoryModel::StartedRole).toDateTime(), ago(20));

        const QList<SubjectUptime> uptime = model.uptime();
        QCOMPARE(uptime.size(), 3);
        QCOMPARE(uptime.at(0).subject, kOverall);
        QCOMPARE(uptime.at(1).subject, kHome);
        QCOMPARE(uptime.at(2).subject, kStreaming);
        QCOMPARE(HealthHistoryModel::uptimeText(uptime.at(1)), QStringLiteral("99.58 %"));
        const QString home = HealthHistoryModel::summaryText(model.subjects().at(1));
        QVERIFY2(home.startsWith(QStringLiteral("Server Home: 99.58 % · 1 incident")),
                 qPrintable(home));

        // Each subject has 30 days, the last one today, coloured by that day's worst level.
        const QList<HealthHistoryModel::Day> days = model.subjects().at(1).days;
        QCOMPARE(days.size(), 30);
        QCOMPARE(days.last().date, QDate(2025, 3, 31));
        QCOMPARE(days.first().date, QDate(2025, 3, 2));
        QCOMPARE(days.first().worst, HealthLevel::Operational);
        QCOMPARE(days.at(9).date, QDate(2025, 3, 11));
        QCOMPARE(days.at(9).worst, HealthLevel::MajorOutage);
        QCOMPARE(days.at(9).downMs, 3 * kHour);
        QCOMPARE(days.at(19).worst, HealthLevel::Maintenance);
        QCOMPARE(days.at(19).maintenanceMs, 2 * kHour);
        QCOMPARE(days.at(19).downMs, 0);
        QCOMPARE(days.at(24).worst, HealthLevel::Operational); // the feed's spell was not Home's
        QCOMPARE(model.subjects().at(0).days.at(24).worst, HealthLevel::Degraded);
        QCOMPARE(HealthHistoryModel::dayText(days.at(9)),
                 QStringLiteral("Tue 11 Mar: Major outage, 3 h down"));
    }

    void aReloadAddsTheNewIncidentAtTheTopWithoutAReset() {
        const QString path = database(writeMonth);
        DatabaseThread thread(path);
        QDateTime now = kNow;
        HealthHistoryModel model(thread.runner(), [&now] { return now; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &HealthHistoryModel::loaded);
        model.reload();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(model.rowCount(), 6);
        const QPersistentModelIndex kept = model.index(2);
        const QString keptText = kept.data().toString();

        {
            auto db = Database::open(path);
            QVERIFY(db);
            record(db.value(), kHome, QStringLiteral("Home"), HealthLevel::PartialOutage,
                   kNow.addSecs(600), QStringLiteral("Streaming fails"));
        }
        now = kNow.addSecs(3600);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 7);
        const QModelIndex top = model.index(0);
        QCOMPARE(top.data(HealthHistoryModel::HeadlineRole).toString(),
                 QStringLiteral("Streaming fails"));
        QCOMPARE(top.data(HealthHistoryModel::DurationTextRole).toString(),
                 QStringLiteral("ongoing"));
        QVERIFY(
            top.data().toString().contains(QStringLiteral("since 31 Mar 2025 12:10 · ongoing")));
        QCOMPARE(kept.row(), 3); // the same incident, one row down
        QCOMPARE(kept.data().toString(), keptText);

        // Two reloads in a row: only the last one's answer is applied.
        model.reload();
        model.reload();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.size(), 3); // the first answer, now stale, was dropped unannounced
        QCOMPARE(model.rowCount(), 7);
    }

    void theDialogShowsUptimeAndTheTimeline() {
        DatabaseThread thread(database(writeMonth));
        HealthHistoryModel model(thread.runner(), [] { return kNow; });
        StatusHistoryDialog dialog(&model);
        QSignalSpy loaded(&model, &HealthHistoryModel::loaded);
        dialog.show(); // opening the window loads the history
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Service Status History"));
        QCOMPARE(dialog.statusText(), QStringLiteral("Loading…"));
        QVERIFY(loaded.wait(10'000));
        QVERIFY(dialog.statusText().isEmpty());
        QVERIFY(dialog.emptyText().isEmpty());
        QVERIFY(!dialog.isModal());

        QTableWidget *table = dialog.uptimeTable();
        QCOMPARE(table->rowCount(), 3);
        using D = StatusHistoryDialog;
        QCOMPARE(cell(table, 0, D::SubjectColumn), QStringLiteral("Overall"));
        // 8 h down of 718 counted hours (the 2 h maintenance is neither up nor down).
        QCOMPARE(cell(table, 0, D::UptimeColumn), QStringLiteral("98.88 %"));
        QVERIFY(cell(table, 0, D::IncidentsColumn).startsWith(QStringLiteral("2 incident")));
        QVERIFY(cell(table, 0, D::IncidentsColumn).contains(QStringLiteral("maintenance")));
        QVERIFY(cell(table, 0, D::IncidentsColumn).contains(QStringLiteral("(2 h)")));
        QCOMPARE(cell(table, 1, D::SubjectColumn), QStringLiteral("Server Home"));
        QCOMPARE(cell(table, 1, D::UptimeColumn), QStringLiteral("99.58 %"));
        QVERIFY(cell(table, 1, D::IncidentsColumn).startsWith(QStringLiteral("1 incident")));
        QCOMPARE(cell(table, 2, D::SubjectColumn), QStringLiteral("Streaming"));
        QCOMPARE(cell(table, 2, D::UptimeColumn), QStringLiteral("99.30 %"));
        QCOMPARE(table->item(1, D::UptimeColumn)->data(Qt::AccessibleTextRole).toString(),
                 HealthHistoryModel::summaryText(model.subjects().at(1)));

        // The bar is drawn, and its days are said in words too: colour is never alone.
        QTableWidgetItem *bar = table->item(1, D::DaysColumn);
        QVERIFY(!bar->data(Qt::DecorationRole).value<QPixmap>().isNull());
        const QString tip = bar->data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Tue 11 Mar: Major outage, 3 h down")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Fri 21 Mar: Maintenance, 2 h maintenance")),
                 qPrintable(tip));
        QCOMPARE(bar->data(Qt::AccessibleTextRole).toString(), tip);

        // The timeline, newest first, with the feed's markup as literal text.
        QListView *timeline = dialog.timeline();
        QVERIFY(timeline->isVisible());
        QCOMPARE(timeline->model()->rowCount(), 6);
        QStringList rows;
        for (int row = 0; row < 6; ++row)
            rows.append(timeline->model()->index(row, 0).data().toString());
        const QString overallDegraded =
            rows.at(0).contains(kFeedHeadline) ? rows.at(0) : rows.at(1);
        QVERIFY2(overallDegraded.startsWith(QStringLiteral("Degraded — Overall\n") + kFeedHeadline
                                            + QLatin1Char('\n') + kFeedDetail + QLatin1Char('\n')),
                 qPrintable(overallDegraded));
        QVERIFY(overallDegraded.endsWith(QStringLiteral("26 Mar 2025 12:00 – 17:00 · 5 h")));
        QVERIFY(rows.at(5).startsWith(QStringLiteral("Major outage — ")));
        QVERIFY(rows.at(5).contains(QStringLiteral("Can't reach Home (your network is fine)")));
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            // Every label but the two headings with a shortcut (our own words) is plain text.
            if (!label->text().isEmpty() && !label->text().contains(QLatin1Char('&')))
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }

        // Reachable from the keyboard, with names a screen reader can say.
        QVERIFY(!table->accessibleName().isEmpty());
        QVERIFY(!timeline->accessibleName().isEmpty());
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab); // Tab leaves the table for the timeline
        QTRY_COMPARE(QApplication::focusWidget(), timeline);

        const QString shot =
            QCoreApplication::applicationDirPath() + QStringLiteral("/statushistory.png");
        dialog.resize(820, 720);
        QVERIFY(dialog.grab().save(shot));
    }

    void aQuietMonthSaysSo() {
        DatabaseThread thread(database([](Database &db) {
            record(db, kOverall, QString(), HealthLevel::Operational, ago(45));
            record(db, kHome, QStringLiteral("Home"), HealthLevel::Unknown, ago(45));
            record(db, kHome, QStringLiteral("Home"), HealthLevel::Operational, ago(12));
        }));
        HealthHistoryModel model(thread.runner(), [] { return kNow; });
        StatusHistoryDialog dialog(&model);
        QSignalSpy loaded(&model, &HealthHistoryModel::loaded);
        dialog.show();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(dialog.emptyText(), QStringLiteral("No incidents observed in the last 30 days."));
        QVERIFY(!dialog.timeline()->isVisible());
        QTableWidget *table = dialog.uptimeTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(cell(table, 0, StatusHistoryDialog::UptimeColumn), QStringLiteral("100 %"));
        QCOMPARE(cell(table, 1, StatusHistoryDialog::UptimeColumn), QStringLiteral("100 %"));
        QCOMPARE(table->item(1, StatusHistoryDialog::UptimeColumn)->toolTip(),
                 QStringLiteral("Observed for 12 d of the last 30 days"));
        // Home was watched for the last 12 days: the others are not held against it.
        const QString tip = table->item(1, StatusHistoryDialog::DaysColumn)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("not observed")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("17 day"))); // 2–18 Mar
        QVERIFY(tip.contains(QStringLiteral("13 day"))); // 19–31 Mar
        dialog.resize(820, 520);
        QVERIFY(dialog.grab().save(QCoreApplication::applicationDirPath()
                                   + QStringLiteral("/statushistory-empty.png")));
    }

    void anUnreadableLogIsSaidInWords() {
        DatabaseThread thread(
            database([](Database &db) { QVERIFY(db.execute("DROP TABLE health_log")); }));
        HealthHistoryModel model(thread.runner(), [] { return kNow; });
        StatusHistoryDialog dialog(&model);
        QSignalSpy loaded(&model, &HealthHistoryModel::loaded);
        dialog.show();
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(
            dialog.statusText().startsWith(QStringLiteral("The status history could not be read")),
            qPrintable(dialog.statusText()));
        QVERIFY(dialog.emptyText().isEmpty()); // not "no incidents": we do not know
        QCOMPARE(dialog.uptimeTable()->rowCount(), 0);

        // Reload is a keyboard press away and asks again.
        QPushButton *reload =
            dialog.findChild<QPushButton *>(QStringLiteral("statusHistoryReload"));
        QVERIFY(reload);
        QVERIFY(reload->isEnabled());
        reload->click();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(loaded.size(), 2);
    }
};

QTEST_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"
