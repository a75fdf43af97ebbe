// The single-instance hand-off as people meet it: a second `refrain` reaches the running one and
// leaves; a crash, a hung instance or a stranger on the socket never keeps Refrain from starting;
// two profiles are two players.
#include "app/singleinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>
#include <memory>
#include <vector>

using refrain::RemoteRequest;
using refrain::SingleInstance;
using Outcome = refrain::SingleInstance::Outcome;

namespace {

constexpr auto kHoldArgument = "--hold-instance";
// Long enough for a loaded machine; a working instance answers long before.
constexpr int kGenerousMs = 30000;

RemoteRequest request(const QStringList &args) {
    return RemoteRequest{args, QDir::rootPath()};
}

// The child process of staleSocketAfterCrash: the first instance in its own process, printing
// what it receives, until the test kills it.
int holdInstance(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    SingleInstance instance(QString::fromLocal8Bit(argv[2]));
    QObject::connect(
        &instance, &SingleInstance::requestReceived, &app, [](const RemoteRequest &received) {
            std::cout << QJsonDocument(received.toJson()).toJson(QJsonDocument::Compact).constData()
                      << std::endl;
        });
    if (instance.start(request({})) != Outcome::First || !instance.isListening())
        return 3;
    std::cout << "listening" << std::endl;
    return QCoreApplication::exec();
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;
    QTemporaryDir m_profiles;

    QString nameFor(const QString &profile) const {
        return SingleInstance::serverNameFor(m_profiles.filePath(profile));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_profiles.isValid());
        // A private runtime folder of our own: no real Refrain and no parallel test is reached.
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        for (const char *profile : {"one", "two", "stale", "hung", "refuse", "stranger", "name"})
            QVERIFY(QDir(m_profiles.path()).mkpath(QLatin1String(profile)));
    }

    void secondCallHandsOverAndTheFirstReceivesExactlyIt() {
        const QString name = nameFor(QStringLiteral("one"));
        SingleInstance first(name);
        QCOMPARE(first.start(request({})), Outcome::First);
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &SingleInstance::requestReceived);

        const RemoteRequest sent{{QStringLiteral("--next"), QStringLiteral("/Music/Ça va — ♫.flac"),
                                  QStringLiteral("--play-playlist"), QStringLiteral("Road trip")},
                                 QStringLiteral("/home/someone")};
        SingleInstance second(name);
        QCOMPARE(second.start(sent, kGenerousMs), Outcome::HandedOver);
        QVERIFY(!second.isListening());
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).at(0).value<RemoteRequest>(), sent);

        // Every later call is heard, one request each.
        SingleInstance third(name);
        QCOMPARE(third.start(request({QStringLiteral("--stop")}), kGenerousMs),
                 Outcome::HandedOver);
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(1).at(0).value<RemoteRequest>().args,
                 QStringList{QStringLiteral("--stop")});
    }

    void differentProfilesDoNotTalkToEachOther() {
        SingleInstance one(nameFor(QStringLiteral("one")));
        SingleInstance two(nameFor(QStringLiteral("two")));
        QSignalSpy heardByOne(&one, &SingleInstance::requestReceived);
        QCOMPARE(one.start(request({})), Outcome::First);
        QCOMPARE(two.start(request({QStringLiteral("--next")}), kGenerousMs), Outcome::First);
        QVERIFY(one.isListening());
        QVERIFY(two.isListening());
        QCOMPARE(heardByOne.size(), 0);
    }

    void serverNameFollowsUserAndProfile() {
        const QString profile = m_profiles.filePath(QStringLiteral("name"));
        const QString name = SingleInstance::serverNameFor(profile);
        QCOMPARE(SingleInstance::serverNameFor(profile + QStringLiteral("/")), name);
        QCOMPARE(SingleInstance::serverNameFor(profile + QStringLiteral("/../name")), name);
        const QString link = m_profiles.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(profile, link));
        QCOMPARE(SingleInstance::serverNameFor(link), name);
        QVERIFY(SingleInstance::serverNameFor(m_profiles.filePath(QStringLiteral("one"))) != name);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // In the user's own runtime folder, and the profile's path is not readable from it.
        QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(m_runtime.path()).absoluteFilePath());
        QVERIFY(!name.contains(QStringLiteral("name/")));
#endif
    }

    void staleSocketAfterCrashDoesNotBlockStart() {
        const QString name = nameFor(QStringLiteral("stale"));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Read into out: QTRY evaluates its condition more than once.
        QByteArray out;
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kHoldArgument), name});
        QVERIFY(child.waitForStarted(kGenerousMs));
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("listening"),
                                 kGenerousMs);

        // Another process reaches it for real.
        SingleInstance caller(name);
        QCOMPARE(caller.start(request({QStringLiteral("--show")}), kGenerousMs),
                 Outcome::HandedOver);
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("--show"),
                                 kGenerousMs);

        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished(kGenerousMs));
#if defined(Q_OS_UNIX)
        QVERIFY2(QFile::exists(name), "the killed instance should leave its socket behind");
#endif
        SingleInstance fresh(name);
        QCOMPARE(fresh.start(request({QStringLiteral("--next")}), kGenerousMs), Outcome::First);
        QVERIFY(fresh.isListening());
        QSignalSpy received(&fresh, &SingleInstance::requestReceived);
        SingleInstance later(name);
        QCOMPARE(later.start(request({QStringLiteral("--stop")}), kGenerousMs),
                 Outcome::HandedOver);
        QCOMPARE(received.size(), 1);
    }

    void hungInstanceIsTakenOverAfterTheTimeout() {
        const QString name = nameFor(QStringLiteral("hung"));
        // Accepts connections, reads nothing, answers nothing.
        QLocalServer hung;
        QVERIFY(hung.listen(name));
        std::vector<std::unique_ptr<QLocalSocket>> held;
        connect(&hung, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = hung.nextPendingConnection())
                held.emplace_back(s);
        });

        SingleInstance second(name);
        QCOMPARE(second.start(request({QStringLiteral("--next")}), 300), Outcome::First);
        QVERIFY(second.isListening());
        QTRY_VERIFY_WITH_TIMEOUT(!held.empty(), kGenerousMs);

        // Later calls reach the instance that works.
        QSignalSpy received(&second, &SingleInstance::requestReceived);
        SingleInstance third(name);
        QCOMPARE(third.start(request({QStringLiteral("--stop")}), kGenerousMs),
                 Outcome::HandedOver);
        QCOMPARE(received.size(), 1);
    }

    void refusalIsReportedNotStartedOver() {
        const QString name = nameFor(QStringLiteral("refuse"));
        // Stands in for a Refrain that cannot take the request (a protocol it does not speak).
        QLocalServer older;
        QVERIFY(older.listen(name));
        connect(&older, &QLocalServer::newConnection, this, [&] {
            QLocalSocket *s = older.nextPendingConnection();
            connect(s, &QLocalSocket::readyRead, s, [s] {
                if (!s->canReadLine())
                    return;
                s->write("{\"v\":1,\"ok\":false,\"error\":\"Quit Refrain and start it again.\"}\n");
                s->disconnectFromServer();
            });
        });
        SingleInstance second(name);
        QCOMPARE(second.start(request({QStringLiteral("--next")}), kGenerousMs), Outcome::Refused);
        QCOMPARE(second.errorString(), QStringLiteral("Quit Refrain and start it again."));
        QVERIFY(!second.isListening());
    }

    void strangersOnTheSocketAreAnsweredAndIgnored() {
        const QString name = nameFor(QStringLiteral("stranger"));
        SingleInstance first(name);
        QCOMPARE(first.start(request({})), Outcome::First);
        QSignalSpy received(&first, &SingleInstance::requestReceived);

        const QList<QByteArray> messages{
            "not json at all\n",
            "{\"v\":2,\"args\":[\"--next\"],\"cwd\":\"/\"}\n",
            "{\"v\":1,\"args\":\"--next\",\"cwd\":\"/\"}\n",
        };
        for (const QByteArray &message : messages) {
            QLocalSocket socket;
            socket.connectToServer(name);
            QVERIFY(socket.waitForConnected(kGenerousMs));
            socket.write(message);
            QTRY_VERIFY_WITH_TIMEOUT(socket.canReadLine(), kGenerousMs);
            const QJsonObject reply = QJsonDocument::fromJson(socket.readLine()).object();
            QCOMPARE(reply.value(QStringLiteral("ok")).toBool(true), false);
            QVERIFY(!reply.value(QStringLiteral("error")).toString().isEmpty());
        }
        QCOMPARE(received.size(), 0);

        // A real call still gets through afterwards.
        SingleInstance second(name);
        QCOMPARE(second.start(request({QStringLiteral("--next")}), kGenerousMs),
                 Outcome::HandedOver);
        QCOMPARE(received.size(), 1);
    }
};

int main(int argc, char **argv) {
    if (argc == 3 && qstrcmp(argv[1], kHoldArgument) == 0)
        return holdInstance(argc, argv);
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
