// OfflinePath: turns what a server says about a song into a file name under the offline folder
// that is valid on Linux, Windows and macOS and cannot lead anywhere else.
#pragma once

#include <QString>

namespace refrain::OfflinePath {

// Longest relative path forSong() builds, in UTF-8 bytes. UTF-8 never has fewer bytes than
// UTF-16 has code units, so this also bounds the Windows (MAX_PATH) count.
inline constexpr int kMaxRelativePathBytes = 240;
// Longest server id kept in a path (ids are UUIDs; anything longer is cut).
inline constexpr int kMaxServerIdBytes = 64;

// One path component safe on every desktop file system: NFC, no control or bidi characters,
// no separators or characters Windows refuses, no trailing dots or spaces, never "." or "..",
// never a Windows device name, at most maxUtf8Bytes of UTF-8 (cut between characters).
QString safeComponent(const QString &text, int maxUtf8Bytes = 120);

// The server's suffix in lower case when it is 1–8 letters or digits and not one a desktop would
// run ("exe", "lnk", …); otherwise "audio".
QString safeSuffix(const QString &suffix);

// "<serverId>/<artist>/<album>/<NN title>.<suffix>" ("D-NN title" past disc 1, "title" without
// a track number), every part made safe and the whole at most kMaxRelativePathBytes.
QString forSong(const QString &serverId, const QString &artist, const QString &album, int disc,
                int track, const QString &title, const QString &suffix);

// relativePath with " [tag]" before the extension of its last component, for two songs that map
// to the same name. Stays within the same limits as forSong().
QString disambiguated(const QString &relativePath, const QString &tag);

// Whether root/relativePath is inside root: no absolute path, drive, UNC, "..", backslash, colon,
// NUL or device name, and no existing component on disk that is a symlink leading out of root.
bool staysInside(const QString &root, const QString &relativePath);

// Where a download is written until it has been verified.
QString partPath(const QString &absolutePath);

// UTF-8 length of text, as file systems count a name.
int utf8Bytes(const QString &text);

} // namespace refrain::OfflinePath
