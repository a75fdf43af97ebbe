#include "core/library/playlistfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace refrain {

namespace {

using Entries = QList<PlaylistFileEntry>;

const auto kXspfNamespace = QLatin1String("http://xspf.org/ns/0/");
const auto kSeparator = QLatin1String(" - "); // between artist and title in one display string

QString shown(const QString &path) {
    return QDir::toNativeSeparators(path);
}

Error unreadable(const QString &path, const QString &why) {
    return Error::make(
        Error::Kind::Invalid,
        QStringLiteral("“%1” is not a playlist Refrain can read: %2").arg(shown(path), why));
}

bool isWindowsDrivePath(const QString &s) {
    return s.size() >= 3 && s.at(0).unicode() < 128 && s.at(0).isLetter()
           && s.at(1) == QLatin1Char(':')
           && (s.at(2) == QLatin1Char('\\') || s.at(2) == QLatin1Char('/'));
}

bool isUncPath(const QString &s) {
    return s.startsWith(QLatin1String("\\\\"));
}

// A URL scheme has two letters or more: one letter before a colon is a Windows drive.
QString schemeOf(const QString &s) {
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.\\-]+):"));
    const auto match = scheme.match(s);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// A file:// URL as a path; "file:///C:/x" from Windows becomes "C:/x" rather than "/C:/x".
QString pathFromFileUrl(const QString &written) {
    QUrl url = QUrl::fromEncoded(written.toUtf8(), QUrl::TolerantMode);
    // "localhost" is this machine; a file on another host cannot be reached as a path here.
    if (url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        url.setHost(QString());
    if (!url.isValid() || !url.host().isEmpty())
        return QString();
    QString local = url.toLocalFile();
    if (local.size() >= 4 && local.at(0) == QLatin1Char('/') && isWindowsDrivePath(local.mid(1)))
        local.remove(0, 1);
    return local;
}

// Text of any encoding a playlist is found in: UTF-16 with a BOM, UTF-8 (with or without BOM),
// and Latin-1 for older files that are not valid UTF-8.
QString decodeText(QByteArray data) {
    if (data.startsWith("\xFF\xFE"))
        return QStringDecoder(QStringDecoder::Utf16LE)(data.mid(2));
    if (data.startsWith("\xFE\xFF"))
        return QStringDecoder(QStringDecoder::Utf16BE)(data.mid(2));
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(data);
    return utf8.hasError() ? QString::fromLatin1(data) : text;
}

QStringList splitLines(QString text) {
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.split(QLatin1Char('\n'));
}

// Seconds as players write them ("123", "123.45", "-1" for unknown) to milliseconds.
qint64 secondsToMs(const QString &text) {
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    // Bounded so a hostile value cannot overflow; a century is no track's length.
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3.2e9)
        return 0;
    return qint64(std::llround(seconds * 1000.0));
}

QString msToSeconds(qint64 ms, bool allowFraction) {
    if (ms <= 0)
        return QStringLiteral("-1");
    if (ms % 1000 == 0 || !allowFraction)
        return QString::number((ms + 500) / 1000);
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// "Artist - Title", the display string of #EXTINF and PLS titles.
void splitDisplay(const QString &display, PlaylistFileEntry &entry) {
    const qsizetype at = display.indexOf(kSeparator);
    if (at > 0) {
        entry.artist = display.left(at).trimmed();
        entry.title = display.mid(at + kSeparator.size()).trimmed();
    } else {
        entry.title = display;
    }
}

QString joinDisplay(const PlaylistFileEntry &entry) {
    if (entry.title.isEmpty())
        return QString();
    return entry.artist.isEmpty() ? entry.title : entry.artist + kSeparator + entry.title;
}

// Whether reading joinDisplay() back would split it differently.
bool displayIsAmbiguous(const PlaylistFileEntry &entry) {
    if (entry.title.isEmpty())
        return !entry.artist.isEmpty();
    return entry.artist.isEmpty() ? entry.title.contains(kSeparator)
                                  : entry.artist.contains(kSeparator);
}

// Line breaks cannot live inside a line-based format.
QString oneLine(QString text) {
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// What a line-based format (M3U, PLS) writes for a location so that reading resolves it back.
QString lineLocation(const QString &location, const QDir &dir, PlaylistFile::PathStyle style) {
    if (!schemeOf(location).isEmpty() || isWindowsDrivePath(location) || isUncPath(location))
        return location;
    // Reading trims lines and splits them on line breaks: such names only survive as URLs.
    if (location.contains(QLatin1Char('\n')) || location.contains(QLatin1Char('\r'))
        || location != location.trimmed())
        return QUrl::fromLocalFile(location).toString(QUrl::FullyEncoded);
    if (style == PlaylistFile::PathStyle::RelativeToPlaylist && QDir::isAbsolutePath(location)) {
        QString relative = dir.relativeFilePath(location);
        // In a relative path a backslash reads as a separator; the absolute path keeps it.
        if (relative.contains(QLatin1Char('\\')))
            return location;
        if (relative.startsWith(QLatin1Char('#')) || !schemeOf(relative).isEmpty()
            || isWindowsDrivePath(relative))
            relative.prepend(QLatin1String("./"));
        return relative;
    }
    return location;
}

Result<Entries> parseM3u(const QString &text, const QString &base) {
    Entries out;
    PlaylistFileEntry pending;
    QString display;
    std::optional<QString> explicitArtist;
    for (const QString &raw : splitLines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            if (line.startsWith(QLatin1String("#EXTINF:"), Qt::CaseInsensitive)) {
                const QString rest = line.mid(8);
                // Attributes (key="a, b") may sit between the duration and the comma.
                qsizetype comma = -1;
                bool quoted = false;
                for (qsizetype i = 0; i < rest.size(); ++i) {
                    if (rest.at(i) == QLatin1Char('"'))
                        quoted = !quoted;
                    else if (rest.at(i) == QLatin1Char(',') && !quoted) {
                        comma = i;
                        break;
                    }
                }
                const QString head = comma < 0 ? rest : rest.left(comma);
                pending.durationMs = secondsToMs(head.trimmed().section(QLatin1Char(' '), 0, 0));
                display = comma < 0 ? QString() : rest.mid(comma + 1).trimmed();
            } else if (line.startsWith(QLatin1String("#EXTALB:"), Qt::CaseInsensitive)) {
                pending.album = line.mid(8).trimmed();
            } else if (line.startsWith(QLatin1String("#EXTART:"), Qt::CaseInsensitive)) {
                explicitArtist = line.mid(8).trimmed();
            }
            continue;
        }
        if (explicitArtist) {
            pending.artist = *explicitArtist;
            const QString prefix = pending.artist + kSeparator;
            pending.title = !pending.artist.isEmpty() && display.startsWith(prefix)
                                ? display.mid(prefix.size()).trimmed()
                                : display;
        } else {
            splitDisplay(display, pending);
        }
        pending.location = PlaylistFile::resolveLocation(line, base);
        out.append(pending);
        pending = PlaylistFileEntry();
        display.clear();
        explicitArtist.reset();
    }
    return out;
}

Result<Entries> parsePls(const QString &path, const QString &text, const QString &base) {
    static const QRegularExpression key(QStringLiteral("^(file|title|length)(\\d+)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    QMap<qint64, PlaylistFileEntry> byNumber;
    bool inPlaylist = false;
    bool sawHeader = false;
    for (const QString &raw : splitLines(text)) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';'))
            || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            inPlaylist = line.compare(QLatin1String("[playlist]"), Qt::CaseInsensitive) == 0;
            sawHeader = sawHeader || inPlaylist;
            continue;
        }
        if (!sawHeader)
            return unreadable(path, QStringLiteral("the [playlist] header is missing."));
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (!inPlaylist || eq <= 0)
            continue;
        const auto match = key.match(line.left(eq).trimmed());
        if (!match.hasMatch())
            continue; // NumberOfEntries, Version: the File keys are what count
        bool ok = false;
        const qint64 number = match.captured(2).toLongLong(&ok);
        if (!ok)
            continue;
        const QString value = line.mid(eq + 1).trimmed();
        const QString name = match.captured(1).toLower();
        PlaylistFileEntry &entry = byNumber[number];
        if (name == QLatin1String("file"))
            entry.location = PlaylistFile::resolveLocation(value, base);
        else if (name == QLatin1String("title"))
            splitDisplay(value, entry);
        else
            entry.durationMs = secondsToMs(value);
    }
    if (!sawHeader)
        return unreadable(path, QStringLiteral("the [playlist] header is missing."));
    Entries out;
    for (const PlaylistFileEntry &entry : std::as_const(byNumber)) {
        if (!entry.location.isEmpty())
            out.append(entry);
    }
    return out;
}

QString xspfLocation(const QString &written, const QString &base) {
    const QString scheme = schemeOf(written);
    if (scheme == QLatin1String("file")) {
        const QString local = pathFromFileUrl(written);
        return local.isEmpty() ? written : PlaylistFile::resolveLocation(local, base);
    }
    if (!scheme.isEmpty())
        return written;
    // A relative URI reference: percent-encoded, resolved against the playlist's folder.
    return PlaylistFile::resolveLocation(QUrl::fromPercentEncoding(written.toUtf8()), base);
}

Result<Entries> parseXspf(const QString &path, const QByteArray &data, const QString &base) {
    QXmlStreamReader xml(data);
    // Internal entities are rejected below with the DTD; this is a second fence.
    xml.setEntityExpansionLimit(1024);
    auto failed = [&](const QString &why) {
        return unreadable(path, QStringLiteral("%1 (line %2).").arg(why).arg(xml.lineNumber()));
    };

    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
        // A DTD is where entity bombs live, and an XSPF playlist has no use for one.
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return failed(QStringLiteral("a document type declaration is not allowed in XSPF"));
    }
    if (xml.hasError())
        return failed(xml.errorString());
    if (xml.tokenType() != QXmlStreamReader::StartElement
        || xml.name() != QLatin1String("playlist"))
        return failed(QStringLiteral("the <playlist> element of XSPF is missing"));
    const QString ns = xml.namespaceUri().toString();

    Entries out;
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("trackList") || xml.namespaceUri() != ns) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("track")) {
                xml.skipCurrentElement();
                continue;
            }
            PlaylistFileEntry entry;
            bool haveLocation = false;
            while (xml.readNextStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("location") && !haveLocation) {
                    const QString written = xml.readElementText().trimmed();
                    entry.location = written.isEmpty() ? QString() : xspfLocation(written, base);
                    haveLocation = !entry.location.isEmpty();
                } else if (name == QLatin1String("title")) {
                    entry.title = xml.readElementText().trimmed();
                } else if (name == QLatin1String("creator")) {
                    entry.artist = xml.readElementText().trimmed();
                } else if (name == QLatin1String("album")) {
                    entry.album = xml.readElementText().trimmed();
                } else if (name == QLatin1String("duration")) {
                    bool ok = false;
                    const qint64 ms = xml.readElementText().trimmed().toLongLong(&ok);
                    entry.durationMs = ok && ms > 0 ? ms : 0;
                } else {
                    xml.skipCurrentElement();
                }
            }
            // A track with neither location nor title names nothing that could be shown.
            if (!xml.hasError() && (haveLocation || !entry.title.isEmpty()))
                out.append(entry);
        }
    }
    // Anything after the root element must still be well-formed.
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        return failed(xml.errorString());
    return out;
}

// XML 1.0 cannot hold most control characters, even escaped.
QString xmlText(const QString &text) {
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r'))
            clean.append(c);
    }
    return clean;
}

QString xspfWrittenLocation(const QString &location, const QDir &dir,
                            PlaylistFile::PathStyle style) {
    if (!schemeOf(location).isEmpty())
        return location;
    if (isWindowsDrivePath(location)) {
        return QStringLiteral("file:///")
               + QString::fromLatin1(
                   QUrl::toPercentEncoding(QDir::fromNativeSeparators(location), "/:"));
    }
    if (style == PlaylistFile::PathStyle::RelativeToPlaylist && QDir::isAbsolutePath(location))
        return QString::fromLatin1(QUrl::toPercentEncoding(dir.relativeFilePath(location), "/"));
    return QUrl::fromLocalFile(location).toString(QUrl::FullyEncoded);
}

QByteArray writeM3u(const Entries &entries, const QDir &dir, PlaylistFile::PathStyle style) {
    QString text = QStringLiteral("#EXTM3U\n");
    for (const PlaylistFileEntry &entry : entries) {
        if (entry.location.isEmpty())
            continue;
        const QString display = oneLine(joinDisplay(entry));
        if (entry.durationMs > 0 || !display.isEmpty() || !entry.artist.isEmpty())
            text += QStringLiteral("#EXTINF:") + msToSeconds(entry.durationMs, true)
                    + QLatin1Char(',') + display + QLatin1Char('\n');
        if (displayIsAmbiguous(entry))
            text += QStringLiteral("#EXTART:") + oneLine(entry.artist) + QLatin1Char('\n');
        if (!entry.album.isEmpty())
            text += QStringLiteral("#EXTALB:") + oneLine(entry.album) + QLatin1Char('\n');
        text += lineLocation(entry.location, dir, style) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray writePls(const Entries &entries, const QDir &dir, PlaylistFile::PathStyle style) {
    QString text = QStringLiteral("[playlist]\n");
    int number = 0;
    for (const PlaylistFileEntry &entry : entries) {
        if (entry.location.isEmpty())
            continue;
        const QString n = QString::number(++number);
        text += QStringLiteral("File") + n + QLatin1Char('=')
                + lineLocation(entry.location, dir, style) + QLatin1Char('\n');
        const QString display = oneLine(joinDisplay(entry));
        if (!display.isEmpty())
            text += QStringLiteral("Title") + n + QLatin1Char('=') + display + QLatin1Char('\n');
        // PLS lengths are whole seconds by convention; readers parse them as integers.
        text += QStringLiteral("Length") + n + QLatin1Char('=')
                + msToSeconds(entry.durationMs, false) + QLatin1Char('\n');
    }
    text += QStringLiteral("NumberOfEntries=") + QString::number(number)
            + QStringLiteral("\nVersion=2\n");
    return text.toUtf8();
}

QByteArray writeXspf(const Entries &entries, const QDir &dir, PlaylistFile::PathStyle style) {
    QByteArray data;
    QXmlStreamWriter xml(&data);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("playlist"));
    xml.writeDefaultNamespace(kXspfNamespace);
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("trackList"));
    for (const PlaylistFileEntry &entry : entries) {
        xml.writeStartElement(QStringLiteral("track"));
        if (!entry.location.isEmpty())
            xml.writeTextElement(QStringLiteral("location"),
                                 xspfWrittenLocation(entry.location, dir, style));
        const std::pair<const char *, const QString *> texts[] = {
            {"title", &entry.title}, {"creator", &entry.artist}, {"album", &entry.album}};
        for (const auto &[name, value] : texts) {
            if (!value->isEmpty())
                xml.writeTextElement(QLatin1String(name), xmlText(*value));
        }
        if (entry.durationMs > 0)
            xml.writeTextElement(QStringLiteral("duration"), QString::number(entry.durationMs));
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return data;
}

bool startsWithIgnoringCase(const QByteArray &data, const char *prefix) {
    return data.left(qsizetype(qstrlen(prefix))).toLower() == QByteArray(prefix);
}

} // namespace

std::optional<PlaylistFile::Format> PlaylistFile::formatForPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("m3u") || suffix == QLatin1String("m3u8"))
        return Format::M3u;
    if (suffix == QLatin1String("pls"))
        return Format::Pls;
    if (suffix == QLatin1String("xspf"))
        return Format::Xspf;
    return std::nullopt;
}

QString PlaylistFile::formatName(Format format) {
    switch (format) {
    case Format::M3u:
        return QStringLiteral("m3u");
    case Format::Pls:
        return QStringLiteral("pls");
    case Format::Xspf:
        return QStringLiteral("xspf");
    }
    return QString();
}

QString PlaylistFile::resolveLocation(const QString &written, const QString &baseDirectory) {
    QString location = written.trimmed();
    if (location.isEmpty())
        return QString();
    const QString scheme = schemeOf(location);
    if (scheme == QLatin1String("file")) {
        const QString local = pathFromFileUrl(location);
        if (local.isEmpty())
            return location;
        location = local;
    } else if (!scheme.isEmpty()) {
        return location; // a stream or service URL
    }
    if (isWindowsDrivePath(location) || isUncPath(location)) {
#ifdef Q_OS_WIN
        return QDir::cleanPath(QDir::fromNativeSeparators(location));
#else
        return location; // names a file on another system: kept, so it shows as missing
#endif
    }
    // Playlists made on Windows use backslashes; in a relative path they can only be separators.
    if (!location.startsWith(QLatin1Char('/')))
        location.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (QDir::isRelativePath(location))
        location = QDir(baseDirectory).filePath(location);
    return QDir::cleanPath(location);
}

Result<QList<PlaylistFileEntry>> PlaylistFile::read(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("The playlist “%1” does not exist.").arg(shown(path)));
    if (info.isDir())
        return unreadable(path, QStringLiteral("it is a folder."));
    const auto tooLarge = [&] {
        return unreadable(path, QStringLiteral("it is larger than %1 MiB, far more than any "
                                               "playlist needs.")
                                    .arg(kMaxFileSize / (1024 * 1024)));
    };
    if (info.size() > kMaxFileSize)
        return tooLarge();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("Cannot read the playlist “%1”: %2")
                                                .arg(shown(path), file.errorString()));
    // Read at most one byte past the limit: a pipe or a growing file has no size to trust. In
    // pieces, because one read(kMaxFileSize + 1) allocates 16 MiB for every playlist, however
    // small (found by the fuzzer, which it slowed to 60 files a second).
    QByteArray data;
    while (data.size() <= kMaxFileSize) {
        const QByteArray piece =
            file.read(std::min<qint64>(64 * 1024, kMaxFileSize + 1 - data.size()));
        if (piece.isEmpty())
            break;
        data += piece;
    }
    if (file.error() != QFileDevice::NoError)
        return Error::make(Error::Kind::Io, QStringLiteral("Cannot read the playlist “%1”: %2")
                                                .arg(shown(path), file.errorString()));
    if (data.size() > kMaxFileSize)
        return tooLarge();

    // UTF-16 files are turned into UTF-8 once, so every format below reads one encoding.
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        data = decodeText(data).toUtf8();
    QByteArray head = data.left(1024);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed();

    const QString base = info.absolutePath();
    const std::optional<Format> byName = formatForPath(path);
    std::optional<Format> format;
    if (head.startsWith('<'))
        format = Format::Xspf;
    else if (startsWithIgnoringCase(head, "[playlist]"))
        format = Format::Pls;
    else if (byName)
        format = byName;
    else if (startsWithIgnoringCase(head, "#extm3u"))
        format = Format::M3u;
    if (!format) {
        return Error::make(Error::Kind::Unsupported,
                           QStringLiteral("“%1” is not a playlist format Refrain knows (M3U, "
                                          "M3U8, PLS, XSPF).")
                               .arg(shown(path)));
    }
    if (*format == Format::Xspf)
        return parseXspf(path, data, base);
    if (data.contains('\0'))
        return unreadable(path, QStringLiteral("it holds binary data, not text."));
    if (*format == Format::Pls)
        return parsePls(path, decodeText(data), base);
    return parseM3u(decodeText(data), base);
}

Result<void> PlaylistFile::write(const QString &path, const QList<PlaylistFileEntry> &entries,
                                 Format format, PathStyle style) {
    const QDir dir = QFileInfo(path).absoluteDir();
    QByteArray data;
    switch (format) {
    case Format::M3u:
        data = writeM3u(entries, dir, style);
        break;
    case Format::Pls:
        data = writePls(entries, dir, style);
        break;
    case Format::Xspf:
        data = writeXspf(entries, dir, style);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error::make(Error::Kind::Io, QStringLiteral("Cannot write the playlist “%1”: %2")
                                                .arg(shown(path), file.errorString()));
    }
    return {};
}

} // namespace refrain
