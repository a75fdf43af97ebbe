// CoverArt: finds the raw bytes of an album's picture — embedded in an audio file or as an image
// beside it — without decoding them. Pure functions, safe to call from any thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace refrain {

class CoverArt {
public:
    // Larger pictures are ignored: no real cover needs more, and damaged size fields would
    // otherwise let one file claim the whole memory.
    static constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

    // The front cover embedded in audioPath, else its first picture, else empty. Reads ID3v2 APIC
    // frames (MP3, WAV, AIFF), FLAC picture blocks, Ogg METADATA_BLOCK_PICTURE (Vorbis, Opus,
    // Speex, Ogg FLAC) and MP4 "covr" items. The bytes are not validated as an image; damaged or
    // unreadable files give an empty result.
    static QByteArray embeddedImage(const QString &audioPath);

    // The path of the cover image in folder (cover > folder > front > album > albumart, with a
    // .jpg/.jpeg/.png/.webp suffix, names matched case-insensitively), else empty.
    static QString folderImage(const QString &folder);
};

} // namespace refrain
