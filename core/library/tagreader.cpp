#include "core/library/tagreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <audioproperties.h>
#include <fileref.h>
#include <flacfile.h>
#include <id3v2tag.h>
#include <mpegfile.h>
#include <oggfile.h>
#include <tag.h>
#include <textidentificationframe.h>
#include <tpropertymap.h>
#include <xiphcomment.h>

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

// The fields beyond TagLib's basic Tag, by their property names.
struct ExtraFields {
    QString albumArtist, composer, disc, trackGain, trackPeak, albumGain, albumPeak;

    void set(const TagLib::String &key, const TagLib::String &value, QStringList *warnings) {
        QString *field = key == "ALBUMARTIST"             ? &albumArtist
                         : key == "COMPOSER"              ? &composer
                         : key == "DISCNUMBER"            ? &disc
                         : key == "REPLAYGAIN_TRACK_GAIN" ? &trackGain
                         : key == "REPLAYGAIN_TRACK_PEAK" ? &trackPeak
                         : key == "REPLAYGAIN_ALBUM_GAIN" ? &albumGain
                         : key == "REPLAYGAIN_ALBUM_PEAK" ? &albumPeak
                                                          : nullptr;
        if (field && field->isEmpty())
            *field = toQString(value, warnings);
    }
};

// ID3v2 and Vorbis comments are read directly: building TagLib's whole PropertyMap (every frame
// turned into strings) was an eighth of a first scan. Other formats take the general route.
ExtraFields readExtraFields(TagLib::File *file, QStringList *warnings) {
    ExtraFields extra;
    TagLib::ID3v2::Tag *id3 = nullptr;
    TagLib::Ogg::XiphComment *xiph = nullptr;
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(file))
        id3 = mpeg->ID3v2Tag(false);
    else if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file))
        xiph = flac->xiphComment(false);
    else if (auto *ogg = dynamic_cast<TagLib::Ogg::File *>(file))
        xiph = dynamic_cast<TagLib::Ogg::XiphComment *>(ogg->tag());

    if (id3) {
        const TagLib::ID3v2::FrameListMap &frames = id3->frameListMap();
        const std::pair<const char *, const char *> textFrames[] = {
            {"TPE2", "ALBUMARTIST"}, {"TCOM", "COMPOSER"}, {"TPOS", "DISCNUMBER"}};
        for (const auto &[id, key] : textFrames) {
            const auto it = frames.find(id);
            if (it != frames.end() && !it->second.isEmpty())
                extra.set(key, it->second.front()->toString(), warnings);
        }
        const auto txxx = frames.find("TXXX");
        if (txxx != frames.end()) {
            for (TagLib::ID3v2::Frame *frame : txxx->second) {
                auto *user = dynamic_cast<TagLib::ID3v2::UserTextIdentificationFrame *>(frame);
                if (user && user->fieldList().size() > 1)
                    extra.set(user->description().upper(), user->fieldList()[1], warnings);
            }
        }
        return extra;
    }
    if (xiph) {
        for (const auto &[key, values] : xiph->fieldListMap()) {
            if (!values.isEmpty())
                extra.set(key, values.front(), warnings);
        }
        return extra;
    }
    const TagLib::PropertyMap props = file->properties();
    for (const auto &[key, values] : props) {
        if (!values.isEmpty())
            extra.set(key, values.front(), warnings);
    }
    return extra;
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
    const ExtraFields extra = readExtraFields(ref.file(), warnings);
    t.albumArtist = extra.albumArtist;
    t.composer = extra.composer;
    t.discNumber = leadingInt(extra.disc);
    t.trackGainDb = number(extra.trackGain);
    t.trackPeak = number(extra.trackPeak);
    t.albumGainDb = number(extra.albumGain);
    t.albumPeak = number(extra.albumPeak);

    // Untagged files still need a name people can find them by.
    if (t.title.isEmpty())
        t.title = info.completeBaseName().normalized(QString::NormalizationForm_C);
    return t;
}

} // namespace refrain
