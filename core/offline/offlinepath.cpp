#include "core/offline/offlinepath.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>

namespace refrain::OfflinePath {

namespace {

constexpr int kComponentBytes = 120; // safeComponent's default, also the cap of one name

// UTF-8 bytes of the UTF-16 unit at i; a surrogate pair counts 2 + 2, a lone surrogate 3 (it
// would be written as U+FFFD).
int unitBytes(QStringView text, qsizetype i) {
    const char16_t c = text[i].unicode();
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return 2;
    if (QChar::isLowSurrogate(c) && i > 0 && text[i - 1].isHighSurrogate())
        return 2;
    return 3;
}

// Characters that change how a name is shown or read rather than what it says: C0/C1 controls
// and the bidi embeddings, overrides, isolates and marks ("bidi \u202E3pm.exe" shows as
// "bidi exe.mp3").
bool isInvisibleControl(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
           || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool isForbiddenOnWindows(char32_t c) {
    switch (c) {
    case '/':
    case '\\':
    case ':':
    case '*':
    case '?':
    case '"':
    case '<':
    case '>':
    case '|':
        return true;
    default:
        return false;
    }
}

// Windows opens a device, not a file, for these names in any folder, with any extension and
// with spaces before the extension ("nul .txt").
bool isWindowsDeviceName(const QString &component) {
    QString base = component.section(QLatin1Char('.'), 0, 0);
    while (!base.isEmpty() && base.back().isSpace())
        base.chop(1);
    base = base.toUpper();
    static const std::array<QString, 6> fixed = {
        QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (std::find(fixed.begin(), fixed.end(), base) != fixed.end())
        return true;
    if (base.size() != 4
        || !(base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT"))))
        return false;
    const char16_t last = base.at(3).unicode();
    // Windows also treats the superscript digits ¹ ² ³ as port numbers.
    return (last >= u'0' && last <= u'9') || last == 0x00B9 || last == 0x00B2 || last == 0x00B3;
}

// Windows drops trailing dots and spaces, so "a." and "a" would be one file; leading spaces
// hide a name's start in every file manager.
QString trimmed(QString text) {
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = text.size();
    while (end > start && (text.at(end - 1).isSpace() || text.at(end - 1) == QLatin1Char('.')))
        --end;
    return text.mid(start, end - start);
}

// The longest start of text that fits in maxBytes of UTF-8, cut between user-perceived
// characters (so an accent or an emoji's skin tone stays with its letter), or between code
// points when a single character is longer than maxBytes.
QString cutToBytes(const QString &text, int maxBytes) {
    QList<int> bytesBefore(text.size() + 1, 0);
    for (qsizetype i = 0; i < text.size(); ++i)
        bytesBefore[i + 1] = bytesBefore[i] + unitBytes(text, i);
    if (bytesBefore.back() <= maxBytes)
        return text;

    qsizetype best = 0;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype p = graphemes.toNextBoundary(); p > 0 && bytesBefore[p] <= maxBytes;
         p = graphemes.toNextBoundary())
        best = p;
    if (best == 0) {
        for (qsizetype p = 1; p <= text.size() && bytesBefore[p] <= maxBytes; ++p) {
            const bool insidePair =
                p < text.size() && text.at(p).isLowSurrogate() && text.at(p - 1).isHighSurrogate();
            if (!insidePair)
                best = p;
        }
    }
    return text.left(best);
}

QString cleanedCharacters(const QString &text) {
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const QChar c = nfc.at(i);
        if (c.isHighSurrogate() && i + 1 < nfc.size() && nfc.at(i + 1).isLowSurrogate()) {
            out.append(c);
            out.append(nfc.at(++i));
            continue;
        }
        if (c.isSurrogate()) // a lone half: not encodable in a file name
            continue;
        if (isInvisibleControl(c.unicode()))
            continue;
        out.append(isForbiddenOnWindows(c.unicode()) ? QChar(u'_') : c);
    }
    return out;
}

int trackNumberWidth(int track) {
    return std::max<int>(2, int(QString::number(track).size()));
}

} // namespace

int utf8Bytes(const QString &text) {
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        bytes += unitBytes(text, i);
    return bytes;
}

QString safeComponent(const QString &text, int maxUtf8Bytes) {
    const QString placeholder = QStringLiteral("_");
    maxUtf8Bytes = std::max(1, maxUtf8Bytes);
    QString name = trimmed(cleanedCharacters(text));
    if (name.isEmpty())
        return placeholder; // also what "." and ".." become once their dots are trimmed
    name = trimmed(cutToBytes(name, maxUtf8Bytes));
    if (isWindowsDeviceName(name))
        name = placeholder + trimmed(cutToBytes(name, maxUtf8Bytes - 1));
    return name.isEmpty() ? placeholder : name;
}

QString safeSuffix(const QString &suffix) {
    const QString fallback = QStringLiteral("audio");
    const QString lower = suffix.toLower();
    if (lower.isEmpty() || lower.size() > 8)
        return fallback;
    for (const QChar c : lower) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return fallback;
    }
    // A file a double-click would run or follow is never written, whatever the server claims.
    static const QStringList runnable = {
        QStringLiteral("exe"), QStringLiteral("com"),     QStringLiteral("bat"),
        QStringLiteral("cmd"), QStringLiteral("scr"),     QStringLiteral("pif"),
        QStringLiteral("lnk"), QStringLiteral("url"),     QStringLiteral("msi"),
        QStringLiteral("vbs"), QStringLiteral("js"),      QStringLiteral("jse"),
        QStringLiteral("wsf"), QStringLiteral("ps1"),     QStringLiteral("hta"),
        QStringLiteral("cpl"), QStringLiteral("dll"),     QStringLiteral("jar"),
        QStringLiteral("app"), QStringLiteral("command"), QStringLiteral("desktop"),
        QStringLiteral("sh"),  QStringLiteral("so"),      QStringLiteral("dylib")};
    return runnable.contains(lower) ? fallback : lower;
}

QString forSong(const QString &serverId, const QString &artist, const QString &album, int disc,
                int track, const QString &title, const QString &suffix) {
    const QString ext = QLatin1Char('.') + safeSuffix(suffix);
    const QString sid = safeComponent(serverId, kMaxServerIdBytes);

    QString prefix;
    if (track > 0) {
        const QString number =
            QStringLiteral("%1").arg(track, trackNumberWidth(track), 10, QLatin1Char('0'));
        prefix = (disc > 1 ? QString::number(disc) + QLatin1Char('-') + number : number)
                 + QLatin1Char(' ');
    }
    const QString texts[3] = {
        artist.trimmed().isEmpty() ? QStringLiteral("Unknown Artist") : artist,
        album.trimmed().isEmpty() ? QStringLiteral("Unknown Album") : album,
        prefix + safeComponent(title.trimmed().isEmpty() ? QStringLiteral("Untitled") : title),
    };
    const int caps[3] = {kComponentBytes, kComponentBytes, kComponentBytes - utf8Bytes(ext)};
    QString parts[3];
    for (int i = 0; i < 3; ++i)
        parts[i] = safeComponent(texts[i], caps[i]);

    // What the three parts may share once the server id, separators and extension are placed.
    const int room = kMaxRelativePathBytes - utf8Bytes(sid) - 3 - utf8Bytes(ext);
    std::array<int, 3> lengths = {utf8Bytes(parts[0]), utf8Bytes(parts[1]), utf8Bytes(parts[2])};
    if (lengths[0] + lengths[1] + lengths[2] > room) {
        // Fair shares: short parts keep their length and leave the rest to the long ones, which
        // are cut to one common length.
        std::array<int, 3> sorted = lengths;
        std::sort(sorted.begin(), sorted.end());
        int left = room;
        int share = 0;
        for (int i = 0; i < 3; ++i) {
            share = left / (3 - i);
            if (sorted[size_t(i)] > share)
                break;
            left -= sorted[size_t(i)];
        }
        for (int i = 0; i < 3; ++i) {
            if (lengths[size_t(i)] > share)
                parts[i] = safeComponent(texts[i], std::min(share, caps[i]));
        }
    }
    return sid + QLatin1Char('/') + parts[0] + QLatin1Char('/') + parts[1] + QLatin1Char('/')
           + parts[2] + ext;
}

QString disambiguated(const QString &relativePath, const QString &tag) {
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash >= 0 ? relativePath.left(slash + 1) : QString();
    const QString last = relativePath.mid(slash + 1);
    const qsizetype dot = last.lastIndexOf(QLatin1Char('.'));
    const QString base = dot > 0 ? last.left(dot) : last;
    const QString ext = dot > 0 ? last.mid(dot) : QString();

    const QString insertion = QStringLiteral(" [") + safeComponent(tag, 32) + QLatin1Char(']');
    const int fixed = utf8Bytes(insertion) + utf8Bytes(ext);
    const int budget =
        std::min(kComponentBytes - fixed, kMaxRelativePathBytes - utf8Bytes(dir) - fixed);
    return dir + safeComponent(base, std::max(1, budget)) + insertion + ext;
}

bool staysInside(const QString &root, const QString &relativePath) {
    if (root.isEmpty() || relativePath.isEmpty() || relativePath.startsWith(QLatin1Char('/')))
        return false;
    // Backslash is a separator on Windows, a colon names a drive or an NTFS stream.
    for (const QChar c : relativePath) {
        if (c.isNull() || c == QLatin1Char('\\') || c == QLatin1Char(':'))
            return false;
    }
    // ".." is refused even where cleaning would cancel it: "link/.." is resolved by the file
    // system through the link, not by text.
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || isWindowsDeviceName(part))
            return false;
    }
    const QString cleaned = QDir::cleanPath(relativePath);
    if (cleaned == QLatin1String("."))
        return false; // root itself is not a file inside it

    const QString absRoot = QDir::cleanPath(QDir(root).absolutePath());
    const QString canonicalRoot = QFileInfo(absRoot).canonicalFilePath();
    if (canonicalRoot.isEmpty())
        return true; // no root on disk yet, so nothing under it can be a link
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    constexpr Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    constexpr Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    const QString inside =
        canonicalRoot.endsWith(QLatin1Char('/')) ? canonicalRoot : canonicalRoot + QLatin1Char('/');
    QString current = absRoot;
    for (const QString &part : cleaned.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        current += QLatin1Char('/') + part;
        const QFileInfo info(current);
        if (!info.exists() && !info.isSymLink())
            break; // what does not exist yet will be created inside
        const QString canonical = info.canonicalFilePath();
        if (canonical.isEmpty())
            return false; // a dangling link: creating it would create its target
        if (canonical.compare(canonicalRoot, cs) != 0 && !canonical.startsWith(inside, cs))
            return false;
    }
    return true;
}

QString partPath(const QString &absolutePath) {
    return absolutePath + QStringLiteral(".part");
}

} // namespace refrain::OfflinePath
