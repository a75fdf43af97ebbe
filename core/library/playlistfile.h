// PlaylistFile: reads and writes M3U/M3U8, PLS and XSPF playlist files — pure file work, no
// database — so imports and exports are testable on their own.
#pragma once

#include "core/library/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace refrain {

// One entry as a playlist file gave it, its location already resolved.
struct PlaylistFileEntry {
    // An absolute, clean path (relative paths resolved against the playlist's folder, file://
    // URLs turned into paths, backslashes of relative paths read as separators), or a URL of
    // another scheme as written. A Windows drive path ("C:\Music\a.mp3") is kept as written on
    // other systems.
    QString location;
    QString title;
    QString artist;
    QString album;
    qint64 durationMs = 0; // 0 when unknown

    friend bool operator==(const PlaylistFileEntry &, const PlaylistFileEntry &) = default;
};

class PlaylistFile {
public:
    enum class Format { M3u, Pls, Xspf };
    enum class PathStyle { Absolute, RelativeToPlaylist };

    // Bigger files are refused: no real playlist comes near it, and it keeps memory bounded.
    static constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

    // The format for a file name: .m3u/.m3u8, .pls, .xspf; nothing for other names.
    static std::optional<Format> formatForPath(const QString &path);
    static QString formatName(Format format);

    // Detects the format from the content first (an XSPF or PLS under a wrong name is still
    // read), then from the extension. Malformed files give an error, never a partial list.
    static Result<QList<PlaylistFileEntry>> read(const QString &path);

    // Writes atomically: the old file stays intact until the new one is complete. M3U is written
    // as UTF-8 with #EXTINF; entries without a location are left out of M3U and PLS.
    static Result<void> write(const QString &path, const QList<PlaylistFileEntry> &entries,
                              Format format, PathStyle style = PathStyle::Absolute);

    // How a location is resolved against a playlist's folder; shared by every format.
    static QString resolveLocation(const QString &written, const QString &baseDirectory);
};

} // namespace refrain
