#include "core/history/historyimport.h"

#include "core/library/database.h"

#include <QFileInfo>

#include <vector>

namespace refrain {

namespace {

// The sink between a reader and the store: listens are kept until a batch is full, then written
// in one transaction.
class BatchingSink final : public ListenSink {
public:
    static constexpr std::size_t kBatch = 20'000;

    BatchingSink(Database &db, ListenStore &store, ImportReport &report, QString path,
                 const ImportProgressFn &progress)
        : m_db(db)
        , m_store(store)
        , m_report(report)
        , m_path(std::move(path))
        , m_progress(progress) {
        m_pending.reserve(kBatch);
    }

    bool add(Listen listen) override {
        if (m_failed)
            return false;
        m_pending.push_back(std::move(listen));
        if (m_pending.size() >= kBatch)
            return flush();
        return true;
    }

    void skip(const QString &reason) override { ++m_report.counts.skipped[reason]; }

    void progress(qint64 done, qint64 total) override {
        m_done = done;
        m_total = total;
    }

    // Writes what is pending; false when the database refused or the caller wants to stop.
    bool flush() {
        if (m_failed)
            return false;
        if (!m_pending.empty()) {
            if (!m_importId) {
                auto id = m_store.beginImport(m_pending.front().origin, m_path);
                if (!id)
                    return fail(id.error());
                m_importId = id.value();
            }
            ImportCounts batch;
            auto written = m_db.transaction([&]() -> Result<void> {
                for (Listen &listen : m_pending) {
                    if (auto added = m_store.addImported(std::move(listen), m_importId, batch);
                        !added)
                        return added.error();
                }
                return {};
            });
            m_pending.clear();
            if (!written)
                return fail(written.error());
            m_report.counts.imported += batch.imported;
            m_report.counts.duplicates += batch.duplicates;
            m_report.counts.matched += batch.matched;
            for (auto it = batch.skipped.cbegin(); it != batch.skipped.cend(); ++it)
                m_report.counts.skipped[it.key()] += it.value();
            m_runCounts.imported += batch.imported;
            m_runCounts.duplicates += batch.duplicates;
        }
        if (m_progress
            && !m_progress(
                {m_done, m_total, m_report.counts.imported, m_report.counts.duplicates})) {
            m_report.cancelled = true;
            return false;
        }
        return true;
    }

    // Closes this path's import row with what it added.
    Result<void> finish() {
        if (m_failed)
            return m_error;
        if (!m_importId)
            return {};
        return m_store.finishImport(m_importId, m_runCounts);
    }

    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }

private:
    bool fail(const Error &error) {
        m_failed = true;
        m_error = error;
        return false;
    }

    Database &m_db;
    ListenStore &m_store;
    ImportReport &m_report;
    QString m_path;
    const ImportProgressFn &m_progress;
    std::vector<Listen> m_pending;
    qint64 m_importId = 0;
    ImportCounts m_runCounts;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_failed = false;
    Error m_error;
};

} // namespace

Result<ImportReport> importHistory(Database &db, const QStringList &paths,
                                   const ImportProgressFn &progress,
                                   const HistoryReadOptions &options) {
    ImportReport report;
    ListenStore store(db);
    // The indexes of a million listens do not fit SQLite's default 2 MB of cache: without room
    // an import spends its time re-reading pages. For this run only.
    (void)db.execute("PRAGMA cache_size = -262144");
    // Every reference a listen holds was made or read by this run's ListenStore a moment before:
    // checking five foreign keys per row costs a fifth of an import and proves nothing new.
    (void)db.execute("PRAGMA foreign_keys = OFF");
    struct Restore {
        Database &db;
        ~Restore() {
            (void)db.execute("PRAGMA foreign_keys = ON");
            (void)db.execute("PRAGMA cache_size = -2000");
        }
    } restore{db};
    bool anyRead = false;
    Error lastError = Error::make(Error::Kind::Invalid, QStringLiteral("Nothing to import."));
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        BatchingSink sink(db, store, report, absolute, progress);
        auto read = readHistory(absolute, sink, options);
        const bool flushed = sink.flush();
        if (sink.failed())
            return sink.error(); // the database refused: nothing more can be stored
        if (auto finished = sink.finish(); !finished)
            return finished.error();
        if (!read) {
            lastError = read.error();
            report.problems.append(read.error().message);
            continue;
        }
        anyRead = true;
        for (const QString &format : read.value().formats) {
            if (!report.formats.contains(format))
                report.formats.append(format);
        }
        report.files += read.value().files;
        report.problems.append(read.value().problems);
        if (read.value().cancelled || !flushed || report.cancelled) {
            report.cancelled = true;
            break;
        }
    }
    if (!anyRead)
        return lastError;
    return report;
}

} // namespace refrain
