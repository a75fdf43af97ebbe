// Where secrets live, proved on the whole app: servers added with refrainctl (a salted-token
// server, one that refuses tokens and gets the hex password, one with an API key), the app
// started on that profile, connecting and syncing, a ListenBrainz token entered — then every
// file in the profile is read: the password, its hex form, the API key and the token are only in
// secrets.json, which only its owner can read, and no log line of the whole run holds any of them.
// What the servers named their albums and artists reads literally in the views' tooltips.
#include "app/compositionroot.h"
#include "app/historywiring.h"
#include "core/model/trackgroupmodel.h"
#include "core/model/tracktablemodel.h"
#include "tests/security/logcapture.h"
#include "tests/support/commandrun.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"
#include "ui/mainwindow.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr int kWaitMs = 60'000; // generous: a loaded 2-core machine

const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("Pa55-w0rd-7f3c");
const QString kApiKey = QStringLiteral("APIKEY-9d81-e2aa");
const QString kToken = QStringLiteral("lb-token-41c7-0b5e");

// What a server says, meant to be read as text.
const QString kAlbum = QStringLiteral("<b>Bold</b> & <img src=\"x.png\"> co");
const QString kArtist = QStringLiteral("<i>Evil</i> Artist");

// Every form a secret could take on disk or in a log: as typed (UTF-8 and UTF-16), the
// password's hex form as the hex sign-in sends it, percent-encoded.
QList<QByteArray> forms(const QString &secret) {
    QList<QByteArray> out{secret.toUtf8(), QUrl::toPercentEncoding(secret),
                          QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                     secret.size() * qsizetype(sizeof(char16_t)))};
    return out;
}

QStringList allSecrets() {
    return {kPassword, QString::fromLatin1(kPassword.toUtf8().toHex()), kApiKey, kToken};
}

// Whether a tooltip shows text literally: plain text as it is, or markup that renders to it.
bool readsLiterally(const QString &tooltip, const QString &text) {
    if (!Qt::mightBeRichText(tooltip))
        return tooltip.contains(text);
    QTextDocument shown;
    shown.setHtml(tooltip);
    return shown.toPlainText().contains(text);
}

struct Server {
    SubsonicContent content;
    FaultServer http;
};

} // namespace

class TestAppSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_profile;
    Server m_home;  // salted tokens
    Server m_old;   // refuses tokens: the hex password (allowed on loopback)
    Server m_keyed; // an API key
    FaultServer m_listenBrainz;
    std::unique_ptr<LogCapture> m_logs;
    std::unique_ptr<CompositionRoot> m_app;
    QList<CommandRun> m_runs;

    CommandRun ctl(const QStringList &args, const QByteArray &input = {}) {
        CommandRun run =
            CommandRun::run(QStringLiteral(REFRAINCTL_PATH),
                            QStringList{QStringLiteral("--profile"), m_profile} + args, input);
        m_runs.append(run);
        return run;
    }

    bool addServer(const QString &name, Server &server, bool apiKey) {
        server.http.setHandler(server.content.handler());
        QStringList args{QStringLiteral("server"), QStringLiteral("add"),
                         QStringLiteral("--name"), name,
                         QStringLiteral("--url"),  server.http.baseUrl().toString()};
        if (apiKey)
            args << QStringLiteral("--api-key-stdin");
        else
            args << QStringLiteral("--user") << kUser << QStringLiteral("--password-stdin");
        const CommandRun run = ctl(args, (apiKey ? kApiKey : kPassword).toUtf8() + "\n");
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(describeRun(run)));
        return run.exitCode == 0;
    }

    static void addSongs(SubsonicContent &content, const QString &album) {
        SongSpec spec;
        spec.artist = kArtist;
        spec.album = album;
        for (const char *title : {"One", "Two"}) {
            spec.title = QLatin1String(title);
            ++spec.track;
            content.catalog().addSong(spec);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // No keychain can answer here: secrets go to the owner-only file, the case to prove.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/refrain-test-bus");
        m_profile = m_dir.filePath(QStringLiteral("profile"));

        m_home.content.setUser(kUser, kPassword);
        m_old.content.setUser(kUser, kPassword);
        m_old.content.options().refuseTokens = true;
        m_keyed.content.addApiKey(kApiKey);
        addSongs(m_home.content, kAlbum);
        addSongs(m_old.content, QStringLiteral("Old Album"));
        addSongs(m_keyed.content, QStringLiteral("Keyed Album"));
        QVERIFY(addServer(QStringLiteral("Home"), m_home, false));
        QVERIFY(addServer(QStringLiteral("Old"), m_old, false));
        QVERIFY(addServer(QStringLiteral("Keyed"), m_keyed, true));
        {
            QSettings settings(Profile::resolve(m_profile).settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("history/listenBrainzUrl"),
                              m_listenBrainz.baseUrl().toString());
        }

        m_logs = std::make_unique<LogCapture>();
        qDebug("refrain-test: log capture on");
        QVERIFY(
            m_logs->captured().contains(QStringLiteral("default: refrain-test: log capture on")));
        const int before =
            m_home.http.requestCount() + m_old.http.requestCount() + m_keyed.http.requestCount();
        CompositionRoot::Options options;
        options.profile = Profile::resolve(m_profile);
        m_app = std::make_unique<CompositionRoot>(options);
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        // The app reads each secret back and signs in with it: all six songs arrive.
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tracks()->rowCount(), 6, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_home.http.requestCount() + m_old.http.requestCount()
                                         + m_keyed.http.requestCount()
                                     > before + 3,
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_old.http.requestCount() > 0, kWaitMs);

        m_app->history()->setListenBrainzToken(kToken);
        const QString secrets = Profile::resolve(m_profile).secretsPath();
        const auto tokenSaved = [&] {
            QFile file(secrets);
            return file.open(QIODevice::ReadOnly)
                   && QJsonDocument::fromJson(file.readAll())
                          .object()
                          .contains(QStringLiteral("listenbrainz/token"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(tokenSaved(), kWaitMs);
    }

    void eachSignInUsedItsOwnForm() {
        // The token server never saw the password; the one refusing tokens got its hex form
        // (loopback is private); the API key travelled without a user name.
        for (const HttpRequest &r : m_home.http.requests()) {
            QVERIFY(r.query.hasQueryItem(QStringLiteral("t")));
            QVERIFY(!r.query.hasQueryItem(QStringLiteral("p")));
        }
        bool hex = false;
        for (const HttpRequest &r : m_old.http.requests())
            hex = hex
                  || r.query.queryItemValue(QStringLiteral("p"), QUrl::FullyDecoded)
                         .startsWith(u"enc:");
        QVERIFY(hex);
        for (const HttpRequest &r : m_keyed.http.requests()) {
            QCOMPARE(r.query.queryItemValue(QStringLiteral("apiKey")), kApiKey);
            QVERIFY(!r.query.hasQueryItem(QStringLiteral("u")));
        }
    }

    void serverTextInTooltipsReadsLiterally() {
        TrackTableModel *tracks = m_app->tracks();
        // The album and artist lists show a group's name as its tooltip.
        TrackGroupModel albums(TrackGroupModel::Kind::Album, tracks);
        TrackGroupModel artists(TrackGroupModel::Kind::Artist, tracks);
        const auto tipOf = [](const TrackGroupModel &groups, const QString &name) {
            for (int row = 0; row < groups.rowCount(); ++row) {
                if (groups.index(row).data().toString() == name)
                    return groups.index(row).data(Qt::ToolTipRole).toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!tipOf(albums, kAlbum).isEmpty(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!tipOf(artists, kArtist).isEmpty(), kWaitMs);
        const QString albumTip = tipOf(albums, kAlbum);
        const QString artistTip = tipOf(artists, kArtist);
        // A tooltip that looks like markup would be rendered as rich text: it is escaped.
        QVERIFY2(readsLiterally(albumTip, kAlbum), qPrintable(albumTip));
        QVERIFY2(readsLiterally(artistTip, kArtist), qPrintable(artistTip));
    }

    void secretsLiveOnlyInTheOwnerOnlyFile() {
        // Quit: the database is checkpointed and closed, the settings written.
        m_app.reset();
        const Profile profile = Profile::resolve(m_profile);
        const QString secretsPath = QFileInfo(profile.secretsPath()).canonicalFilePath();

        int files = 0;
        bool mirrored = false; // the catalog really is in what was read
        QDirIterator it(m_profile, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (path == secretsPath)
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = file.readAll();
            ++files;
            mirrored = mirrored || bytes.contains("Keyed Album");
            for (const QString &secret : allSecrets()) {
                for (const QByteArray &form : forms(secret))
                    QVERIFY2(!bytes.contains(form),
                             qPrintable(path + QStringLiteral(": ") + secret));
            }
        }
        QVERIFY(files >= 2); // library.db and refrain.ini at least
        QVERIFY(mirrored);

        // The fallback file holds the three servers' secrets and the token, readable by its
        // owner only.
        QFile secrets(secretsPath);
        QVERIFY(secrets.open(QIODevice::ReadOnly));
        const QJsonObject stored = QJsonDocument::fromJson(secrets.readAll()).object();
        QCOMPARE(stored.size(), 4);
        QStringList values;
        for (auto i = stored.begin(); i != stored.end(); ++i)
            values << i.value().toString();
        values.sort();
        QStringList expected{kPassword, kPassword, kApiKey, kToken};
        expected.sort();
        QCOMPARE(values, expected);
#ifdef Q_OS_UNIX
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(secretsPath).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 07777), 0600);
#endif
        QCOMPARE(QFile::permissions(secretsPath)
                     & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }

    void noSecretReachedALogLineOrTheConsole() {
        const QString leak = m_logs->lineWithAnyOf(allSecrets());
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        // What refrainctl printed while adding and syncing.
        for (const CommandRun &run : std::as_const(m_runs)) {
            for (const QString &secret : allSecrets()) {
                QVERIFY2(!run.out.contains(secret.toUtf8()), qPrintable(describeRun(run)));
                QVERIFY2(!run.err.contains(secret.toUtf8()), qPrintable(describeRun(run)));
            }
        }
    }

    void cleanupTestCase() {
        m_app.reset();
        m_logs.reset();
    }
};

QTEST_MAIN(TestAppSecrets)
#include "tst_appsecrets.moc"
