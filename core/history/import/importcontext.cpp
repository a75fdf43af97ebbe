#include "core/history/import/importcontext.h"

#include "core/history/import/historytime.h"

#include <QDateTime>

namespace refrain {

ImportContext::ImportContext(ListenSink &sink, const HistoryReadOptions &options,
                             HistoryReadSummary &summary)
    : m_sink(sink)
    , m_summary(summary)
    , m_zone(options.localZone) {
    using namespace skipreason;
    const std::array<const char *, 10> keys{
        kTooShort, kPodcast,         kAudiobook, kIncognito,  kMissingFields,
        kNotMusic, kSkippedByPlayer, kMalformed, kNowPlaying, kUnknownPlaceholder};
    for (size_t i = 0; i < keys.size(); ++i)
        m_reasons[i] = QString::fromLatin1(keys[i]);
}

bool ImportContext::add(Row &&row, const QString &origin) {
    if (stopped())
        return false;
    row.artist = std::move(row.artist).trimmed();
    row.title = std::move(row.title).trimmed();
    if (row.artist.isEmpty() || row.title.isEmpty()) {
        skip(Skip::MissingFields);
        return true;
    }
    if (!historytime::isPlausible(row.startMs)) {
        skip(Skip::Malformed);
        return true;
    }
    Listen listen;
    listen.artist = std::move(row.artist);
    listen.title = std::move(row.title);
    listen.album = std::move(row.album).trimmed();
    listen.startedAt = QDateTime::fromMSecsSinceEpoch(row.startMs, Qt::UTC);
    listen.utcOffsetSeconds =
        row.utcOffsetSeconds ? *row.utcOffsetSeconds : m_zone.offsetAt(row.startMs);
    // Nothing plays for less than nothing or longer than a week; such numbers say "unknown".
    constexpr qint64 kWeekMs = 7LL * 24 * 3600 * 1000;
    listen.playedMs = row.playedMs > 0 && row.playedMs < kWeekMs ? row.playedMs : 0;
    listen.durationMs = row.durationMs > 0 && row.durationMs < kWeekMs ? row.durationMs : 0;
    listen.counted = true;
    listen.origin = origin;
    if (!m_sink.add(std::move(listen)))
        m_summary.cancelled = true;
    return !stopped();
}

void ImportContext::skip(Skip reason) {
    m_sink.skip(m_reasons[size_t(reason)]);
}

void ImportContext::problem(const QString &path, const QString &why) {
    m_summary.problems.append(path + QStringLiteral(": ") + why);
}

void ImportContext::setTotal(qint64 total) {
    m_total = total;
    reportProgress();
}

void ImportContext::startInput(qint64 weight, qint64 size) {
    m_weight = weight;
    m_size = size;
    m_inputDone = 0;
}

void ImportContext::inputRead(qint64 consumed) {
    // A zip entry counts by its compressed share of the archive, in step with what it inflated.
    const qint64 part = m_size > 0 && consumed < m_size
                            ? qint64(double(m_weight) * double(consumed) / double(m_size))
                            : m_weight;
    if (part > m_inputDone) {
        m_inputDone = part;
        reportProgress();
    }
}

void ImportContext::finishInput() {
    m_done += m_weight;
    m_weight = m_size = m_inputDone = 0;
    reportProgress();
}

void ImportContext::reportProgress() {
    const qint64 done = std::min(m_total, m_done + m_inputDone);
    if (done == m_reported)
        return;
    m_reported = done;
    m_sink.progress(done, m_total);
}

} // namespace refrain
