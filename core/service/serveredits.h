// ServerEdits: edits to one server's playlists and stars that survive an outage. Each edit is
// applied to the local mirror at once (so every view shows it, offline too) and queued in the
// same transaction; the queue then drains in order through the server's client. While the server
// cannot be reached the edits wait — drain() is called again when it answers (after a sync or a
// probe) and after every new edit. An edit the server refuses for good (not found, not allowed)
// leaves the queue with its reason kept for the user; nothing is retried forever, nothing sent
// twice on purpose: an edit leaves the queue in the same transaction that records its success.
//
// Before a rename or a removal (by index) of a server playlist is sent, the server's copy is
// looked at once per drain: when it is what the server last said (the base), the edits go as
// they are; when it changed meanwhile, the playlist's queued edits are merged with the server's
// changes three ways (PlaylistMerge) and the server is sent what turns its list into the merged
// one. Conflicts (both renamed it, it was deleted there, a removal nobody can place) are refused
// with a message saying what each side did — never settled silently. Additions are appended as
// they are: appending to the server's list is what the merge would do too.
//
// Database work goes through the DatabaseRunner (the library's writer thread in the app, inline
// in refrainctl); network calls happen on this object's thread, which is its client's. Never
// blocks.
#pragma once

#include "core/library/database.h"
#include "core/library/result.h"
#include "core/service/playlistmergestore.h"
#include "core/service/servereditstore.h"
#include "core/service/subsonicclient.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace refrain {

class ServerEdits : public QObject {
    Q_OBJECT
public:
    using DatabaseRunner = std::function<void(std::function<void(Database &)>)>;
    // The edit is in the mirror and queued (several queue rows for long song lists; none when
    // deleting a playlist that never reached the server), or why it was refused locally.
    using Done = std::function<void(Result<QList<ServerEdit>>)>;

    // How the server took one attempt at an edit.
    enum class Verdict {
        Applied,     // done on the server
        Rejected,    // refused for good: drop it, tell the user
        Unreachable, // nothing answered: keep it, stop draining
        Stopped,     // the server answered but cannot take edits now (sign-in, errors): keep, stop
    };
    // maybeSent: the request may have reached the server although no answer came back.
    static Verdict classify(const SubsonicCall &call, ServerEdit::Kind kind, bool *maybeSent);

    ServerEdits(SubsonicClient *client, DatabaseRunner runner, QObject *parent = nullptr);

    QString serverId() const { return m_serverId; }

    void createPlaylist(const QString &name, const QStringList &songIds, Done done = {});
    void renamePlaylist(const QString &playlistId, const QString &name, Done done = {});
    void addToPlaylist(const QString &playlistId, const QStringList &songIds, Done done = {});
    // indexes: positions in the playlist as the mirror shows it now.
    void removeFromPlaylist(const QString &playlistId, const QList<int> &indexes, Done done = {});
    void deletePlaylist(const QString &playlistId, Done done = {});
    void star(ServerEdit::Target target, const QString &itemId, Done done = {});
    void unstar(ServerEdit::Target target, const QString &itemId, Done done = {});

    // Sends queued edits, oldest first, until the queue is empty or the server cannot take
    // them. Does nothing more while a drain runs (except to look once more at its end).
    void drain();
    bool isDraining() const { return m_draining; }

Q_SIGNALS:
    // The mirror's playlists or stars changed (an edit, a refusal, a local id replaced).
    void mirrorChanged();
    // A playlist made here got its id on the server; views showing localId should follow.
    void playlistIdReplaced(const QString &localId, const QString &serverPlaylistId);
    void applied(qint64 editId);
    // message: a plain sentence for the user ("Add 2 songs to “Road trip”: Playlist not found").
    void rejected(qint64 editId, const QString &message);
    // Draining stopped: pending edits still queued (0: all applied or refused); reason says why
    // it stopped early, in plain words (empty when the queue is empty).
    void idle(int pending, const QString &reason);

private:
    struct Merge; // a merge on its way to the server

    void record(ServerEdit edit, Done done);
    void step();
    void send(const ServerEdit &edit);
    // The server's copy of the edit's playlist, compared with the base: send or merge.
    void check(const ServerEdit &edit);
    void compare(const ServerEdit &edit, const PlaylistMergeStore::Start &start,
                 const SubsonicCall &call);
    void merge(const ServerEdit &edit, const PlaylistMergeStore::Start &start,
               const RemotePlaylist &server);
    void sendMerge(const std::shared_ptr<Merge> &merge);
    void commitMerge(const std::shared_ptr<Merge> &merge);
    // The server said "not found" to a playlist edit: if the playlist is gone, a conflict.
    void confirmGone(const ServerEdit &edit, const QString &message);
    void deletedOnServer(const QString &playlistId);
    void sendCreate(const ServerEdit &edit);
    void findCreated(const ServerEdit &edit, bool createWhenMissing);
    void answered(const ServerEdit &edit, const SubsonicCall &call);
    // The playlist created by edit is serverPlaylistId on the server.
    void adopt(const ServerEdit &edit, const QString &serverPlaylistId);
    void reject(const ServerEdit &edit, const QString &message);
    void stop(const QString &reason);
    // Runs job(store) on the writer, then then(result) on this thread (never re-entrantly).
    template<typename Store = ServerEditStore, typename Job, typename Then>
    void write(Job job, Then then);

    QPointer<SubsonicClient> m_client;
    DatabaseRunner m_runner;
    QString m_serverId;
    QString m_owner;
    bool m_draining = false;
    bool m_again = false;    // drain() was asked for while draining
    QSet<QString> m_checked; // playlists whose server copy this drain found as the base says
};

} // namespace refrain
