#include "tests/support/audiofixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <fileref.h>
#include <tag.h>
#include <tpropertymap.h>

namespace refrain::test {

namespace {

TagLib::String toTagLib(const QString &s) {
    return TagLib::String(s.toUtf8().constData(), TagLib::String::UTF8);
}

} // namespace

QString AudioFixtures::soxPath(QString *whyMissing) {
    const QString path = QStandardPaths::findExecutable(QStringLiteral("sox"));
    if (path.isEmpty() && whyMissing)
        *whyMissing =
            QStringLiteral("sox is needed to generate test audio; ./dev test installs it");
    return path;
}

QString AudioFixtures::makeTone(const QString &dir, const ToneSpec &spec) {
    QString why;
    const QString sox = soxPath(&why);
    if (sox.isEmpty())
        return why;
    const QString path = QDir(dir).filePath(spec.relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());

    QProcess proc;
    proc.start(sox,
               {QStringLiteral("-q"), QStringLiteral("-n"), QStringLiteral("-r"),
                QStringLiteral("44100"), QStringLiteral("-c"), QStringLiteral("2"), path,
                QStringLiteral("synth"), QString::number(spec.seconds), QStringLiteral("sine"),
                QString::number(spec.frequencyHz), QStringLiteral("vol"), QStringLiteral("0.3")});
    if (!proc.waitForFinished(60000) || proc.exitStatus() != QProcess::NormalExit
        || proc.exitCode() != 0)
        return QStringLiteral("sox failed for %1: %2")
            .arg(path, QString::fromLocal8Bit(proc.readAllStandardError()));

    const QByteArray encoded = QFile::encodeName(path);
    TagLib::FileRef ref(encoded.constData());
    if (ref.isNull() || !ref.tag())
        return QStringLiteral("TagLib cannot open the generated %1").arg(path);
    TagLib::Tag *tag = ref.tag();
    tag->setTitle(toTagLib(spec.title));
    tag->setArtist(toTagLib(spec.artist));
    tag->setAlbum(toTagLib(spec.album));
    tag->setGenre(toTagLib(spec.genre));
    tag->setYear(unsigned(spec.year));
    tag->setTrack(unsigned(spec.track));
    if (!spec.albumArtist.isEmpty() || !spec.trackGain.isEmpty()) {
        TagLib::PropertyMap props = ref.file()->properties();
        if (!spec.albumArtist.isEmpty())
            props.replace("ALBUMARTIST", TagLib::StringList(toTagLib(spec.albumArtist)));
        if (!spec.trackGain.isEmpty())
            props.replace("REPLAYGAIN_TRACK_GAIN", TagLib::StringList(toTagLib(spec.trackGain)));
        ref.file()->setProperties(props);
    }
    if (!ref.save())
        return QStringLiteral("TagLib could not save tags to %1").arg(path);
    return {};
}

QList<ToneSpec> AudioFixtures::standardLibrary() {
    QList<ToneSpec> specs;
    auto add = [&](const char *path, const QString &title, const QString &artist,
                   const QString &album, int track, int year, int freq) {
        ToneSpec s;
        s.relativePath = QString::fromUtf8(path);
        s.title = title;
        s.artist = artist;
        s.album = album;
        s.track = track;
        s.year = year;
        s.frequencyHz = freq;
        s.genre = QStringLiteral("Test");
        specs.append(s);
    };
    add("Beyoncé/Déjà Vu/01 Déjà Vu.mp3", QStringLiteral("Déjà Vu"), QStringLiteral("Beyoncé"),
        QStringLiteral("B'Day"), 1, 2006, 440);
    add("Beyoncé/Déjà Vu/02 Irreplaceable.flac", QStringLiteral("Irreplaceable"),
        QStringLiteral("Beyoncé"), QStringLiteral("B'Day"), 2, 2006, 494);
    add("坂本龍一/戦場のメリークリスマス.ogg", QStringLiteral("戦場のメリークリスマス"),
        QStringLiteral("坂本龍一"), QStringLiteral("Merry Christmas Mr. Lawrence"), 1, 1983, 523);
    add("Кино/Группа крови.flac", QStringLiteral("Группа крови"), QStringLiteral("Кино"),
        QStringLiteral("Группа крови"), 1, 1988, 587);
    add("Misc/Emoji 🎵 Song.mp3", QStringLiteral("Emoji 🎵 Song"), QStringLiteral("Various"),
        QStringLiteral("Ünïcödé Test"), 7, 2020, 659);
    specs[1].albumArtist = QStringLiteral("Beyoncé");
    specs[1].trackGain = QStringLiteral("-6.50 dB");
    // The MP3 carries them too: ID3v2 (TPE2, TXXX) is read another way than Vorbis comments.
    specs[0].albumArtist = QStringLiteral("Beyoncé");
    specs[0].trackGain = QStringLiteral("-7.25 dB");
    return specs;
}

QString AudioFixtures::makeStandardLibrary(const QString &dir) {
    for (const ToneSpec &spec : standardLibrary()) {
        if (const QString error = makeTone(dir, spec); !error.isEmpty())
            return error;
    }
    QDir(dir).mkpath(QStringLiteral("Broken"));
    QFile corrupt(QDir(dir).filePath(QString::fromLatin1(kCorruptFile)));
    if (!corrupt.open(QIODevice::WriteOnly) || corrupt.write(QByteArray(4096, 'x')) != 4096)
        return QStringLiteral("cannot write the corrupt fixture");
    corrupt.close();
    QFile empty(QDir(dir).filePath(QString::fromLatin1(kEmptyFile)));
    if (!empty.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the empty fixture");
    // Something that is not audio at all must simply be ignored.
    QFile notes(QDir(dir).filePath(QStringLiteral("Misc/notes.txt")));
    if (!notes.open(QIODevice::WriteOnly) || notes.write("liner notes\n") < 0)
        return QStringLiteral("cannot write notes.txt");
    return {};
}

} // namespace refrain::test
