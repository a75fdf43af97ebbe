// AudioFixtures: makes real, tagged audio files for tests — sox encodes a tone, TagLib writes the
// tags — so the scanner and the player are tested on what they meet in the wild.
#pragma once

#include <QList>
#include <QString>

namespace refrain::test {

struct ToneSpec {
    QString relativePath; // e.g. "Artist/Album/01 Song.flac"; the suffix picks the format
    double seconds = 2.0;
    int frequencyHz = 440;
    QString title;
    QString artist;
    QString album;
    QString albumArtist;
    QString genre;
    int year = 0;
    int track = 0;
    QString trackGain; // e.g. "-6.50 dB"; empty for none
};

class AudioFixtures {
public:
    // The sox binary, or an empty string with a message for QFAIL.
    static QString soxPath(QString *whyMissing = nullptr);

    // Encodes a tone at dir/spec.relativePath and tags it. Returns an empty string on success,
    // otherwise what went wrong.
    static QString makeTone(const QString &dir, const ToneSpec &spec);

    // A small mixed library: MP3, FLAC and Ogg with Unicode tags (accents, CJK, Cyrillic,
    // emoji), plus one corrupt file and one empty file. Returns the playable specs.
    static QList<ToneSpec> standardLibrary();
    static QString makeStandardLibrary(const QString &dir);

    static constexpr auto kCorruptFile = "Broken/not-audio.flac";
    static constexpr auto kEmptyFile = "Broken/empty.mp3";
};

} // namespace refrain::test
