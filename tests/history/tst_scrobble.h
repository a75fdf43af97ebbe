// What the scrobbling tests share: the history database on a worker thread of its own (as the
// library's database thread runs it in the app), simulated time for the Scrobbler's and the
// request layer's timers, listens recorded through ListenStore, and waits on the Scrobbler's
// signals — never on the wall clock.
#pragma once

#include "core/history/listen.h"
#include "core/history/listenstore.h"
#include "core/history/scrobblequeue.h"
#include "core/history/scrobbler.h"
#include "core/library/database.h"
#include "core/service/request/manualclock.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace refrain::test {

inline constexpr int kWaitMs = 30'000; // generous: a loaded 2-core machine

// One SQLite connection used only on its own thread; jobs run there in order.
class DatabaseThread {
public:
    explicit DatabaseThread(const QString &path) {
        auto db = Database::open(path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return;
        }
        m_db.emplace(std::move(db).value());
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~DatabaseThread() {
        m_thread.quit();
        m_thread.wait();
    }
    bool isOpen() const { return m_db.has_value(); }

    Scrobbler::DatabaseRunner runner() {
        return [this](std::function<void(Database &)> job) {
            QMetaObject::invokeMethod(&m_context, [this, job] { job(*m_db); });
        };
    }
    // Runs fn on the database thread and waits for it: for the test's own reads and writes.
    void run(const std::function<void(Database &)> &fn) {
        QMetaObject::invokeMethod(
            &m_context, [&] { fn(*m_db); }, Qt::BlockingQueuedConnection);
    }

private:
    std::optional<Database> m_db;
    QThread m_thread;
    QObject m_context;
};

// Played here, counted, 200 s of a 200 s track, starting at `start`.
inline Listen listenAt(int n, const QDateTime &start, const QString &serverId = {},
                       const QString &songId = {}) {
    Listen l;
    l.artist = QStringLiteral("Artist %1").arg(n % 7);
    l.title = QStringLiteral("Song %1").arg(n);
    l.album = QStringLiteral("Album %1").arg(n % 3);
    l.startedAt = start;
    l.utcOffsetSeconds = 3600;
    l.playedMs = 200'000;
    l.durationMs = 200'000;
    l.counted = true;
    l.serverId = serverId;
    l.songId = songId;
    return l;
}

// Times in the past with milliseconds, one listen every 4 minutes from this moment on.
inline QDateTime startOf(int n) {
    return QDateTime(QDate(2024, 11, 3), QTime(21, 7, 13, 481), QTimeZone::utc())
        .addSecs(qint64(n) * 240);
}

class ScrobbleFixture : public QObject {
protected:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<DatabaseThread> m_database;
    ManualClock m_clock;
    std::unique_ptr<Scrobbler> m_scrobbler;

    static Scrobbler::Settings settings() {
        Scrobbler::Settings s;
        s.debounceMs = 2'000;
        s.periodMs = 10 * 60'000;
        s.backoffBaseMs = 10'000;
        s.backoffCapMs = 60'000;
        s.seed = 11;
        return s;
    }

    void openDatabase() {
        static int n = 0;
        m_dbPath = m_dir.filePath(QStringLiteral("history-%1.db").arg(++n));
        m_database = std::make_unique<DatabaseThread>(m_dbPath);
        QVERIFY(m_database->isOpen());
    }
    // The app quits and starts again: new objects over the same file.
    void reopenDatabase() {
        m_scrobbler.reset();
        m_database.reset();
        m_database = std::make_unique<DatabaseThread>(m_dbPath);
        QVERIFY(m_database->isOpen());
    }
    void makeScrobbler(ScrobbleSink *sink) {
        m_scrobbler = std::make_unique<Scrobbler>(m_database->runner(), &m_clock, settings());
        m_scrobbler->addTarget(sink);
    }

    // Stores the listens (as ListenRecorder does) owing target, and tells the scrobbler.
    QList<Listen> record(const QList<Listen> &listens, const QStringList &targets) {
        QList<Listen> stored;
        m_database->run([&](Database &db) {
            ListenStore store(db);
            for (const Listen &l : listens) {
                auto r = store.record(l, targets);
                if (r)
                    stored.append(r.value());
                else
                    qWarning("%s", qPrintable(r.error().message));
            }
        });
        for (const Listen &l : std::as_const(stored))
            m_scrobbler->listenRecorded(l);
        return stored;
    }

    // Runs trigger, then waits until the scrobbler's drain of target comes to rest.
    bool atRest(const QString &target, const std::function<void()> &trigger) {
        QSignalSpy idle(m_scrobbler.get(), &Scrobbler::idle);
        trigger();
        return QTest::qWaitFor(
            [&] {
                for (const auto &args : std::as_const(idle)) {
                    if (args.first().toString() == target)
                        return true;
                }
                return false;
            },
            kWaitMs);
    }
    // The debounce after a recorded listen runs out.
    bool afterDebounce(const QString &target) {
        return atRest(target, [this] { m_clock.advance(settings().debounceMs); });
    }
    // Time passes until the target's wait is over.
    bool afterWait(const QString &target) {
        const qint64 at = m_scrobbler->status(target).retryAtMs;
        if (at < 0)
            return false;
        return atRest(target, [this, at] { m_clock.advanceTo(at); });
    }

    // Whatever the scrobbler started has reached the database thread and come back: after this,
    // a request it wrongly started would be on its way.
    void settle() {
        for (int i = 0; i < 3; ++i) {
            m_database->run([](Database &) {});
            QCoreApplication::processEvents();
        }
    }

    ScrobbleCounts counts(const QString &target) {
        ScrobbleCounts c;
        m_database->run([&](Database &db) { c = ScrobbleQueue(db).counts(target).valueOr({}); });
        return c;
    }
    QList<QueuedScrobble> queued(const QString &target) {
        QList<QueuedScrobble> rows;
        m_database->run(
            [&](Database &db) { rows = ScrobbleQueue(db).next(target, 10'000).valueOr({}); });
        return rows;
    }

    void tearDownScrobbler() {
        m_scrobbler.reset();
        if (m_database)
            m_database->run([](Database &) {}); // jobs still queued run before the rest goes
    }
};

} // namespace refrain::test
