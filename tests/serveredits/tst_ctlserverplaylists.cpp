// refrainctl server playlist …: a script creates and lists a server's playlists; while the server
// cannot be reached the edit is kept, said to be queued, and sent by a later command.
#include "tests/support/commandrun.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain::test;

namespace {

const QString kPassword = QStringLiteral("s3cret pässword&+");

} // namespace

class TestCtlServerPlaylists : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    CommandRun ctl(const QStringList &args, const QByteArray &input = {}) {
        return CommandRun::run(QStringLiteral(REFRAINCTL_PATH),
                               QStringList{QStringLiteral("--profile"), m_dir.path()} + args,
                               input);
    }

    QJsonArray playlists() {
        const CommandRun listed = ctl({QStringLiteral("server"), QStringLiteral("playlist"),
                                       QStringLiteral("list"), QStringLiteral("--json")});
        if (listed.exitCode != 0)
            qWarning("%s", qPrintable(describeRun(listed)));
        return QJsonDocument::fromJson(listed.out).array();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // No keychain daemon can answer here: secrets go to the owner-only file.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
    }

    void createListAndQueueWhileRefused() {
        SubsonicContent content;
        content.setUser(QStringLiteral("alice"), kPassword);
        SongSpec spec;
        spec.title = QStringLiteral("Formation");
        const QString song = content.catalog().addSong(spec);
        FaultServer server;
        server.setHandler(content.handler());
        const CommandRun added =
            ctl({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Home"), QStringLiteral("--user"), QStringLiteral("alice"),
                 QStringLiteral("--url"), server.baseUrl().toString(),
                 QStringLiteral("--password-stdin")},
                kPassword.toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, qPrintable(describeRun(added)));

        // Applied at once while the server answers.
        const CommandRun created =
            ctl({QStringLiteral("server"), QStringLiteral("playlist"), QStringLiteral("create"),
                 QStringLiteral("Road trip"), QStringLiteral("--song"), song});
        QVERIFY2(created.exitCode == 0, qPrintable(describeRun(created)));
        QVERIFY2(created.out.contains("done on Home"), qPrintable(describeRun(created)));
        QCOMPARE(content.catalog().playlists().size(), 1);
        const QString id = content.catalog().playlists().first()->id;
        QCOMPARE(content.catalog().playlists().first()->songIds, QStringList({song}));

        QJsonArray list = playlists();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("id")].toString(), id);
        QCOMPARE(list.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Road trip"));
        QCOMPARE(list.at(0)[QStringLiteral("song_count")].toInt(), 1);
        QCOMPARE(list.at(0)[QStringLiteral("edits_waiting")].toBool(), false);

        // The server goes away: the edit is kept and said to be queued; exit 0.
        server.setMode(FaultMode::refused());
        const CommandRun queued = ctl({QStringLiteral("server"), QStringLiteral("playlist"),
                                       QStringLiteral("create"), QStringLiteral("Offline")});
        QVERIFY2(queued.exitCode == 0, qPrintable(describeRun(queued)));
        QVERIFY2(queued.out.contains("queued: the server cannot be reached; it will be applied "
                                     "when it answers"),
                 qPrintable(describeRun(queued)));
        QVERIFY(!queued.out.contains(kPassword.toUtf8())
                && !queued.err.contains(kPassword.toUtf8()));
        list = playlists();
        QCOMPARE(list.size(), 2); // the mirror shows it at once
        const CommandRun pending =
            ctl({QStringLiteral("server"), QStringLiteral("edits"), QStringLiteral("--json")});
        QVERIFY2(pending.exitCode == 0, qPrintable(describeRun(pending)));
        const QJsonArray edits = QJsonDocument::fromJson(pending.out).array();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("create_playlist"));
        QCOMPARE(edits.at(0)[QStringLiteral("status")].toString(), QStringLiteral("queued"));
        QCOMPARE(content.catalog().playlists().size(), 1);

        // Back: the next command sends what waited first.
        server.setMode(FaultMode::normal());
        const CommandRun retried = ctl({QStringLiteral("server"), QStringLiteral("edits"),
                                        QStringLiteral("retry"), QStringLiteral("--json")});
        QVERIFY2(retried.exitCode == 0, qPrintable(describeRun(retried)));
        QCOMPARE(QJsonDocument::fromJson(retried.out).array().size(), 0);
        QCOMPARE(content.catalog().playlists().size(), 2);
        QCOMPARE(content.catalog().playlists().at(1)->name, QStringLiteral("Offline"));

        // A refused edit: exit 1, with the server's reason.
        const CommandRun refused =
            ctl({QStringLiteral("server"), QStringLiteral("playlist"), QStringLiteral("add"),
                 QStringLiteral("Road trip"), QStringLiteral("no-such-song")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("refused it"), qPrintable(describeRun(refused)));
        // Usage: 2.
        QCOMPARE(ctl({QStringLiteral("server"), QStringLiteral("playlist"),
                      QStringLiteral("rename"), QStringLiteral("Road trip")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCtlServerPlaylists)
#include "tst_ctlserverplaylists.moc"
