// The library database: created and migrated from nothing, refused (untouched) when a newer
// Refrain wrote it, and never silently replaced when damaged.
#include "core/library/database.h"
#include "core/library/statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <optional>

using namespace refrain;

namespace {

QByteArray fileHash(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragmaText(Database &db, const char *pragma) {
    auto stmt = Statement::prepare(db, pragma);
    if (!stmt || stmt.value().step() != Statement::Step::Row)
        return {};
    return stmt.value().text(0);
}

void setUserVersionRaw(const QString &path, int version) {
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsAndMigratesFromEmpty() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/library.db"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db.value().userVersion().value(), Database::latestSchemaVersion());
        QCOMPARE(pragmaText(db.value(), "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragmaText(db.value(), "PRAGMA foreign_keys"), QStringLiteral("1"));
        for (const char *table : {"tracks", "roots", "tracks_fts", "scan_failures"}) {
            auto stmt = Statement::prepare(db.value(),
                                           "SELECT count(*) FROM sqlite_master WHERE name = ?1");
            QVERIFY(stmt.ok());
            stmt.value().bind(1, QString::fromLatin1(table));
            QCOMPARE(stmt.value().step(), Statement::Step::Row);
            QVERIFY2(stmt.value().int64(0) == 1, table);
        }
    }

    void reopeningKeepsDataAndVersion() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto insert =
                Statement::prepare(db.value(), "INSERT INTO roots(path, added_at) VALUES (?1, 1)");
            QVERIFY(insert.ok());
            QVERIFY(insert.value().bind(1, QStringLiteral("/music")).run().ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(db.value().userVersion().value(), Database::latestSchemaVersion());
        QCOMPARE(pragmaText(db.value(), "SELECT path FROM roots"), QStringLiteral("/music"));
    }

    void refusesNewerSchemaWithoutTouchingIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value().execute("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        setUserVersionRaw(path, Database::latestSchemaVersion() + 5);
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NewerVersion);
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version of Refrain")),
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(QStringLiteral("has not been changed")));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFileIsReportedAndKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.db"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        garbage.write(junk);
        garbage.close();
        const QByteArray before = fileHash(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")),
                 qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before); // never silently replaced

        const auto moved = Database::moveAside(path);
        QVERIFY(moved.ok());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(fileHash(moved.value()), before); // the damaged file is kept
        auto fresh = Database::open(path);
        QVERIFY(fresh.ok());
    }

    void readOnlyFolderGivesAClearError() {
        auto db = Database::open(QStringLiteral("/proc/refrain-cannot-live-here/library.db"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Io);
        QVERIFY(!db.error().message.isEmpty());
    }

    void failedTransactionRollsBack() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("library.db")));
        QVERIFY(db.ok());
        const auto outcome = db.value().transaction([&]() -> Result<void> {
            auto insert = Statement::prepare(db.value(),
                                             "INSERT INTO roots(path, added_at) VALUES ('/a', 1)");
            if (!insert)
                return insert.error();
            if (auto done = insert.value().run(); !done)
                return done;
            return Error::make(Error::Kind::Cancelled, QStringLiteral("stop"));
        });
        QVERIFY(!outcome.ok());
        QCOMPARE(pragmaText(db.value(), "SELECT count(*) FROM roots"), QStringLiteral("0"));
    }

    // Statements are kept for reuse: a kept one must behave exactly like a new one.
    void reusedStatementsStartFresh() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("library.db")));
        QVERIFY(db.ok());
        for (const char *path : {"/a", "/b", "/c"}) {
            auto insert =
                Statement::prepare(db.value(), "INSERT INTO roots(path, added_at) VALUES (?1, 1)");
            QVERIFY(insert.ok());
            insert.value().bind(1, QString::fromLatin1(path));
            QVERIFY(insert.value().run().ok());
        }
        const char *const select = "SELECT path FROM roots WHERE path >= ?1 ORDER BY path";
        {
            // Left in the middle of its rows, with a binding.
            auto first = Statement::prepare(db.value(), select);
            QVERIFY(first.ok());
            first.value().bind(1, QStringLiteral("/b"));
            QCOMPARE(first.value().step(), Statement::Step::Row);
            QCOMPARE(first.value().text(0), QStringLiteral("/b"));
            // The same SQL while the first is still running: a second statement of its own.
            auto second = Statement::prepare(db.value(), select);
            QVERIFY(second.ok());
            second.value().bind(1, QStringLiteral("/a"));
            QCOMPARE(second.value().step(), Statement::Step::Row);
            QCOMPARE(second.value().text(0), QStringLiteral("/a"));
            QCOMPARE(first.value().step(), Statement::Step::Row);
            QCOMPARE(first.value().text(0), QStringLiteral("/c"));
        }
        // Back from the cache: from its first row, and no binding left over (NULL matches none).
        auto again = Statement::prepare(db.value(), select);
        QVERIFY(again.ok());
        QCOMPARE(again.value().step(), Statement::Step::Done);
        again.value().reset();
        again.value().bind(1, QStringLiteral("/a"));
        QCOMPARE(again.value().step(), Statement::Step::Row);
        QCOMPARE(again.value().text(0), QStringLiteral("/a"));
        // A kept statement holds no read open: a write from another connection goes through.
        auto other = Database::open(db.value().path());
        QVERIFY(other.ok());
        QVERIFY(other.value().execute("DELETE FROM roots WHERE path = '/c'").ok());
        // A statement may outlive its database: it is finalized on its own, nothing crashes.
        std::optional<Statement> orphan;
        {
            Database moved = std::move(db.value());
            auto s = Statement::prepare(moved, "SELECT count(*) FROM roots");
            QVERIFY(s.ok());
            orphan.emplace(std::move(s.value()));
        }
        orphan.reset();
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
