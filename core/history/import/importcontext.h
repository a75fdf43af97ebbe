// ImportContext: what every format reader shares while one readHistory() call runs — the sink,
// the reason keys, the local zone's offsets, progress over all inputs and the summary.
#pragma once

#include "core/history/import/historyreader.h"
#include "core/history/import/zoneoffsets.h"

#include <array>
#include <optional>

namespace refrain {

class ImportContext {
public:
    enum class Skip {
        TooShort,
        Podcast,
        Audiobook,
        Incognito,
        MissingFields,
        NotMusic,
        SkippedByPlayer,
        Malformed,
        NowPlaying,
        UnknownPlaceholder,
    };

    // What a row of an export says about one listen; add() makes it a Listen.
    struct Row {
        QString artist;
        QString title;
        QString album;
        qint64 startMs = 0;                  // UTC
        std::optional<int> utcOffsetSeconds; // when the source states it
        qint64 playedMs = 0;
        qint64 durationMs = 0;
    };

    ImportContext(ListenSink &sink, const HistoryReadOptions &options, HistoryReadSummary &summary);

    // Hands a row to the sink as a counted listen — or skips it as missing_fields (blank artist
    // or title) or malformed (a start no listen can have). False once reading should stop.
    bool add(Row &&row, const QString &origin);
    void skip(Skip reason);
    // The sink asked to stop.
    bool stopped() const { return m_summary.cancelled; }

    ZoneOffsets &localZone() { return m_zone; }

    // A line for HistoryReadSummary::problems.
    void problem(const QString &path, const QString &why);

    // Progress over all inputs: `total` bytes, each input worth `weight` of them.
    void setTotal(qint64 total);
    void startInput(qint64 weight, qint64 size);
    void inputRead(qint64 consumed);
    void finishInput();
    void reportProgress();

private:
    ListenSink &m_sink;
    HistoryReadSummary &m_summary;
    ZoneOffsets m_zone;
    std::array<QString, 10> m_reasons;
    qint64 m_total = 0;
    qint64 m_done = 0;      // of the inputs finished
    qint64 m_weight = 0;    // of the input being read
    qint64 m_size = 0;      // its size in bytes
    qint64 m_inputDone = 0; // its share of m_weight read so far
    qint64 m_reported = -1;
};

} // namespace refrain
