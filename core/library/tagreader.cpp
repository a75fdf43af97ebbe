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
#include <taglib.h>
#include <textidentificationframe.h>
#include <tiostream.h>
#include <tpropertymap.h>
#include <xiphcomment.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <memory>

namespace refrain {

namespace {

#ifdef Q_OS_UNIX
#if TAGLIB_MAJOR_VERSION >= 2
using StreamOffset = TagLib::offset_t;
using StreamStart = TagLib::offset_t; // where insert() and removeBlock() act
using StreamSize = size_t;
#else
using StreamOffset = long;
using StreamStart = unsigned long;
using StreamSize = unsigned long;
#endif

// TagLib's own FileStream goes through stdio: every seek drops its buffer and costs an lseek, and
// every length() three more, so reading one file's tags took some forty system calls — a third of
// a first scan. This read-only stream knows the size from one fstat() and serves the small reads
// from a window filled with pread(): open, fstat, about two reads and close a file.
// Same semantics as FileStream: reads past the end come back short, seeks before the start fail.
class WindowedFileStream : public TagLib::IOStream {
public:
    // Big enough for the head of a file (tag and first frames) or its tail (ID3v1, APE, last
    // frames) in one read; a read this large or larger bypasses the window.
    static constexpr qint64 kWindow = 32 * 1024;

    explicit WindowedFileStream(QByteArray path)
        : m_path(std::move(path)) {
        do {
            // Non-blocking so a FIFO given a music name cannot hang a reader; files do not care.
            m_fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        } while (m_fd < 0 && errno == EINTR);
        struct stat st {};
        if (m_fd < 0 || ::fstat(m_fd, &st) != 0) {
            close();
            return;
        }
        m_size = st.st_size;
        // As QFileInfo counts it, so a rescan compares like with like (and no time zone lookup).
#ifdef Q_OS_DARWIN
        const timespec &mtime = st.st_mtimespec;
#else
        const timespec &mtime = st.st_mtim;
#endif
        m_mtimeMs = qint64(mtime.tv_sec) * 1000 + mtime.tv_nsec / 1000000;
    }
    ~WindowedFileStream() override {
        close();
    }

    qint64 modifiedMs() const {
        return m_mtimeMs;
    }

    TagLib::FileName name() const override {
        return m_path.constData();
    }
    bool readOnly() const override {
        return true;
    }
    bool isOpen() const override {
        return m_fd >= 0;
    }
    StreamOffset tell() const override {
        return StreamOffset(m_pos);
    }
    StreamOffset length() override {
        return StreamOffset(m_size);
    }

    void seek(StreamOffset offset, Position p = Beginning) override {
        const qint64 base = p == Beginning ? 0 : p == Current ? m_pos : m_size;
        if (base + qint64(offset) >= 0) // like fseek, a position before the start is refused
            m_pos = base + qint64(offset);
    }

    TagLib::ByteVector readBlock(StreamSize length) override {
        if (m_fd < 0 || m_pos >= m_size || length == 0)
            return {};
        const qint64 wanted =
            std::min<qint64>(qint64(std::min<StreamSize>(length, m_size)), m_size - m_pos);
        if (m_pos >= m_windowStart && m_pos + wanted <= m_windowStart + m_windowSize) {
            const TagLib::ByteVector out(m_window.get() + (m_pos - m_windowStart),
                                         unsigned(wanted));
            m_pos += wanted;
            return out;
        }
        if (wanted >= kWindow) {
            TagLib::ByteVector out(unsigned(wanted), '\0');
            const qint64 got = readAt(out.data(), wanted, m_pos);
            out.resize(unsigned(std::max<qint64>(got, 0)));
            m_pos += out.size();
            return out;
        }
        fillWindowFor(wanted);
        const qint64 available =
            std::clamp<qint64>(m_windowStart + m_windowSize - m_pos, 0, wanted);
        const TagLib::ByteVector out(m_window.get() + (m_pos - m_windowStart), unsigned(available));
        m_pos += available;
        return out;
    }

    // Reading only: the scanner never writes tags.
    void writeBlock(const TagLib::ByteVector &) override {}
    void insert(const TagLib::ByteVector &, StreamStart, StreamSize) override {}
    void removeBlock(StreamStart, StreamSize) override {}
    void truncate(StreamOffset) override {}

private:
    void close() {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

    qint64 readAt(char *into, qint64 count, qint64 offset) const {
        qint64 done = 0;
        while (done < count) {
            const ssize_t n =
                ::pread(m_fd, into + done, size_t(count - done), off_t(offset + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        return done;
    }

    // Reads stepping backwards (TagLib looks for the last audio frame that way) get a window that
    // ends where the read ends; others one that starts there, moved back from the file's end so
    // a read near the end brings the whole tail.
    void fillWindowFor(qint64 wanted) {
        if (!m_window)
            m_window.reset(new char[kWindow]);
        const bool backwards = m_windowSize > 0 && m_pos < m_windowStart;
        qint64 start = backwards ? m_pos + wanted - kWindow : std::min(m_pos, m_size - kWindow);
        start = std::max<qint64>(0, start);
        m_windowStart = start;
        m_windowSize = readAt(m_window.get(), std::min(kWindow, m_size - start), start);
    }

    QByteArray m_path;
    int m_fd = -1;
    qint64 m_size = 0;
    qint64 m_mtimeMs = 0;
    qint64 m_pos = 0;
    std::unique_ptr<char[]> m_window;
    qint64 m_windowStart = 0;
    qint64 m_windowSize = 0;
};
#endif

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
    if (text.isEmpty()) // most files carry no ReplayGain: skip the expression
        return std::nullopt;
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
    const auto empty = [] {
        return Error::make(Error::Kind::Corrupt, QStringLiteral("empty file (0 bytes)"));
    };
    const auto unreadable = [] {
        return Error::make(Error::Kind::Unsupported,
                           QStringLiteral("not a readable audio file (damaged or unknown format)"));
    };
#ifdef Q_OS_UNIX
    // Declared before the FileRef, which reads through it and must go first.
    WindowedFileStream stream(QFile::encodeName(path));
    if (!stream.isOpen())
        return info.size() == 0 ? empty() : unreadable();
    const qint64 fileSize = stream.length();
    if (fileSize == 0)
        return empty();
    const qint64 mtimeMs = stream.modifiedMs();
    const TagLib::FileRef ref(static_cast<TagLib::IOStream *>(&stream), true,
                              TagLib::AudioProperties::Average);
#else
    const qint64 fileSize = info.size();
    if (fileSize == 0)
        return empty();
    const qint64 mtimeMs = info.lastModified().toMSecsSinceEpoch();
#ifdef Q_OS_WIN
    const TagLib::FileRef ref(reinterpret_cast<const wchar_t *>(path.utf16()), true,
                              TagLib::AudioProperties::Average);
#else
    const QByteArray encoded = QFile::encodeName(path);
    const TagLib::FileRef ref(encoded.constData(), true, TagLib::AudioProperties::Average);
#endif
#endif
    // No access() check first: it costs a system call per file, and TagLib fails the same way.
    if (ref.isNull() || !ref.file() || !ref.file()->isValid())
        return unreadable();
    const TagLib::AudioProperties *audio = ref.audioProperties();
    if (!audio)
        return Error::make(Error::Kind::Unsupported, QStringLiteral("no audio stream found"));

    Track t;
    static const QString localSource = QString::fromLatin1(Track::kLocalSource); // one for all
    t.source = localSource;
    t.location = path; // the real name on disk; comparisons normalise it
    t.fileName = info.fileName().normalized(QString::NormalizationForm_C);
    t.fileSize = fileSize;
    t.fileMtimeMs = mtimeMs;
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
