// A listening history for the Nostalgia tests: a real history file made with Database::open in a
// temporary folder, filled through ListenStore as the player and the importers fill it, and a
// runner that answers the models' questions at once on this thread (the answers still arrive
// queued, as they do from the database thread).
#pragma once

#include "core/history/listen.h"
#include "core/history/listenstore.h"
#include "core/library/database.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace refrain::test {

inline QDateTime utc(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

class NostalgiaHistory {
public:
    bool open() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("history.db")));
        if (!db) {
            qWarning() << db.error().message;
            return false;
        }
        m_db.emplace(std::move(db).value());
        m_store.emplace(*m_db);
        return true;
    }

    Database &db() { return *m_db; }

    // One play made here, as the player records it.
    bool play(const QString &artist, const QString &title, const QString &album,
              const QDateTime &startUtc, qint64 playedMs, bool counted = true) {
        Listen l;
        l.artist = artist;
        l.title = title;
        l.album = album;
        l.startedAt = startUtc;
        l.playedMs = playedMs;
        l.durationMs = counted ? playedMs : playedMs * 4;
        l.counted = counted;
        auto stored = m_store->record(l, {});
        if (!stored)
            qWarning() << stored.error().message;
        return stored.ok();
    }

    // The small history both tests reason about (UTC; the tests use UTC as the zone):
    //  2021-03-14 20:00  Radiohead — Creep              4 min   first Radiohead
    //  2023-03-14 20:00  Björk — Hyperballad            5 min   first Björk
    //  2024-03-14 21:10  Björk — Jóga (Homogenic)       5 min   Thursday
    //  2024-03-14 21:20  Björk — Jóga (Homogenic)       5 min
    //  2024-03-15 09:00  Björk — Jóga (Homogenic)       5 min   Friday
    //  2024-03-16 21:00  Kate Bush — Hounds of Love     4 min   Saturday, first Kate Bush
    //  2024-07-01 08:00  Dolly Parton — Jolene          3 min   Monday, first Dolly Parton
    //  2024-07-02 08:00  Dolly Parton — Jolene         30 s    skipped: not a listen
    //  2025-03-14 10:00  Beyoncé — Today's Song         4 min   "today" in the tests
    // So 2024 has 5 listens, 22 minutes, a 3-day streak from 14 March, 14 March busiest (2),
    // 21:00 the busiest hour (3), and 2 new artists (Kate Bush, Dolly Parton).
    bool fillStory() {
        struct Row {
            const char *artist, *title, *album, *start;
            qint64 ms;
            bool counted;
        };
        const Row rows[] = {
            {"Radiohead", "Creep", "Pablo Honey", "2021-03-14T20:00:00Z", 240'000, true},
            {"Björk", "Hyperballad", "Post", "2023-03-14T20:00:00Z", 300'000, true},
            {"Björk", "Jóga", "Homogenic", "2024-03-14T21:10:00Z", 300'000, true},
            {"Björk", "Jóga", "Homogenic", "2024-03-14T21:20:00Z", 300'000, true},
            {"Björk", "Jóga", "Homogenic", "2024-03-15T09:00:00Z", 300'000, true},
            {"Kate Bush", "Hounds of Love", "Hounds of Love", "2024-03-16T21:00:00Z", 240'000,
             true},
            {"Dolly Parton", "Jolene", "Jolene", "2024-07-01T08:00:00Z", 180'000, true},
            {"Dolly Parton", "Jolene", "Jolene", "2024-07-02T08:00:00Z", 30'000, false},
            {"Beyoncé", "Today's Song", "", "2025-03-14T10:00:00Z", 240'000, true},
        };
        for (const Row &r : rows) {
            if (!play(QString::fromUtf8(r.artist), QString::fromUtf8(r.title),
                      QString::fromUtf8(r.album), utc(r.start), r.ms, r.counted))
                return false;
        }
        return true;
    }

    // A few thousand listens over two years with habits (evenings, weekends, favourite
    // artists), for looking at the page; deterministic.
    bool fillForScreenshots(int thisYear) {
        static const char *artists[][3] = {
            {"Björk", "Homogenic", "Jóga"},
            {"Kate Bush", "Hounds of Love", "Running Up That Hill"},
            {"Radiohead", "OK Computer", "Let Down"},
            {"Massive Attack", "Mezzanine", "Teardrop"},
            {"Portishead", "Dummy", "Roads"},
            {"Fleetwood Mac", "Rumours", "Dreams"},
            {"Nina Simone", "Pastel Blues", "Sinnerman"},
            {"Daft Punk", "Discovery", "Digital Love"},
            {"Sufjan Stevens", "Carrie & Lowell", "Should Have Known Better"},
            {"Beach House", "Bloom", "Myth"},
            {"Aphex Twin", "Selected Ambient Works 85–92", "Xtal"},
            {"Khruangbin", "Con Todo El Mundo", "Maria También"},
        };
        QRandomGenerator random(20240314);
        auto id = m_store->beginImport(QString::fromLatin1(listenorigin::kLastFm),
                                       QStringLiteral("screenshots"));
        if (!id)
            return false;
        ImportCounts counts;
        auto done = m_db->transaction([&]() -> Result<void> {
            for (int year = thisYear - 1; year <= thisYear; ++year) {
                for (int day = 0; day < QDate(year, 1, 1).daysInYear(); ++day) {
                    const QDate date = QDate(year, 1, 1).addDays(day);
                    if (year == thisYear && date > QDate(year, 11, 30))
                        break;
                    const bool weekend = date.dayOfWeek() >= 6;
                    // Summer and December are busier; some days nothing at all.
                    const int season = (date.month() >= 6 && date.month() <= 8) ? 6
                                       : date.month() == 12                     ? 8
                                                                                : 3;
                    const int plays = int(random.bounded(season + (weekend ? 6 : 2)));
                    for (int i = 0; i < plays; ++i) {
                        const int hour = weekend                  ? 10 + int(random.bounded(14))
                                         : random.bounded(3) == 0 ? 7 + int(random.bounded(2))
                                                                  : 18 + int(random.bounded(6));
                        const int a =
                            int(std::min<quint32>(random.bounded(12), random.bounded(12)));
                        Listen l;
                        l.artist = QString::fromUtf8(artists[a][0]);
                        l.album = QString::fromUtf8(artists[a][1]);
                        l.title = random.bounded(3) == 0
                                      ? QString::fromUtf8(artists[a][2])
                                      : QStringLiteral("Track %1").arg(random.bounded(8) + 1);
                        l.startedAt =
                            QDateTime(date, QTime(hour, int(random.bounded(50))), QTimeZone::utc());
                        l.playedMs = 180'000 + qint64(random.bounded(120'000));
                        l.durationMs = l.playedMs;
                        l.counted = true;
                        l.origin = QString::fromLatin1(listenorigin::kLastFm);
                        auto added = m_store->addImported(l, id.value(), counts);
                        if (!added)
                            return added.error();
                    }
                }
            }
            return {};
        });
        if (!done) {
            qWarning() << done.error().message;
            return false;
        }
        return m_store->finishImport(id.value(), counts).ok();
    }

    std::function<void(std::function<void(Database &)>)> runner() {
        return [this](const std::function<void(Database &)> &job) { job(*m_db); };
    }

private:
    QTemporaryDir m_dir;
    std::optional<Database> m_db;
    std::optional<ListenStore> m_store;
};

} // namespace refrain::test
