// ListenStore: the one writer of listening history — plays made here, imported listens with
// duplicates kept once, matching to library tracks, and the scrobble queue filled at the same
// moment as the listen it owes. Lives on the database thread, over the writer connection.
#pragma once

#include "core/history/listen.h"
#include "core/library/result.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace refrain {

class Database;

// What one import run did, for its report and `refrainctl history import --json`.
struct ImportCounts {
    qint64 imported = 0;
    qint64 duplicates = 0; // already in history (re-import, or the same listen from elsewhere)
    qint64 matched = 0;    // of the imported, tied to a library track
    QMap<QString, qint64> skipped; // reason key → count
};

class ListenStore {
public:
    // Two listens of the same normalised artist and title that start this close are one.
    static constexpr qint64 kDuplicateWindowMs = 30'000;

    explicit ListenStore(Database &db);
    ListenStore(const ListenStore &) = delete;
    ListenStore &operator=(const ListenStore &) = delete;
    ~ListenStore();

    // Records a play made here (counted or not, as listen.counted says) and, for a counted one,
    // queues it for every scrobble target — in one transaction. Returns the stored listen.
    Result<Listen> record(Listen listen, const QStringList &scrobbleTargets);

    // Imports: beginImport, then addImported for each listen inside transactions the caller
    // batches (Database::transaction), then finishImport.
    Result<qint64> beginImport(const QString &origin, const QString &path);
    // Stores one imported listen unless a listen of the same normalised artist and title
    // started within kDuplicateWindowMs. Matches it to a library track (artist and title,
    // preferring the same album) and takes genre and, when nothing says how long it played, the
    // track's length from there. A listen that does not say how long it played (a scrobble)
    // counts its track's length. Returns true when it was new.
    Result<bool> addImported(Listen listen, qint64 importId, ImportCounts &counts);
    Result<void> finishImport(qint64 importId, const ImportCounts &counts);

    // The listen with this id (for the scrobble queue and tests).
    Result<Listen> listen(qint64 id);

private:
    struct Refs {
        qint64 artist = 0;
        qint64 track = 0;
        qint64 album = 0; // 0: no album
    };
    struct LibraryMatch {
        qint64 trackId = 0;
        QString albumKey;
        QString genre;
        qint64 durationMs = 0;
    };
    Result<Refs> refsFor(const Listen &listen, const QString &genre);
    Result<qint64> artistRef(const QString &key, const QString &name);
    Result<qint64> childRef(const char *table, qint64 artistId, const QString &key,
                            const QString &name);
    Result<void> loadLibraryIndex();
    const LibraryMatch *matchLibrary(const QString &artistKey, const QString &titleKey,
                                     const QString &albumKey) const;
    Result<qint64> insert(const Listen &listen, const Refs &refs, qint64 importId);

    Database &m_db;
    QHash<QString, qint64> m_artists;
    QHash<QString, qint64> m_albums; // "<artist id>\n<key>"
    QHash<QString, qint64> m_tracks; // "<artist id>\n<key>"
    QSet<qint64> m_tracksWithGenre;
    bool m_libraryLoaded = false;
    QHash<QString, QList<LibraryMatch>> m_library; // "<artist key>\n<title key>"
};

} // namespace refrain
