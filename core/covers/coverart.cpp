#include "core/covers/coverart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <exception>
#include <limits>

#include <aifffile.h>
#include <attachedpictureframe.h>
#include <fileref.h>
#include <flacfile.h>
#include <flacpicture.h>
#include <id3v2tag.h>
#include <mp4coverart.h>
#include <mp4file.h>
#include <mp4tag.h>
#include <mpegfile.h>
#include <wavfile.h>
#include <xiphcomment.h>

namespace refrain {

namespace {

QByteArray toBytes(const TagLib::ByteVector &data) {
    if (data.isEmpty() || qint64(data.size()) > CoverArt::kMaxImageBytes)
        return {};
    return QByteArray(data.data(), qsizetype(data.size()));
}

// The front cover if there is one, else the first usable picture.
template<typename Pictures, typename IsFront, typename BytesOf>
QByteArray pick(const Pictures &pictures, IsFront isFront, BytesOf bytesOf) {
    QByteArray first;
    for (const auto &picture : pictures) {
        QByteArray bytes = bytesOf(picture);
        if (bytes.isEmpty())
            continue;
        if (isFront(picture))
            return bytes;
        if (first.isEmpty())
            first = std::move(bytes);
    }
    return first;
}

QByteArray fromId3v2(const TagLib::ID3v2::Tag *tag) {
    if (!tag)
        return {};
    using TagLib::ID3v2::AttachedPictureFrame;
    return pick(
        tag->frameList("APIC"),
        [](const TagLib::ID3v2::Frame *frame) {
            const auto *apic = dynamic_cast<const AttachedPictureFrame *>(frame);
            return apic && apic->type() == AttachedPictureFrame::FrontCover;
        },
        [](const TagLib::ID3v2::Frame *frame) {
            const auto *apic = dynamic_cast<const AttachedPictureFrame *>(frame);
            return apic ? toBytes(apic->picture()) : QByteArray();
        });
}

QByteArray fromFlacPictures(const TagLib::List<TagLib::FLAC::Picture *> &pictures) {
    return pick(
        pictures,
        [](const TagLib::FLAC::Picture *p) {
            return p->type() == TagLib::FLAC::Picture::FrontCover;
        },
        [](const TagLib::FLAC::Picture *p) { return p ? toBytes(p->data()) : QByteArray(); });
}

QByteArray fromMp4(const TagLib::MP4::Tag *tag) {
    if (!tag || !tag->contains("covr"))
        return {};
    // MP4 has no picture types; by convention the first picture is the front cover.
    return pick(
        tag->item("covr").toCoverArtList(), [](const TagLib::MP4::CoverArt &) { return true; },
        [](const TagLib::MP4::CoverArt &art) { return toBytes(art.data()); });
}

QByteArray readEmbedded(const QString &audioPath) {
#ifdef Q_OS_WIN
    const TagLib::FileRef ref(reinterpret_cast<const wchar_t *>(audioPath.utf16()), false);
#else
    const QByteArray encoded = QFile::encodeName(audioPath);
    const TagLib::FileRef ref(encoded.constData(), false);
#endif
    if (ref.isNull() || !ref.file() || !ref.file()->isValid())
        return {};
    TagLib::File *file = ref.file();

    if (auto *mpeg = dynamic_cast<TagLib::MPEG::File *>(file))
        return mpeg->hasID3v2Tag() ? fromId3v2(mpeg->ID3v2Tag()) : QByteArray();
    if (auto *flac = dynamic_cast<TagLib::FLAC::File *>(file)) {
        QByteArray bytes = fromFlacPictures(flac->pictureList());
        // Some taggers put the picture into the Vorbis comment instead of a picture block.
        if (bytes.isEmpty() && flac->hasXiphComment())
            bytes = fromFlacPictures(flac->xiphComment()->pictureList());
        return bytes;
    }
    if (auto *mp4 = dynamic_cast<TagLib::MP4::File *>(file))
        return fromMp4(mp4->tag());
    if (auto *wav = dynamic_cast<TagLib::RIFF::WAV::File *>(file))
        return wav->hasID3v2Tag() ? fromId3v2(wav->ID3v2Tag()) : QByteArray();
    if (auto *aiff = dynamic_cast<TagLib::RIFF::AIFF::File *>(file))
        return aiff->hasID3v2Tag() ? fromId3v2(aiff->tag()) : QByteArray();
    // Every Ogg flavour (Vorbis, Opus, Speex, Ogg FLAC) keeps its tags in a Xiph comment.
    if (auto *xiph = dynamic_cast<TagLib::Ogg::XiphComment *>(file->tag()))
        return fromFlacPictures(xiph->pictureList());
    return {};
}

} // namespace

QByteArray CoverArt::embeddedImage(const QString &audioPath) {
    const QFileInfo info(audioPath);
    if (!info.isFile() || !info.isReadable() || info.size() == 0)
        return {};
    try {
        return readEmbedded(info.absoluteFilePath());
    } catch (const std::exception &) {
        // TagLib does not throw by design, but an absurd size in a damaged file can still end in
        // std::bad_alloc; a missing cover is the right answer to that, not a crash.
        return {};
    }
}

QString CoverArt::folderImage(const QString &folder) {
    if (folder.isEmpty())
        return {};
    static const QStringList names = {
        QStringLiteral("cover"), QStringLiteral("folder"),   QStringLiteral("front"),
        QStringLiteral("album"), QStringLiteral("albumart"),
    };
    static const QStringList suffixes = {
        QStringLiteral("jpg"),
        QStringLiteral("jpeg"),
        QStringLiteral("png"),
        QStringLiteral("webp"),
    };

    const QDir dir(folder);
    QString best;
    qsizetype bestRank = std::numeric_limits<qsizetype>::max();
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0)
            continue;
        const qsizetype nameRank = names.indexOf(name.left(dot).toLower());
        const qsizetype suffixRank = suffixes.indexOf(name.mid(dot + 1).toLower());
        if (nameRank < 0 || suffixRank < 0)
            continue;
        // Names decide; the suffix only breaks ties, so the choice never depends on listing order.
        const qsizetype rank = nameRank * suffixes.size() + suffixRank;
        if (rank < bestRank) {
            bestRank = rank;
            best = entry.absoluteFilePath();
        }
    }
    return best;
}

} // namespace refrain
