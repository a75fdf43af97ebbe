// ScrobbleQueue on a real SQLite file: what each target still owes, oldest first, and the rules
// that keep a listen from going twice — done is done even if its queue row comes back, refused
// listens wait aside with their reason, and the counts a status line shows add up.
#include "core/history/listenstore.h"
#include "core/history/scrobblequeue.h"
#include "core/library/database.h"
#include "core/library/statement.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace refrain::test {

namespace {

const QString kLb = QString::fromLatin1(scrobbletarget::kListenBrainz);
const QString kHome = scrobbletarget::server(QStringLiteral("home"));

QDateTime at(int minute) {
    return QDateTime(QDate(2025, 1, 6), QTime(8, 0), QTimeZone::utc()).addSecs(minute * 60);
}

Listen played(const QString &title, int minute, const QString &album = {}) {
    Listen l;
    l.artist = QStringLiteral("Sibylle Baier");
    l.title = title;
    l.album = album;
    l.startedAt = at(minute);
    l.playedMs = 150'000;
    l.durationMs = 170'000;
    l.counted = true;
    l.serverId = QStringLiteral("home");
    l.songId = QStringLiteral("tr-") + title;
    return l;
}

QList<qint64> idsOf(const QList<QueuedScrobble> &rows) {
    QList<qint64> ids;
    for (const auto &r : rows)
        ids.append(r.listen.id);
    return ids;
}

} // namespace

class TestScrobbleQueue : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;

    qint64 record(const Listen &l, const QStringList &targets = {kLb, kHome}) {
        auto stored = ListenStore(*m_db).record(l, targets);
        return stored ? stored.value().id : -1;
    }

private Q_SLOTS:
    void init() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("queue-%1.db"))
                                     .arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db.emplace(std::move(db).value());
    }
    void cleanup() { m_db.reset(); }

    void takesTheOldestFirstWithTheirNames() {
        // Recorded out of order (a listen made offline on another device arrives late).
        const qint64 later =
            record(played(QStringLiteral("Tonight"), 30, QStringLiteral("Colour Green")));
        const qint64 earlier = record(played(QStringLiteral("Forget About"), 10));
        ScrobbleQueue queue(*m_db);
        const auto rows = queue.next(kLb, 10);
        QVERIFY(rows);
        QCOMPARE(idsOf(rows.value()), QList<qint64>({earlier, later}));
        const Listen &first = rows.value().first().listen;
        QCOMPARE(first.artist, QStringLiteral("Sibylle Baier"));
        QCOMPARE(first.title, QStringLiteral("Forget About"));
        QCOMPARE(first.album, QString());
        QCOMPARE(first.startedAt, at(10));
        QCOMPARE(first.songId, QStringLiteral("tr-Forget About"));
        QCOMPARE(first.durationMs, 170'000);
        QCOMPARE(rows.value().last().listen.album, QStringLiteral("Colour Green"));
        QCOMPARE(rows.value().first().attempts, 0);
        QCOMPARE(idsOf(queue.next(kLb, 1).value()), QList<qint64>({earlier}));
        // Each target has its own queue.
        QCOMPARE(queue.next(kHome, 10).value().size(), 2);
        QCOMPARE(queue.next(QStringLiteral("server:other"), 10).value().size(), 0);
    }

    void doneIsNeverTakenAgain() {
        const qint64 a = record(played(QStringLiteral("A"), 1));
        const qint64 b = record(played(QStringLiteral("B"), 2));
        ScrobbleQueue queue(*m_db);
        QVERIFY(queue.markDone(kLb, {a}, 1'000));
        QCOMPARE(idsOf(queue.next(kLb, 10).value()), QList<qint64>({b}));
        QCOMPARE(idsOf(queue.next(kHome, 10).value()), QList<qint64>({a, b}));
        QCOMPARE(queue.counts(kLb).value(), (ScrobbleCounts{1, 0}));

        // The queue row comes back (a re-import, a bug elsewhere): still not sent twice.
        auto again = Statement::prepare(
            *m_db, "INSERT INTO scrobble_queue (listen_id, target, queued_at) VALUES (?1, ?2, 0)");
        QVERIFY(again);
        again.value().bind(1, a).bind(2, kLb);
        QVERIFY(again.value().run());
        QCOMPARE(idsOf(queue.next(kLb, 10).value()), QList<qint64>({b}));
        QCOMPARE(queue.counts(kLb).value().pending, 1);
        // Marking it done twice is harmless.
        QVERIFY(queue.markDone(kLb, {a, b}, 2'000));
        QCOMPARE(queue.next(kLb, 10).value().size(), 0);
        QCOMPARE(queue.allCounts().value().value(kLb), (ScrobbleCounts{0, 0}));
        QCOMPARE(queue.allCounts().value().value(kHome), (ScrobbleCounts{2, 0}));
    }

    void failedAttemptsKeepTheListenWithTheReason() {
        const qint64 a = record(played(QStringLiteral("A"), 1));
        ScrobbleQueue queue(*m_db);
        QVERIFY(queue.attemptFailed(kLb, {a}, QStringLiteral("ListenBrainz could not be reached")));
        QVERIFY(queue.attemptFailed(kLb, {a}, QStringLiteral("ListenBrainz answered HTTP 502")));
        const auto rows = queue.next(kLb, 10).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().attempts, 2);
        QCOMPARE(rows.first().lastError, QStringLiteral("ListenBrainz answered HTTP 502"));
        // The other target's row is untouched.
        QCOMPARE(queue.next(kHome, 10).value().first().attempts, 0);
    }

    void refusedListensWaitAsideUntilTriedAgain() {
        const qint64 a = record(played(QStringLiteral("A"), 1));
        const qint64 b = record(played(QStringLiteral("B"), 2));
        ScrobbleQueue queue(*m_db);
        const QString why = QStringLiteral("ListenBrainz refused the listen: too low");
        QVERIFY(queue.refuse(kLb, {a}, why));
        QCOMPARE(idsOf(queue.next(kLb, 10).value()), QList<qint64>({b}));
        QCOMPARE(queue.counts(kLb).value(), (ScrobbleCounts{1, 1}));
        const auto refused = queue.refusedListens(kLb, 10).value();
        QCOMPARE(idsOf(refused), QList<qint64>({a}));
        QCOMPARE(refused.first().lastError, why);
        QCOMPARE(refused.first().attempts, ScrobbleQueue::kRefused);
        // A failed attempt does not bring a refused listen back.
        QVERIFY(queue.attemptFailed(kLb, {a}, QStringLiteral("down")));
        QCOMPARE(queue.counts(kLb).value(), (ScrobbleCounts{1, 1}));

        QCOMPARE(queue.retryRefused(kLb).value(), 1);
        QCOMPARE(idsOf(queue.next(kLb, 10).value()), QList<qint64>({a, b}));
        QCOMPARE(queue.counts(kLb).value(), (ScrobbleCounts{2, 0}));
    }

    void aListenDeletedOnTheWayIsMarkedWithoutComplaint() {
        const qint64 a = record(played(QStringLiteral("A"), 1));
        QVERIFY(m_db->execute("DELETE FROM listens"));
        ScrobbleQueue queue(*m_db);
        QCOMPARE(queue.counts(kLb).value(), (ScrobbleCounts{0, 0})); // cascaded
        QVERIFY(queue.markDone(kLb, {a}, 1'000));
        QVERIFY(queue.allCounts().value().isEmpty());
    }

    void targetKeys() {
        QCOMPARE(kHome, QStringLiteral("server:home"));
        QCOMPARE(scrobbletarget::serverIdOf(kHome), QStringLiteral("home"));
        QCOMPARE(scrobbletarget::serverIdOf(kLb), QString());
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestScrobbleQueue)
#include "tst_scrobblequeue.moc"
