#include "core/model/trackgroupmodel.h"

#include "core/covers/albumkey.h"
#include "core/covers/coverstore.h"
#include "core/library/searchquery.h"
#include "core/model/plaintooltip.h"
#include "core/model/tracktablemodel.h"

#include <QDir>
#include <QFileInfo>

namespace refrain {

namespace {
constexpr QChar kSeparator(0x1f);
}

TrackGroupModel::TrackGroupModel(Kind kind, TrackTableModel *tracks, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_tracks(tracks) {
    connect(tracks, &QAbstractItemModel::rowsInserted, this, &TrackGroupModel::onRowsInserted);
    connect(tracks, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &TrackGroupModel::onRowsAboutToBeRemoved);
    connect(tracks, &QAbstractItemModel::dataChanged, this, &TrackGroupModel::onDataChanged);
    if (tracks->rowCount() > 0)
        onRowsInserted({}, 0, tracks->rowCount() - 1);
}

void TrackGroupModel::setCoverStore(CoverStore *covers) {
    m_covers = covers;
    connect(covers, &CoverStore::coverReady, this, [this](const QString &coverKey) {
        for (int row = 0; row < m_groups.size(); ++row) {
            if (albumKey(m_groups.at(row).sample) == coverKey) {
                const QModelIndex changed = index(row);
                Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
            }
        }
    });
}

QString TrackGroupModel::keyFor(Kind kind, const Track &track) {
    switch (kind) {
    case Kind::Album: {
        const QString artist = track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
        if (track.album.isEmpty())
            return QString(); // no album: not grouped as one
        return SearchQuery::fold(artist) + kSeparator + SearchQuery::fold(track.album);
    }
    case Kind::Artist:
        return SearchQuery::fold(track.displayArtist());
    case Kind::Genre:
        return SearchQuery::fold(track.genre);
    case Kind::Folder:
        return track.isLocal() ? QFileInfo(track.location).path() : QString();
    }
    return {};
}

QString TrackGroupModel::kindName(Kind kind) {
    switch (kind) {
    case Kind::Album:
        return tr("Album");
    case Kind::Artist:
        return tr("Artist");
    case Kind::Genre:
        return tr("Genre");
    case Kind::Folder:
        return tr("Folder");
    }
    return {};
}

TrackGroupModel::Group TrackGroupModel::describe(const Track &track) const {
    Group g;
    g.key = keyFor(m_kind, track);
    g.sample = track;
    switch (m_kind) {
    case Kind::Album:
        g.title = track.album;
        g.secondary = track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
        g.year = track.year;
        break;
    case Kind::Artist:
        g.title = track.displayArtist().isEmpty() ? tr("Unknown artist") : track.displayArtist();
        break;
    case Kind::Genre:
        g.title = track.genre.isEmpty() ? tr("No genre") : track.genre;
        break;
    case Kind::Folder:
        g.title = QFileInfo(g.key).fileName();
        g.secondary = QDir::toNativeSeparators(g.key);
        break;
    }
    g.sortKey = SearchQuery::fold(g.title);
    return g;
}

int TrackGroupModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant TrackGroupModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.model() != this || index.row() >= m_groups.size()
        || index.column() != 0)
        return {};
    const Group &g = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return g.title;
    case Qt::ToolTipRole:
        // Album and artist names come from tags and servers: shown literally.
        return plainTooltip(
            g.secondary.isEmpty() ? g.title : QString(g.title + QLatin1Char('\n') + g.secondary));
    case KeyRole:
        return g.key;
    case TrackCountRole:
        return g.count;
    case DurationRole:
        return g.durationMs;
    case SecondaryTextRole: {
        if (m_kind == Kind::Album && g.year > 0)
            return g.secondary.isEmpty()
                       ? QString::number(g.year)
                       : QString(g.secondary + QStringLiteral(" · ") + QString::number(g.year));
        if (m_kind == Kind::Artist || m_kind == Kind::Genre)
            return QString(tr("%n track(s)", nullptr, g.count) + QStringLiteral(" · ")
                           + formatDuration(g.durationMs));
        return g.secondary;
    }
    case Qt::DecorationRole:
        if (m_covers && m_kind == Kind::Album)
            return g.sample.isLocal()
                       ? m_covers->thumbnail(albumKey(g.sample), g.sample.location)
                       : m_covers->remoteThumbnail(albumKey(g.sample), g.sample.location);
        return {};
    case SampleTrackRole:
        return QVariant::fromValue(g.sample);
    case SortRole:
        return g.sortKey;
    default:
        return {};
    }
}

void TrackGroupModel::onRowsInserted(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    QSet<int> changed;
    for (int row = first; row <= last; ++row)
        trackAdded(m_tracks->trackAt(row), &changed);
    for (int row : std::as_const(changed))
        emitCountsChanged(row);
}

void TrackGroupModel::emitCountsChanged(int row) {
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {Qt::ToolTipRole, TrackCountRole, DurationRole, SecondaryTextRole});
}

void TrackGroupModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last) {
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        trackRemoved(m_tracks->trackAt(row).id);
}

void TrackGroupModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles) {
    // Only a change of what a track is (its tags, its length) can move it; greying, tooltips or
    // the now-playing mark cannot.
    if (!roles.isEmpty() && !roles.contains(Qt::DisplayRole)
        && !roles.contains(TrackTableModel::TrackRole))
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const Track &track = m_tracks->trackAt(row);
        // A retag can move a track to another group; availability changes nothing here.
        const auto member = m_members.constFind(track.id);
        if (member != m_members.cend() && member->key == keyFor(m_kind, track)
            && member->durationMs == track.durationMs)
            continue;
        trackRemoved(track.id);
        trackAdded(track);
    }
}

void TrackGroupModel::trackAdded(const Track &track, QSet<int> *changed) {
    const QString key = keyFor(m_kind, track);
    if (key.isEmpty() && m_kind != Kind::Artist && m_kind != Kind::Genre)
        return;
    int row = rowOfKey(key);
    if (row < 0) {
        row = int(m_groups.size());
        beginInsertRows({}, row, row);
        m_groups.append(describe(track));
        m_rowByKey.insert(key, row);
        endInsertRows();
    }
    Group &g = m_groups[row];
    // The group's own copy of the key: one string shared by all its tracks, not one per track.
    m_members.insert(track.id, Member{g.key, track.durationMs});
    ++g.count;
    g.durationMs += track.durationMs;
    if (g.year == 0)
        g.year = track.year;
    if (changed)
        changed->insert(row);
    else
        emitCountsChanged(row);
}

void TrackGroupModel::trackRemoved(qint64 id) {
    const auto it = m_members.constFind(id);
    if (it == m_members.cend())
        return;
    const int row = rowOfKey(it->key);
    const qint64 duration = it->durationMs;
    m_members.erase(it);
    if (row < 0)
        return;
    Group &g = m_groups[row];
    --g.count;
    g.durationMs -= duration;
    if (g.count <= 0) {
        removeGroupRow(row);
        return;
    }
    emitCountsChanged(row);
}

void TrackGroupModel::removeGroupRow(int row) {
    beginRemoveRows({}, row, row);
    m_rowByKey.remove(m_groups.at(row).key);
    m_groups.removeAt(row);
    for (int r = row; r < m_groups.size(); ++r)
        m_rowByKey.insert(m_groups.at(r).key, r);
    endRemoveRows();
}

} // namespace refrain
