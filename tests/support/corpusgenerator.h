// CorpusGenerator: makes a large, deterministic music library for benchmarks — a few templates
// encoded once with sox (and ffmpeg), copied and retagged with TagLib, plus some corrupt files.
#pragma once

#include "core/library/track.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace refrain::test {

// What a generate() call made (or found already made).
struct CorpusSummary {
    int files = 0;          // audio-named files written, corrupt ones included
    int corrupt = 0;        // truncated copies, random bytes and empty files among them
    int embeddedCovers = 0; // playable files with a picture in their tags
    int coverFolders = 0;   // album folders with a cover.jpg
    QStringList formats;    // suffixes present, e.g. "mp3", "flac", "ogg", "m4a", "opus"
    QString note;           // e.g. why M4A and Opus are missing; empty when all formats are there
    bool reused = false;    // an identical corpus was already in the folder
    double seconds = 0;

    QJsonObject toJson() const;
    static CorpusSummary fromJson(const QJsonObject &json);
};

class CorpusGenerator {
public:
    // Written last, so a folder holding it holds a complete corpus.
    static constexpr auto kManifestName = ".refrain-corpus.json";

    // Makes `count` files under dir in an Artist/Album/NN Title.ext layout, the same files for the
    // same seed and tools (ffmpeg adds M4A and Opus). An empty or missing dir is filled; a dir
    // holding a corpus of the same count and seed, made with the same tools, is reused as it is;
    // anything else is refused. Returns an empty string on success, otherwise what went wrong.
    static QString generate(const QString &dir, int count, quint32 seed,
                            CorpusSummary *summary = nullptr);

    // The names the corpus is tagged with, for benchmarks that need realistic text without files:
    // Latin words (some accented), Cyrillic and Japanese, in proportions like a real library.
    static QString artistName(QRandomGenerator &rng);
    static QString albumTitle(QRandomGenerator &rng);
    static QString songTitle(QRandomGenerator &rng);
    static QString genre(QRandomGenerator &rng);

    // A name made safe for every file system: no separators or reserved characters.
    static QString safeFileName(const QString &name);

    // A library shaped like a real one — artists with a few albums of 6–15 tracks each — as rows
    // only (no files), for benchmarks of search and views at 100,000 tracks.
    static TrackList syntheticTracks(int count, QRandomGenerator &rng);
};

} // namespace refrain::test
