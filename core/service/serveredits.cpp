#include "core/service/serveredits.h"

#include "core/service/subsonic/subsonicerror.h"
#include "core/service/subsonic/subsonicparser.h"

#include <QDateTime>

namespace refrain {

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

template<typename Job, typename Then>
void ServerEdits::write(Job job, Then then) {
    const QPointer<ServerEdits> self(this);
    m_runner(
        [self, serverId = m_serverId, job = std::move(job), then = std::move(then)](Database &db) {
            ServerEditStore store(db, serverId);
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
        write([id = edit.id](ServerEditStore &store) { return store.applied(id); },
              [this, id = edit.id](Result<void> done) {
                  if (!done)
                      return stop(done.error().message);
                  Q_EMIT applied(id);
                  step();
              });
        return;
    case Verdict::Rejected:
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

} // namespace refrain
