// The fuzz entry points: one function per parser that reads outside data, each handing raw bytes
// to the same function production calls. The libFuzzer targets call them, and so does the
// regression test (built by GCC in the normal suite) for every input that once crashed.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace refrain::fuzz {

// Work that every entry needs once per process: a QCoreApplication, quiet Qt logging and a
// scratch folder for the entries that must read a file. Safe to call more than once.
void initialise(int *argc, char ***argv);

// statuspage::parse on a Statuspage v2 document.
void statusPage(const uint8_t *data, size_t size);
// SubsonicReply::parse as JSON (or XML), then every typed SubsonicParser on the reply, and the
// "Test connection" classifier on the same answer.
void subsonicJson(const uint8_t *data, size_t size);
void subsonicXml(const uint8_t *data, size_t size);
// PlaylistFile::read on a file holding the bytes; the first byte picks the file name's suffix
// (.m3u, .m3u8, .pls, .xspf), the whole input is the content.
void playlistFile(const uint8_t *data, size_t size);
// readHistory on a file holding the bytes: format detection, zips, then the format's reader.
void historyImport(const uint8_t *data, size_t size);
// One history reader without detection: the first byte picks the format, the rest is the file.
void historyFormat(const uint8_t *data, size_t size);
// FeatureDocument::parse, then every question the app asks of a parsed document.
void featureDocument(const uint8_t *data, size_t size);
// TagReader::read (what the scanner calls) on a file holding the bytes, named with the suffix
// its magic bytes suggest (or, for none, one picked by the first byte).
void tagReader(const uint8_t *data, size_t size);

// The suffix tagReader() gives a file starting with `head`; exposed for the regression test.
QString audioSuffixFor(const QByteArray &head);

} // namespace refrain::fuzz
