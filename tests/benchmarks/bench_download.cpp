// bench_download: how fast offline downloads go next to curl (issue #6, "Performance": the
// manager reaches ≥ 70 % of curl's throughput). One loopback Subsonic server serves the same
// songs of real audio to `curl --parallel --parallel-max 3` (and to a sequential curl) and to a
// DownloadManager with default settings (3 parallel) working a pinned playlist from an empty
// offline folder — every file verified before it counts. Runs alternate (curl first, then the
// manager first) so neither always meets a warmer machine. JSON lines; MB are 10^6 bytes.
//
// Songs: a few sox tones, each song's copy retitled in its ID3v2 tag, so every file differs
// (in its tag; the audio frames repeat across songs of the same tone).
//
// Environment: REFRAIN_BENCH_DL_FILES (200 songs), REFRAIN_BENCH_DL_SECONDS (25 s per song,
// ≈ 400 KB), REFRAIN_BENCH_DL_TONES (8 distinct tones), REFRAIN_BENCH_ROUNDS (3),
// REFRAIN_BENCH_DL_DIGEST (1: the server sends Repr-Digest, so the manager checks SHA-256).
#include "core/library/database.h"
#include "core/offline/downloadmanager.h"
#include "core/offline/offlinequeue.h"
#include "core/offline/offlinestore.h"
#include "core/service/catalogsync.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"
#include "tests/benchmarks/benchreport.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <id3v2framefactory.h>
#include <id3v2tag.h>
#include <mpegfile.h>
#include <taglib.h>
#include <tbytevectorstream.h>

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace refrain;
using namespace refrain::test;

namespace {

const char *const kProgram = "bench_download";
const QString kUser = QStringLiteral("alice");
const QString kPassword = QStringLiteral("sesame");
constexpr int kRunLimitMs = 10 * 60 * 1000; // a hung run ends the benchmark, not the machine
constexpr double kTarget = 0.7;

QString say(const QString &text) {
    bench::say(kProgram, text);
    return text;
}

int fail(const QString &why) {
    bench::emitJson(QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("download")},
                                {QStringLiteral("error"), why}});
    return 1;
}

// The same MP3 with another title in its ID3v2 tag: a file of its own for each song.
QByteArray retitled(const QByteArray &mp3, const QString &title) {
    TagLib::ByteVectorStream stream(TagLib::ByteVector(mp3.constData(), unsigned(mp3.size())));
    {
#if TAGLIB_MAJOR_VERSION >= 2
        TagLib::MPEG::File file(&stream, false);
#else
        TagLib::MPEG::File file(&stream, TagLib::ID3v2::FrameFactory::instance(), false);
#endif
        if (!file.isValid())
            return {};
        file.ID3v2Tag(true)->setTitle(
            TagLib::String(title.toUtf8().constData(), TagLib::String::UTF8));
        if (!file.save())
            return {};
    }
    const TagLib::ByteVector *data = stream.data();
    return QByteArray(data->data(), qsizetype(data->size()));
}

// The loopback server with the benchmark's songs in one playlist, for every run.
struct Server {
    SubsonicContent content;
    FaultServer http;
    QStringList songs;
    QString playlist;
    qint64 bytes = 0;
    QList<qint64> sizes; // by song, in order

    Server() { content.setUser(kUser, kPassword); }

    QString build(const QString &workDir, int files, int seconds, int tones) {
        QList<QByteArray> audio;
        for (int t = 0; t < tones; ++t) {
            ToneSpec spec;
            spec.relativePath = QStringLiteral("tones/%1.mp3").arg(t);
            spec.seconds = seconds;
            spec.frequencyHz = 220 + 55 * t;
            spec.title = QStringLiteral("Tone %1").arg(t);
            if (const QString why = AudioFixtures::makeTone(workDir, spec); !why.isEmpty())
                return why;
            QFile file(QDir(workDir).filePath(spec.relativePath));
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read the tone %1").arg(file.fileName());
            audio.append(file.readAll());
        }
        for (int i = 0; i < files; ++i) {
            SongSpec spec;
            spec.title = QStringLiteral("Song %1").arg(i + 1, 3, 10, QLatin1Char('0'));
            spec.artist = QStringLiteral("The Benchers");
            spec.album = QStringLiteral("Album %1").arg(i / 10 + 1);
            spec.track = i % 10 + 1;
            spec.durationSeconds = seconds;
            spec.bitRateKbps = 128;
            spec.audio = retitled(audio.at(i % tones), spec.title);
            if (spec.audio.isEmpty())
                return QStringLiteral("TagLib could not retitle a tone");
            bytes += spec.audio.size();
            sizes.append(spec.audio.size());
            songs.append(content.catalog().addSong(spec));
        }
        playlist = content.catalog().addPlaylist(QStringLiteral("Bench"), songs);
        http.setHandler(content.handler());
        return http.isListening() ? QString() : QStringLiteral("the test server is not listening");
    }

    ServerConfig config() const {
        ServerConfig c;
        c.name = QStringLiteral("Bench");
        c.urls = {http.baseUrl()};
        c.user = kUser;
        return c;
    }
};

struct Run {
    bool ok = false;
    double seconds = 0;
    QString error;
    QJsonObject threadCpu; // the manager's run: CPU seconds by thread, where that is known
};

// CPU seconds each thread of this process has used so far, by thread name ("main" for the
// main thread), from Linux's /proc: it shows which thread a slow run waited on. Empty elsewhere.
QHash<QString, double> threadCpuSeconds() {
    QHash<QString, double> out;
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    const QStringList tids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name =
            tid == self ? QStringLiteral("main") : QString::fromUtf8(comm.readAll().trimmed());
        // After "(comm) ", fields 14 and 15 of the line (utime, stime) are the 12th and 13th.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        out[name] += (fields.value(11).toDouble() + fields.value(12).toDouble())
                     / double(sysconf(_SC_CLK_TCK));
    }
    return out;
}

QJsonObject cpuUsedSince(const QHash<QString, double> &before) {
    QJsonObject out;
    const QHash<QString, double> now = threadCpuSeconds();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const double used = it.value() - before.value(it.key());
        if (used >= 0.01)
            out.insert(it.key(), std::round(used * 100) / 100);
    }
    return out;
}

// curl's message with the value of any credential a URL in it carried blanked out.
QString withoutSecrets(QString text) {
    static const QRegularExpression secret(QStringLiteral("([?&](?:p|t|s|apiKey)=)[^&\\s\"']*"));
    return text.replace(secret, QStringLiteral("\\1…"));
}

// curl fetching every song's signed download URL, listed in a config file (never printed: the
// URLs carry the token and salt), into an empty folder.
Run runCurl(const QString &curl, Server &server, SubsonicClient &signer, const QString &base,
            bool parallel) {
    Run run;
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("curl-XXXXXX")));
    QFile config(dir.filePath(QStringLiteral("urls.curlrc")));
    if (!dir.isValid() || !config.open(QIODevice::WriteOnly)) {
        run.error = say(QStringLiteral("cannot write curl's config file"));
        return run;
    }
    QStringList outputs;
    for (int i = 0; i < server.songs.size(); ++i) {
        const QString out = dir.filePath(QStringLiteral("%1.mp3").arg(i));
        outputs.append(out);
        config.write("url = \"" + signer.downloadUrl(server.songs.at(i)).toEncoded() + "\"\n");
        config.write("output = \"" + QFile::encodeName(out) + "\"\n");
    }
    config.close();
    QStringList args{QStringLiteral("--silent"), QStringLiteral("--show-error"),
                     QStringLiteral("--fail"), QStringLiteral("--config"), config.fileName()};
    if (parallel)
        args << QStringLiteral("--parallel") << QStringLiteral("--parallel-max")
             << QStringLiteral("3");
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(curl, args);
    const bool finished = process.waitForFinished(kRunLimitMs);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = say(QStringLiteral("curl failed (exit %1): %2")
                            .arg(process.exitCode())
                            .arg(withoutSecrets(
                                QString::fromLocal8Bit(process.readAllStandardError()).trimmed())));
        process.kill();
        process.waitForFinished(5'000);
        return run;
    }
    for (int i = 0; i < outputs.size(); ++i) {
        if (QFileInfo(outputs.at(i)).size() != server.sizes.at(i)) {
            run.error = say(QStringLiteral("curl's copy of song %1 has the wrong size").arg(i + 1));
            return run;
        }
    }
    run.ok = true;
    return run;
}

// A new library (database, mirrored catalog, the playlist pinned) and a DownloadManager with
// default settings, timed from start() to settled(), as refrainctl offline sync wires it.
Run runManager(Server &server, const QString &base) {
    Run run;
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("refrain-XXXXXX")));
    auto opened = Database::open(dir.filePath(QStringLiteral("library.db")));
    if (!dir.isValid() || !opened) {
        run.error = say(QStringLiteral("cannot open a library database"));
        return run;
    }
    Database db = std::move(opened.value());
    auto added = ServerStore(db).add(server.config());
    if (!added) {
        run.error = say(added.error().message);
        return run;
    }
    const ServerConfig config = added.value();
    SystemClock clock;
    RequestLayer layer(&clock);
    SubsonicClient client(&layer, config, kPassword);
    const DownloadManager::DatabaseRunner runner =
        [&db](const std::function<void(Database &)> &job) { job(db); };
    {
        CatalogSync sync(&client, runner);
        std::optional<CatalogSync::Report> report;
        QEventLoop loop;
        QObject::connect(&sync, &CatalogSync::finished, &loop, [&](const CatalogSync::Report &r) {
            report = r;
            loop.quit();
        });
        QTimer::singleShot(kRunLimitMs, &loop, &QEventLoop::quit);
        sync.start();
        loop.exec();
        if (!report || report->error) {
            run.error = say(QStringLiteral("the catalog sync failed: %1")
                                .arg(report ? report->error->message : QStringLiteral("timeout")));
            return run;
        }
    }
    if (auto pin = OfflineStore(db).pin(PinKind::ServerPlaylist, config.id, server.playlist,
                                        QDateTime::currentMSecsSinceEpoch());
        !pin) {
        run.error = say(pin.error().message);
        return run;
    }
    const QString root = dir.filePath(QStringLiteral("offline"));
    int failures = 0;
    {
        DownloadManager manager(runner, &layer, root,
                                [&client](const QString &, const QString &songId) -> Result<QUrl> {
                                    return client.downloadUrl(songId);
                                });
        QObject::connect(&manager, &DownloadManager::fileFinished, &manager,
                         [&](qint64, qint64, bool ok, const QString &message) {
                             if (!ok && ++failures <= 3)
                                 say(QStringLiteral("a download failed: %1").arg(message));
                         });
        QEventLoop loop;
        bool settled = false;
        QObject::connect(&manager, &DownloadManager::settled, &loop, [&] {
            settled = true;
            loop.quit();
        });
        QTimer::singleShot(kRunLimitMs, &loop, &QEventLoop::quit);
        const QHash<QString, double> cpuBefore = threadCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        manager.start();
        loop.exec();
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        run.threadCpu = cpuUsedSince(cpuBefore);
        if (!settled) {
            run.error = say(QStringLiteral("the manager did not settle"));
            return run;
        }
    }
    // Every file counts only verified, and the verified files are all the server's bytes.
    const Readiness ready = OfflineQueue(db).readiness().valueOr({});
    const auto paths = OfflineQueue(db).verifiedPaths().valueOr({});
    qint64 onDisk = 0;
    for (const QString &path : paths)
        onDisk += QFileInfo(QDir(root).filePath(path)).size();
    if (ready.verifiedFiles != server.songs.size() || onDisk != server.bytes || failures > 0) {
        run.error = say(QStringLiteral("%1 of %2 files verified (%3 of %4 bytes), %5 failures")
                            .arg(ready.verifiedFiles)
                            .arg(server.songs.size())
                            .arg(onDisk)
                            .arg(server.bytes)
                            .arg(failures));
        return run;
    }
    run.ok = true;
    return run;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double mbPerSecond(qint64 bytes, double seconds) {
    return seconds > 0 ? double(bytes) / 1e6 / seconds : 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int files = bench::envInt("REFRAIN_BENCH_DL_FILES", 200);
    const int seconds = bench::envInt("REFRAIN_BENCH_DL_SECONDS", 25);
    const int tones = std::min(files, bench::envInt("REFRAIN_BENCH_DL_TONES", 8));
    const int rounds = bench::envInt("REFRAIN_BENCH_ROUNDS", 3);

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        return fail(QStringLiteral("curl is not on PATH: it is the yardstick"));
    QString noSox;
    if (AudioFixtures::soxPath(&noSox).isEmpty())
        return fail(noSox);
    QTemporaryDir work;
    if (!work.isValid())
        return fail(QStringLiteral("no temporary folder"));

    Server server;
    server.content.options().sendDigest = qEnvironmentVariableIntValue("REFRAIN_BENCH_DL_DIGEST");
    QElapsedTimer setup;
    setup.start();
    if (const QString why = server.build(work.path(), files, seconds, tones); !why.isEmpty())
        return fail(why);
    say(QStringLiteral("%1 songs, %2 MB, made in %3 s")
            .arg(files)
            .arg(double(server.bytes) / 1e6, 0, 'f', 1)
            .arg(double(setup.elapsed()) / 1000.0, 0, 'f', 1));

    // Signs curl's URLs exactly as the manager's client does.
    SystemClock clock;
    RequestLayer signerLayer(&clock);
    ServerConfig signerConfig = server.config();
    signerConfig.id = QStringLiteral("bench");
    SubsonicClient signer(&signerLayer, signerConfig, kPassword);

    QHash<QString, QList<double>> speeds;
    auto record = [&](const QString &name, int round, const Run &run) {
        QJsonObject line{{QStringLiteral("benchmark"), QStringLiteral("download")},
                         {QStringLiteral("run"), name},
                         {QStringLiteral("round"), round},
                         {QStringLiteral("files"), files},
                         {QStringLiteral("bytes"), server.bytes},
                         {QStringLiteral("seconds"), run.seconds},
                         {QStringLiteral("mb_per_s"), mbPerSecond(server.bytes, run.seconds)}};
        if (!run.threadCpu.isEmpty())
            line.insert(QStringLiteral("thread_cpu_s"), run.threadCpu);
        if (!run.ok)
            line.insert(QStringLiteral("error"), run.error);
        bench::emitJson(line);
        if (run.ok)
            speeds[name].append(mbPerSecond(server.bytes, run.seconds));
        return run.ok;
    };
    const QString kParallel = QStringLiteral("curl_parallel");
    const QString kSequential = QStringLiteral("curl_sequential");
    const QString kRefrain = QStringLiteral("refrain");
    bool allOk = true;
    for (int round = 1; round <= rounds; ++round) {
        const auto curls = [&] {
            allOk &= record(kParallel, round, runCurl(curl, server, signer, work.path(), true));
            allOk &= record(kSequential, round, runCurl(curl, server, signer, work.path(), false));
        };
        const auto manager = [&] {
            allOk &= record(kRefrain, round, runManager(server, work.path()));
        };
        // curl, manager | manager, curl | …: neither side always runs on a warmer machine.
        if (round % 2) {
            curls();
            manager();
        } else {
            manager();
            curls();
        }
    }

    const double parallel = median(speeds.value(kParallel));
    const double refrainSpeed = median(speeds.value(kRefrain));
    const double ratio = parallel > 0 ? refrainSpeed / parallel : 0;
    bench::emitJson(
        QJsonObject{{QStringLiteral("benchmark"), QStringLiteral("download")},
                    {QStringLiteral("run"), QStringLiteral("summary")},
                    {QStringLiteral("rounds"), rounds},
                    {QStringLiteral("files"), files},
                    {QStringLiteral("bytes"), server.bytes},
                    {QStringLiteral("curl_parallel_mb_per_s"), parallel},
                    {QStringLiteral("curl_sequential_mb_per_s"), median(speeds.value(kSequential))},
                    {QStringLiteral("refrain_mb_per_s"), refrainSpeed},
                    {QStringLiteral("ratio"), ratio},
                    {QStringLiteral("target"), kTarget},
                    {QStringLiteral("meets_target"), allOk && ratio >= kTarget}});
    return allOk ? 0 : 1;
}
