// CatalogSync: brings one server's local mirror up to date — the album list page by page, then
// only the albums that are new or changed, then playlists and stars — writing each step through
// the database writer and reporting progress. A failure stops the sync and leaves what was
// already mirrored as it was: whole albums, never half ones; nothing is removed from a partial
// listing. A playlist with edits still queued (or held by a conflict) is fetched too, but only
// its songs are mirrored (or all but its name): the mirror keeps showing what the user did, and
// its base stays what those edits were made on until ServerEdits merges them. Lives on the
// thread of its SubsonicClient; never blocks it.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/service/catalogmirror.h"
#include "core/service/subsonicclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace refrain {

class CatalogSync : public QObject {
    Q_OBJECT
public:
    // Runs a job on the database writer's thread (Library::runOnDatabase), or at once.
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;

    struct Options {
        bool full = false;       // fetch every album again, changed or not
        int pageSize = 500;      // getAlbumList2's maximum
        int parallelAlbums = 4;  // getAlbum requests at once
        int albumsPerWrite = 25; // albums per transaction
    };

    struct Report {
        int albumsListed = 0;
        int albumsFetched = 0;
        int albumsRemoved = 0;
        int songsAdded = 0;
        int songsUpdated = 0;
        int songsRemoved = 0;
        int playlists = 0;
        int starredSongs = 0;
        qint64 milliseconds = 0;
        bool cancelled = false;
        std::optional<Error> error; // why it stopped early
    };

    CatalogSync(SubsonicClient *client, DatabaseRunner runner, QObject *parent = nullptr);

    void start(Options options);
    void start() { start(Options()); }
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // phase: a short plain label ("Albums"); total 0 while unknown.
    void progress(const QString &phase, int done, int total);
    // Tracks that appeared, changed or went, for the models — after each write.
    void changed(const refrain::CatalogMirror::Changes &changes);
    void finished(const refrain::CatalogSync::Report &report);

private:
    void listAlbums(int offset);
    void planAlbums();
    void fetchMoreAlbums();
    void writeAlbums(bool final);
    void removeGoneAlbums();
    void syncPlaylists();
    void fetchNextPlaylist();
    void syncStars();
    void complete();
    void fail(const Error &error);
    // A catalog request (Component::Browse) whose answer is dropped once this sync is gone.
    void callServer(const QString &endpoint, const SubsonicParams &params,
                    SubsonicClient::Done done);
    // Runs job(mirror) on the writer, then then(result) back here (if still running).
    template<typename Job, typename Then>
    void write(Job job, Then then);
    void publish(const CatalogMirror::Changes &changes);

    QPointer<SubsonicClient> m_client;
    DatabaseRunner m_runner;
    Options m_options;
    Report m_report;
    QElapsedTimer m_timer;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0; // answers from a cancelled run are dropped

    QList<RemoteAlbum> m_listed;
    QSet<QString> m_listedIds;
    QStringList m_toFetch;
    int m_nextFetch = 0;
    int m_inFlight = 0;
    bool m_writing = false;
    QList<RemoteAlbum> m_fetched; // waiting to be written
    QStringList m_toRemove;
    QList<RemotePlaylist> m_playlistsToFetch;
    QSet<QString> m_playlistIds;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::CatalogMirror::Changes)
Q_DECLARE_METATYPE(refrain::CatalogSync::Report)
