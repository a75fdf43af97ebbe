// tst_trcontexts: text a German user meets is German at run time, from every file whose tr() once
// used another context than the one lupdate filed its translations under — each check calls the
// real function that makes the text (a probe's verdict, a history error, a queued edit, the
// --help text, a health duration), with the German catalogue installed as the app installs it.
#include "app/launchactions.h"
#include "app/launchrequest.h"
#include "core/health/healthstate.h"
#include "core/health/serverprobe.h"
#include "core/history/anniversary.h"
#include "core/history/recap.h"
#include "core/library/database.h"
#include "core/offline/offlinetypes.h"
#include "core/service/mergeplan.h"
#include "core/service/serveredit.h"
#include "core/service/servereditstore.h"
#include "core/service/subsonicclient.h"
#include "translations/translations.h"
#include "ui/recapcard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

class TestTrContexts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        // No refrain.ini: the system language (German here) decides, as on a first start.
        installTranslations(*QCoreApplication::instance(),
                            m_dir.filePath(QStringLiteral("refrain.ini")));
        // The catalogue is there at all: a string whose context always agreed.
        QCOMPARE(healthLevelLabel(HealthLevel::Degraded), QStringLiteral("Eingeschränkt"));
    }

    void serverProbeVerdict() {
        SubsonicCall ping;
        ping.transport.failure = FailureKind::Timeout;
        ping.transport.url = QUrl(QStringLiteral("https://music.example.org/rest/ping"));
        const QString message = probeResultOf(ping).message;
        QVERIFY2(message.startsWith(QStringLiteral("Keine rechtzeitige Antwort von")),
                 qPrintable(message));
    }

    void historyReadError() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("history.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        // A listens table that fails while it is read (abs() of the smallest integer overflows).
        const auto broken =
            db.value().execute("DROP TABLE listens; CREATE VIEW listens AS SELECT "
                               "abs(-9223372036854775807 - 1) AS started_at, 1 AS counted");
        QVERIFY2(broken, qPrintable(broken ? QString() : broken.error().message));
        const auto years = yearsWithListens(db.value(), QTimeZone::utc());
        QVERIFY(!years);
        QVERIFY2(years.error().message.contains(QStringLiteral("Zeitraum der Hörhistorie")),
                 qPrintable(years.error().message));
    }

    void queuedEditsAndTheirConflicts() {
        ServerEdit remove;
        remove.id = 7;
        remove.kind = ServerEdit::Kind::DeletePlaylist;
        remove.playlistId = QStringLiteral("pl-1");
        remove.playlistName = QStringLiteral("Road trip");
        QCOMPARE(remove.describe(), QStringLiteral("Playlist „Road trip“ löschen"));
        const auto conflicts = MergePlan::deleted({remove});
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts.first().second.contains(
                     QStringLiteral("wurde inzwischen auf dem Server gelöscht")),
                 qPrintable(conflicts.first().second));

        // Plural forms: one song, two songs.
        ServerEdit create;
        create.kind = ServerEdit::Kind::CreatePlaylist;
        create.name = QStringLiteral("Mix");
        create.songIds = {QStringLiteral("s1")};
        QCOMPARE(create.describe(), QStringLiteral("Playlist „Mix“ mit 1 Titel anlegen"));
        create.songIds.append(QStringLiteral("s2"));
        QCOMPARE(create.describe(), QStringLiteral("Playlist „Mix“ mit 2 Titeln anlegen"));
    }

    void editStoreRefusal() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("edits.db")));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        ServerEditStore store(db.value(), QStringLiteral("server-1"));
        ServerEdit star; // nothing named to star
        star.kind = ServerEdit::Kind::Star;
        const auto recorded = store.record(star, QStringLiteral("alice"), 0);
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().message,
                 QStringLiteral("Gib an, was mit Stern markiert werden soll."));
    }

    void offlineReadiness() {
        QVERIFY2(readinessText(Readiness{}).startsWith(QStringLiteral("Notfallvorrat ist leer")),
                 qPrintable(readinessText(Readiness{})));
    }

    void recapCardFileName() {
        Recap recap;
        recap.year = 2025;
        QCOMPARE(RecapCard::suggestedFileName(recap), QStringLiteral("Refrain-Rückblick 2025.png"));
    }

    void launchActionsWarning() {
        QStringList warnings;
        const QString missing = m_dir.filePath(QStringLiteral("missing.flac"));
        QVERIFY(LaunchActions::tracksFor({missing}, &warnings).isEmpty());
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(missing + QStringLiteral(" kann nicht abgespielt")),
                 qPrintable(warnings.first()));
    }

    void commandLine() {
        const LaunchRequest empty = LaunchRequest::parse(
            {QStringLiteral("--play-playlist"), QStringLiteral(" ")}, m_dir.path());
        QCOMPARE(empty.fatalError,
                 QStringLiteral("--play-playlist braucht den Namen einer Playlist."));
        const LaunchRequest missing =
            LaunchRequest::parse({QStringLiteral("nowhere.flac")}, m_dir.path());
        QCOMPARE(missing.warnings.size(), 1);
        QVERIFY2(missing.warnings.first().startsWith(QStringLiteral("Datei oder Ordner existiert")),
                 qPrintable(missing.warnings.first()));
        const QString help = LaunchRequest::helpText();
        QVERIFY2(help.contains(QStringLiteral("Zum nächsten Titel springen.")), qPrintable(help));
    }

    void healthDuration() {
        constexpr qint64 kMinute = 60'000, kHour = 60 * kMinute, kDay = 24 * kHour;
        QCOMPARE(healthDurationText(2 * kHour + 14 * kMinute, true),
                 QStringLiteral("2 Std. 14 Min."));
        QCOMPARE(healthDurationText(3 * kDay + 4 * kHour), QStringLiteral("3 Tg. 4 Std."));
        QCOMPARE(healthDurationText(20'000, true), QStringLiteral("< 1 Min."));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
};

QTEST_GUILESS_MAIN(TestTrContexts)
#include "tst_trcontexts.moc"
