// recapranking: counting listens per history id (artist, track, album) and turning the counts
// into a recap's top lists — the ranking rule and the names it needs, read only for the few ids
// that can reach the top.
#pragma once

#include "core/history/recap.h"
#include "core/library/result.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <vector>

namespace refrain {

class Database;

struct ListenTally {
    qint64 listens = 0;
    qint64 playedMs = 0;
};

struct RefTally {
    qint64 ref = 0;
    ListenTally tally;
};

// Tallies by history id. Ids are the small dense INTEGER PRIMARY KEYs of the history_* tables,
// so a vector indexed by id beats a hash map; the ids touched are kept in first-seen order.
class TallyById {
public:
    explicit TallyById(qint64 maxId = 0)
        : m_byId(std::size_t(std::max<qint64>(maxId, 0) + 1)) {}

    // Returns true the first time ref is seen.
    bool add(qint64 ref, qint64 listens, qint64 playedMs) {
        if (ref < 0 || std::size_t(ref) >= m_byId.size())
            m_byId.resize(std::size_t(ref < 0 ? 0 : ref) + 1);
        ListenTally &t = m_byId[std::size_t(ref)];
        const bool first = t.listens == 0;
        if (first)
            m_seen.push_back(ref);
        t.listens += listens;
        t.playedMs += playedMs;
        return first;
    }
    const std::vector<qint64> &seen() const { return m_seen; }
    const ListenTally &at(qint64 ref) const { return m_byId[std::size_t(ref)]; }
    std::vector<RefTally> entries() const;
    // Forgets every count (the storage stays, for the next month).
    void clear();

private:
    std::vector<ListenTally> m_byId;
    std::vector<qint64> m_seen;
};

enum class HistoryTable { Artists, Tracks, Albums };

// Whole minutes of played milliseconds, rounded down.
inline qint64 wholeMinutes(qint64 playedMs) {
    return playedMs / 60'000;
}

// The recap order: listens, then minutes (more first), then name ignoring case, then name
// exactly, then artist the same way.
bool ranksBefore(const RankedItem &a, const RankedItem &b);

// The first `count` of entries by the recap order, with their names.
Result<QList<RankedItem>> topRanked(Database &db, HistoryTable table, std::vector<RefTally> entries,
                                    int count);

// Names (and, for tracks and albums, the artist's name) of the given ids.
Result<QHash<qint64, RankedItem>> historyNames(Database &db, HistoryTable table,
                                               const std::vector<qint64> &ids);

// Genres of the tallied tracks (history_tracks.genre; tracks without one are left out), grouped
// ignoring case and surrounding spaces and shown in the first spelling met; the first `count`.
Result<QList<RankedItem>> topGenres(Database &db, const TallyById &tracks, int count);

} // namespace refrain
