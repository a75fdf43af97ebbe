#include "core/service/playlistmerge.h"

#include <algorithm>
#include <vector>

namespace refrain {

namespace {

// The alignment table takes two bytes a cell; past this many (two changed stretches of about
// 2,000 songs each) the changed middle is aligned greedily instead: still in order, maybe shorter.
constexpr qsizetype kMaxTableCells = 4'000'000;

} // namespace

QList<std::pair<int, int>> PlaylistMerge::align(const QStringList &a, const QStringList &b) {
    const int n = int(a.size());
    const int m = int(b.size());
    QList<std::pair<int, int>> pairs;
    // Most edits touch a few songs: the common head and tail need no table.
    int head = 0;
    while (head < n && head < m && a.at(head) == b.at(head)) {
        pairs.append({head, head});
        ++head;
    }
    int tail = 0;
    while (tail < n - head && tail < m - head && a.at(n - 1 - tail) == b.at(m - 1 - tail))
        ++tail;
    const int rn = n - head - tail;
    const int rm = m - head - tail;
    if (rn > 0 && rm > 0) {
        QHash<QString, int> codes; // song id → small number: cheaper to compare in the table
        const auto encode = [&codes](const QStringList &list, int from, int count) {
            std::vector<int> out(size_t(count), 0);
            for (int k = 0; k < count; ++k) {
                auto it = codes.constFind(list.at(from + k));
                if (it == codes.cend())
                    it = codes.insert(list.at(from + k), int(codes.size()));
                out[size_t(k)] = it.value();
            }
            return out;
        };
        const std::vector<int> x = encode(a, head, rn);
        const std::vector<int> y = encode(b, head, rm);
        if (qsizetype(rn + 1) * qsizetype(rm + 1) <= kMaxTableCells) {
            // lcs(i, j): the longest common subsequence of x[i…] and y[j…]; at most 2,000.
            const size_t width = size_t(rm) + 1;
            std::vector<quint16> lcs((size_t(rn) + 1) * width, 0);
            const auto at = [&](int i, int j) -> quint16 & {
                return lcs[size_t(i) * width + size_t(j)];
            };
            for (int i = rn - 1; i >= 0; --i) {
                for (int j = rm - 1; j >= 0; --j)
                    at(i, j) = x[size_t(i)] == y[size_t(j)] ? quint16(at(i + 1, j + 1) + 1)
                                                            : std::max(at(i + 1, j), at(i, j + 1));
            }
            int i = 0;
            int j = 0;
            while (i < rn && j < rm) {
                if (x[size_t(i)] == y[size_t(j)]) {
                    pairs.append({head + i, head + j});
                    ++i;
                    ++j;
                } else if (at(i + 1, j) >= at(i, j + 1)) {
                    ++i;
                } else {
                    ++j;
                }
            }
        } else {
            QHash<int, QList<int>> where; // song → its positions in y
            for (int j = 0; j < rm; ++j)
                where[y[size_t(j)]].append(j);
            int j = 0;
            for (int i = 0; i < rn && j < rm; ++i) {
                const auto it = where.constFind(x[size_t(i)]);
                if (it == where.cend())
                    continue;
                const auto pos = std::lower_bound(it->cbegin(), it->cend(), j);
                if (pos == it->cend())
                    continue;
                pairs.append({head + i, head + *pos});
                j = *pos + 1;
            }
        }
    }
    for (int k = tail; k > 0; --k)
        pairs.append({n - k, m - k});
    return pairs;
}

QString PlaylistMerge::mergeName(const QString &base, const QString &local, const QString &server,
                                 bool *conflict) {
    *conflict = false;
    if (local == base)
        return server;
    if (server == base || server == local)
        return local;
    *conflict = true;
    return server;
}

PlaylistMerge::LocalChanges PlaylistMerge::changes(const Version &base, const Version &local) {
    LocalChanges out;
    out.name = local.name;
    const int n = int(base.songs.size());
    out.removed = QList<bool>(n, true);
    QList<int> baseOf(local.songs.size(), -1);
    for (const auto &[b, l] : align(base.songs, local.songs)) {
        out.removed[b] = false;
        baseOf[l] = b;
    }
    // An added song belongs after the base entry just before the next one kept here, so that
    // entries removed around it do not pull it forward.
    int next = n;
    for (int l = int(local.songs.size()) - 1; l >= 0; --l) {
        if (baseOf.at(l) >= 0)
            next = baseOf.at(l);
        else
            out.added.append({next - 1, local.songs.at(l)});
    }
    std::reverse(out.added.begin(), out.added.end());
    return out;
}

std::optional<PlaylistMerge::Replay> PlaylistMerge::replay(const Version &base,
                                                           const QList<ServerEdit> &edits) {
    struct Entry {
        int base = -1; // -1: added here
        QString song;
    };
    QList<Entry> list;
    for (int i = 0; i < base.songs.size(); ++i)
        list.append({i, base.songs.at(i)});
    Replay out;
    out.changes.name = base.name;
    for (const ServerEdit &edit : edits) {
        switch (edit.kind) {
        case ServerEdit::Kind::RenamePlaylist:
            out.changes.name = edit.name;
            break;
        case ServerEdit::Kind::AddToPlaylist:
            for (const QString &song : edit.songIds)
                list.append({-1, song});
            break;
        case ServerEdit::Kind::RemoveFromPlaylist: {
            QList<int> sorted = edit.indexes;
            std::sort(sorted.begin(), sorted.end(), std::greater<int>());
            for (int k = 0; k < sorted.size(); ++k) {
                const int index = sorted.at(k);
                if (index < 0 || index >= list.size() || (k > 0 && index == sorted.at(k - 1)))
                    return std::nullopt;
                if (list.at(index).base >= 0)
                    out.removedBy.insert(list.at(index).base, edit.id);
                list.removeAt(index);
            }
            break;
        }
        default:
            return std::nullopt;
        }
    }
    const int n = int(base.songs.size());
    out.changes.removed = QList<bool>(n, true);
    int next = n;
    for (int k = int(list.size()) - 1; k >= 0; --k) {
        const Entry &e = list.at(k);
        if (e.base >= 0) {
            out.changes.removed[e.base] = false;
            next = e.base;
        } else {
            out.changes.added.append({next - 1, e.song});
        }
    }
    std::reverse(out.changes.added.begin(), out.changes.added.end());
    for (const Entry &e : std::as_const(list))
        out.songs.append(e.song);
    return out;
}

PlaylistMerge::Outcome PlaylistMerge::merge(const Version &base, const Version &local,
                                            const Version &server) {
    return merge(base, changes(base, local), server);
}

PlaylistMerge::Outcome PlaylistMerge::merge(const Version &base, const LocalChanges &local,
                                            const Version &server) {
    Outcome out;
    out.name = mergeName(base.name, local.name, server.name, &out.nameConflict);
    const int n = int(base.songs.size());
    const int m = int(server.songs.size());
    QList<int> toServer(n, -1);
    QList<int> fromBase(m, -1);
    for (const auto &[b, s] : align(base.songs, server.songs)) {
        toServer[b] = s;
        fromBase[s] = b;
    }
    const auto removedHere = [&local](int b) {
        return b >= 0 && b < local.removed.size() && local.removed.at(b);
    };

    // Moves: a base entry the server dropped and an entry of the same song it added, paired in
    // order; a removal here then follows the song to where the server put it.
    QList<int> movedFrom(m, -1);
    QHash<QString, QList<int>> dropped;
    QHash<QString, QList<int>> added;
    for (int b = 0; b < n; ++b) {
        if (toServer.at(b) < 0)
            dropped[base.songs.at(b)].append(b);
    }
    for (int s = 0; s < m; ++s) {
        if (fromBase.at(s) < 0)
            added[server.songs.at(s)].append(s);
    }
    for (auto it = dropped.cbegin(); it != dropped.cend(); ++it) {
        const auto copies = added.constFind(it.key());
        if (copies == added.cend())
            continue;
        const QList<int> &gone = it.value();
        const auto removed = std::count_if(gone.cbegin(), gone.cend(), removedHere);
        // Fewer copies came back than went, and only some went here: whether a removal here
        // meant a copy that came back depends on a pairing nobody can know.
        if (copies->size() < gone.size() && removed > 0 && removed < gone.size()) {
            std::copy_if(gone.cbegin(), gone.cend(), std::back_inserter(out.undecided),
                         removedHere);
            continue;
        }
        for (qsizetype k = 0; k < std::min(gone.size(), copies->size()); ++k)
            movedFrom[copies->at(k)] = gone.at(k);
    }
    std::sort(out.undecided.begin(), out.undecided.end());

    // nextAligned[s]: the first server entry from s on that the base has in place (m: none).
    QList<int> nextAligned(m + 1, m);
    for (int s = m - 1; s >= 0; --s)
        nextAligned[s] = fromBase.at(s) >= 0 ? s : nextAligned.at(s + 1);
    QHash<int, QStringList> insertsAfter;        // server position → songs added here after it
    QHash<int, QHash<QString, int>> serverAdded; // per gap: songs the server added there itself
    for (const auto &[anchor, song] : local.added) {
        int s = -1;
        for (int b = std::min(anchor, n - 1); b >= 0; --b) {
            if (toServer.at(b) >= 0) {
                s = toServer.at(b);
                break;
            }
        }
        // After the anchor and everything the server put behind it before its next base entry.
        const int key = nextAligned.at(s + 1) - 1;
        if (!serverAdded.contains(key)) {
            QHash<QString, int> songs;
            for (int k = s + 1; k <= key; ++k) {
                if (fromBase.at(k) < 0 && movedFrom.at(k) < 0)
                    ++songs[server.songs.at(k)];
            }
            serverAdded.insert(key, songs);
        }
        int &same = serverAdded[key][song];
        if (same > 0) { // both sides added it there: once
            --same;
            continue;
        }
        insertsAfter[key].append(song);
    }

    out.songs = insertsAfter.value(-1);
    for (int s = 0; s < m; ++s) {
        const int b = fromBase.at(s) >= 0 ? fromBase.at(s) : movedFrom.at(s);
        if (!removedHere(b))
            out.songs.append(server.songs.at(s));
        out.songs += insertsAfter.value(s);
    }
    return out;
}

std::optional<PlaylistMerge::Update> PlaylistMerge::asUpdate(const QStringList &from,
                                                             const QStringList &to) {
    // The longest start of `to` that keeps entries of `from` in order; the rest is appended.
    QList<bool> kept(from.size(), false);
    int i = 0;
    int j = 0;
    for (; j < to.size(); ++j) {
        while (i < from.size() && from.at(i) != to.at(j))
            ++i;
        if (i == from.size())
            break;
        kept[i++] = true;
    }
    if (j < align(from, to).size())
        return std::nullopt; // entries to keep would be removed and added again
    Update out;
    for (int k = 0; k < from.size(); ++k) {
        if (!kept.at(k))
            out.removeIndexes.append(k);
    }
    out.append = to.mid(j);
    return out;
}

} // namespace refrain
