// What Refrain leaves on disk for itself alone: the secrets file is owner-only (0600) even where
// an older copy was readable by others, and the single-instance socket lives in the user's
// private runtime folder (or the profile folder when there is none, never the shared /tmp), is
// itself owner-only, and is named by a hash that gives away neither the profile's path nor the
// user.
#include "app/singleinstance.h"
#include "core/service/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace refrain;

namespace {

constexpr int kWaitMs = 30'000;

#ifdef Q_OS_UNIX
struct FileMode {
    int mode = -1; // the permission bits
    uid_t owner = 0;
};

FileMode modeOf(const QString &path) {
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {int(info.st_mode & 07777), info.st_uid};
}
#endif

} // namespace

class TestOwnerFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_runtime.isValid());
        // A private runtime folder of our own, as the session manager makes it (0700).
        QFile::setPermissions(m_runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                    | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void secretsFileIsOwnerOnlyEvenWhereItWasNot() {
#ifndef Q_OS_UNIX
        QSKIP("File modes are a Unix matter; Windows keeps the profile in the user's own folder.");
#else
        const QString path = m_dir.filePath(QStringLiteral("loose/secrets.json"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        // A copy left world-readable (restored from a backup, copied by hand).
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.write("{\"old\": \"left-over\"}");
        loose.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QCOMPARE(modeOf(path).mode, 0644);

        SecretStore secrets(path, false);
        QVERIFY(secrets.writeFile(QStringLiteral("server-1"), QStringLiteral("Pa55-9b1e")));
        QCOMPARE(modeOf(path).mode, 0600);
        QCOMPARE(modeOf(path).owner, ::getuid());
        QCOMPARE(secrets.readFile(QStringLiteral("server-1")).value(), QStringLiteral("Pa55-9b1e"));
        // Removing a secret rewrites the file the same way.
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0664) == 0);
        QVERIFY(secrets.removeFile(QStringLiteral("server-1")));
        QCOMPARE(modeOf(path).mode, 0600);

        // A new file is owner-only from its first write, whatever the umask allows.
        const mode_t before = ::umask(0);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh/secrets.json"));
        const bool wrote =
            bool(SecretStore(fresh, false).writeFile(QStringLiteral("k"), QStringLiteral("v")));
        ::umask(before);
        QVERIFY(wrote);
        QCOMPARE(modeOf(fresh).mode, 0600);
        // Nothing but the file itself is left beside it (no readable temporary copy).
        QCOMPARE(QDir(QFileInfo(fresh).absolutePath()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("secrets.json")});
#endif
    }

    void instanceSocketIsPrivate() {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("Linux: the socket lives in XDG_RUNTIME_DIR; elsewhere Qt's user-only socket.");
#else
        const QString profile = m_dir.filePath(QStringLiteral("My Profile"));
        QVERIFY(QDir().mkpath(profile));
        const QString name = SingleInstance::serverNameFor(profile);
        // In the private runtime folder, under a name that says nothing about the profile or user.
        QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(m_runtime.path()).absoluteFilePath());
        const QString base = QFileInfo(name).fileName();
        QVERIFY2(QRegularExpression(QStringLiteral("^refrain-[0-9a-f]{24}\\.sock$"))
                     .match(base)
                     .hasMatch(),
                 qPrintable(base));
        QCOMPARE(modeOf(m_runtime.path()).mode & 077, 0);

        SingleInstance instance(name);
        QCOMPARE(instance.start(RemoteRequest{{}, QDir::rootPath()}),
                 SingleInstance::Outcome::First);
        QVERIFY(instance.isListening());
        const FileMode socket = modeOf(name);
        QVERIFY2(socket.mode >= 0, qPrintable(name));
        // Nobody but the owner may connect (or even look).
        QCOMPARE(socket.mode & 077, 0);
        QCOMPARE(socket.owner, ::getuid());

        // And it is the one that answers under that name.
        QLocalSocket client;
        client.connectToServer(name);
        QVERIFY(client.waitForConnected(kWaitMs));
#endif
    }

    // No runtime folder, and Qt's stand-in (<tmp>/runtime-<user>) already taken by another
    // account, here by a symlink to its folder: the socket must not fall back to the shared
    // temporary folder, where the other account could take the name first. It goes in the
    // profile folder — made if need be — and is still owner-only.
    void withoutARuntimeFolderTheSocketStaysInTheProfile() {
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
        QSKIP("Linux: elsewhere the socket is Qt's per-user one.");
#else
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        const QByteArray tmp = qgetenv("TMPDIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const QString shared = m_dir.filePath(QStringLiteral("shared-tmp"));
        const QString theirs = m_dir.filePath(QStringLiteral("their-folder"));
        QVERIFY(QDir().mkpath(shared) && QDir().mkpath(theirs));
        qputenv("TMPDIR", QFile::encodeName(shared));
        const auto restore = qScopeGuard([&] {
            qputenv("XDG_RUNTIME_DIR", runtime);
            if (tmp.isNull())
                qunsetenv("TMPDIR");
            else
                qputenv("TMPDIR", tmp);
        });
        // Qt names its stand-in after the account: find it by asking once while it is free.
        const QString standIn = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY2(standIn.startsWith(shared), qPrintable(standIn));
        QVERIFY(QDir(standIn).removeRecursively());
        QVERIFY(QFile::link(theirs, standIn));
        QVERIFY2(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation).isEmpty(),
                 "Qt took a runtime folder it does not own");

        const QString profile = m_dir.filePath(QStringLiteral("profile-not-made-yet"));
        const QString name = SingleInstance::serverNameFor(profile);
        QCOMPARE(QFileInfo(name).absolutePath(), QFileInfo(profile).absoluteFilePath());
        QVERIFY2(QRegularExpression(QStringLiteral("^refrain-[0-9a-f]{24}\\.sock$"))
                     .match(QFileInfo(name).fileName())
                     .hasMatch(),
                 qPrintable(name));

        SingleInstance instance(name);
        QCOMPARE(instance.start(RemoteRequest{{}, QDir::rootPath()}),
                 SingleInstance::Outcome::First);
        QVERIFY2(instance.isListening(), qPrintable(instance.errorString()));
        QCOMPARE(modeOf(name).mode & 077, 0);
        QCOMPARE(modeOf(name).owner, ::getuid());
        // Nothing was made in the shared folder or in the other account's.
        QCOMPARE(QDir(shared).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
                 QStringList{QFileInfo(standIn).fileName()});
        QVERIFY(QDir(theirs).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System));

        // A second call for the same profile finds it there.
        SingleInstance second(SingleInstance::serverNameFor(profile));
        QCOMPARE(second.handOver(RemoteRequest{{}, QDir::rootPath()}),
                 SingleInstance::Attempt::Delivered);
#endif
    }
};

QTEST_GUILESS_MAIN(TestOwnerFiles)
#include "tst_ownerfiles.moc"
