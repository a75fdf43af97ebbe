// TagReader: reads one audio file's tags and properties with TagLib into a Track. Thread-safe:
// the scanner calls it from every worker of its pool at once.
#pragma once

#include "core/library/result.h"
#include "core/library/track.h"

#include <QStringList>

class QFileInfo;

namespace refrain {

class TagReader {
public:
    // Lower-case file name suffixes the scanner considers audio.
    static const QStringList &audioSuffixes();
    static bool isAudioFile(const QString &fileName);

    // Reads the file at info's path. The returned track is local, with no id yet.
    // warnings, when given, receives what had to be repaired or cut (for the scan report).
    static Result<Track> read(const QFileInfo &info, QStringList *warnings = nullptr);

    // Longest text kept from one tag field; longer fields are cut, not rejected.
    static constexpr int kMaxFieldLength = 1024;
};

} // namespace refrain
