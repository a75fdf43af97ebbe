#include "core/library/tagreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <audioproperties.h>
#include <fileref.h>
#include <tag.h>
#include <tpropertymap.h>

namespace refrain {

namespace {

QString toQString(const TagLib::String &s) {
    // TagLib hands out UTF-8; invalid sequences become U+FFFD instead of losing the field.
    QString text = QString::fromUtf8(s.toCString(true)).normalized(QString::NormalizationForm_C);
    text = text.trimmed();
    if (text.size() > TagReader::kMaxFieldLength)
        text.truncate(TagReader::kMaxFieldLength);
    return text;
}

QString property(const TagLib::PropertyMap &map, const char *key) {
    const auto it = map.find(key);
    if (it == map.end() || it->second.isEmpty())
        return {};
    return toQString(it->second.front());
}

// "-6.48 dB" → -6.48; anything unparsable → no value.
std::optional<double> number(const QString &text) {
    static const QRegularExpression leadingNumber(QStringLiteral("^\\s*([-+]?\\d+(?:\\.\\d+)?)"));
    const auto match = leadingNumber.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured(1).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

int leadingInt(const QString &text) {
    // "3/12" → 3
    return text.section(QLatin1Char('/'), 0, 0).trimmed().toInt();
}

} // namespace

const QStringList &TagReader::audioSuffixes() {
    static const QStringList suffixes = {
        QStringLiteral("mp3"), QStringLiteral("flac"), QStringLiteral("ogg"),
        QStringLiteral("oga"), QStringLiteral("opus"), QStringLiteral("m4a"),
        QStringLiteral("mp4"), QStringLiteral("aac"),  QStringLiteral("wav"),
        QStringLiteral("aif"), QStringLiteral("aiff"), QStringLiteral("wma"),
        QStringLiteral("ape"), QStringLiteral("wv"),   QStringLiteral("mpc"),
        QStringLiteral("spx"),
    };
    return suffixes;
}

bool TagReader::isAudioFile(const QString &fileName) {
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return false;
    return audioSuffixes().contains(fileName.mid(dot + 1).toLower());
}

Result<Track> TagReader::read(const QFileInfo &info) {
    const QString path = info.absoluteFilePath();
    if (info.size() == 0)
        return Error::make(Error::Kind::Corrupt, QStringLiteral("empty file (0 bytes)"));

#ifdef Q_OS_WIN
    const TagLib::FileRef ref(reinterpret_cast<const wchar_t *>(path.utf16()), true,
                              TagLib::AudioProperties::Average);
#else
    const QByteArray encoded = QFile::encodeName(path);
    const TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Average);
#endif
    // No access() check first: it costs a system call per file, and TagLib fails the same way.
    if (ref.isNull() || !ref.file() || !ref.file()->isValid())
        return Error::make(Error::Kind::Unsupported,
                           QStringLiteral("not a readable audio file (damaged or unknown format)"));
    const TagLib::AudioProperties *audio = ref.audioProperties();
    if (!audio)
        return Error::make(Error::Kind::Unsupported, QStringLiteral("no audio stream found"));

    Track t;
    t.source = QString::fromLatin1(Track::kLocalSource);
    t.location = path; // the real name on disk; comparisons normalise it
    t.fileName = info.fileName().normalized(QString::NormalizationForm_C);
    t.fileSize = info.size();
    t.fileMtimeMs = info.lastModified().toMSecsSinceEpoch();
    t.durationMs = audio->lengthInMilliseconds();
    t.bitrateKbps = audio->bitrate();
    t.sampleRate = audio->sampleRate();
    t.channels = audio->channels();

    if (const TagLib::Tag *tag = ref.tag()) {
        t.title = toQString(tag->title());
        t.artist = toQString(tag->artist());
        t.album = toQString(tag->album());
        t.genre = toQString(tag->genre());
        t.year = int(tag->year());
        t.trackNumber = int(tag->track());
    }
    const TagLib::PropertyMap props = ref.file()->properties();
    t.albumArtist = property(props, "ALBUMARTIST");
    t.composer = property(props, "COMPOSER");
    t.discNumber = leadingInt(property(props, "DISCNUMBER"));
    t.trackGainDb = number(property(props, "REPLAYGAIN_TRACK_GAIN"));
    t.trackPeak = number(property(props, "REPLAYGAIN_TRACK_PEAK"));
    t.albumGainDb = number(property(props, "REPLAYGAIN_ALBUM_GAIN"));
    t.albumPeak = number(property(props, "REPLAYGAIN_ALBUM_PEAK"));

    // Untagged files still need a name people can find them by.
    if (t.title.isEmpty())
        t.title = info.completeBaseName().normalized(QString::NormalizationForm_C);
    return t;
}

} // namespace refrain
