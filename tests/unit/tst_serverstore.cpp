// Servers the user adds are kept by a stable identity with their addresses; their secrets go to a
// keychain or an owner-only file — never into the database.
#include "core/library/database.h"
#include "core/library/statement.h"
#include "core/service/secretstore.h"
#include "core/service/serverstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

namespace {

ServerConfig config(const QString &name, const QStringList &urls) {
    ServerConfig c;
    c.name = name;
    for (const QString &url : urls) {
        // As the settings dialog and refrainctl do with what was typed.
        auto normal = ServerStore::normaliseUrl(url);
        c.urls.append(normal ? normal.value() : QUrl(url));
    }
    c.user = QStringLiteral("alice");
    return c;
}

} // namespace

class TestServerStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        // No keychain daemon can answer here: the file fallback is what is tested, on purpose.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
    }

    void addsFindsAndRemoves() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("library.db")));
        QVERIFY(db);
        ServerStore store(db.value());

        ServerConfig tested =
            config(QStringLiteral("Home"), {QStringLiteral("192.168.1.10:4533/"),
                                            QStringLiteral("https://music.example.org/rest")});
        // What "Test connection" learnt before the user pressed Add is kept.
        tested.apiVersion = QStringLiteral("1.16.1");
        tested.serverType = QStringLiteral("navidrome");
        tested.openSubsonic = true;
        tested.extensions = {QStringLiteral("apiKeyAuthentication")};
        tested.tokenAuth = true;
        auto added = store.add(tested);
        QVERIFY2(added, qPrintable(added.ok() ? QString() : added.error().message));
        const ServerConfig home = added.value();
        QVERIFY(!home.id.isEmpty());
        QCOMPARE(home.urls, QList<QUrl>({QUrl(QStringLiteral("http://192.168.1.10:4533")),
                                         QUrl(QStringLiteral("https://music.example.org"))}));

        auto found = store.find(QStringLiteral("home")); // names are found case-insensitively
        QVERIFY(found);
        QCOMPARE(found.value().id, home.id);
        QCOMPARE(found.value().urls, home.urls);
        QCOMPARE(found.value().serverType, QStringLiteral("navidrome"));
        QCOMPARE(found.value().extensions, QStringList{QStringLiteral("apiKeyAuthentication")});
        QCOMPARE(found.value().tokenAuth, std::optional<bool>(true));
        QCOMPARE(found.value(), home);
        QVERIFY(store.find(home.id));
        QCOMPARE(store.find(QStringLiteral("Work")).error().kind, Error::Kind::NotFound);

        auto twice = store.add(config(QStringLiteral("HOME"), {QStringLiteral("http://x")}));
        QVERIFY(!twice);
        QVERIFY(twice.error().message.contains(QStringLiteral("already")));

        // A second server gets its own identity even at the same address.
        auto other =
            store.add(config(QStringLiteral("Other"), {QStringLiteral("192.168.1.10:4533")}));
        QVERIFY(other);
        QVERIFY(other.value().id != home.id);
        QCOMPARE(store.all().value().size(), 2);

        // Removing a server takes its mirrored songs, and nothing else.
        auto insert = Statement::prepare(
            db.value(), "INSERT INTO tracks (source, location, title, added_at, updated_at) "
                        "VALUES (?1, ?2, 'Song', 0, 0)");
        QVERIFY(insert);
        insert.value().bind(1, home.id).bind(2, QStringLiteral("subsonic://%1/7").arg(home.id));
        QVERIFY(insert.value().run());
        insert.value().bind(1, QStringLiteral("local")).bind(2, QStringLiteral("/music/a.flac"));
        QVERIFY(insert.value().run());
        QVERIFY(store.remove(home.id));
        auto count = Statement::prepare(db.value(), "SELECT count(*), min(source) FROM tracks");
        QCOMPARE(count.value().step(), Statement::Step::Row);
        QCOMPARE(count.value().integer(0), 1);
        QCOMPARE(count.value().text(1), QStringLiteral("local"));
        QCOMPARE(store.all().value().size(), 1);
        QCOMPARE(store.remove(home.id).error().kind, Error::Kind::NotFound);
    }

    // A bare host gets http:// where home servers live, https:// anywhere else; a scheme that
    // was typed is kept. Plain HTTP outside the home is what the window marks.
    void bareHostsGetTheSchemeOfTheirNetwork_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("unencryptedPublic");
        const auto row = [](const char *typed, const char *stored, bool plain) {
            QTest::newRow(typed) << QString::fromUtf8(typed) << QString::fromUtf8(stored) << plain;
        };
        row("192.168.1.10:4533", "http://192.168.1.10:4533", false);
        row("10.0.0.2", "http://10.0.0.2", false);
        row("localhost:4533/", "http://localhost:4533", false);
        row("127.0.0.1:4533", "http://127.0.0.1:4533", false);
        row("nas:4533", "http://nas:4533", false);
        row("nas.local", "http://nas.local", false);
        row("[fd00::5]:4533", "http://[fd00::5]:4533", false);
        row("music.example.org", "https://music.example.org", false);
        row("music.example.org:4533/navidrome", "https://music.example.org:4533/navidrome", false);
        row("203.0.113.7:4533", "https://203.0.113.7:4533", false);
        row("[2001:db8::1]", "https://[2001:db8::1]", false);
        row("http://music.example.org", "http://music.example.org", true);
        row("HTTP://203.0.113.7:4533", "http://203.0.113.7:4533", true);
        row("http://nas", "http://nas", false);
        row("https://music.example.org", "https://music.example.org", false);
    }
    void bareHostsGetTheSchemeOfTheirNetwork() {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(bool, unencryptedPublic);
        const auto url = ServerStore::normaliseUrl(typed);
        QVERIFY2(url, url ? "" : qPrintable(url.error().message));
        QCOMPARE(url.value().toString(), stored);
        QCOMPARE(ServerStore::isUnencryptedPublic(url.value()), unencryptedPublic);
    }

    void refusesAddressesThatCannotWork() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("library.db")));
        ServerStore store(db.value());
        const auto refused = [&](const QStringList &urls) {
            auto added = store.add(config(QStringLiteral("S"), urls));
            return added ? QString() : added.error().message;
        };
        QVERIFY(refused({}).contains(QStringLiteral("address")));
        QVERIFY(refused({QStringLiteral("ftp://host")}).contains(QStringLiteral("http")));
        QVERIFY(!refused({QStringLiteral("http://")}).isEmpty());
        // Credentials typed into the address are refused and never repeated back.
        const QString message = refused({QStringLiteral("https://bob:hunter2@host")});
        QVERIFY(!message.isEmpty());
        QVERIFY(!message.contains(QStringLiteral("hunter2")));
        ServerConfig noUser = config(QStringLiteral("S"), {QStringLiteral("http://h")});
        noUser.user.clear();
        QVERIFY(!store.add(noUser));
        noUser.auth = ServerConfig::Auth::ApiKey; // an API key needs no user name
        QVERIFY(store.add(noUser));
    }

    void healthiestAddressFirst() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("library.db")));
        ServerStore store(db.value());
        const ServerConfig s = store
                                   .add(config(QStringLiteral("S"), {QStringLiteral("http://lan"),
                                                                     QStringLiteral("https://wan"),
                                                                     QStringLiteral("http://vpn")}))
                                   .value();
        const QUrl lan(QStringLiteral("http://lan")), wan(QStringLiteral("https://wan")),
            vpn(QStringLiteral("http://vpn"));
        QCOMPARE(store.addressesByHealth(s.id).value(), QList<QUrl>({lan, wan, vpn}));
        // The LAN address stopped answering (the laptop left home); the public one answers.
        QVERIFY(store.recordAddressOutcome(s.id, lan, true, 5, 1000));
        QVERIFY(store.recordAddressOutcome(s.id, lan, false, 0, 2000));
        QVERIFY(store.recordAddressOutcome(s.id, wan, true, 80, 2100));
        QCOMPARE(store.addressesByHealth(s.id).value(), QList<QUrl>({wan, vpn, lan}));
        // Both answer: the faster first.
        QVERIFY(store.recordAddressOutcome(s.id, vpn, true, 30, 2200));
        QCOMPARE(store.addressesByHealth(s.id).value().first(), vpn);
        QVERIFY(store.recordAddressOutcome(s.id, lan, true, 4, 3000));
        QCOMPARE(store.addressesByHealth(s.id).value(), QList<QUrl>({lan, vpn, wan}));
    }

    void secretsFallBackToAnOwnerOnlyFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profile/secrets.json"));
        SecretStore secrets(file);

        std::optional<Result<SecretStore::Backend>> wrote;
        secrets.write(QStringLiteral("server-1"), QStringLiteral("s3cr3t pass"),
                      [&](Result<SecretStore::Backend> r) { wrote.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(wrote.has_value(), 30000);
        QVERIFY(wrote->ok());
        QCOMPARE(wrote->value(), SecretStore::Backend::File);
        QCOMPARE(QFile::permissions(file)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(secrets.describe().contains(QStringLiteral("readable only by you")));
        QVERIFY(secrets.describe().contains(QStringLiteral("No keychain")));

        std::optional<Result<QString>> read;
        secrets.read(QStringLiteral("server-1"), [&](Result<QString> r) { read.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QCOMPARE(read->value(), QStringLiteral("s3cr3t pass"));

        read.reset();
        secrets.read(QStringLiteral("server-2"), [&](Result<QString> r) { read.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QCOMPARE(read->error().kind, Error::Kind::NotFound);

        std::optional<Result<void>> removed;
        secrets.remove(QStringLiteral("server-1"), [&](Result<void> r) { removed.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 30000);
        QVERIFY(removed->ok());
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!stored.readAll().contains("s3cr3t"));

        // A damaged file is reported plainly, not as a crash or an empty password.
        QVERIFY(stored.remove());
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{not json");
        damaged.close();
        QCOMPARE(secrets.readFile(QStringLiteral("server-1")).error().kind, Error::Kind::Corrupt);
        QVERIFY(secrets.writeFile(QStringLiteral("server-1"), QStringLiteral("again")));
        QCOMPARE(secrets.readFile(QStringLiteral("server-1")).value(), QStringLiteral("again"));
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
