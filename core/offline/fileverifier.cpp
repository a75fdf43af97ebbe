#include "core/offline/fileverifier.h"

#include "core/offline/sha256.h"

#include "core/service/request/requesttypes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <aifffile.h>
#include <apefile.h>
#include <asffile.h>
#include <audioproperties.h>
#include <fileref.h>
#include <flacfile.h>
#include <id3v2framefactory.h>
#include <id3v2header.h>
#include <id3v2tag.h>
#include <mp4file.h>
#include <mpcfile.h>
#include <mpegfile.h>
#include <mpegheader.h>
#include <mpegproperties.h>
#include <oggflacfile.h>
#include <opusfile.h>
#include <speexfile.h>
#include <taglib.h>
#include <tfilestream.h>
#include <trueaudiofile.h>
#include <vorbisfile.h>
#include <wavfile.h>
#include <wavpackfile.h>
#include <xingheader.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace refrain {

namespace {

using Style = TagLib::AudioProperties::ReadStyle;
constexpr Style kStyle = TagLib::AudioProperties::Average;

// Random bytes now and then hold a pair of things that look like MPEG frame headers; real MP3s
// have their first frame right after the ID3v2 tag and then one frame after another.
constexpr qint64 kMaxBytesBeforeFirstFrame = 64 * 1024;
constexpr int kFramesInARow = 8;

// "1.17 MiB (1,228,800 bytes)": the rounded size for reading, the exact one because two sizes
// a few bytes apart would otherwise look equal.
QString sizeText(qint64 bytes) {
    const QString exact = QLocale(QLocale::English).toString(bytes);
    if (bytes < 1024)
        return exact + (bytes == 1 ? QStringLiteral(" byte") : QStringLiteral(" bytes"));
    return byteSizeText(bytes) + QStringLiteral(" (") + exact + QStringLiteral(" bytes)");
}

// "4.8 s" below a minute, "3:07" above.
QString durationText(qint64 ms) {
    if (ms < 60000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString shortHash(const QByteArray &hex) {
    return hex.size() > 16 ? QString::fromLatin1(hex.left(16)) + QStringLiteral("…")
                           : QString::fromLatin1(hex);
}

bool isSha256Hex(const QByteArray &hex) {
    return hex.size() == 64 && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::unique_ptr<TagLib::FileStream> openStream(const QString &path) {
#ifdef Q_OS_WIN
    auto stream =
        std::make_unique<TagLib::FileStream>(reinterpret_cast<const wchar_t *>(path.utf16()), true);
#else
    const QByteArray encoded = QFile::encodeName(path);
    auto stream = std::make_unique<TagLib::FileStream>(encoded.constData(), true);
#endif
    return stream->isOpen() ? std::move(stream) : nullptr;
}

using Opener = std::function<TagLib::File *(TagLib::IOStream *)>;

template<typename F>
Opener plain() {
    return [](TagLib::IOStream *s) -> TagLib::File * { return new F(s, true, kStyle); };
}

// The TagLib classes a download's suffix names, tried in order.
std::vector<Opener> openersFor(const QString &suffix) {
    const QString s = suffix.toLower();
    if (s == QLatin1String("mp3") || s == QLatin1String("mp2") || s == QLatin1String("mpga"))
        return {[](TagLib::IOStream *st) -> TagLib::File * {
#if TAGLIB_MAJOR_VERSION >= 2
            return new TagLib::MPEG::File(st, true, kStyle);
#else
            return new TagLib::MPEG::File(st, TagLib::ID3v2::FrameFactory::instance(), true,
                                          kStyle);
#endif
        }};
    if (s == QLatin1String("flac"))
        return {[](TagLib::IOStream *st) -> TagLib::File * {
#if TAGLIB_MAJOR_VERSION >= 2
            return new TagLib::FLAC::File(st, true, kStyle);
#else
            return new TagLib::FLAC::File(st, TagLib::ID3v2::FrameFactory::instance(), true,
                                          kStyle);
#endif
        }};
    if (s == QLatin1String("ogg") || s == QLatin1String("oga"))
        return {plain<TagLib::Ogg::Vorbis::File>(), plain<TagLib::Ogg::Opus::File>(),
                plain<TagLib::Ogg::FLAC::File>(), plain<TagLib::Ogg::Speex::File>()};
    if (s == QLatin1String("opus"))
        return {plain<TagLib::Ogg::Opus::File>()};
    if (s == QLatin1String("spx"))
        return {plain<TagLib::Ogg::Speex::File>()};
    if (s == QLatin1String("m4a") || s == QLatin1String("mp4") || s == QLatin1String("m4b")
        || s == QLatin1String("alac"))
        return {plain<TagLib::MP4::File>()};
    if (s == QLatin1String("wav"))
        return {plain<TagLib::RIFF::WAV::File>()};
    if (s == QLatin1String("aif") || s == QLatin1String("aiff") || s == QLatin1String("aifc"))
        return {plain<TagLib::RIFF::AIFF::File>()};
    if (s == QLatin1String("wma") || s == QLatin1String("asf"))
        return {plain<TagLib::ASF::File>()};
    if (s == QLatin1String("ape"))
        return {plain<TagLib::APE::File>()};
    if (s == QLatin1String("wv"))
        return {plain<TagLib::WavPack::File>()};
    if (s == QLatin1String("mpc"))
        return {plain<TagLib::MPC::File>()};
    if (s == QLatin1String("tta"))
        return {plain<TagLib::TrueAudio::File>()};
    return {};
}

QString formatName(TagLib::File *file) {
    if (dynamic_cast<TagLib::MPEG::File *>(file))
        return QStringLiteral("MP3");
    if (dynamic_cast<TagLib::FLAC::File *>(file))
        return QStringLiteral("FLAC");
    if (dynamic_cast<TagLib::Ogg::Vorbis::File *>(file))
        return QStringLiteral("Ogg Vorbis");
    if (dynamic_cast<TagLib::Ogg::Opus::File *>(file))
        return QStringLiteral("Opus");
    if (dynamic_cast<TagLib::Ogg::FLAC::File *>(file))
        return QStringLiteral("Ogg FLAC");
    if (dynamic_cast<TagLib::Ogg::Speex::File *>(file))
        return QStringLiteral("Speex");
    if (dynamic_cast<TagLib::MP4::File *>(file))
        return QStringLiteral("MP4 audio");
    if (dynamic_cast<TagLib::RIFF::WAV::File *>(file))
        return QStringLiteral("WAV");
    if (dynamic_cast<TagLib::RIFF::AIFF::File *>(file))
        return QStringLiteral("AIFF");
    if (dynamic_cast<TagLib::ASF::File *>(file))
        return QStringLiteral("WMA");
    if (dynamic_cast<TagLib::APE::File *>(file))
        return QStringLiteral("Monkey's Audio");
    if (dynamic_cast<TagLib::WavPack::File *>(file))
        return QStringLiteral("WavPack");
    if (dynamic_cast<TagLib::MPC::File *>(file))
        return QStringLiteral("Musepack");
    if (dynamic_cast<TagLib::TrueAudio::File *>(file))
        return QStringLiteral("TrueAudio");
    return QStringLiteral("audio");
}

// A file TagLib opened, with the stream it reads from (declared first: it must outlive the file).
struct OpenedAudio {
    std::unique_ptr<TagLib::FileStream> stream;
    std::unique_ptr<TagLib::File> owned;
    TagLib::FileRef ref; // when found by content: FileRef owns what it made
    TagLib::File *file = nullptr;
};

bool isUsable(TagLib::File *file) {
    return file && file->isValid() && file->audioProperties();
}

// By the hint first, then by content: the name on disk ends in ".part" and says nothing.
std::unique_ptr<OpenedAudio> openAudio(const QString &path, const QString &suffixHint) {
    for (const Opener &open : openersFor(suffixHint)) {
        auto a = std::make_unique<OpenedAudio>();
        a->stream = openStream(path);
        if (!a->stream)
            return nullptr;
        a->owned.reset(open(a->stream.get()));
        if (isUsable(a->owned.get())) {
            a->file = a->owned.get();
            return a;
        }
    }
    auto a = std::make_unique<OpenedAudio>();
    a->stream = openStream(path);
    if (!a->stream)
        return nullptr;
    a->ref = TagLib::FileRef(a->stream.get(), true, kStyle);
    if (a->ref.isNull() || !isUsable(a->ref.file()))
        return nullptr;
    a->file = a->ref.file();
    return a;
}

// Empty when the MPEG stream looks real: its first frame near the start and followed by more.
QString mpegProblem(TagLib::MPEG::File *mpeg) {
    const auto first = mpeg->firstFrameOffset();
    if (first < 0)
        return QStringLiteral("The file is not audio: no MP3 frame was found in it.");
    const qint64 tagBytes =
        mpeg->hasID3v2Tag() ? qint64(mpeg->ID3v2Tag()->header()->completeTagSize()) : 0;
    if (qint64(first) > tagBytes + kMaxBytesBeforeFirstFrame)
        return QStringLiteral("The file is not audio: its first MP3 frame is %1 into the file, "
                              "after bytes that are not audio.")
            .arg(sizeText(qint64(first)));
    const qint64 length = qint64(mpeg->length());
    auto offset = first;
    for (int i = 0; i < kFramesInARow; ++i) {
        const TagLib::MPEG::Header header(mpeg, offset, false);
        if (!header.isValid() || header.frameLength() <= 0)
            return QStringLiteral("The file is not audio: it holds no run of MP3 frames "
                                  "(frame %1 of the first %2 is damaged).")
                .arg(i + 1)
                .arg(kFramesInARow);
        offset += header.frameLength();
        if (qint64(offset) + 4 > length)
            break; // a song shorter than the run: every frame it has was fine
    }
    // A VBR header counts the stream's bytes: a file with fewer was cut off, although the
    // duration TagLib takes from the same header still looks complete.
    const auto *props = mpeg->audioProperties();
    const TagLib::MPEG::XingHeader *xing = props ? props->xingHeader() : nullptr;
    if (xing && xing->isValid() && xing->totalSize() > 0) {
        const qint64 declared = xing->totalSize();
        const qint64 slack = std::max<qint64>(16 * 1024, declared / 100);
        if (length + slack < declared)
            return QStringLiteral("The file is cut short: its MP3 header says the audio takes "
                                  "%1 but the file is only %2.")
                .arg(sizeText(declared), sizeText(length));
    }
    return {};
}

VerifyReport failed(VerifyReport report, QString problem) {
    report.ok = false;
    report.problem = std::move(problem);
    return report;
}

} // namespace

qint64 FileVerifier::durationToleranceMs(qint64 expectedMs) {
    return std::max<qint64>(2000, expectedMs * 2 / 100);
}

Result<QByteArray> FileVerifier::sha256Hex(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot read %1: %2.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    Sha256 hash;
    QByteArray block(kHashBlockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0)
            return Error::make(Error::Kind::Io,
                               QStringLiteral("Reading %1 failed: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
        if (got == 0)
            break;
        hash.addData(block.constData(), got);
    }
    return hash.hexResult();
}

VerifyReport FileVerifier::verify(const QString &path, const VerifyExpectation &expected) {
    VerifyReport report;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return failed(report, QStringLiteral("The file %1 does not exist.").arg(shown));
    if (!info.isFile())
        return failed(report, QStringLiteral("The path %1 is not a regular file.").arg(shown));
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return failed(
            report,
            QStringLiteral("The file %1 cannot be read: %2.").arg(shown, probe.errorString()));
    report.sizeBytes = probe.size();
    probe.close();

    if (expected.sizeBytes > 0 && report.sizeBytes != expected.sizeBytes)
        return failed(report, QStringLiteral("The file is %1 but the server said %2.")
                                  .arg(sizeText(report.sizeBytes), sizeText(expected.sizeBytes)));
    if (report.sizeBytes == 0)
        return failed(report, QStringLiteral("The file is empty (0 bytes)."));

    // Hashed while it was written (the usual case for a download), or read now.
    auto hash = expected.knownSha256Hex.isEmpty() ? sha256Hex(path)
                                                  : Result<QByteArray>(expected.knownSha256Hex);
    if (!hash)
        return failed(report, hash.error().message);
    report.sha256Hex = hash.value();
    if (!expected.sha256Hex.isEmpty()) {
        const QByteArray want = expected.sha256Hex.trimmed().toLower();
        if (!isSha256Hex(want))
            return failed(report,
                          QStringLiteral("The server's checksum is not a SHA-256 value (64 hex "
                                         "digits), so the file cannot be checked against it."));
        if (want != report.sha256Hex)
            return failed(report,
                          QStringLiteral("The file's SHA-256 checksum is %1 but the server said "
                                         "%2: the file is damaged or not the one asked for.")
                              .arg(shortHash(report.sha256Hex), shortHash(want)));
    }

    const QString hint = expected.suffix.isEmpty() ? QStringLiteral("the server's format")
                                                   : expected.suffix.toUpper();
    const auto audio = openAudio(path, expected.suffix);
    if (!audio)
        return failed(report, QStringLiteral("The file is not audio: it cannot be read as %1 "
                                             "or as any other known audio format (%2).")
                                  .arg(hint, sizeText(report.sizeBytes)));
    report.format = formatName(audio->file);
    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(audio->file)) {
        if (QString problem = mpegProblem(mpeg); !problem.isEmpty())
            return failed(report, problem);
    }
    const TagLib::AudioProperties *props = audio->file->audioProperties();
    report.durationMs = props->lengthInMilliseconds();
    if (props->sampleRate() <= 0 || props->channels() <= 0 || report.durationMs <= 0)
        return failed(report, QStringLiteral("The file opens as %1 but holds no playable audio "
                                             "(%2 Hz, %3 channels, %4 long).")
                                  .arg(report.format)
                                  .arg(props->sampleRate())
                                  .arg(props->channels())
                                  .arg(durationText(report.durationMs)));

    if (expected.durationMs > 0) {
        const qint64 tolerance = durationToleranceMs(expected.durationMs);
        if (qAbs(report.durationMs - expected.durationMs) > tolerance)
            return failed(report,
                          QStringLiteral("The audio lasts %1 but the server said %2 "
                                         "(at most %3 apart is accepted).")
                              .arg(durationText(report.durationMs),
                                   durationText(expected.durationMs), durationText(tolerance)));
    }
    report.ok = true;
    return report;
}

} // namespace refrain
