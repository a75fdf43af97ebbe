#include "tests/support/supysonic/supysonicserver.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <functional>

#include <signal.h>
#include <unistd.h>

namespace refrain::test {

namespace {

constexpr int kReadyTimeoutMs = 30000; // a cold Python start on a busy 2-core CI machine
constexpr int kCliTimeoutMs = 120000;
constexpr int kStopTimeoutMs = 10000;
constexpr int kPortAttempts = 3; // the free port we picked can be taken before the server binds

QString cliPath() {
    return QStandardPaths::findExecutable(QStringLiteral("supysonic-cli"));
}
QString serverPath() {
    return QStandardPaths::findExecutable(QStringLiteral("supysonic-server"));
}

// The interpreter named on the script's #! line: the one whose modules must be installed, which
// is not necessarily the python3 first in PATH (pyenv, virtualenvs).
QString interpreterOf(const QString &script) {
    QFile file(script);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray first = file.readLine().trimmed();
    if (!first.startsWith("#!"))
        return {};
    const QList<QByteArray> words = first.mid(2).trimmed().split(' ');
    if (words.isEmpty())
        return {};
    // "#!/usr/bin/env python3" names the interpreter in its second word.
    if (words.first().endsWith("/env") && words.size() > 1)
        return QStandardPaths::findExecutable(QString::fromLocal8Bit(words.at(1)));
    return QString::fromLocal8Bit(words.first());
}

QString findMissing() {
    const QString install =
        QStringLiteral("; ./dev test installs it (apt-get install supysonic python3-waitress)");
    if (cliPath().isEmpty() || serverPath().isEmpty())
        return QStringLiteral("Supysonic is not installed (no supysonic-cli/supysonic-server)")
               + install;
    const QString python = interpreterOf(serverPath());
    if (python.isEmpty())
        return QStringLiteral("cannot tell which Python runs supysonic-server") + install;
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import supysonic, waitress")});
    if (!probe.waitForFinished(kCliTimeoutMs) || probe.exitStatus() != QProcess::NormalExit
        || probe.exitCode() != 0)
        return QStringLiteral("%1 cannot import supysonic and waitress (the WSGI server)")
                   .arg(python)
               + install;
    return {};
}

} // namespace

QList<ToneSpec> SupysonicServer::defaultLibrary() {
    QList<ToneSpec> specs;
    auto add = [&](const char *path, const QString &title, const QString &artist,
                   const QString &album, int track, int year, int freq) {
        ToneSpec s;
        s.relativePath = QString::fromUtf8(path);
        s.seconds = 3.0;
        s.title = title;
        s.artist = artist;
        s.album = album;
        s.track = track;
        s.year = year;
        s.frequencyHz = freq;
        s.genre = QStringLiteral("Synthwave");
        specs.append(s);
    };
    const QString owls = QStringLiteral("The Midnight Owls");
    const QString drive = QStringLiteral("Night Drive");
    add("The Midnight Owls/Night Drive/01 Neon Highway.mp3", QStringLiteral("Neon Highway"), owls,
        drive, 1, 2019, 440);
    add("The Midnight Owls/Night Drive/02 Rear View.flac", QStringLiteral("Rear View"), owls, drive,
        2, 2019, 494);
    add("The Midnight Owls/Night Drive/03 Last Exit.ogg", QStringLiteral("Last Exit"), owls, drive,
        3, 2019, 523);
    add("Beyoncé/B'Day/01 Déjà Vu.mp3", QStringLiteral("Déjà Vu"), QStringLiteral("Beyoncé"),
        QStringLiteral("B'Day"), 1, 2006, 587);
    add("Beyoncé/B'Day/02 Irreplaceable.flac", QStringLiteral("Irreplaceable"),
        QStringLiteral("Beyoncé"), QStringLiteral("B'Day"), 2, 2006, 659);
    add("Кино/Группа крови/01 Группа крови.ogg", QStringLiteral("Группа крови"),
        QStringLiteral("Кино"), QStringLiteral("Группа крови"), 1, 1988, 698);
    specs[3].genre = QStringLiteral("R&B");
    specs[4].genre = QStringLiteral("R&B");
    specs[5].genre = QStringLiteral("Rock");
    return specs;
}

bool SupysonicServer::available(QString *whyNot) {
    // Asking Python once per test process is enough; the answer does not change mid-run.
    static const QString missing = findMissing();
    if (whyNot)
        *whyNot = missing;
    return missing.isEmpty();
}

SupysonicServer::SupysonicServer(QList<ToneSpec> library)
    : m_library(std::move(library))
    , m_user(QStringLiteral("listener"))
    // Characters that break naive URL building (space, &, +, non-ASCII) on purpose.
    , m_password(QStringLiteral("s3cret p&ss+wörd")) {}

SupysonicServer::~SupysonicServer() {
    stop();
}

QUrl SupysonicServer::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString SupysonicServer::musicFolder() const {
    return m_dir.filePath(QStringLiteral("music"));
}

QString SupysonicServer::musicFolderName() const {
    return QStringLiteral("Music");
}

qint64 SupysonicServer::processId() const {
    return m_server && m_server->state() != QProcess::NotRunning ? m_server->processId() : 0;
}

QUrl SupysonicServer::apiUrl(const QString &method, const QUrlQuery &items) const {
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/rest/") + method + QStringLiteral(".view"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("u"), m_user);
    query.addQueryItem(QStringLiteral("p"),
                       QStringLiteral("enc:") + QString::fromLatin1(m_password.toUtf8().toHex()));
    query.addQueryItem(QStringLiteral("c"), QStringLiteral("refrain-test"));
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("1.16.1"));
    for (const auto &item : items.queryItems(QUrl::FullyEncoded))
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    return url;
}

QByteArray SupysonicServer::log() const {
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SupysonicServer::start() {
    if (QString why; !available(&why)) {
        m_error = why;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error =
            QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    if (!prepareFiles())
        return false;
    // Arguments are never echoed into errors: this one carries the password.
    if (!runCli({QStringLiteral("user"), QStringLiteral("add"), m_user, QStringLiteral("-p"),
                 m_password},
                QStringLiteral("user add")))
        return false;
    if (!runCli({QStringLiteral("folder"), QStringLiteral("add"), musicFolderName(), musicFolder()},
                QStringLiteral("folder add")))
        return false;
    // --foreground: scan here and now, and never look for a Supysonic daemon.
    if (!runCli({QStringLiteral("folder"), QStringLiteral("scan"), QStringLiteral("--foreground"),
                 musicFolderName()},
                QStringLiteral("folder scan")))
        return false;
    return launchAndWait();
}

bool SupysonicServer::prepareFiles() {
    const QDir root(m_dir.path());
    for (const char *sub : {"music", "home", "tmp", "cache"}) {
        if (!root.mkpath(QString::fromLatin1(sub))) {
            m_error =
                QStringLiteral("cannot create %1").arg(root.filePath(QString::fromLatin1(sub)));
            return false;
        }
    }
    for (const ToneSpec &spec : std::as_const(m_library)) {
        if (const QString error = AudioFixtures::makeTone(musicFolder(), spec); !error.isEmpty()) {
            m_error = error;
            return false;
        }
    }
    const QString coverPath = QDir(musicFolder()).filePath(QString::fromUtf8(kCoverFile));
    if (QFileInfo(coverPath).absoluteDir().exists()) {
        QImage cover(kCoverSize, kCoverSize, QImage::Format_RGB32);
        cover.fill(QColor(200, 40, 60));
        if (!cover.save(coverPath, "PNG")) {
            m_error = QStringLiteral("cannot write %1").arg(coverPath);
            return false;
        }
    }
    const QString junkPath = QDir(musicFolder()).filePath(QString::fromLatin1(kJunkFile));
    QDir().mkpath(QFileInfo(junkPath).absolutePath());
    QFile junk(junkPath);
    if (!junk.open(QIODevice::WriteOnly) || junk.write(QByteArray(4096, 'x')) != 4096) {
        m_error = QStringLiteral("cannot write %1").arg(junkPath);
        return false;
    }

    // Supysonic reads /etc/supysonic, ~/.supysonic, ~/.config/supysonic/supysonic.conf and then
    // ./supysonic.conf, later files winning: ours sits in the working directory, HOME points
    // inside the temporary directory, and every path it writes is set here.
    const QString config = QStringLiteral("[base]\n"
                                          "database_uri = sqlite:///%1\n"
                                          "[webapp]\n"
                                          "cache_dir = %2\n"
                                          "mount_webui = no\n"
                                          "log_level = WARNING\n"
                                          "[daemon]\n"
                                          "socket = %3\n"
                                          "run_watcher = no\n")
                               .arg(root.filePath(QStringLiteral("supysonic.db")),
                                    root.filePath(QStringLiteral("cache")),
                                    root.filePath(QStringLiteral("daemon.sock")));
    QFile file(root.filePath(QStringLiteral("supysonic.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

namespace {

// Everything Supysonic might write (the default cache and daemon socket live under
// tempfile.gettempdir(), i.e. TMPDIR) stays in the temporary directory, and no one's Python
// setup leaks in.
QProcessEnvironment supysonicEnvironment(const QDir &root) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("home/.cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONNOUSERSITE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUTF8"),
               QStringLiteral("1")); // Unicode file names under LANG=C
    for (const char *name : {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE"})
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace

bool SupysonicServer::runCli(const QStringList &args, const QString &what) {
    QProcess cli;
    cli.setProcessEnvironment(supysonicEnvironment(QDir(m_dir.path())));
    cli.setWorkingDirectory(m_dir.path());
    cli.start(cliPath(), args);
    if (!cli.waitForFinished(kCliTimeoutMs)) {
        cli.kill();
        cli.waitForFinished();
        m_error = QStringLiteral("supysonic-cli %1 did not finish").arg(what);
        return false;
    }
    const QByteArray err = cli.readAllStandardError();
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        m_error = QStringLiteral("supysonic-cli %1 failed (exit %2): %3")
                      .arg(what)
                      .arg(cli.exitCode())
                      .arg(QString::fromUtf8(err.right(2000)));
        return false;
    }
    return true;
}

bool SupysonicServer::launchAndWait() {
    const QString logPath = m_dir.filePath(QStringLiteral("server.log"));
    for (int attempt = 1; attempt <= kPortAttempts; ++attempt) {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0)) {
                m_error = QStringLiteral("no free port on 127.0.0.1: %1").arg(probe.errorString());
                return false;
            }
            m_port = probe.serverPort();
        }
        m_server = std::make_unique<QProcess>();
        m_server->setProcessEnvironment(supysonicEnvironment(QDir(m_dir.path())));
        m_server->setWorkingDirectory(m_dir.path());
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->setStandardOutputFile(logPath, QIODevice::Append);
        // Its own process group, so stop() reaches anything it spawns (transcoders) as well.
        m_server->setChildProcessModifier([] { ::setpgid(0, 0); });
        m_server->start(serverPath(), {QStringLiteral("-S"), QStringLiteral("waitress"),
                                       QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("-p"), QString::number(m_port)});
        if (!m_server->waitForStarted(kReadyTimeoutMs)) {
            m_error =
                QStringLiteral("supysonic-server did not start: %1").arg(m_server->errorString());
            m_server.reset();
            return false;
        }

        bool ready = false;
        bool exited = false;
        QNetworkAccessManager nam;
        QObject context; // declared after nam: its connections die before the replies do
        QObject::connect(m_server.get(), &QProcess::finished, &context, [&] { exited = true; });
        const QUrl ping = apiUrl(QStringLiteral("ping"));
        std::function<void()> poll = [&] {
            QNetworkRequest request(ping);
            request.setTransferTimeout(5000);
            QNetworkReply *reply = nam.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &context, [&, reply] {
                reply->deleteLater();
                if (reply->error() == QNetworkReply::NoError
                    && reply->readAll().contains("status=\"ok\"")) {
                    ready = true;
                    return;
                }
                // Not listening yet: ask again shortly (connection refused comes back at once).
                QTimer::singleShot(100, &context, poll);
            });
        };
        poll();
        const bool settled = QTest::qWaitFor([&] { return ready || exited; }, kReadyTimeoutMs);
        if (ready)
            return true;
        const QString tail = QString::fromUtf8(log().right(2000));
        if (!settled) {
            m_error = QStringLiteral("supysonic-server did not answer ping within %1 s: %2")
                          .arg(kReadyTimeoutMs / 1000)
                          .arg(tail);
        } else if (tail.contains(QLatin1String("Address already in use"))) {
            m_server.reset();
            continue;
        } else {
            m_error = QStringLiteral("supysonic-server exited (code %1): %2")
                          .arg(m_server->exitCode())
                          .arg(tail);
        }
        stop();
        return false;
    }
    m_error =
        QStringLiteral("supysonic-server found no free port after %1 tries").arg(kPortAttempts);
    return false;
}

void SupysonicServer::stop() {
    if (!m_server)
        return;
    if (m_server->state() != QProcess::NotRunning) {
        // The group id is the server's pid, still ours until QProcess reaps it below.
        const pid_t group = pid_t(m_server->processId());
        ::kill(-group, SIGTERM);
        if (!m_server->waitForFinished(kStopTimeoutMs)) {
            ::kill(-group, SIGKILL);
            m_server->waitForFinished(kStopTimeoutMs);
        }
    }
    m_server.reset();
}

} // namespace refrain::test
