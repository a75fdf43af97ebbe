#include "core/history/recapranking.h"

#include "core/library/database.h"
#include "core/library/statement.h"

#include <algorithm>

namespace refrain {

namespace {

// Up to this many ids are looked up one by one; more, and one pass over the table is cheaper.
constexpr std::size_t kLookupOneByOne = 64;

const char *oneSql(HistoryTable table) {
    switch (table) {
    case HistoryTable::Artists:
        return "SELECT id, name, '' FROM history_artists WHERE id = ?1";
    case HistoryTable::Tracks:
        return "SELECT t.id, t.name, a.name FROM history_tracks t "
               "JOIN history_artists a ON a.id = t.artist_id WHERE t.id = ?1";
    case HistoryTable::Albums:
        return "SELECT b.id, b.name, a.name FROM history_albums b "
               "JOIN history_artists a ON a.id = b.artist_id WHERE b.id = ?1";
    }
    return nullptr;
}

const char *allSql(HistoryTable table) {
    switch (table) {
    case HistoryTable::Artists:
        return "SELECT id, name, '' FROM history_artists";
    case HistoryTable::Tracks:
        return "SELECT t.id, t.name, a.name FROM history_tracks t "
               "JOIN history_artists a ON a.id = t.artist_id";
    case HistoryTable::Albums:
        return "SELECT b.id, b.name, a.name FROM history_albums b "
               "JOIN history_artists a ON a.id = b.artist_id";
    }
    return nullptr;
}

// Runs `one` (an id bound as ?1) for each id, or `all` once, and hands each row whose id is
// wanted to take.
template<typename Take>
Result<void> lookUp(Database &db, const char *one, const char *all, const std::vector<qint64> &ids,
                    Take take) {
    const QString context = QStringLiteral("Reading the names in your history");
    if (ids.size() <= kLookupOneByOne) {
        auto read = Statement::prepare(db, one);
        if (!read)
            return read.error();
        Statement &s = read.value();
        for (const qint64 id : ids) {
            s.bind(1, id);
            const Statement::Step step = s.step();
            if (step == Statement::Step::Failed)
                return s.error(context);
            if (step == Statement::Step::Row)
                take(s);
            s.reset();
        }
        return {};
    }
    // Ids are small and dense: a bitmap answers "wanted?" faster than a hash set.
    std::vector<bool> wanted;
    for (const qint64 id : ids) {
        if (id < 0)
            continue;
        if (std::size_t(id) >= wanted.size())
            wanted.resize(std::size_t(id) + 1);
        wanted[std::size_t(id)] = true;
    }
    auto read = Statement::prepare(db, all);
    if (!read)
        return read.error();
    Statement &s = read.value();
    Statement::Step step;
    while ((step = s.step()) == Statement::Step::Row) {
        const qint64 id = s.int64(0);
        if (id >= 0 && std::size_t(id) < wanted.size() && wanted[std::size_t(id)])
            take(s);
    }
    if (step == Statement::Step::Failed)
        return s.error(context);
    return {};
}

int compareNames(const QString &a, const QString &b) {
    if (const int c = QString::compare(a, b, Qt::CaseInsensitive); c != 0)
        return c;
    return QString::compare(a, b, Qt::CaseSensitive);
}

// Listens, then whole minutes: the part of the order that needs no names.
bool countsBefore(const RefTally &a, const RefTally &b) {
    if (a.tally.listens != b.tally.listens)
        return a.tally.listens > b.tally.listens;
    return wholeMinutes(a.tally.playedMs) > wholeMinutes(b.tally.playedMs);
}

} // namespace

std::vector<RefTally> TallyById::entries() const {
    std::vector<RefTally> out;
    out.reserve(m_seen.size());
    for (const qint64 ref : m_seen)
        out.push_back({ref, m_byId[std::size_t(ref)]});
    return out;
}

void TallyById::clear() {
    for (const qint64 ref : m_seen)
        m_byId[std::size_t(ref)] = {};
    m_seen.clear();
}

bool ranksBefore(const RankedItem &a, const RankedItem &b) {
    if (a.listens != b.listens)
        return a.listens > b.listens;
    if (a.minutes != b.minutes)
        return a.minutes > b.minutes;
    if (const int c = compareNames(a.name, b.name); c != 0)
        return c < 0;
    return compareNames(a.artist, b.artist) < 0;
}

Result<QHash<qint64, RankedItem>> historyNames(Database &db, HistoryTable table,
                                               const std::vector<qint64> &ids) {
    QHash<qint64, RankedItem> names;
    names.reserve(qsizetype(ids.size()));
    auto read = lookUp(db, oneSql(table), allSql(table), ids, [&](const Statement &s) {
        RankedItem item;
        item.name = s.text(1);
        item.artist = s.text(2);
        names.insert(s.int64(0), item);
    });
    if (!read)
        return read.error();
    return names;
}

Result<QList<RankedItem>> topGenres(Database &db, const TallyById &tracks, int count) {
    struct GenreTally {
        QString name;
        ListenTally tally;
    };
    QHash<QString, GenreTally> byKey;
    // In id order either way the rows are read, so a genre's spelling is that of its oldest track.
    std::vector<qint64> ids = tracks.seen();
    std::sort(ids.begin(), ids.end());
    QString previous; // tracks of one genre often come together: skip the fold and the lookup
    GenreTally *current = nullptr;
    auto read = lookUp(db, "SELECT id, genre FROM history_tracks WHERE id = ?1 AND genre <> ''",
                       "SELECT id, genre FROM history_tracks WHERE genre <> '' ORDER BY id", ids,
                       [&](const Statement &s) {
                           const QString genre = s.text(1);
                           if (!current || genre != previous) {
                               const QString trimmed = genre.trimmed();
                               if (trimmed.isEmpty()) {
                                   current = nullptr;
                                   return;
                               }
                               current = &byKey[trimmed.toCaseFolded()];
                               if (current->name.isEmpty())
                                   current->name = trimmed;
                               previous = genre;
                           }
                           const ListenTally &t = tracks.at(s.int64(0));
                           current->tally.listens += t.listens;
                           current->tally.playedMs += t.playedMs;
                       });
    if (!read)
        return read.error();
    QList<RankedItem> ranked;
    ranked.reserve(byKey.size());
    for (const GenreTally &g : std::as_const(byKey))
        ranked.append({g.name, QString(), g.tally.listens, wholeMinutes(g.tally.playedMs)});
    std::sort(ranked.begin(), ranked.end(), ranksBefore);
    if (ranked.size() > count)
        ranked.resize(count);
    return ranked;
}

Result<QList<RankedItem>> topRanked(Database &db, HistoryTable table, std::vector<RefTally> entries,
                                    int count) {
    if (entries.empty() || count <= 0)
        return QList<RankedItem>();
    // Only the entries that tie with the count-th or beat it can reach the top: their names
    // decide among equals, and only theirs are read.
    if (entries.size() > std::size_t(count)) {
        const auto nth = entries.begin() + (count - 1);
        std::nth_element(entries.begin(), nth, entries.end(), countsBefore);
        const RefTally edge = *nth;
        const auto end = std::partition(entries.begin(), entries.end(),
                                        [&](const RefTally &e) { return !countsBefore(edge, e); });
        entries.erase(end, entries.end());
    }
    std::vector<qint64> ids;
    ids.reserve(entries.size());
    for (const RefTally &e : entries)
        ids.push_back(e.ref);
    auto names = historyNames(db, table, ids);
    if (!names)
        return names.error();

    std::vector<std::pair<RankedItem, qint64>> ranked;
    ranked.reserve(entries.size());
    for (const RefTally &e : entries) {
        RankedItem item = names.value().value(e.ref);
        item.listens = e.tally.listens;
        item.minutes = wholeMinutes(e.tally.playedMs);
        ranked.emplace_back(std::move(item), e.ref);
    }
    const std::size_t keep = std::min(ranked.size(), std::size_t(count));
    // The id last, so even two items alike in every shown way come out the same each time.
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(),
                      [](const auto &a, const auto &b) {
                          if (ranksBefore(a.first, b.first))
                              return true;
                          if (ranksBefore(b.first, a.first))
                              return false;
                          return a.second < b.second;
                      });
    QList<RankedItem> out;
    out.reserve(qsizetype(keep));
    for (std::size_t i = 0; i < keep; ++i)
        out.append(std::move(ranked[i].first));
    return out;
}

} // namespace refrain
