#include "core/service/serveredits.h"

#include "core/service/mergeplan.h"
#include "core/service/subsonic/subsonicerror.h"
#include "core/service/subsonic/subsonicparser.h"

#include <QDateTime>

namespace refrain {

namespace {

bool notFound(const SubsonicCall &call) {
    return call.reply && call.reply->subsonicError()
           && call.reply->subsonicError()->code == SubsonicError::NotFound;
}

bool changesSongsOrName(ServerEdit::Kind kind) {
    return kind == ServerEdit::Kind::RenamePlaylist || kind == ServerEdit::Kind::AddToPlaylist
           || kind == ServerEdit::Kind::RemoveFromPlaylist;
}

} // namespace

struct ServerEdits::Merge {
    ServerEdit edit; // the edit that asked for it
    MergePlan plan;
    qsizetype next = 0; // the request to send next
};

ServerEdits::ServerEdits(SubsonicClient *client, DatabaseRunner runner, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(std::move(runner))
    , m_serverId(client ? client->config().id : QString())
    , m_owner(client ? client->config().user : QString()) {}

ServerEdits::Verdict ServerEdits::classify(const SubsonicCall &call, ServerEdit::Kind kind,
                                           bool *maybeSent) {
    *maybeSent = false;
    if (call.ok())
        return Verdict::Applied;
    if (call.reply) {
        const SubsonicReply &reply = *call.reply;
        if (reply.problem() == SubsonicReply::Problem::Failed && reply.subsonicError()) {
            const int code = reply.subsonicError()->code;
            // Not the edit's fault: once the user fixes the sign-in (or the server), it goes.
            if (reply.subsonicError()->isAuthenticationError()
                || code == SubsonicError::ClientTooOld || code == SubsonicError::ServerTooOld)
                return Verdict::Stopped;
            // Deleting what is already gone is done.
            if (code == SubsonicError::NotFound && kind == ServerEdit::Kind::DeletePlaylist)
                return Verdict::Applied;
            return Verdict::Rejected;
        }
        // Statuses that say "this request, never": sending it again cannot help.
        static constexpr int kRefusedStatuses[] = {400, 413, 414, 431};
        if (reply.problem() == SubsonicReply::Problem::HttpError
            && std::find(std::begin(kRefusedStatuses), std::end(kRefusedStatuses),
                         reply.httpStatus())
                   != std::end(kRefusedStatuses))
            return Verdict::Rejected;
        // Something answered (an error page, garbage): it may have acted on the request.
        *maybeSent = true;
        return Verdict::Stopped;
    }
    switch (call.transport.failure) {
    case FailureKind::Refused:
    case FailureKind::HostNotFound:
    case FailureKind::NetworkDown:
    case FailureKind::CircuitOpen:
        return Verdict::Unreachable;
    case FailureKind::Timeout:
    case FailureKind::Reset:
    case FailureKind::Other:
        *maybeSent = true; // the request may have arrived and only the answer got lost
        return Verdict::Unreachable;
    default:
        // TLS refused, a redirect elsewhere, cancelled, no usable address or sign-in.
        return Verdict::Stopped;
    }
}

template<typename Store, typename Job, typename Then>
void ServerEdits::write(Job job, Then then) {
    const QPointer<ServerEdits> self(this);
    m_runner(
        [self, serverId = m_serverId, job = std::move(job), then = std::move(then)](Database &db) {
            Store store(db, serverId);
            auto result = job(store);
            if (!self)
                return;
            // Queued even when the runner is inline: the caller's state is never changed under it.
            QMetaObject::invokeMethod(
                self.data(),
                [self, then, result = std::move(result)]() mutable {
                    if (self)
                        then(std::move(result));
                },
                Qt::QueuedConnection);
        });
}

void ServerEdits::record(ServerEdit edit, Done done) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    write([edit, owner = m_owner,
           now](ServerEditStore &store) { return store.record(edit, owner, now); },
          [this, done](Result<QList<ServerEdit>> queued) {
              if (queued)
                  Q_EMIT mirrorChanged();
              if (done)
                  done(queued);
              if (queued && !queued.value().isEmpty())
                  drain();
          });
}

void ServerEdits::createPlaylist(const QString &name, const QStringList &songIds, Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::CreatePlaylist;
    edit.name = name;
    edit.songIds = songIds;
    record(edit, std::move(done));
}

void ServerEdits::renamePlaylist(const QString &playlistId, const QString &name, Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::RenamePlaylist;
    edit.playlistId = playlistId;
    edit.name = name;
    record(edit, std::move(done));
}

void ServerEdits::addToPlaylist(const QString &playlistId, const QStringList &songIds, Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::AddToPlaylist;
    edit.playlistId = playlistId;
    edit.songIds = songIds;
    record(edit, std::move(done));
}

void ServerEdits::removeFromPlaylist(const QString &playlistId, const QList<int> &indexes,
                                     Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::RemoveFromPlaylist;
    edit.playlistId = playlistId;
    edit.indexes = indexes;
    record(edit, std::move(done));
}

void ServerEdits::deletePlaylist(const QString &playlistId, Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::DeletePlaylist;
    edit.playlistId = playlistId;
    record(edit, std::move(done));
}

void ServerEdits::star(ServerEdit::Target target, const QString &itemId, Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::Star;
    edit.target = target;
    edit.itemId = itemId;
    record(edit, std::move(done));
}

void ServerEdits::unstar(ServerEdit::Target target, const QString &itemId, Done done) {
    ServerEdit edit;
    edit.kind = ServerEdit::Kind::Unstar;
    edit.target = target;
    edit.itemId = itemId;
    record(edit, std::move(done));
}

void ServerEdits::drain() {
    if (m_draining) {
        m_again = true;
        return;
    }
    m_draining = true;
    m_again = false;
    m_checked.clear(); // the server may have changed since the last drain
    step();
}

void ServerEdits::step() {
    write([](ServerEditStore &store) { return store.next(); },
          [this](Result<std::optional<ServerEdit>> next) {
              if (!next)
                  return stop(next.error().message);
              if (next.value())
                  return send(*next.value());
              if (std::exchange(m_again, false))
                  return step(); // an edit may have been queued after the look
              m_draining = false;
              Q_EMIT idle(0, QString());
          });
}

void ServerEdits::stop(const QString &reason) {
    write([](ServerEditStore &store) { return store.pendingCount(); },
          [this, reason](Result<int> pending) {
              m_draining = false;
              m_again = false;
              Q_EMIT idle(pending.valueOr(1), reason);
          });
}

void ServerEdits::send(const ServerEdit &edit) {
    using Kind = ServerEdit::Kind;
    if (!m_client)
        return stop(tr("The server connection is gone."));
    if (edit.kind == Kind::CreatePlaylist) {
        if (edit.created || edit.maybeSent)
            return findCreated(edit, !edit.created);
        return sendCreate(edit);
    }
    // A later edit of a playlist made here is sent only once the playlist has its server id.
    if (ServerEditStore::isLocalId(edit.playlistId))
        return reject(edit, tr("its playlist was never created on the server"));
    // A rename or a removal by index is only right against the list it was made on.
    if ((edit.kind == Kind::RenamePlaylist || edit.kind == Kind::RemoveFromPlaylist)
        && !m_checked.contains(edit.playlistId))
        return check(edit);
    QString endpoint = QStringLiteral("updatePlaylist");
    SubsonicParams params;
    const auto add = [&params](const char *name, const QString &value) {
        params.append({QLatin1String(name), value});
    };
    switch (edit.kind) {
    case Kind::RenamePlaylist:
        add("playlistId", edit.playlistId);
        add("name", edit.name);
        break;
    case Kind::AddToPlaylist:
        add("playlistId", edit.playlistId);
        for (const QString &song : edit.songIds)
            add("songIdToAdd", song);
        break;
    case Kind::RemoveFromPlaylist:
        add("playlistId", edit.playlistId);
        for (int index : edit.indexes)
            add("songIndexToRemove", QString::number(index));
        break;
    case Kind::DeletePlaylist:
        endpoint = QStringLiteral("deletePlaylist");
        add("id", edit.playlistId);
        break;
    case Kind::Star:
    case Kind::Unstar:
        endpoint = edit.kind == Kind::Star ? QStringLiteral("star") : QStringLiteral("unstar");
        add(edit.target == ServerEdit::Target::Album    ? "albumId"
            : edit.target == ServerEdit::Target::Artist ? "artistId"
                                                        : "id",
            edit.itemId);
        break;
    case Kind::CreatePlaylist:
        break;
    }
    const QPointer<ServerEdits> self(this);
    // Stars are idempotent; playlist edits are not (an add sent twice adds twice).
    const bool idempotent = edit.kind == Kind::Star || edit.kind == Kind::Unstar;
    m_client->call(
        endpoint, params, Component::Browse,
        [self, edit](const SubsonicCall &call) {
            if (self)
                self->answered(edit, call);
        },
        idempotent ? SubsonicClient::Delivery::Retryable : SubsonicClient::Delivery::SendOnce);
}

void ServerEdits::answered(const ServerEdit &edit, const SubsonicCall &call) {
    bool maybeSent = false;
    switch (classify(call, edit.kind, &maybeSent)) {
    case Verdict::Applied:
        write([edit](ServerEditStore &store) { return store.sent(edit); },
              [this, id = edit.id](Result<void> done) {
                  if (!done)
                      return stop(done.error().message);
                  Q_EMIT applied(id);
                  step();
              });
        return;
    case Verdict::Rejected:
        if (notFound(call) && changesSongsOrName(edit.kind))
            return confirmGone(edit, call.error.message);
        return reject(edit, call.error.message);
    case Verdict::Unreachable:
    case Verdict::Stopped:
        break;
    }
    const QString reason = call.error.message;
    write([id = edit.id,
           maybeSent](ServerEditStore &store) { return store.attemptFailed(id, maybeSent); },
          [this, reason](Result<void>) { stop(reason); });
}

void ServerEdits::sendCreate(const ServerEdit &edit) {
    SubsonicParams params{{QStringLiteral("name"), edit.name}};
    for (const QString &song : edit.songIds)
        params.append({QStringLiteral("songId"), song});
    const QPointer<ServerEdits> self(this);
    m_client->call(
        QStringLiteral("createPlaylist"), params, Component::Browse,
        [self, edit](const SubsonicCall &call) {
            if (!self)
                return;
            if (!call.ok())
                return self->answered(edit, call);
            // OpenSubsonic servers (Navidrome, …) answer with the playlist; older ones (Supysonic)
            // with nothing, and the new id is looked up next — the create is never sent again.
            auto made = SubsonicParser::parsePlaylist(*call.reply);
            if (!made) {
                self->write(
                    [id = edit.id](ServerEditStore &store) { return store.markCreated(id); },
                    [self](Result<void> marked) {
                        if (!marked)
                            return self->stop(marked.error().message);
                        self->step();
                    });
                return;
            }
            self->adopt(edit, made.value().id);
        },
        SubsonicClient::Delivery::SendOnce);
}

void ServerEdits::findCreated(const ServerEdit &edit, bool createWhenMissing) {
    const QPointer<ServerEdits> self(this);
    m_client->call(
        QStringLiteral("getPlaylists"), {}, Component::Browse,
        [self, edit, createWhenMissing](const SubsonicCall &call) {
            if (!self)
                return;
            auto lists = call.ok() ? SubsonicParser::parsePlaylists(*call.reply)
                                   : Result<QList<RemotePlaylist>>(call.error);
            if (!lists) {
                // Only a lookup failed: the create itself is kept as it is.
                const QString reason = lists.error().message;
                return self->write(
                    [id = edit.id](ServerEditStore &store) {
                        return store.attemptFailed(id, false);
                    },
                    [self, reason](Result<void>) { self->stop(reason); });
            }
            self->write([](ServerEditStore &store) { return store.serverPlaylistIds(); },
                        [self, edit, createWhenMissing,
                         lists = lists.value()](Result<QSet<QString>> known) {
                            if (!known)
                                return self->stop(known.error().message);
                            // The newest playlist of that name that was not there before; one
                            // mirrored meanwhile (a sync between the create and now) only when
                            // nothing else fits.
                            const RemotePlaylist *best = nullptr;
                            for (bool strict : {true, false}) {
                                for (const RemotePlaylist &p : lists) {
                                    if (p.name != edit.name || edit.existingIds.contains(p.id)
                                        || (strict && known.value().contains(p.id)))
                                        continue;
                                    if (!best || !(p.created < best->created))
                                        best = &p;
                                }
                                if (best)
                                    break;
                            }
                            if (best)
                                return self->adopt(edit, best->id);
                            if (createWhenMissing) // the lost attempt never got there
                                return self->sendCreate(edit);
                            self->reject(edit,
                                         tr("the server said it was created but does not list it"));
                        });
        });
}

void ServerEdits::adopt(const ServerEdit &edit, const QString &serverPlaylistId) {
    write(
        [edit, serverPlaylistId](ServerEditStore &store) {
            return store.playlistCreated(edit.id, edit.playlistId, serverPlaylistId);
        },
        [this, edit, serverPlaylistId](Result<void> stored) {
            if (!stored)
                return stop(stored.error().message);
            Q_EMIT playlistIdReplaced(edit.playlistId, serverPlaylistId);
            Q_EMIT mirrorChanged();
            Q_EMIT applied(edit.id);
            step();
        });
}

void ServerEdits::reject(const ServerEdit &edit, const QString &message) {
    const QString text = tr("%1: %2").arg(edit.describe(), message);
    write([id = edit.id, text](ServerEditStore &store) { return store.reject(id, text); },
          [this, edit](Result<QList<ServerEdit>> refused) {
              if (!refused)
                  return stop(refused.error().message);
              for (const ServerEdit &e : refused.value())
                  Q_EMIT rejected(e.id, e.lastError);
              // Whatever the edit changed in the mirror, the next sync puts back as the server
              // has it; a refused create leaves the mirror now.
              if (edit.kind == ServerEdit::Kind::CreatePlaylist)
                  Q_EMIT mirrorChanged();
              step();
          });
}

void ServerEdits::check(const ServerEdit &edit) {
    write<PlaylistMergeStore>(
        [id = edit.playlistId](PlaylistMergeStore &store) { return store.start(id); },
        [this, edit](Result<PlaylistMergeStore::Start> start) {
            if (!start)
                return stop(start.error().message);
            const QList<ServerEdit> &pending = start.value().pending;
            const bool deleting =
                std::any_of(pending.cbegin(), pending.cend(), [](const ServerEdit &e) {
                    return e.kind == ServerEdit::Kind::DeletePlaylist;
                });
            // Without a base there is nothing to merge from (as before Refrain kept one); a
            // playlist about to be deleted needs no merge.
            if (!start.value().base || deleting) {
                m_checked.insert(edit.playlistId);
                return send(edit);
            }
            if (!m_client)
                return stop(tr("The server connection is gone."));
            const QPointer<ServerEdits> self(this);
            m_client->call(QStringLiteral("getPlaylist"), {{QStringLiteral("id"), edit.playlistId}},
                           Component::Browse,
                           [self, edit, start = start.value()](const SubsonicCall &call) {
                               if (self)
                                   self->compare(edit, start, call);
                           });
        });
}

void ServerEdits::compare(const ServerEdit &edit, const PlaylistMergeStore::Start &start,
                          const SubsonicCall &call) {
    if (!call.ok()) {
        if (notFound(call))
            return deletedOnServer(edit.playlistId);
        bool maybeSent = false;
        // Refused to show it (not the owner, …): the edit goes as it is and gets its own answer.
        if (classify(call, edit.kind, &maybeSent) == Verdict::Rejected) {
            m_checked.insert(edit.playlistId);
            return send(edit);
        }
        return stop(call.error.message);
    }
    auto server = SubsonicParser::parsePlaylist(*call.reply);
    if (!server)
        return stop(server.error().message);
    PlaylistMerge::Version now{{}, server.value().name};
    for (const RemoteSong &song : server.value().entries)
        now.songs.append(song.id);
    if (now == *start.base) { // nothing changed there: the edits go as they were made
        m_checked.insert(edit.playlistId);
        return send(edit);
    }
    merge(edit, start, server.value());
}

void ServerEdits::merge(const ServerEdit &edit, const PlaylistMergeStore::Start &start,
                        const RemotePlaylist &server) {
    auto plan = MergePlan::make(start, server);
    if (!plan) { // the queue does not fit its base: as it was before there was a base
        m_checked.insert(edit.playlistId);
        return send(edit);
    }
    sendMerge(std::make_shared<Merge>(Merge{edit, std::move(plan).value(), 0}));
}

void ServerEdits::sendMerge(const std::shared_ptr<Merge> &merge) {
    if (merge->next >= merge->plan.requests.size())
        return commitMerge(merge);
    if (!m_client)
        return stop(tr("The server connection is gone."));
    const MergePlan::Request &request = merge->plan.requests.at(merge->next);
    const QPointer<ServerEdits> self(this);
    m_client->call(
        request.endpoint, request.params, Component::Browse,
        [self, merge](const SubsonicCall &call) {
            if (!self)
                return;
            bool maybeSent = false;
            switch (classify(call, ServerEdit::Kind::AddToPlaylist, &maybeSent)) {
            case Verdict::Applied:
                ++merge->next;
                return self->sendMerge(merge);
            case Verdict::Rejected: {
                // Refused as a whole: every edit in it is, with the server's reason; the next
                // sync shows the playlist as the server has it.
                const QString reason = call.error.message;
                return self->write(
                    [merge, reason](ServerEditStore &store) -> Result<QList<ServerEdit>> {
                        QList<ServerEdit> refused;
                        auto pending = store.pendingFor(merge->plan.outcome.playlistId);
                        if (!pending)
                            return pending.error();
                        for (const ServerEdit &e : pending.value()) {
                            if (!merge->plan.outcome.merged.contains(e.id))
                                continue;
                            auto gone = store.reject(
                                e.id, QStringLiteral("%1: %2").arg(e.describe(), reason));
                            if (!gone)
                                return gone.error();
                            refused += gone.value();
                        }
                        return refused;
                    },
                    [self](Result<QList<ServerEdit>> refused) {
                        if (!refused)
                            return self->stop(refused.error().message);
                        for (const ServerEdit &e : refused.value())
                            Q_EMIT self->rejected(e.id, e.lastError);
                        self->step();
                    });
            }
            case Verdict::Unreachable:
            case Verdict::Stopped:
                break;
            }
            // Whatever got through, the next drain looks at the server again and merges anew.
            const QString reason = call.error.message;
            self->write([id = merge->edit.id](
                            ServerEditStore &store) { return store.attemptFailed(id, false); },
                        [self, reason](Result<void>) { self->stop(reason); });
        },
        SubsonicClient::Delivery::SendOnce);
}

void ServerEdits::commitMerge(const std::shared_ptr<Merge> &merge) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    write<PlaylistMergeStore>(
        [merge, now](PlaylistMergeStore &store) { return store.commit(merge->plan.outcome, now); },
        [this, merge](Result<void> committed) {
            if (!committed)
                return stop(committed.error().message);
            const PlaylistMergeStore::Outcome &outcome = merge->plan.outcome;
            m_checked.insert(outcome.playlistId); // the server has the base now
            QSet<qint64> conflicting;
            for (const auto &[id, message] : outcome.conflicts) {
                conflicting.insert(id);
                Q_EMIT rejected(id, message);
            }
            for (const qint64 id : outcome.merged) {
                if (!conflicting.contains(id))
                    Q_EMIT applied(id);
            }
            Q_EMIT mirrorChanged();
            step();
        });
}

void ServerEdits::confirmGone(const ServerEdit &edit, const QString &message) {
    if (!m_client)
        return reject(edit, message);
    const QPointer<ServerEdits> self(this);
    m_client->call(QStringLiteral("getPlaylist"), {{QStringLiteral("id"), edit.playlistId}},
                   Component::Browse, [self, edit, message](const SubsonicCall &call) {
                       if (!self)
                           return;
                       if (notFound(call))
                           return self->deletedOnServer(edit.playlistId);
                       self->reject(edit, message); // it is there: the edit itself was refused
                   });
}

void ServerEdits::deletedOnServer(const QString &playlistId) {
    write<PlaylistMergeStore>(
        [playlistId](PlaylistMergeStore &store) -> Result<QList<PlaylistMergeStore::Conflict>> {
            auto start = store.start(playlistId);
            if (!start)
                return start.error();
            const auto conflicts = MergePlan::deleted(start.value().pending);
            if (auto held = store.hold(conflicts); !held)
                return held.error();
            return conflicts;
        },
        [this](Result<QList<PlaylistMergeStore::Conflict>> conflicts) {
            if (!conflicts)
                return stop(conflicts.error().message);
            for (const auto &[id, message] : conflicts.value())
                Q_EMIT rejected(id, message);
            step();
        });
}

} // namespace refrain
