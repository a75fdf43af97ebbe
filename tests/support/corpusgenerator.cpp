#include "tests/support/corpusgenerator.h"

#include "tests/support/corpuswords.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentMap>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>

#include <attachedpictureframe.h>
#include <fileref.h>
#include <flacfile.h>
#include <flacpicture.h>
#include <id3v2tag.h>
#include <mp4coverart.h>
#include <mp4file.h>
#include <mp4tag.h>
#include <mpegfile.h>
#include <tpropertymap.h>
#include <xiphcomment.h>

#include <array>

namespace refrain::test {

namespace {

using namespace corpus;

// Bumped whenever the generator's output changes, so cached corpora are made again.
constexpr int kCorpusVersion = 4;

TagLib::String toTagLib(const QString &s) {
    return TagLib::String(s.toUtf8().constData(), TagLib::String::UTF8);
}

TagLib::ByteVector toByteVector(const QByteArray &bytes) {
    return TagLib::ByteVector(bytes.constData(), static_cast<unsigned int>(bytes.size()));
}

struct FormatInfo {
    const char *suffix;
    bool needsFfmpeg;
    int weight; // share of albums in this format, relative to the others present
};

constexpr FormatInfo kFormats[] = {
    {"mp3", false, 40}, {"flac", false, 25}, {"ogg", false, 15},
    {"m4a", true, 12},  {"opus", true, 8},
};

// Each format is encoded at these lengths, so the corpus has files of 1 to 2 seconds.
constexpr double kTemplateSeconds[] = {1.0, 1.5, 2.0};
constexpr int kTemplateFrequencies[] = {440, 523, 659};
constexpr int kTemplatesPerFormat = int(std::size(kTemplateSeconds));

struct Template {
    QString suffix;
    QByteArray bytes;
};

enum class FileKind { Tagged, Untagged, Truncated, RandomBytes, Empty };

struct FileSpec {
    QString path; // absolute
    FileKind kind = FileKind::Tagged;
    int templateIndex = 0;
    quint32 fileSeed = 0; // for random bytes and truncation
    QString title;
    QString artist;
    QString album;
    QString albumArtist;
    QString genre;
    QString composer;
    QString trackGain;
    int year = 0;
    int track = 0;
    int trackTotal = 0;
    int disc = 0;
    QByteArray cover; // JPEG to embed; empty for none
};

QString runTool(const QString &program, const QStringList &args) {
    QProcess proc;
    proc.start(program, args);
    if (!proc.waitForFinished(120000) || proc.exitStatus() != QProcess::NormalExit
        || proc.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(QFileInfo(program).fileName(),
                 QString::fromLocal8Bit(proc.readAllStandardError()).trimmed());
    return {};
}

QString encodeTemplate(const QString &sox, const QString &ffmpeg, const FormatInfo &format,
                       double seconds, int frequency, const QString &path) {
    if (!format.needsFfmpeg) {
        // -R: repeatable, so dither and Ogg serial numbers do not change between runs.
        return runTool(sox,
                       {QStringLiteral("-R"), QStringLiteral("-q"), QStringLiteral("-n"),
                        QStringLiteral("-r"), QStringLiteral("44100"), QStringLiteral("-c"),
                        QStringLiteral("2"), path, QStringLiteral("synth"),
                        QString::number(seconds), QStringLiteral("sine"),
                        QString::number(frequency), QStringLiteral("vol"), QStringLiteral("0.3")});
    }
    const bool opus = qstrcmp(format.suffix, "opus") == 0;
    const QString source = QStringLiteral("sine=frequency=%1:duration=%2:sample_rate=%3")
                               .arg(frequency)
                               .arg(seconds)
                               .arg(opus ? 48000 : 44100);
    return runTool(ffmpeg, {QStringLiteral("-nostdin"), QStringLiteral("-v"),
                            QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
                            QStringLiteral("lavfi"), QStringLiteral("-i"), source,
                            QStringLiteral("-ac"), QStringLiteral("2"), QStringLiteral("-c:a"),
                            opus ? QStringLiteral("libopus") : QStringLiteral("aac"),
                            QStringLiteral("-b:a"),
                            opus ? QStringLiteral("96k") : QStringLiteral("128k"), path});
}

// Encoders pick a random Ogg stream serial number; a fixed one makes the corpus the same bytes
// for the same seed. Every page carries the serial and a CRC over the page, so both are rewritten.
void fixOggSerial(QByteArray &ogg) {
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 r = i << 24;
            for (int bit = 0; bit < 8; ++bit)
                r = (r & 0x80000000u) ? (r << 1) ^ 0x04c11db7u : r << 1;
            t[i] = r;
        }
        return t;
    }();
    auto *bytes = reinterpret_cast<uchar *>(ogg.data());
    auto putLe32 = [](uchar *at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            at[i] = uchar(value >> (8 * i));
    };
    constexpr qsizetype kHeader = 27;
    qsizetype pos = 0;
    while (pos + kHeader <= ogg.size() && ogg.mid(pos, 4) == "OggS") {
        const int segments = bytes[pos + 26];
        if (pos + kHeader + segments > ogg.size())
            return;
        qsizetype pageSize = kHeader + segments;
        for (int i = 0; i < segments; ++i)
            pageSize += bytes[pos + kHeader + i];
        if (pos + pageSize > ogg.size())
            return;
        putLe32(bytes + pos + 14, 0x52464e31u); // "1NFR"
        putLe32(bytes + pos + 22, 0);
        quint32 crc = 0;
        for (qsizetype i = pos; i < pos + pageSize; ++i)
            crc = (crc << 8) ^ table[((crc >> 24) ^ bytes[i]) & 0xff];
        putLe32(bytes + pos + 22, crc);
        pos += pageSize;
    }
}

// A small album cover: a two-colour gradient with a stripe, different for every album.
QByteArray makeCover(QRandomGenerator &rng) {
    const QRgb from = QColor::fromHsv(rng.bounded(360), 120 + rng.bounded(120), 200).rgb();
    const QRgb to = QColor::fromHsv(rng.bounded(360), 160, 60 + rng.bounded(100)).rgb();
    constexpr int kSize = 96;
    QImage image(kSize, kSize, QImage::Format_RGB32);
    const int stripe = rng.bounded(kSize);
    auto mix = [](int a, int b, int t) { return (a * (2 * kSize - t) + b * t) / (2 * kSize); };
    for (int y = 0; y < kSize; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < kSize; ++x) {
            const int t = x + y;
            line[x] = std::abs(x - stripe) < 4
                          ? qRgb(240, 240, 240)
                          : qRgb(mix(qRed(from), qRed(to), t), mix(qGreen(from), qGreen(to), t),
                                 mix(qBlue(from), qBlue(to), t));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG", 80))
        return {};
    return jpeg;
}

void embedCover(TagLib::File *file, const QByteArray &jpeg) {
    const TagLib::ByteVector data = toByteVector(jpeg);
    auto flacPicture = [&] {
        auto *picture = new TagLib::FLAC::Picture;
        picture->setType(TagLib::FLAC::Picture::FrontCover);
        picture->setMimeType("image/jpeg");
        picture->setWidth(96);
        picture->setHeight(96);
        picture->setColorDepth(24);
        picture->setData(data);
        return picture;
    };
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(file)) {
        auto *frame = new TagLib::ID3v2::AttachedPictureFrame;
        frame->setMimeType("image/jpeg");
        frame->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
        frame->setPicture(data);
        mpeg->ID3v2Tag(true)->addFrame(frame);
    } else if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file)) {
        flac->addPicture(flacPicture());
    } else if (auto *mp4 = dynamic_cast<TagLib::MP4::File *>(file)) {
        TagLib::MP4::CoverArtList covers;
        covers.append(TagLib::MP4::CoverArt(TagLib::MP4::CoverArt::JPEG, data));
        mp4->tag()->setItem("covr", TagLib::MP4::Item(covers));
    } else if (auto *xiph = dynamic_cast<TagLib::Ogg::XiphComment *>(file->tag())) {
        xiph->addPicture(flacPicture()); // Vorbis and Opus: METADATA_BLOCK_PICTURE
    }
}

QString retag(const FileSpec &spec) {
    const QByteArray encoded = QFile::encodeName(spec.path);
    TagLib::FileRef ref(encoded.constData(), false);
    if (ref.isNull() || !ref.file() || !ref.file()->isValid())
        return QStringLiteral("TagLib cannot open the copy %1").arg(spec.path);
    TagLib::PropertyMap props;
    auto set = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            props.replace(key, TagLib::StringList(toTagLib(value)));
    };
    set("TITLE", spec.title);
    set("ARTIST", spec.artist);
    set("ALBUM", spec.album);
    set("ALBUMARTIST", spec.albumArtist);
    set("GENRE", spec.genre);
    set("COMPOSER", spec.composer);
    set("REPLAYGAIN_TRACK_GAIN", spec.trackGain);
    set("DATE", QString::number(spec.year));
    set("TRACKNUMBER", QStringLiteral("%1/%2").arg(spec.track).arg(spec.trackTotal));
    if (spec.disc > 0)
        set("DISCNUMBER", QString::number(spec.disc));
    ref.file()->setProperties(props); // fields a format cannot hold come back; that is fine
    if (!spec.cover.isEmpty())
        embedCover(ref.file(), spec.cover);
    if (!ref.save())
        return QStringLiteral("TagLib could not save tags to %1").arg(spec.path);
    return {};
}

QString writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString writeFile(const FileSpec &spec, const QList<Template> &templates) {
    QRandomGenerator rng(spec.fileSeed);
    switch (spec.kind) {
    case FileKind::Empty:
        return writeBytes(spec.path, {});
    case FileKind::RandomBytes: {
        QByteArray noise(4 * (512 + rng.bounded(7500)), Qt::Uninitialized); // whole words
        rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        return writeBytes(spec.path, noise);
    }
    case FileKind::Untagged:
        return writeBytes(spec.path, templates.at(spec.templateIndex).bytes);
    case FileKind::Tagged:
    case FileKind::Truncated:
        break;
    }
    if (QString error = writeBytes(spec.path, templates.at(spec.templateIndex).bytes);
        !error.isEmpty())
        return error;
    if (QString error = retag(spec); !error.isEmpty())
        return error;
    if (spec.kind == FileKind::Truncated) {
        // Cut anywhere from inside the headers to half way: some stay readable, as in the wild.
        QFile file(spec.path);
        const qint64 size = file.size();
        if (!file.resize(qMax<qint64>(16, size * (1 + rng.bounded(50)) / 100)))
            return QStringLiteral("cannot truncate %1").arg(spec.path);
    }
    return {};
}

struct Plan {
    QList<FileSpec> files;
    QStringList folders;
    QList<QPair<QString, QByteArray>> coverFiles; // cover.jpg path and bytes
    CorpusSummary summary;
};

Plan makePlan(const QString &root, int count, quint32 seed, const QList<int> &formatIndexes,
              int templatesPerFormat) {
    Plan plan;
    QRandomGenerator rng(seed);
    int totalWeight = 0;
    for (const int f : formatIndexes)
        totalWeight += kFormats[f].weight;
    auto pickFormat = [&] {
        int roll = rng.bounded(totalWeight);
        for (qsizetype i = 0; i < formatIndexes.size(); ++i) {
            roll -= kFormats[formatIndexes.at(i)].weight;
            if (roll < 0)
                return int(i);
        }
        return 0;
    };

    QSet<QString> usedFolders; // compared folded: some file systems ignore case
    QSet<QString> formatsUsed;
    while (plan.files.size() < count) {
        const Script script = pickScript(rng);
        const QString artist = artistIn(rng, script);
        const int albums = 1 + rng.bounded(3);
        for (int a = 0; a < albums && plan.files.size() < count; ++a) {
            const QString album = albumIn(rng, script);
            QString folder =
                QDir(root).filePath(CorpusGenerator::safeFileName(artist) + QLatin1Char('/')
                                    + CorpusGenerator::safeFileName(album));
            for (int n = 2; usedFolders.contains(folder.toCaseFolded()); ++n)
                folder = QDir(root).filePath(
                    CorpusGenerator::safeFileName(artist) + QLatin1Char('/')
                    + CorpusGenerator::safeFileName(album) + QStringLiteral(" (%1)").arg(n));
            usedFolders.insert(folder.toCaseFolded());
            plan.folders.append(folder);

            const int tracks = qMin(6 + rng.bounded(10), count - int(plan.files.size()));
            const int albumFormat = pickFormat();
            const bool mixedFormats = rng.bounded(100) < 8;
            const bool twoDiscs = tracks >= 10 && rng.bounded(100) < 10;
            const int year = 1960 + rng.bounded(65);
            const QString genre = rng.bounded(100) < 90 ? genreName(rng) : QString();
            const QString albumArtist = rng.bounded(100) < 30 ? artist : QString();
            const QString composer = rng.bounded(100) < 15 ? artistIn(rng, script) : QString();
            const bool withGain = rng.bounded(100) < 40;
            if (rng.bounded(100) < 35) {
                plan.coverFiles.append(
                    {QDir(folder).filePath(QStringLiteral("cover.jpg")), makeCover(rng)});
                ++plan.summary.coverFolders;
            }
            const QByteArray embedded = rng.bounded(100) < 25 ? makeCover(rng) : QByteArray();

            for (int t = 1; t <= tracks; ++t) {
                FileSpec spec;
                const int format = mixedFormats ? pickFormat() : albumFormat;
                const QString suffix =
                    QString::fromLatin1(kFormats[formatIndexes.at(format)].suffix);
                formatsUsed.insert(suffix);
                spec.templateIndex = format * templatesPerFormat + rng.bounded(templatesPerFormat);
                spec.fileSeed = rng.generate();
                spec.title = songIn(rng, script);
                spec.artist = artist;
                spec.album = album;
                spec.albumArtist = albumArtist;
                spec.genre = genre;
                spec.composer = composer;
                spec.year = year;
                spec.track = t;
                spec.trackTotal = tracks;
                spec.disc = twoDiscs ? (t <= tracks / 2 ? 1 : 2) : 0;
                if (withGain)
                    spec.trackGain =
                        QStringLiteral("%1 dB").arg(-1.0 - rng.bounded(1000) / 100.0, 0, 'f', 2);
                spec.cover = embedded;
                spec.path = QDir(folder).filePath(
                    QStringLiteral("%1 %2.%3")
                        .arg(t, 2, 10, QLatin1Char('0'))
                        .arg(CorpusGenerator::safeFileName(spec.title), suffix));

                const int roll = rng.bounded(1000);
                if (roll < 4) {
                    spec.kind = FileKind::Truncated;
                } else if (roll < 7) {
                    spec.kind = FileKind::RandomBytes;
                } else if (roll < 10) {
                    spec.kind = FileKind::Empty;
                } else if (roll < 20) {
                    spec.kind = FileKind::Untagged;
                }
                if (spec.kind == FileKind::Truncated || spec.kind == FileKind::RandomBytes
                    || spec.kind == FileKind::Empty) {
                    ++plan.summary.corrupt;
                    spec.cover.clear();
                } else if (spec.kind == FileKind::Untagged) {
                    spec.cover.clear();
                }
                if (!spec.cover.isEmpty())
                    ++plan.summary.embeddedCovers;
                plan.files.append(spec);
            }
        }
    }
    plan.summary.files = int(plan.files.size());
    for (const int f : formatIndexes) {
        const QString suffix = QString::fromLatin1(kFormats[f].suffix);
        if (formatsUsed.contains(suffix))
            plan.summary.formats.append(suffix);
    }
    return plan;
}

QJsonObject readManifest(const QString &dir) {
    QFile file(QDir(dir).filePath(QString::fromLatin1(CorpusGenerator::kManifestName)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QJsonObject CorpusSummary::toJson() const {
    return {
        {QStringLiteral("files"), files},
        {QStringLiteral("corrupt"), corrupt},
        {QStringLiteral("embedded_covers"), embeddedCovers},
        {QStringLiteral("cover_folders"), coverFolders},
        {QStringLiteral("formats"), QJsonArray::fromStringList(formats)},
        {QStringLiteral("note"), note},
        {QStringLiteral("reused"), reused},
        {QStringLiteral("seconds"), seconds},
    };
}

CorpusSummary CorpusSummary::fromJson(const QJsonObject &json) {
    CorpusSummary s;
    s.files = json.value(QStringLiteral("files")).toInt();
    s.corrupt = json.value(QStringLiteral("corrupt")).toInt();
    s.embeddedCovers = json.value(QStringLiteral("embedded_covers")).toInt();
    s.coverFolders = json.value(QStringLiteral("cover_folders")).toInt();
    for (const QJsonValue &v : json.value(QStringLiteral("formats")).toArray())
        s.formats.append(v.toString());
    s.note = json.value(QStringLiteral("note")).toString();
    s.reused = json.value(QStringLiteral("reused")).toBool();
    s.seconds = json.value(QStringLiteral("seconds")).toDouble();
    return s;
}

QString CorpusGenerator::safeFileName(const QString &name) {
    QString out = name;
    for (QChar &c : out) {
        if (c < QLatin1Char(' ') || QStringView(u"/\\:*?\"<>|").contains(c))
            c = QLatin1Char('_');
    }
    // Windows refuses names ending in a dot or a space.
    while (out.endsWith(QLatin1Char('.')) || out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("_") : out;
}

QString CorpusGenerator::generate(const QString &dir, int count, quint32 seed,
                                  CorpusSummary *summary) {
    QElapsedTimer timer;
    timer.start();
    if (count < 1)
        return QStringLiteral("the corpus needs at least one file");

    const QString sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
    if (sox.isEmpty())
        return QStringLiteral("sox is needed to generate the corpus; ./dev test installs it");
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));

    // The tools found decide what the corpus is; an identical one already there is kept.
    const QJsonObject key{
        {QStringLiteral("version"), kCorpusVersion},
        {QStringLiteral("count"), count},
        {QStringLiteral("seed"), qint64(seed)},
        {QStringLiteral("ffmpeg"), !ffmpeg.isEmpty()},
    };
    const QDir target(dir);
    if (target.exists()
        && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QJsonObject manifest = readManifest(dir);
        if (manifest.value(QStringLiteral("key")).toObject() != key)
            return QStringLiteral("%1 is not empty and holds no corpus of %2 files from seed %3 "
                                  "made with these tools; remove it first")
                .arg(QDir::toNativeSeparators(dir))
                .arg(count)
                .arg(seed);
        if (summary) {
            *summary =
                CorpusSummary::fromJson(manifest.value(QStringLiteral("summary")).toObject());
            summary->reused = true;
        }
        return {};
    }

    QTemporaryDir work;
    if (!work.isValid())
        return QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString());
    QList<Template> templates;
    QList<int> formatIndexes;
    QStringList missing;
    for (int f = 0; f < int(std::size(kFormats)); ++f) {
        const FormatInfo &format = kFormats[f];
        const QString suffix = QString::fromLatin1(format.suffix);
        if (format.needsFfmpeg && ffmpeg.isEmpty()) {
            missing.append(suffix);
            continue;
        }
        QList<Template> made;
        QString error;
        for (int i = 0; i < kTemplatesPerFormat && error.isEmpty(); ++i) {
            const QString path = work.filePath(QStringLiteral("t%1.%2").arg(i).arg(suffix));
            error = encodeTemplate(sox, ffmpeg, format, kTemplateSeconds[i],
                                   kTemplateFrequencies[i], path);
            QFile file(path);
            if (error.isEmpty() && !file.open(QIODevice::ReadOnly))
                error = QStringLiteral("cannot read the template %1").arg(path);
            if (error.isEmpty()) {
                QByteArray bytes = file.readAll();
                if (suffix == QLatin1String("ogg") || suffix == QLatin1String("opus"))
                    fixOggSerial(bytes);
                made.append({suffix, bytes});
            }
        }
        if (!error.isEmpty()) {
            if (!format.needsFfmpeg)
                return error;
            missing.append(suffix); // an ffmpeg without this encoder
            continue;
        }
        templates += made;
        formatIndexes.append(f);
    }

    Plan plan = makePlan(QDir(dir).absolutePath(), count, seed, formatIndexes, kTemplatesPerFormat);
    if (!missing.isEmpty())
        plan.summary.note = (ffmpeg.isEmpty() ? QStringLiteral("ffmpeg not found on PATH: ")
                                              : QStringLiteral("ffmpeg could not encode them: "))
                            + QStringLiteral("no %1 files, only the formats sox makes")
                                  .arg(missing.join(QStringLiteral(", ")).toUpper());

    for (const QString &folder : std::as_const(plan.folders)) {
        if (!QDir().mkpath(folder))
            return QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(folder));
    }
    for (const auto &[path, jpeg] : std::as_const(plan.coverFiles)) {
        if (jpeg.isEmpty())
            return QStringLiteral("Qt cannot write JPEG images (is the qjpeg plugin installed?)");
        if (QString error = writeBytes(path, jpeg); !error.isEmpty())
            return error;
    }

    // Copying and retagging is independent per file; the plan already fixed every byte.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    const QStringList errors = QtConcurrent::blockingMapped<QStringList>(
        &pool, plan.files,
        [&templates](const FileSpec &spec) { return writeFile(spec, templates); });
    for (const QString &error : errors) {
        if (!error.isEmpty())
            return error;
    }

    plan.summary.seconds = double(timer.elapsed()) / 1000.0;
    const QJsonObject manifest{{QStringLiteral("key"), key},
                               {QStringLiteral("summary"), plan.summary.toJson()}};
    if (QString error = writeBytes(target.filePath(QString::fromLatin1(kManifestName)),
                                   QJsonDocument(manifest).toJson());
        !error.isEmpty())
        return error;
    if (summary)
        *summary = plan.summary;
    return {};
}

} // namespace refrain::test
