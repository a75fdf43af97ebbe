// Cover art on real generated files: pictures embedded with TagLib into MP3, FLAC, Ogg and more,
// folder images, damaged pictures, and the CoverStore's memory cache, disk cache, "no cover"
// markers and deduplication.
#include "core/covers/albumkey.h"
#include "core/covers/coverart.h"
#include "core/covers/coverstore.h"
#include "tests/support/audiofixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <aifffile.h>
#include <attachedpictureframe.h>
#include <flacfile.h>
#include <flacpicture.h>
#include <id3v2tag.h>
#include <mp4coverart.h>
#include <mp4file.h>
#include <mp4tag.h>
#include <mpegfile.h>
#include <opusfile.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <xiphcomment.h>

using namespace refrain;
using refrain::test::AudioFixtures;
using refrain::test::ToneSpec;

namespace {

constexpr int kThumbSize = 128;

QByteArray jpegOf(const QColor &color, QSize size = QSize(600, 400)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 95);
    return bytes;
}

// Looks like a JPEG to a sniffer (SOI + APP0 marker), but the rest is noise.
QByteArray damagedJpeg() {
    QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
    for (int i = 0; i < 4000; ++i)
        bytes.append(char((i * 37 + 11) & 0xff));
    return bytes;
}

TagLib::ByteVector toVector(const QByteArray &bytes) {
    return TagLib::ByteVector(bytes.constData(), static_cast<unsigned int>(bytes.size()));
}

TagLib::ID3v2::AttachedPictureFrame *apicFrame(const QByteArray &bytes,
                                               TagLib::ID3v2::AttachedPictureFrame::Type type) {
    auto *frame = new TagLib::ID3v2::AttachedPictureFrame;
    frame->setMimeType("image/jpeg");
    frame->setType(type);
    frame->setPicture(toVector(bytes));
    return frame;
}

TagLib::FLAC::Picture *flacPicture(const QByteArray &bytes) {
    auto *picture = new TagLib::FLAC::Picture;
    picture->setMimeType("image/jpeg");
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setData(toVector(bytes));
    return picture;
}

// Embeds bytes as the front cover with the tag type the suffix calls for. For ID3v2 formats a
// second, non-front picture (other) goes first, so the front-cover preference is exercised.
// Returns an empty string on success, otherwise what went wrong.
QString embedPicture(const QString &path, const QByteArray &bytes,
                     const QByteArray &other = QByteArray()) {
    using Apic = TagLib::ID3v2::AttachedPictureFrame;
    const QByteArray encoded = QFile::encodeName(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto addApic = [&](TagLib::ID3v2::Tag *tag) {
        if (!other.isEmpty())
            tag->addFrame(apicFrame(other, Apic::Other));
        tag->addFrame(apicFrame(bytes, Apic::FrontCover));
    };
    bool saved = false;
    if (suffix == QLatin1String("mp3")) {
        TagLib::MPEG::File file(encoded.constData());
        addApic(file.ID3v2Tag(true));
        saved = file.save();
    } else if (suffix == QLatin1String("wav")) {
        TagLib::RIFF::WAV::File file(encoded.constData());
        addApic(file.ID3v2Tag());
        saved = file.save();
    } else if (suffix == QLatin1String("aiff")) {
        TagLib::RIFF::AIFF::File file(encoded.constData());
        addApic(file.tag());
        saved = file.save();
    } else if (suffix == QLatin1String("flac")) {
        TagLib::FLAC::File file(encoded.constData());
        file.addPicture(flacPicture(bytes));
        saved = file.save();
    } else if (suffix == QLatin1String("ogg")) {
        TagLib::Ogg::Vorbis::File file(encoded.constData());
        file.tag()->addPicture(flacPicture(bytes));
        saved = file.save();
    } else if (suffix == QLatin1String("opus")) {
        TagLib::Ogg::Opus::File file(encoded.constData());
        file.tag()->addPicture(flacPicture(bytes));
        saved = file.save();
    } else if (suffix == QLatin1String("m4a")) {
        TagLib::MP4::File file(encoded.constData());
        TagLib::MP4::CoverArtList covers;
        covers.append(TagLib::MP4::CoverArt(TagLib::MP4::CoverArt::JPEG, toVector(bytes)));
        file.tag()->setItem("covr", TagLib::MP4::Item(covers));
        saved = file.save();
    } else {
        return QStringLiteral("no picture writer for %1").arg(path);
    }
    return saved ? QString()
                 : QStringLiteral("TagLib could not save the picture into %1").arg(path);
}

// sox cannot write MP4 or Opus; ffmpeg can, when it is installed.
QString makeWithFfmpeg(const QString &path) {
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        return QStringLiteral("ffmpeg not installed");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProcess proc;
    proc.start(ffmpeg, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        QStringLiteral("sine=frequency=440:duration=1"), path});
    if (!proc.waitForFinished(60000) || proc.exitCode() != 0)
        return QStringLiteral("ffmpeg failed for %1: %2")
            .arg(path, QString::fromLocal8Bit(proc.readAllStandardError()));
    return {};
}

bool near(QRgb actual, const QColor &expected) {
    constexpr int kTolerance = 40; // JPEG, twice
    return qAbs(qRed(actual) - expected.red()) <= kTolerance
           && qAbs(qGreen(actual) - expected.green()) <= kTolerance
           && qAbs(qBlue(actual) - expected.blue()) <= kTolerance;
}

QRgb centre(const QImage &image) {
    return image.pixel(image.width() / 2, image.height() / 2);
}

bool copyFile(const QString &from, const QString &to) {
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(from, to);
}

} // namespace

class TestCoverStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;
    QStringList m_optionalFormats; // made by ffmpeg, absent when it is not installed

    QString path(const QString &relative) const { return m_music.filePath(relative); }

    QString makeTone(const QString &relative, const QString &album = QString()) {
        ToneSpec spec;
        spec.relativePath = relative;
        spec.seconds = 0.5;
        spec.title = QFileInfo(relative).completeBaseName();
        spec.artist = QStringLiteral("Test Artist");
        spec.album = album;
        return AudioFixtures::makeTone(m_music.path(), spec);
    }

    // A fresh copy of one fixture folder, for tests that delete or add files.
    QString copyOfFolder(const QString &folder, const QString &into) {
        const QDir source(path(folder));
        const QString target = path(into);
        QDir().mkpath(target);
        const QStringList files = source.entryList(QDir::Files);
        for (const QString &name : files)
            copyFile(source.filePath(name), QDir(target).filePath(name));
        return target;
    }

    // Requests a thumbnail and waits for the store's answer.
    static QImage load(CoverStore &store, const QString &key, const QString &trackPath) {
        QSignalSpy ready(&store, &CoverStore::coverReady);
        const QImage immediate = store.thumbnail(key, trackPath);
        if (!immediate.isNull() || store.hasNoCover(key))
            return immediate;
        if (!ready.wait(20000)) {
            qWarning("no coverReady for %s", qPrintable(key));
            return {};
        }
        if (ready.constFirst().constFirst().toString() != key)
            qWarning("coverReady for another key");
        return store.thumbnail(key, trackPath);
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        if (AudioFixtures::soxPath(&why).isEmpty())
            QFAIL(qPrintable(why));
        QVERIFY(m_music.isValid());

        struct Embedded {
            const char *file;
            QColor color;
        };
        const Embedded embedded[] = {
            {"mp3/01.mp3", Qt::blue}, {"flac/01.flac", Qt::green}, {"ogg/01.ogg", Qt::yellow},
            {"wav/01.wav", Qt::cyan}, {"aiff/01.aiff", Qt::red},
        };
        for (const Embedded &e : embedded) {
            const QString relative = QString::fromLatin1(e.file);
            QString error = makeTone(relative, QStringLiteral("Album ") + relative);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = embedPicture(path(relative), jpegOf(e.color), jpegOf(Qt::black));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        for (const QString &relative :
             {QStringLiteral("m4a/01.m4a"), QStringLiteral("opus/01.opus")}) {
            if (!makeWithFfmpeg(path(relative)).isEmpty())
                continue;
            const QString error = embedPicture(path(relative), jpegOf(Qt::magenta));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            m_optionalFormats.append(relative);
        }

        // A folder image and no embedded art; a folder with no art at all; a damaged picture.
        QString error = makeTone(QStringLiteral("folder/01.flac"), QStringLiteral("Folder Album"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile cover(path(QStringLiteral("folder/Cover.JPG")));
        QVERIFY(cover.open(QIODevice::WriteOnly));
        QVERIFY(cover.write(jpegOf(QColor(255, 128, 0), QSize(300, 900))) > 0);
        cover.close();
        error = makeTone(QStringLiteral("bare/01.mp3"), QStringLiteral("Bare Album"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = makeTone(QStringLiteral("damaged/01.mp3"), QStringLiteral("Damaged Album"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = embedPicture(path(QStringLiteral("damaged/01.mp3")), damagedJpeg());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void embeddedImageFindsEachFormat_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QColor>("color");
        QTest::newRow("mp3 front cover after another picture")
            << QStringLiteral("mp3/01.mp3") << QColor(Qt::blue);
        QTest::newRow("flac") << QStringLiteral("flac/01.flac") << QColor(Qt::green);
        QTest::newRow("ogg vorbis") << QStringLiteral("ogg/01.ogg") << QColor(Qt::yellow);
        QTest::newRow("wav id3v2") << QStringLiteral("wav/01.wav") << QColor(Qt::cyan);
        QTest::newRow("aiff id3v2") << QStringLiteral("aiff/01.aiff") << QColor(Qt::red);
        for (const QString &relative : std::as_const(m_optionalFormats))
            QTest::newRow(qPrintable(relative)) << relative << QColor(Qt::magenta);
    }

    void embeddedImageFindsEachFormat() {
        QFETCH(QString, file);
        QFETCH(QColor, color);
        const QByteArray bytes = CoverArt::embeddedImage(path(file));
        QVERIFY(!bytes.isEmpty());
        const QImage image = QImage::fromData(bytes);
        QCOMPARE(image.size(), QSize(600, 400));
        QVERIFY(near(centre(image), color));
    }

    void embeddedImageIsEmptyWithoutArt() {
        QVERIFY(CoverArt::embeddedImage(path(QStringLiteral("bare/01.mp3"))).isEmpty());
        QVERIFY(CoverArt::embeddedImage(path(QStringLiteral("folder/01.flac"))).isEmpty());
        QVERIFY(CoverArt::embeddedImage(path(QStringLiteral("missing.mp3"))).isEmpty());
        QVERIFY(CoverArt::embeddedImage(path(QStringLiteral("folder/Cover.JPG"))).isEmpty());
        QVERIFY(CoverArt::embeddedImage(QString()).isEmpty());

        // Not audio, but named like it: TagLib must refuse it quietly.
        QFile fake(path(QStringLiteral("fake/noise.flac")));
        QDir().mkpath(path(QStringLiteral("fake")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        QVERIFY(fake.write(QByteArray("fLaC") + damagedJpeg()) > 0);
        fake.close();
        QVERIFY(CoverArt::embeddedImage(fake.fileName()).isEmpty());
    }

    void embeddedImageHandsOverDamagedBytes() {
        // Found, but it is not an image: deciding that is the decoder's job.
        const QByteArray bytes = CoverArt::embeddedImage(path(QStringLiteral("damaged/01.mp3")));
        QCOMPARE(bytes, damagedJpeg());
        QVERIFY(QImage::fromData(bytes).isNull());
    }

    void folderImageFindsCoverCaseInsensitively() {
        const QString found = CoverArt::folderImage(path(QStringLiteral("folder")));
        QCOMPARE(QFileInfo(found).fileName(), QStringLiteral("Cover.JPG"));
        QVERIFY(CoverArt::folderImage(path(QStringLiteral("bare"))).isEmpty());
        QVERIFY(CoverArt::folderImage(path(QStringLiteral("no such folder"))).isEmpty());
        QVERIFY(CoverArt::folderImage(QString()).isEmpty());
    }

    void folderImagePrefersCoverThenFolderThenFrontThenAlbum() {
        QTemporaryDir dir;
        auto touch = [&](const char *name) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        };
        auto best = [&] { return QFileInfo(CoverArt::folderImage(dir.path())).fileName(); };
        touch("back.jpg");
        touch("cover.gif");
        touch("coverart.jpg");
        QVERIFY(best().isEmpty());
        touch("AlbumArt.webp");
        QCOMPARE(best(), QStringLiteral("AlbumArt.webp"));
        touch("album.png");
        QCOMPARE(best(), QStringLiteral("album.png"));
        touch("FRONT.jpeg");
        QCOMPARE(best(), QStringLiteral("FRONT.jpeg"));
        touch("folder.webp");
        QCOMPARE(best(), QStringLiteral("folder.webp"));
        touch("Cover.png");
        QCOMPARE(best(), QStringLiteral("Cover.png"));
        touch("cover.jpg");
        QCOMPARE(best(), QStringLiteral("cover.jpg"));
    }

    void albumKeyGroupsAlbums() {
        Track a;
        a.source = QString::fromLatin1(Track::kLocalSource);
        a.location = QStringLiteral("/music/ABBA/Gold/01.flac");
        a.artist = QStringLiteral("ABBA");
        a.album = QStringLiteral("Gold");
        Track b = a;
        b.artist = QStringLiteral("abba");
        b.album = QStringLiteral(" GOLD ");
        b.location = QStringLiteral("/music/elsewhere/02.flac");
        QCOMPARE(albumKey(a), albumKey(b));
        QCOMPARE(albumKey(a), QStringLiteral("abba\x1fgold"));

        // Composed and decomposed accents are one album.
        Track c = a;
        c.album = QStringLiteral("Caf\u00e9");
        Track d = a;
        d.album = QStringLiteral("Cafe\u0301");
        QCOMPARE(albumKey(c), albumKey(d));

        // The album artist wins over the track artist: a compilation is one album.
        Track e = a;
        e.albumArtist = QStringLiteral("Various Artists");
        Track f = e;
        f.artist = QStringLiteral("Someone Else");
        QCOMPARE(albumKey(e), albumKey(f));
        QVERIFY(albumKey(e) != albumKey(a));

        // Without an album tag, the folder groups.
        Track g = a;
        g.album.clear();
        Track h = g;
        h.location = QStringLiteral("/music/ABBA/Gold/02.flac");
        h.artist = QStringLiteral("Other");
        QCOMPARE(albumKey(g), QStringLiteral("/music/ABBA/Gold"));
        QCOMPARE(albumKey(g), albumKey(h));

        Track remote = g;
        remote.source = QStringLiteral("subsonic:server");
        QVERIFY(albumKey(remote).isEmpty());
    }

    void storeMakesThumbnails_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QColor>("color");
        QTest::addColumn<QSize>("size");
        QTest::newRow("mp3") << QStringLiteral("mp3/01.mp3") << QColor(Qt::blue) << QSize(128, 85);
        QTest::newRow("flac") << QStringLiteral("flac/01.flac") << QColor(Qt::green)
                              << QSize(128, 85);
        QTest::newRow("ogg") << QStringLiteral("ogg/01.ogg") << QColor(Qt::yellow)
                             << QSize(128, 85);
        QTest::newRow("folder image")
            << QStringLiteral("folder/01.flac") << QColor(255, 128, 0) << QSize(43, 128);
    }

    void storeMakesThumbnails() {
        QFETCH(QString, file);
        QFETCH(QColor, color);
        QFETCH(QSize, size);
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QSignalSpy ready(&store, &CoverStore::coverReady);
        const QString key = QStringLiteral("key of ") + file;

        QVERIFY(store.thumbnail(key, path(file)).isNull()); // never waits
        QVERIFY(store.isLoading(key));
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.constFirst().constFirst().toString(), key);
        QVERIFY(!store.isLoading(key));
        QVERIFY(!store.hasNoCover(key));

        const QImage image = store.thumbnail(key, path(file));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() <= kThumbSize && image.height() <= kThumbSize);
        QVERIFY(qAbs(image.width() - size.width()) <= 1);
        QVERIFY(qAbs(image.height() - size.height()) <= 1);
        QVERIFY(near(centre(image), color));

        const QImage onDisk(store.thumbnailPath(key));
        QCOMPARE(onDisk.size(), image.size());
        QVERIFY(QFileInfo(store.thumbnailPath(key)).absolutePath() == QDir(cache.path()).path());
        QVERIFY(!QFileInfo::exists(store.noCoverMarkerPath(key)));

        // From memory: at once, with no new job.
        QCOMPARE(store.thumbnail(key, path(file)), image);
        QVERIFY(!store.isLoading(key));
        QCOMPARE(ready.size(), 1);
    }

    void newStoreServesFromDiskCache() {
        const QString folder = copyOfFolder(QStringLiteral("mp3"), QStringLiteral("copy-mp3"));
        const QString track = QDir(folder).filePath(QStringLiteral("01.mp3"));
        const QString key = QStringLiteral("disk cache");
        QTemporaryDir cache;
        QImage first;
        {
            CoverStore store(cache.path(), kThumbSize);
            first = load(store, key, track);
            QVERIFY(!first.isNull());
        }
        // Nothing to extract from any more: only the cache can answer.
        QVERIFY(QFile::remove(track));
        CoverStore store(cache.path(), kThumbSize);
        const QImage second = load(store, key, track);
        QVERIFY(!second.isNull());
        QCOMPARE(second.size(), first.size());
        QVERIFY(near(centre(second), Qt::blue));
        QVERIFY(!store.hasNoCover(key));
    }

    void damagedCacheFileIsRemade() {
        const QString key = QStringLiteral("damaged cache");
        const QString track = path(QStringLiteral("flac/01.flac"));
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QFile junk(store.thumbnailPath(key));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        QVERIFY(junk.write(damagedJpeg()) > 0);
        junk.close();
        const QImage image = load(store, key, track);
        QVERIFY(!image.isNull());
        QVERIFY(near(centre(image), Qt::green));
        QVERIFY(!QImage(store.thumbnailPath(key)).isNull());
    }

    void noCoverIsRememberedUntilForgotten() {
        const QString folder = copyOfFolder(QStringLiteral("bare"), QStringLiteral("copy-bare"));
        const QString track = QDir(folder).filePath(QStringLiteral("01.mp3"));
        const QString key = QStringLiteral("no cover");
        QTemporaryDir cache;
        {
            CoverStore store(cache.path(), kThumbSize);
            QSignalSpy ready(&store, &CoverStore::coverReady);
            QVERIFY(store.thumbnail(key, track).isNull());
            QVERIFY(ready.wait(20000));
            QCOMPARE(ready.constFirst().constFirst().toString(), key);
            QVERIFY(store.hasNoCover(key));
            QVERIFY(store.thumbnail(key, track).isNull());
            QVERIFY(!store.isLoading(key)); // the verdict is not retried
            QVERIFY(QFileInfo::exists(store.noCoverMarkerPath(key)));
            QVERIFY(!QFileInfo::exists(store.thumbnailPath(key)));
        }

        // Art appears, but the marker says not to look again…
        QVERIFY(QFile::copy(path(QStringLiteral("folder/Cover.JPG")),
                            QDir(folder).filePath(QStringLiteral("cover.jpg"))));
        CoverStore store(cache.path(), kThumbSize);
        QVERIFY(load(store, key, track).isNull());
        QVERIFY(store.hasNoCover(key));

        // …until the album is forgotten.
        QSignalSpy ready(&store, &CoverStore::coverReady);
        store.forget(key);
        QVERIFY(!store.hasNoCover(key));
        QVERIFY(store.thumbnail(key, track).isNull());
        QVERIFY(ready.wait(20000));
        const QImage image = store.thumbnail(key, track);
        QVERIFY(!image.isNull());
        QVERIFY(near(centre(image), QColor(255, 128, 0)));
        QVERIFY(!QFileInfo::exists(store.noCoverMarkerPath(key)));
        QVERIFY(QFileInfo::exists(store.thumbnailPath(key)));
    }

    void forgetWithoutRequestOnlyClearsTheCache() {
        const QString key = QStringLiteral("forget only");
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QVERIFY(!load(store, key, path(QStringLiteral("ogg/01.ogg"))).isNull());
        QVERIFY(QFileInfo::exists(store.thumbnailPath(key)));
        QSignalSpy ready(&store, &CoverStore::coverReady);
        store.forget(key);
        QVERIFY(store.isLoading(key));
        QTRY_VERIFY_WITH_TIMEOUT(!store.isLoading(key), 20000);
        QVERIFY(!QFileInfo::exists(store.thumbnailPath(key)));
        QCOMPARE(ready.size(), 0); // nobody asked for a cover
    }

    void rescanClearsNoCoverVerdicts() {
        const QString folder = copyOfFolder(QStringLiteral("bare"), QStringLiteral("rescan-bare"));
        const QString track = QDir(folder).filePath(QStringLiteral("01.mp3"));
        const QString key = QStringLiteral("rescan");
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QVERIFY(load(store, key, track).isNull());
        QVERIFY(store.hasNoCover(key));

        QVERIFY(QFile::copy(path(QStringLiteral("folder/Cover.JPG")),
                            QDir(folder).filePath(QStringLiteral("folder.jpg"))));
        store.forgetMissingCovers();
        QVERIFY(!store.hasNoCover(key));
        // Asked at once, while the marker sweep may still be running: the old marker must not win.
        const QImage image = load(store, key, track);
        QVERIFY(!image.isNull());
        QVERIFY(near(centre(image), QColor(255, 128, 0)));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(store.noCoverMarkerPath(key)), 20000);
    }

    void damagedEmbeddedPictureIsNoCover() {
        const QString key = QStringLiteral("damaged");
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QVERIFY(load(store, key, path(QStringLiteral("damaged/01.mp3"))).isNull());
        QVERIFY(store.hasNoCover(key));
        QVERIFY(QFileInfo::exists(store.noCoverMarkerPath(key)));
        QVERIFY(!QFileInfo::exists(store.thumbnailPath(key)));
    }

    void missingTrackIsNoCover() {
        const QString key = QStringLiteral("missing");
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QVERIFY(load(store, key, path(QStringLiteral("nowhere/01.mp3"))).isNull());
        QVERIFY(store.hasNoCover(key));
        QVERIFY(store.thumbnail(QString(), path(QStringLiteral("mp3/01.mp3"))).isNull());
        QVERIFY(!store.isLoading(QString()));
    }

    void concurrentRequestsStartOneJob() {
        const QString key = QStringLiteral("dedup");
        const QString track = path(QStringLiteral("flac/01.flac"));
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QSignalSpy ready(&store, &CoverStore::coverReady);
        for (int i = 0; i < 10; ++i)
            QVERIFY(store.thumbnail(key, track).isNull());
        QVERIFY(ready.wait(20000));
        QVERIFY(!store.isLoading(key)); // any second job would still be registered here
        QCoreApplication::processEvents();
        QCOMPARE(ready.size(), 1);
        QVERIFY(!store.thumbnail(key, track).isNull());
        QCOMPARE(ready.size(), 1);
    }

    void destroyingWhileJobsRunIsSafe() {
        QTemporaryDir cache;
        {
            CoverStore store(cache.path(), kThumbSize);
            const QStringList files = {
                QStringLiteral("mp3/01.mp3"),  QStringLiteral("flac/01.flac"),
                QStringLiteral("ogg/01.ogg"),  QStringLiteral("folder/01.flac"),
                QStringLiteral("bare/01.mp3"), QStringLiteral("damaged/01.mp3"),
                QStringLiteral("wav/01.wav"),  QStringLiteral("aiff/01.aiff"),
            };
            for (const QString &file : files)
                QVERIFY(store.thumbnail(file, path(file)).isNull());
            store.forgetMissingCovers();
            store.forget(files.constFirst());
        }
        QCoreApplication::processEvents(); // nothing may arrive for the dead store
    }
};

QTEST_MAIN(TestCoverStore)
#include "tst_coverstore.moc"
