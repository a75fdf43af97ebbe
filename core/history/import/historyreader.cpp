#include "core/history/import/historyreader.h"

#include "core/history/import/historyformat.h"
#include "core/history/import/historyinput.h"
#include "core/history/import/importcontext.h"
#include "core/history/import/lastfmformat.h"
#include "core/history/import/listenbrainzformat.h"
#include "core/history/import/scrobblerlogformat.h"
#include "core/history/import/spotifyformat.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace refrain {

namespace {

QString shown(const QString &path) {
    return QDir::toNativeSeparators(path);
}

// Files every system litters folders and archives with; never a history, never worth a problem.
bool isClutter(const QString &relativePath) {
    const QString name = relativePath.section(QLatin1Char('/'), -1);
    return relativePath.startsWith(QLatin1String("__MACOSX/"))
           || relativePath.contains(QLatin1String("/__MACOSX/"))
           || name == QLatin1String(".DS_Store") || name == QLatin1String("Thumbs.db")
           || name == QLatin1String("desktop.ini");
}

void readFormat(HistoryFormat format, HistoryInput &input, ImportContext &context) {
    switch (format) {
    case HistoryFormat::SpotifyExtended:
        return readSpotifyExtended(input, context);
    case HistoryFormat::SpotifyBasic:
        return readSpotifyBasic(input, context);
    case HistoryFormat::ListenBrainzJsonl:
        return readListenBrainzLines(input, context);
    case HistoryFormat::ListenBrainzJson:
        return readListenBrainzArray(input, context);
    case HistoryFormat::LastFmApiJson:
        return readLastFmApiJson(input, context);
    case HistoryFormat::LastFmApiXml:
        return readLastFmApiXml(input, context);
    case HistoryFormat::LastFmCsv:
        return readLastFmCsv(input, context);
    case HistoryFormat::Rockbox:
        return readRockboxLog(input, context);
    case HistoryFormat::PanoScrobbler:
        return readPanoScrobbler(input, context);
    case HistoryFormat::Unknown:
    case HistoryFormat::Zip:
    case HistoryFormat::EmptyJson:
        break;
    }
}

struct ZipDiscard {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipArchive = std::unique_ptr<zip_t, ZipDiscard>;

// One readHistory() call: walks the path, detects each file's format and hands it to its reader.
class HistoryWalk {
public:
    HistoryWalk(ListenSink &sink, const HistoryReadOptions &options)
        : m_context(sink, options, m_summary) {}

    Result<HistoryReadSummary> run(const QString &path);

private:
    enum class Outcome { Read, NotHistory, Unreadable, DamagedZip };

    Outcome readFile(const QString &path, qint64 size, bool topLevel);
    Outcome readZip(const QString &path, qint64 size, bool topLevel);
    Outcome readInput(HistoryInput &input, bool insideZip);

    HistoryReadSummary m_summary;
    ImportContext m_context;
    QString m_zipError; // why the last zip could not be opened
};

Result<HistoryReadSummary> HistoryWalk::run(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("“%1” does not exist").arg(shown(path)));
    QList<QFileInfo> files;
    if (info.isDir()) {
        // Hidden files too (".scrobbler.log"); no FIFOs or devices, which could block a read.
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        const QDir root(path);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (!isClutter(root.relativeFilePath(file.filePath())))
                files.append(file);
        }
        // Directory order differs between systems; sorted, a run reads the same every time.
        std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
            return a.filePath() < b.filePath();
        });
    } else {
        files.append(info);
    }
    qint64 total = 0;
    for (const QFileInfo &file : std::as_const(files))
        total += file.size();
    m_context.setTotal(total);

    Outcome last = Outcome::NotHistory;
    for (const QFileInfo &file : std::as_const(files)) {
        if (m_context.stopped())
            break;
        last = readFile(file.filePath(), file.size(), !info.isDir());
    }
    if (m_summary.files > 0 || m_summary.cancelled)
        return m_summary;
    if (!info.isDir()) {
        const QString why = m_summary.problems.value(0, shown(path));
        switch (last) {
        case Outcome::DamagedZip:
            return Error::make(
                Error::Kind::Corrupt,
                QStringLiteral("“%1” is a damaged zip archive: %2").arg(shown(path), m_zipError));
        case Outcome::Unreadable:
            return Error::make(Error::Kind::Io, why);
        case Outcome::Read:
        case Outcome::NotHistory:
            break;
        }
        if (m_summary.problems.size() == 1)
            return Error::make(Error::Kind::Unsupported, why);
    }
    // The few reasons help; a long list of stray files would not.
    QString why;
    if (!m_summary.problems.isEmpty() && m_summary.problems.size() <= 3)
        why = QStringLiteral(" (%1)").arg(m_summary.problems.join(QStringLiteral("; ")));
    return Error::make(Error::Kind::Unsupported,
                       QStringLiteral("No listening history Refrain can read was found in “%1”%2")
                           .arg(shown(path), why));
}

HistoryWalk::Outcome HistoryWalk::readFile(const QString &path, qint64 size, bool topLevel) {
    HistoryInput input(shown(path), path);
    m_context.startInput(size, size);
    input.onRead([this](qint64 consumed) { m_context.inputRead(consumed); });
    Outcome outcome = Outcome::Unreadable;
    if (!input.open()) {
        m_context.problem(input.displayPath(),
                          QStringLiteral("can not be read (%1)").arg(input.errorString()));
    } else if (detectHistoryFormat(input.head(4), false) == HistoryFormat::Zip) {
        return readZip(path, size, topLevel); // it reports its own progress
    } else {
        outcome = readInput(input, false);
    }
    m_context.finishInput();
    return outcome;
}

HistoryWalk::Outcome HistoryWalk::readInput(HistoryInput &input, bool insideZip) {
    // Audio files, images and the like show a NUL byte at once: no need to read further.
    const QByteArray start = input.head(512);
    HistoryFormat format = HistoryFormat::Unknown;
    if (detectHistoryFormat(start.first(std::min<qsizetype>(start.size(), 4)), false)
        == HistoryFormat::Zip) {
        format = HistoryFormat::Zip;
    } else if (!start.contains('\0')) {
        const QByteArray head = input.head(kDetectionBytes);
        format = detectHistoryFormat(head, head.size() < kDetectionBytes);
    }
    if (input.failed()) {
        m_context.problem(input.displayPath(),
                          QStringLiteral("can not be read (%1)").arg(input.errorString()));
        return Outcome::Unreadable;
    }
    switch (format) {
    case HistoryFormat::Unknown:
        m_context.problem(input.displayPath(),
                          QStringLiteral("not a listening history Refrain can read"));
        return Outcome::NotHistory;
    case HistoryFormat::EmptyJson:
        m_context.problem(input.displayPath(), QStringLiteral("an empty list: nothing to read"));
        return Outcome::NotHistory;
    case HistoryFormat::Zip:
        m_context.problem(input.displayPath(),
                          insideZip ? QStringLiteral("a zip inside a zip is not read; unpack the "
                                                     "outer one first")
                                    : QStringLiteral("not a listening history Refrain can read"));
        return Outcome::NotHistory;
    default:
        break;
    }
    const QString key = historyFormatKey(format);
    if (!m_summary.formats.contains(key))
        m_summary.formats.append(key);
    ++m_summary.files;
    readFormat(format, input, m_context);
    return Outcome::Read;
}

HistoryWalk::Outcome HistoryWalk::readZip(const QString &path, qint64 size, bool topLevel) {
    int code = 0;
    ZipArchive archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        m_zipError = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (!topLevel)
            m_context.problem(shown(path),
                              QStringLiteral("a damaged zip archive (%1)").arg(m_zipError));
        m_context.finishInput();
        return Outcome::DamagedZip;
    }
    struct Entry {
        zip_uint64_t index;
        QString name;
        qint64 size;
        qint64 compressed;
    };
    QList<Entry> entries;
    qint64 compressedTotal = 0;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !stat.name)
            continue;
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(QLatin1Char('/')) || isClutter(name))
            continue;
        const qint64 inflated = (stat.valid & ZIP_STAT_SIZE) ? qint64(std::min<zip_uint64_t>(
                                    stat.size, zip_uint64_t(std::numeric_limits<qint64>::max())))
                                                             : 0;
        const qint64 compressed =
            (stat.valid & ZIP_STAT_COMP_SIZE)
                ? qint64(std::min<zip_uint64_t>(stat.comp_size, zip_uint64_t(size)))
                : 0;
        entries.append({zip_uint64_t(i), name, inflated, compressed});
        compressedTotal += compressed;
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });

    // The archive's bytes on disk are shared out by the entries' compressed sizes.
    qint64 given = 0;
    const auto weightOf = [&](const Entry &entry) {
        return compressedTotal > 0 ? qint64(double(size) * double(entry.compressed)
                                            / double(std::max(compressedTotal, size)))
                                   : 0;
    };
    bool anyRead = false;
    for (const Entry &entry : std::as_const(entries)) {
        if (m_context.stopped())
            break;
        const qint64 weight = std::min(weightOf(entry), size - given);
        given += weight;
        m_context.startInput(weight, entry.size);
        HistoryInput input(shown(path) + QLatin1Char('/') + entry.name, archive.get(), entry.index);
        input.onRead([this](qint64 consumed) { m_context.inputRead(consumed); });
        if (entry.size > HistoryInput::kMaxEntryBytes) {
            m_context.problem(input.displayPath(),
                              QStringLiteral("would inflate to %1 GiB, more than the %2 GiB a "
                                             "history can be: not read")
                                  .arg(double(entry.size) / double(1LL << 30), 0, 'f', 1)
                                  .arg(HistoryInput::kMaxEntryBytes >> 30));
        } else if (!input.open()) {
            m_context.problem(input.displayPath(),
                              QStringLiteral("can not be read (%1)").arg(input.errorString()));
        } else if (readInput(input, true) == Outcome::Read) {
            anyRead = true;
        }
        m_context.finishInput();
    }
    if (!m_context.stopped()) {
        m_context.startInput(size - given, 0); // headers and directory
        m_context.finishInput();
    }
    if (topLevel && !anyRead && m_summary.problems.isEmpty() && !m_context.stopped())
        m_context.problem(shown(path), QStringLiteral("an empty zip archive"));
    return anyRead ? Outcome::Read : Outcome::NotHistory;
}

} // namespace

Result<HistoryReadSummary> readHistory(const QString &path, ListenSink &sink,
                                       const HistoryReadOptions &options) {
    HistoryWalk walk(sink, options);
    return walk.run(path);
}

} // namespace refrain
