// The library database when it is damaged (random bytes over its pages, cut short, not a
// database at all), read-only (the file, or the folder it lives in), or written by a newer
// Refrain (issue #10, hostile input). Through refrainctl and through the app itself: each ends
// with a sentence that says what is wrong and what to do, nothing crashes, and not one byte of
// what the user had is changed.
#include "app/compositionroot.h"
#include "core/library/database.h"
#include "core/library/library.h"
#include "tests/hostile/diskrun.h"
#include "tests/support/corpusgenerator.h"
#include "ui/databasenotice.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kPage = 4096;

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The ways a library file arrives broken, and the words the user must read about each.
enum class Damage { Pages, Truncated, NotADatabase, Newer };

QString damage(const QString &database, Damage kind) {
    QByteArray bytes = readAll(database);
    if (bytes.size() < 8 * kPage)
        return QStringLiteral("the prepared library is too small");
    switch (kind) {
    case Damage::Pages: {
        // The header stays, so the file still opens as SQLite: every later page gets 64 bytes of
        // noise (a bad sector, a failed copy), reproducible from the seed.
        QRandomGenerator rng(20240610);
        for (qsizetype page = 1; page < bytes.size() / kPage; ++page) {
            for (int i = 0; i < 64; ++i)
                bytes[page * kPage + rng.bounded(kPage)] = char(rng.bounded(256));
        }
        break;
    }
    case Damage::Truncated:
        bytes.truncate(bytes.size() / 2 + 100);
        break;
    case Damage::NotADatabase:
        bytes = QByteArray("These are my notes, not a database.\n").repeated(200);
        break;
    case Damage::Newer: {
        sqlite3 *db = nullptr;
        if (sqlite3_open(database.toUtf8().constData(), &db) != SQLITE_OK)
            return QStringLiteral("cannot open the prepared library");
        const QByteArray sql =
            "PRAGMA user_version = " + QByteArray::number(Database::latestSchemaVersion() + 7);
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return rc == SQLITE_OK ? QString() : QStringLiteral("cannot set user_version");
    }
    }
    return writeAll(database, bytes) ? QString() : QStringLiteral("cannot write the damage");
}

} // namespace

class TestHostileDb : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_music, m_template;
    QString m_artist; // someone in the library, to search for

    QString database(const QString &profile) const {
        return QDir(profile).filePath(QStringLiteral("library.db"));
    }
    // A profile with a scanned library and some history, closed cleanly (no -wal left).
    QString preparedProfile(const QString &name) const {
        const QString profile = m_dir.filePath(name);
        return copyTree(m_template, profile) ? profile : QString();
    }

    static void addDamageRows() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("moveAside");
        QTest::newRow("random bytes over pages")
            << int(Damage::Pages) << QStringLiteral("damaged") << true;
        QTest::newRow("truncated") << int(Damage::Truncated) << QStringLiteral("damaged") << true;
        QTest::newRow("not a database")
            << int(Damage::NotADatabase) << QStringLiteral("damaged") << true;
        QTest::newRow("newer version")
            << int(Damage::Newer) << QStringLiteral("newer version of Refrain") << false;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_music = m_dir.filePath(QStringLiteral("music"));
        m_template = m_dir.filePath(QStringLiteral("template"));
        const QString made = CorpusGenerator::generate(m_music, 120, 31);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString log = m_dir.filePath(QStringLiteral("listens.scrobbler.log"));
        QByteArray lines = "#AUDIOSCROBBLER/1.1\n#TZ/UTC\n#CLIENT/Rockbox test\n";
        for (int i = 0; i < 300; ++i)
            lines += "Artist " + QByteArray::number(i % 17) + "\tAlbum\tSong "
                     + QByteArray::number(i % 29) + "\t1\t200\tL\t"
                     + QByteArray::number(1'500'000'000 + i * 600) + "\t\n";
        QVERIFY(writeAll(log, lines));
        for (const QStringList &args :
             {QStringList{QStringLiteral("scan"), m_music},
              QStringList{QStringLiteral("history"), QStringLiteral("import"), log}}) {
            const ProcessRun run =
                DiskRun::ctl(QStringList{QStringLiteral("--profile"), m_template} + args);
            QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        }
        {
            // A plain connection: closing it folds the WAL back, so the template stays one file.
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(database(m_template).toUtf8().constData(), &db), SQLITE_OK);
            sqlite3_stmt *stmt = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "SELECT artist FROM tracks ORDER BY id LIMIT 1", -1,
                                        &stmt, nullptr),
                     SQLITE_OK);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                m_artist =
                    QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
            sqlite3_close(db);
        }
        QVERIFY(!m_artist.isEmpty());
        QCOMPARE(DiskRun::fingerprint(m_template).size(), 1); // library.db alone
    }

    void refrainctlRefusesAndChangesNothing_data() { addDamageRows(); }

    void refrainctlRefusesAndChangesNothing() {
        QFETCH(int, kind);
        QFETCH(QString, says);
        QFETCH(bool, moveAside);
        const QString profile = preparedProfile(QStringLiteral("ctl-%1").arg(kind));
        QVERIFY(!profile.isEmpty());
        const QString damaged = damage(database(profile), Damage(kind));
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        const QStringList before = DiskRun::fingerprint(profile);

        for (const QStringList &args :
             {QStringList{QStringLiteral("scan"), m_music},
              QStringList{QStringLiteral("search"), QStringLiteral("artist")},
              QStringList{QStringLiteral("history"), QStringLiteral("status")},
              QStringList{QStringLiteral("offline"), QStringLiteral("list")},
              QStringList{QStringLiteral("playlist"), QStringLiteral("list")}}) {
            const ProcessRun run =
                DiskRun::ctl(QStringList{QStringLiteral("--profile"), profile} + args);
            const QString what = args.join(u' ') + QStringLiteral(": ") + run.describe();
            QVERIFY2(run.finished && run.exitCode == 3, qPrintable(what));
            QVERIFY2(QString::fromUtf8(run.err).contains(says), qPrintable(what));
            QVERIFY2(run.err.contains("move-aside") == moveAside, qPrintable(what));
            QVERIFY2(!looksRaw(run.err), qPrintable(what));
            QCOMPARE(DiskRun::fingerprint(profile), before);
        }
        if (!moveAside)
            return;
        // The way out it names keeps the damaged file, byte for byte, and starts afresh.
        const ProcessRun moved = DiskRun::ctl({QStringLiteral("--profile"), profile,
                                               QStringLiteral("db"), QStringLiteral("move-aside")});
        QVERIFY2(moved.finished && moved.exitCode == 0, qPrintable(moved.describe()));
        const QStringList kept = QDir(profile).entryList({QStringLiteral("library.db.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(DiskRun::fingerprint(profile).first().section(u'=', 1),
                 before.first().section(u'=', 1));
        const ProcessRun fresh =
            DiskRun::ctl({QStringLiteral("--profile"), profile, QStringLiteral("scan"), m_music});
        QVERIFY2(fresh.finished && fresh.exitCode == 0, qPrintable(fresh.describe()));
    }

    // The window opens, says what is wrong inline (no modal dialog), offers the way out only
    // where there is one, and leaves the file exactly as it was.
    void appExplainsAndChangesNothing_data() { addDamageRows(); }

    void appExplainsAndChangesNothing() {
        QFETCH(int, kind);
        QFETCH(QString, says);
        QFETCH(bool, moveAside);
        const QString profile = preparedProfile(QStringLiteral("app-%1").arg(kind));
        QVERIFY(!profile.isEmpty());
        const QString damaged = damage(database(profile), Damage(kind));
        QVERIFY2(damaged.isEmpty(), qPrintable(damaged));
        const QByteArray before = readAll(database(profile));
        {
            CompositionRoot::Options options;
            options.profile = Profile::resolve(profile);
            CompositionRoot app(options);
            app.start();
            MainWindow *w = app.window();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QTRY_VERIFY_WITH_TIMEOUT(w->databaseNotice()->isVisible(), 30000);
            QVERIFY2(w->databaseNotice()->text().contains(says),
                     qPrintable(w->databaseNotice()->text()));
            QCOMPARE(w->databaseNotice()->moveAsideButton()->isVisible(), moveAside);
            for (QWidget *top : QApplication::topLevelWidgets())
                QVERIFY2(!(top->isVisible() && top->isModal()), "a modal dialog opened");
            QCOMPARE(w->libraryView()->table()->model()->rowCount(), 0);
        }
        QCOMPARE(readAll(database(profile)), before);
        const QByteArray wal = readAll(database(profile) + QStringLiteral("-wal"));
        QVERIFY2(wal.isEmpty(), "something was written to the refused library's WAL");
    }

    // Root ignores file permissions, so refrainctl runs as "nobody" here. A read-only library
    // file can still be searched; anything that writes says it is read-only and changes nothing.
    void readOnlyFileIsReadButNeverWritten() {
        QString why;
        if (!DiskRun::canDropPrivileges(&why))
            QSKIP(qPrintable(why));
        const QString profile = preparedProfile(QStringLiteral("readonly-file"));
        const QString program = m_dir.filePath(QStringLiteral("refrainctl"));
        if (!QFile::exists(program))
            QVERIFY(QFile::copy(QStringLiteral(REFRAINCTL_PATH), program));
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                         | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                         | QFileDevice::ExeOther;
        for (const QString &path : {m_dir.path(), m_music, program})
            QVERIFY(QFile::setPermissions(path, all));
        // The folder is open to all (SQLite keeps its -shm beside the file); the file is not.
        QVERIFY(QFile::setPermissions(profile,
                                      all | QFileDevice::WriteGroup | QFileDevice::WriteOther));
        QVERIFY(QFile::setPermissions(database(profile), QFileDevice::ReadOwner
                                                             | QFileDevice::ReadGroup
                                                             | QFileDevice::ReadOther));
        const QByteArray before = readAll(database(profile));
        const QString artist = m_artist;

        const ProcessRun search = DiskRun::ctlAsUser(
            program, {QStringLiteral("--profile"), profile, QStringLiteral("search"),
                      QStringLiteral("artist:\"%1\"").arg(artist), QStringLiteral("--json")});
        QVERIFY2(search.finished && search.exitCode == 0, qPrintable(search.describe()));
        QVERIFY2(search.out.contains("\"location\""), qPrintable(search.describe()));

        const QString newer = m_dir.filePath(QStringLiteral("more-music"));
        QVERIFY2(CorpusGenerator::generate(newer, 20, 32).isEmpty(), "corpus");
        QVERIFY(QFile::setPermissions(newer, all));
        const ProcessRun scan = DiskRun::ctlAsUser(
            program, {QStringLiteral("--profile"), profile, QStringLiteral("scan"), newer});
        QVERIFY2(scan.finished && scan.exitCode == 3, qPrintable(scan.describe()));
        QVERIFY2(scan.err.contains("read-only") && scan.err.contains("Nothing was changed"),
                 qPrintable(scan.describe()));
        QVERIFY2(!looksRaw(scan.err), qPrintable(scan.describe()));
        QCOMPARE(readAll(database(profile)), before);
    }

    // A library in a folder that cannot be written: SQLite cannot make its -shm there, so even
    // reading is refused — with a sentence naming the cause, and nothing changed or left behind.
    void readOnlyFolderIsRefusedClearly() {
        QString why;
        if (!DiskRun::canDropPrivileges(&why))
            QSKIP(qPrintable(why));
        const QString profile = preparedProfile(QStringLiteral("readonly-folder"));
        const QString program = m_dir.filePath(QStringLiteral("refrainctl"));
        if (!QFile::exists(program))
            QVERIFY(QFile::copy(QStringLiteral(REFRAINCTL_PATH), program));
        const auto readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther;
        for (const QString &path : {m_dir.path(), m_music, program})
            QVERIFY(QFile::setPermissions(path, readable | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(profile, readable));
        QVERIFY(QFile::setPermissions(database(profile),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther));
        const QStringList before = DiskRun::fingerprint(profile);
        for (const QStringList &args :
             {QStringList{QStringLiteral("search"), QStringLiteral("artist")},
              QStringList{QStringLiteral("scan"), m_music}}) {
            const ProcessRun run = DiskRun::ctlAsUser(
                program, QStringList{QStringLiteral("--profile"), profile} + args);
            const QString what = args.join(u' ') + QStringLiteral(": ") + run.describe();
            QVERIFY2(run.finished && run.exitCode == 3, qPrintable(what));
            QVERIFY2(run.err.contains("read-only"), qPrintable(what));
            QVERIFY2(!looksRaw(run.err), qPrintable(what));
        }
        QVERIFY(QFile::setPermissions(profile, readable | QFileDevice::WriteOwner));
        QCOMPARE(DiskRun::fingerprint(profile), before);
    }
};

QTEST_MAIN(TestHostileDb)
#include "tst_hostiledb.moc"
