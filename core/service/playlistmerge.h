// PlaylistMerge: the three-way merge of a server playlist — its songs and name as the server last
// said them (base), as this computer changed them while the server was away (local) and as the
// server has them now — keeping the server's changes and applying the local ones. Pure: no
// database, no network; songs are ids and may repeat.
//
// Songs: the server's list is the skeleton, in the server's order. A song removed here is removed
// from the server's list — the same entry, found by aligning base and server (a longest common
// subsequence, earliest matches first), or where the server moved it (a base entry the server
// dropped paired with an entry of the same song it added). A song removed on both sides goes
// once. A song added here goes after the nearest base entry before it that the server still has
// (after what the server added there), or first; where the server added the same song at the same
// place it is not added again, so merging an already merged list changes nothing.
//
// Conflicts — only what cannot be decided, never resolved silently:
//  - both sides renamed, to different names: the server's name is kept, nameConflict says so;
//  - a removal here of a song the server both dropped and re-added elsewhere, when the server now
//    has fewer copies of it than it dropped and only some of those were removed here: which copy
//    the user meant cannot be told, so nothing of that song is removed (undecided lists them).
#pragma once

#include "core/service/serveredit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace refrain {

class PlaylistMerge {
public:
    struct Version {
        QStringList songs;
        QString name;
        bool operator==(const Version &) const = default;
    };

    // What this computer did to the base: which base entries it removed and which songs it added,
    // each after a base position (-1: before the first entry).
    struct LocalChanges {
        QList<bool> removed; // one per base entry
        QList<std::pair<int, QString>> added;
        QString name;
    };

    struct Outcome {
        QStringList songs;
        QString name;
        bool nameConflict = false;
        QList<int> undecided; // base positions whose removal here was not applied (see above)
    };

    // The base with the queued edits applied in order, as the mirror shows it.
    struct Replay {
        LocalChanges changes;
        QStringList songs;
        QHash<int, qint64> removedBy; // base position → the edit that removed it
    };

    static Outcome merge(const Version &base, const Version &local, const Version &server);
    static Outcome merge(const Version &base, const LocalChanges &local, const Version &server);
    // What turned base into local, found by alignment (a removal among repeats of one song is
    // taken to be the earliest copy that fits).
    static LocalChanges changes(const Version &base, const Version &local);
    // Exactly what the queued edits did (renames, additions, removals by index, in order);
    // nothing when one of them does not fit (an index past the end, another kind of edit).
    static std::optional<Replay> replay(const Version &base, const QList<ServerEdit> &edits);
    static QString mergeName(const QString &base, const QString &local, const QString &server,
                             bool *conflict);

    // Pairs (index in a, index in b) of a longest common subsequence, in order.
    static QList<std::pair<int, int>> align(const QStringList &a, const QStringList &b);

    // How updatePlaylist turns `from` into `to`: indexes of `from` to remove, then songs to
    // append. Nothing when that would remove and re-add entries `to` keeps (an insertion in the
    // middle, a new order): then the whole list has to be sent.
    struct Update {
        QList<int> removeIndexes; // ascending
        QStringList append;
        bool isEmpty() const { return removeIndexes.isEmpty() && append.isEmpty(); }
    };
    static std::optional<Update> asUpdate(const QStringList &from, const QStringList &to);
};

} // namespace refrain
