// FileVerifier: decides whether a downloaded file is the song the server described — size,
// checksum, readable audio, duration — before it may count as available offline.
// Pure file work with no shared state: callable from any thread.
#pragma once

#include "core/library/result.h"

#include <QByteArray>
#include <QString>

namespace refrain {

// What the server told us about the file; zero or empty fields are unknown and not checked.
struct VerifyExpectation {
    qint64 sizeBytes = 0;  // 0: unknown
    qint64 durationMs = 0; // 0: unknown
    QByteArray sha256Hex;  // lower-case hex; empty: the server gave none
    QString suffix;        // "mp3", "flac", … : the format hint (the file may be named *.part)
    // The file's own SHA-256, computed as it was written: trusted instead of reading it again.
    QByteArray knownSha256Hex;
};

struct VerifyReport {
    bool ok = false;
    QString problem;       // a plain sentence when !ok, naming what was expected and found
    qint64 sizeBytes = 0;  // filled as far as the checks got
    QByteArray sha256Hex;  // computed (streamed, never reading the whole file into memory)
    qint64 durationMs = 0; // what TagLib read
    QString format;        // "MP3", "FLAC", "Ogg Vorbis", … once TagLib has opened the file
};

class FileVerifier {
public:
    // Checks in order: exists and readable, size, SHA-256, opens as audio (by the suffix hint,
    // else by content; never by the file's own name) and is not cut short, duration. Stops at
    // the first failure.
    static VerifyReport verify(const QString &path, const VerifyExpectation &expected);

    // Lower-case hex SHA-256 of the file, read in kHashBlockBytes blocks.
    static Result<QByteArray> sha256Hex(const QString &path);

    // How far the audio's duration may be from the server's: max(2 s, 2 % of expected).
    static qint64 durationToleranceMs(qint64 expectedMs);

    static constexpr qint64 kHashBlockBytes = 256 * 1024;
};

} // namespace refrain
