#include "core/library/tagreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <audioproperties.h>
#include <fileref.h>
#include <tag.h>
#include <tpropertymap.h>

namespace refrain {

namespace {

// UTF-8 bytes stored in a Latin-1 tag (ID3v1, old taggers) read as "BeyoncÃ©": when every
// character fits in Latin-1 and those bytes are valid UTF-8 with at least one multi-byte
// sequence, they were UTF-8 all along.
std::optional<QString> repairedMojibake(const QString &text) {
    const bool latin1 =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x100; });
    const bool high =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x80; });
    if (!latin1 || !high)
        return std::nullopt;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(text.toLatin1());
    if (utf8.hasError() || decoded == text)
        return std::nullopt;
    return decoded;
}

// Converts one tag field, noting in warnings what had to be repaired or cut.
QString toQString(const TagLib::String &s, QStringList *warnings) {
    // TagLib hands out UTF-8; invalid sequences become U+FFFD instead of losing the field.
    QString text = QString::fromUtf8(s.toCString(true)).trimmed();
    if (const auto repaired = repairedMojibake(text)) {
        text = *repaired;
        if (warnings)
            warnings->append(QStringLiteral("tag text repaired (UTF-8 stored as Latin-1): “%1”")
                                 .arg(text.left(80)));
    }
    text = text.normalized(QString::NormalizationForm_C);
    if (text.size() > TagReader::kMaxFieldLength) {
        if (warnings)
            warnings->append(QStringLiteral("tag field of %1 characters cut to %2")
                                 .arg(text.size())
                                 .arg(TagReader::kMaxFieldLength));
        text.truncate(TagReader::kMaxFieldLength);
    }
    return text;
}

QString property(const TagLib::PropertyMap &map, const char *key, QStringList *warnings) {
    const auto it = map.find(key);
    if (it == map.end() || it->second.isEmpty())
        return {};
    return toQString(it->second.front(), warnings);
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

Result<Track> TagReader::read(const QFileInfo &info, QStringList *warnings) {
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
        t.title = toQString(tag->title(), warnings);
        t.artist = toQString(tag->artist(), warnings);
        t.album = toQString(tag->album(), warnings);
        t.genre = toQString(tag->genre(), warnings);
        t.year = int(tag->year());
        t.trackNumber = int(tag->track());
    }
    const TagLib::PropertyMap props = ref.file()->properties();
    t.albumArtist = property(props, "ALBUMARTIST", warnings);
    t.composer = property(props, "COMPOSER", warnings);
    t.discNumber = leadingInt(property(props, "DISCNUMBER", warnings));
    t.trackGainDb = number(property(props, "REPLAYGAIN_TRACK_GAIN", warnings));
    t.trackPeak = number(property(props, "REPLAYGAIN_TRACK_PEAK", warnings));
    t.albumGainDb = number(property(props, "REPLAYGAIN_ALBUM_GAIN", warnings));
    t.albumPeak = number(property(props, "REPLAYGAIN_ALBUM_PEAK", warnings));

    // Untagged files still need a name people can find them by.
    if (t.title.isEmpty())
        t.title = info.completeBaseName().normalized(QString::NormalizationForm_C);
    return t;
}

} // namespace refrain
