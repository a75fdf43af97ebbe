#include "core/model/tracktablemodel.h"

#include "core/model/offlineavailability.h"

#include "core/library/library.h"
#include "core/model/dragdata.h"
#include "core/model/plaintooltip.h"

#include <QDataStream>
#include <QDir>
#include <QFont>
#include <QMimeData>

#include <algorithm>

namespace refrain {

TrackTableModel::TrackTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    // The C locale compares code points and ignores numeric mode: sort as English there.
    , m_collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale()) {
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void TrackTableModel::attach(Library *library) {
    connect(library, &Library::tracksLoaded, this, &TrackTableModel::addTracks);
    connect(library, &Library::tracksAdded, this, &TrackTableModel::addTracks);
    connect(library, &Library::tracksUpdated, this, &TrackTableModel::updateTracks);
    connect(library, &Library::tracksRemoved, this, &TrackTableModel::removeTracks);
    connect(library, &Library::availabilityChanged, this, &TrackTableModel::setAvailability);
    // A reopened database (after moving a damaged one aside) starts from nothing.
    connect(library, &Library::opened, this, &TrackTableModel::clear);
}

int TrackTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tracks.size());
}

int TrackTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool TrackTableModel::isValidRow(const QModelIndex &index) const {
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() >= 0
           && index.row() < m_tracks.size() && index.column() >= 0 && index.column() < ColumnCount;
}

void TrackTableModel::setOfflineAvailability(OfflineAvailability *offline) {
    m_offline = offline;
    connect(offline, &OfflineAvailability::changed, this, [this](const TrackIds &ids) {
        for (qint64 id : ids) {
            const int row = rowOfTrack(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, OfflineColumn), index(row, OfflineColumn));
        }
    });
    // Streaming went out or came back: every server row may grey or light up.
    connect(offline, &OfflineAvailability::playabilityChanged, this, [this] {
        if (!m_tracks.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_tracks.size()) - 1, ColumnCount - 1),
                               {Qt::ToolTipRole, AvailableRole});
    });
    if (!m_tracks.isEmpty())
        Q_EMIT dataChanged(index(0, OfflineColumn), index(int(m_tracks.size()) - 1, OfflineColumn));
}

QString TrackTableModel::unplayableReason(const Track &track) const {
    if (m_offline)
        return m_offline->unplayableReason(track);
    return track.available ? QString() : OfflineAvailability::explanation(offlineState(track));
}

OfflineAvailability::State TrackTableModel::offlineState(const Track &track) const {
    if (m_offline)
        return m_offline->state(track);
    if (track.isLocal())
        return track.available ? OfflineAvailability::State::Local
                               : OfflineAvailability::State::Missing;
    return OfflineAvailability::State::Streams;
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const {
    if (!isValidRow(index))
        return {};
    const Track &t = m_tracks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return t.title;
        case ArtistColumn:
            return t.displayArtist();
        case AlbumColumn:
            return t.album;
        case SourceColumn:
            return sourceName(t);
        case DurationColumn:
            return t.durationMs > 0 ? formatDuration(t.durationMs) : QString();
        case OfflineColumn:
            return OfflineAvailability::label(offlineState(t));
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case DurationColumn:
            return t.durationMs;
        case OfflineColumn:
            return int(offlineState(t));
        case TitleColumn:
            return t.title;
        case ArtistColumn:
            return t.displayArtist();
        case AlbumColumn:
            return t.album;
        case SourceColumn:
            return sourceName(t);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (index.column() == OfflineColumn)
            return plainTooltip(OfflineAvailability::explanation(offlineState(t)));
        if (t.available) {
            // Greyed because it cannot play now: say why, on every column.
            if (const QString why = unplayableReason(t); !why.isEmpty())
                return plainTooltip(why);
        }
        if (!t.isLocal()) {
            // The location of a server's track is an internal id: the server's name says more.
            const QString server = sourceName(t);
            return plainTooltip(
                t.available ? tr("From the server “%1”").arg(server)
                            : tr("Not available — the server “%1” cannot be reached").arg(server));
        }
        const QString where = QDir::toNativeSeparators(t.location);
        return plainTooltip(t.available ? where
                                        : tr("Not available — %1 cannot be reached").arg(where));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TrackRole:
        return QVariant::fromValue(t);
    case TrackIdRole:
        return t.id;
    case AvailableRole:
        return t.available && unplayableReason(t).isEmpty();
    case NowPlayingRole:
        return m_nowPlaying != 0 && t.id == m_nowPlaying;
    case OfflineRole: {
        const OfflineAvailability::State s = offlineState(t);
        return s == OfflineAvailability::State::Local
               || s == OfflineAvailability::State::Downloaded;
    }
    case Qt::FontRole:
        if (m_nowPlaying != 0 && t.id == m_nowPlaying) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case AlbumColumn:
        return tr("Album");
    case SourceColumn:
        return tr("Source");
    case DurationColumn:
        return tr("Length");
    case OfflineColumn:
        return tr("Offline");
    default:
        return {};
    }
}

Qt::ItemFlags TrackTableModel::flags(const QModelIndex &index) const {
    if (!isValidRow(index))
        return Qt::NoItemFlags;
    // Unavailable tracks stay visible (greyed) so nothing seems lost, but cannot be played; so
    // do a server's songs while streaming is out, unless a copy is here.
    const Track &t = m_tracks.at(index.row());
    return t.available && unplayableReason(t).isEmpty()
               ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled
                     | Qt::ItemNeverHasChildren
               : Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList TrackTableModel::mimeTypes() const {
    return {QString::fromLatin1(kTrackIdsMime)};
}

QMimeData *TrackTableModel::mimeData(const QModelIndexList &indexes) const {
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (isValidRow(index) && index.column() == 0)
            ids.append(m_tracks.at(index.row()).id);
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kTrackIdsMime), dragdata::encode(ids));
    return mime;
}

void TrackTableModel::setNowPlaying(qint64 trackId) {
    if (trackId == m_nowPlaying)
        return;
    const int oldRow = rowOfTrack(m_nowPlaying);
    m_nowPlaying = trackId;
    const int newRow = rowOfTrack(trackId);
    for (const int row : {oldRow, newRow}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::FontRole, NowPlayingRole});
    }
}

QString TrackTableModel::sourceName(const Track &track) const {
    if (track.isLocal())
        return tr("Local");
    const QString name = m_sourceNames.value(track.source);
    // A removed server's songs are on their way out; until then they must not look local.
    return name.isEmpty() ? tr("Unknown server") : name;
}

void TrackTableModel::setSourceNames(const QHash<QString, QString> &names) {
    if (names == m_sourceNames)
        return;
    m_sourceNames = names;
    m_sortKeys[SourceColumn].clear();
    const auto firstRemote = std::find_if(m_tracks.cbegin(), m_tracks.cend(),
                                          [](const Track &t) { return !t.isLocal(); });
    if (firstRemote == m_tracks.cend())
        return;
    // The tooltip of every cell names the server; the Source cell shows it.
    Q_EMIT dataChanged(index(int(firstRemote - m_tracks.cbegin()), 0),
                       index(int(m_tracks.size()) - 1, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

void TrackTableModel::addTracks(const TrackList &tracks) {
    TrackList fresh;
    TrackList known;
    for (const Track &t : tracks)
        (m_rowById.contains(t.id) ? known : fresh).append(t);
    if (!fresh.isEmpty()) {
        const int first = int(m_tracks.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Track &t : std::as_const(fresh)) {
            m_rowById.insert(t.id, int(m_tracks.size()));
            m_tracks.append(t);
        }
        endInsertRows();
    }
    if (!known.isEmpty())
        updateTracks(known);
}

void TrackTableModel::updateTracks(const TrackList &tracks) {
    for (const Track &t : tracks) {
        const int row = rowOfTrack(t.id);
        if (row < 0) {
            addTracks({t});
            continue;
        }
        if (m_tracks.at(row) == t)
            continue;
        m_tracks[row] = t;
        forgetSortKeys(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TrackTableModel::removeTracks(const TrackIds &ids) {
    QList<int> rows;
    for (const qint64 id : ids) {
        const int row = rowOfTrack(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    // Remove from the bottom in contiguous runs so each signal names one block.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    int lowest = rows.first();
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        ++i;
        while (i < rows.size() && rows.at(i) == first - 1)
            first = rows.at(i++);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_rowById.remove(m_tracks.at(r).id);
        m_tracks.remove(first, last - first + 1);
        for (auto &keys : m_sortKeys) {
            if (std::size_t(first) < keys.size())
                keys.erase(keys.begin() + first,
                           keys.begin() + std::min<std::size_t>(keys.size(), last + 1));
        }
        endRemoveRows();
        lowest = first;
    }
    reindexFrom(lowest);
}

void TrackTableModel::setAvailability(const TrackIds &ids, bool available) {
    for (const qint64 id : ids) {
        const int row = rowOfTrack(id);
        if (row < 0 || m_tracks.at(row).available == available)
            continue;
        m_tracks[row].available = available;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TrackTableModel::clear() {
    if (m_tracks.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_tracks.size()) - 1);
    m_tracks.clear();
    m_rowById.clear();
    for (auto &keys : m_sortKeys)
        keys.clear();
    endRemoveRows();
}

const QCollatorSortKey &TrackTableModel::sortKey(int row, int column) const {
    Q_ASSERT(row >= 0 && row < m_tracks.size() && isTextColumn(column));
    auto &keys = m_sortKeys[column];
    if (keys.size() < std::size_t(m_tracks.size()))
        keys.resize(m_tracks.size());
    auto &key = keys[row];
    if (!key)
        key = m_collator.sortKey(data(index(row, column), SortRole).toString());
    return *key;
}

void TrackTableModel::forgetSortKeys(int row) {
    for (auto &keys : m_sortKeys) {
        if (std::size_t(row) < keys.size())
            keys[row].reset();
    }
}

void TrackTableModel::reindexFrom(int row) {
    for (int r = row; r < m_tracks.size(); ++r)
        m_rowById.insert(m_tracks.at(r).id, r);
}

} // namespace refrain
