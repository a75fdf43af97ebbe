#include "core/model/serverlistmodel.h"

#include "core/health/healthstate.h"

#include "core/service/request/requestlayer.h"
#include "core/service/serverhub.h"
#include "core/service/serverstore.h"
#include "core/service/subsonicclient.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace refrain {

namespace {

// What the server said about itself, in a few words; empty while it never answered.
QString describeServer(const ServerConfig &config) {
    if (config.apiVersion.isEmpty() && config.serverType.isEmpty())
        return {};
    ServerInfo info;
    info.apiVersion = config.apiVersion;
    info.type = config.serverType;
    info.serverVersion = config.serverVersion;
    info.openSubsonic = config.openSubsonic;
    return info.describe();
}

// "14:02" today, a short date and time before: enough to judge how fresh the songs are.
QString formatWhen(qint64 ms) {
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return clockTimeText(when.time());
    return locale.toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ')
           + clockTimeText(when.time());
}

bool nameLess(const QString &a, const QString &b) {
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : a < b;
}

} // namespace

ServerListModel::ServerListModel(ServerHub *hub, RequestLayer *layer, QObject *parent)
    : QAbstractListModel(parent)
    , m_hub(hub)
    , m_layer(layer) {
    if (!hub)
        return;
    connect(hub, &ServerHub::serversChanged, this, &ServerListModel::refresh);
    connect(hub, &ServerHub::syncProgress, this, &ServerListModel::onProgress);
    connect(hub, &ServerHub::syncFinished, this,
            [this](const QString &id, const CatalogSync::Report &report) {
                onFinished(id, !report.error && !report.cancelled, report.cancelled);
            });
    connect(hub, &ServerHub::serverProblem, this, &ServerListModel::onProblem);
    refresh();
}

int ServerListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.config.name;
    // No tooltip: Qt would render a server's message as rich text there; the dialog shows the
    // status as plain text instead.
    case Qt::AccessibleDescriptionRole:
        return statusOf(row);
    case IdRole:
        return row.config.id;
    case ConfigRole:
        return QVariant::fromValue(row.config);
    case StatusUrlRole:
        return row.config.statusUrl.toDisplayString();
    case UnencryptedRole: {
        QStringList plain;
        for (const QUrl &url : row.config.urls) {
            if (ServerStore::isUnencryptedPublic(url))
                plain.append(url.toDisplayString());
        }
        return plain;
    }
    case AddressesRole: {
        QStringList addresses;
        for (const QUrl &url : row.config.urls)
            addresses.append(url.toDisplayString());
        return addresses;
    }
    case UserNameRole:
        return row.config.user;
    case AuthRole:
        return int(row.config.auth);
    case DescriptionRole:
        return row.description;
    case StatusRole:
        return statusOf(row);
    case LastSyncRole:
        return row.lastSyncMs > 0 ? QDateTime::fromMSecsSinceEpoch(row.lastSyncMs) : QDateTime();
    case SyncingRole:
        return row.syncing;
    case ProgressDoneRole:
        return row.done;
    case ProgressTotalRole:
        return row.total;
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServerListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "serverId");
    names.insert(AddressesRole, "addresses");
    names.insert(UserNameRole, "userName");
    names.insert(DescriptionRole, "description");
    names.insert(StatusRole, "status");
    names.insert(LastSyncRole, "lastSync");
    names.insert(SyncingRole, "syncing");
    names.insert(ProblemRole, "problem");
    names.insert(StatusUrlRole, "statusUrl");
    return names;
}

int ServerListModel::rowOf(const QString &id) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).config.id == id)
            return row;
    }
    return -1;
}

QString ServerListModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config.id : QString();
}

bool ServerListModel::hasName(const QString &name) const {
    const QString wanted = name.trimmed();
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) {
        return row.config.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QHash<QString, QString> ServerListModel::sourceNames() const {
    QHash<QString, QString> names;
    for (const Row &row : m_rows)
        names.insert(row.config.id, row.config.name);
    return names;
}

QString ServerListModel::secretStorageDescription() const {
    return m_hub ? m_hub->secretStorageDescription() : QString();
}

QStringList ServerListModel::unencryptedAddresses(const QString &text) {
    QStringList plain;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const auto url = ServerStore::normaliseUrl(line);
        if (url && ServerStore::isUnencryptedPublic(url.value())
            && !plain.contains(url.value().toDisplayString()))
            plain.append(url.value().toDisplayString());
    }
    return plain;
}

QString ServerListModel::unencryptedWarning(const QStringList &addresses) {
    if (addresses.isEmpty())
        return {};
    return tr("Not encrypted (plain HTTP outside your home network): %1. Anyone on the way can "
              "see what you play and reuse your sign-in; use https:// if the server offers it.")
        .arg(QLocale().createSeparatedList(addresses));
}

Result<QList<QUrl>> ServerListModel::parseAddresses(const QString &text) {
    QList<QUrl> urls;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        auto url = ServerStore::normaliseUrl(line);
        if (!url)
            return url.error();
        if (!urls.contains(url.value()))
            urls.append(url.value());
    }
    if (urls.isEmpty())
        return Error::make(Error::Kind::Invalid, tr("Enter the server's address, such as "
                                                    "https://music.example.org."));
    return urls;
}

Result<QUrl> ServerListModel::parseStatusUrl(const QString &text) {
    if (text.trimmed().isEmpty())
        return QUrl();
    const QUrl url(ServerStore::withDefaultScheme(text), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::make(Error::Kind::Invalid, tr("Enter the address of the status page, such "
                                                    "as https://status.example.com."));
    return url;
}

void ServerListModel::setStatusUrl(const QString &id, const QUrl &url,
                                   std::function<void(Result<void>)> done) {
    if (!m_hub) {
        done(Error::make(Error::Kind::Internal, tr("Servers are not available.")));
        return;
    }
    m_hub->setStatusUrl(id, url, [self = QPointer(this), done](Result<void> saved) {
        if (self)
            done(std::move(saved));
    });
}

void ServerListModel::add(const ServerConfig &config, const QString &secret,
                          std::function<void(Result<ServerConfig>)> done) {
    if (!m_hub) {
        done(Error::make(Error::Kind::Internal, tr("Servers are not available.")));
        return;
    }
    m_hub->addServer(config, secret, [self = QPointer(this), done](Result<ServerConfig> added) {
        if (self)
            done(std::move(added));
    });
}

void ServerListModel::remove(const QString &id, std::function<void(Result<void>)> done) {
    if (!m_hub) {
        done(Error::make(Error::Kind::Internal, tr("Servers are not available.")));
        return;
    }
    m_hub->removeServer(id, [self = QPointer(this), done](Result<void> removed) {
        if (self)
            done(std::move(removed));
    });
}

void ServerListModel::test(const QString &id, std::function<void(const ConnectionOutcome &)> done) {
    if (!m_hub)
        return;
    m_hub->testServer(id, [self = QPointer(this), id, done](const ConnectionOutcome &outcome) {
        if (!self)
            return;
        // A test is a sign of life (or not) as good as a sync: the status says what it found.
        const int row = self->rowOf(id);
        if (row >= 0) {
            const QString problem = outcome.ok() ? QString() : outcome.message;
            if (self->m_rows.at(row).problem != problem) {
                self->m_rows[row].problem = problem;
                self->rowChanged(row, {ProblemRole, StatusRole, Qt::AccessibleDescriptionRole});
            }
        }
        done(outcome);
    });
}

void ServerListModel::testUnsaved(const ServerConfig &config, const QString &secret,
                                  std::function<void(const ConnectionOutcome &)> done) {
    if (!m_hub)
        return;
    m_hub->testConnection(config, secret,
                          [self = QPointer(this), done](const ConnectionOutcome &outcome) {
                              if (self)
                                  done(outcome);
                          });
}

void ServerListModel::syncNow(const QString &id) {
    if (!m_hub)
        return;
    if (m_layer && !m_hub->isSyncing(id))
        m_layer->retryNow(Component::Browse);
    m_hub->sync(id);
    const int row = rowOf(id);
    if (row >= 0 && m_hub->isSyncing(id) && !m_rows.at(row).syncing) {
        Row &r = m_rows[row];
        r.syncing = true;
        r.phase.clear();
        r.done = r.total = 0;
        rowChanged(row, {SyncingRole, StatusRole, ProgressDoneRole, ProgressTotalRole});
    }
}

void ServerListModel::refresh() {
    if (!m_hub)
        return;
    const QList<ServerConfig> servers = m_hub->servers();
    QSet<QString> present;
    for (const ServerConfig &config : servers)
        present.insert(config.id);
    bool namesChanged = false;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (present.contains(m_rows.at(row).config.id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        namesChanged = true;
    }
    for (const ServerConfig &config : servers) {
        const int row = rowOf(config.id);
        if (row < 0) {
            insertRow(config);
            namesChanged = true;
            continue;
        }
        // Names cannot change in place (there is no rename), so the order holds.
        Row &r = m_rows[row];
        if (r.config == config)
            continue;
        r.config = config;
        r.lastSyncMs = std::max(r.lastSyncMs, config.lastSyncAtMs);
        if (const QString description = describeServer(config); !description.isEmpty())
            r.description = description;
        rowChanged(row, {});
    }
    if (namesChanged)
        Q_EMIT sourceNamesChanged(sourceNames());
}

void ServerListModel::insertRow(const ServerConfig &config) {
    const auto at = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), config.name,
        [](const Row &row, const QString &name) { return nameLess(row.config.name, name); });
    const int row = int(at - m_rows.cbegin());
    Row fresh;
    fresh.config = config;
    fresh.lastSyncMs = config.lastSyncAtMs;
    fresh.description = describeServer(config);
    // The hub starts a first sync as it connects a server; its progress may not have come yet.
    fresh.syncing = m_hub->isSyncing(config.id);
    beginInsertRows({}, row, row);
    m_rows.insert(row, fresh);
    endInsertRows();
    watchClient(config.id);
}

void ServerListModel::watchClient(const QString &id) {
    // The client learns what the server is on each test; the list shows it at once.
    if (SubsonicClient *client = m_hub->client(id))
        connect(client, &SubsonicClient::serverInfoLearnt, this, &ServerListModel::onInfoLearnt);
}

void ServerListModel::onInfoLearnt(const ServerConfig &config) {
    const int row = rowOf(config.id);
    const QString description = describeServer(config);
    if (row < 0 || description.isEmpty() || m_rows.at(row).description == description)
        return;
    m_rows[row].description = description;
    rowChanged(row, {DescriptionRole});
}

void ServerListModel::onProgress(const QString &id, const QString &phase, int done, int total) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    if (r.syncing && r.phase == phase && r.done == done && r.total == total)
        return;
    r.syncing = true;
    r.phase = phase;
    r.done = done;
    r.total = total;
    rowChanged(row, {SyncingRole, ProgressDoneRole, ProgressTotalRole, StatusRole,
                     Qt::AccessibleDescriptionRole});
}

void ServerListModel::onFinished(const QString &id, bool ok, bool cancelled) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.syncing = false;
    r.phase.clear();
    r.done = r.total = 0;
    if (ok) {
        r.lastSyncMs = QDateTime::currentMSecsSinceEpoch();
        r.problem.clear();
    }
    Q_UNUSED(cancelled); // a cancelled sync changes nothing the user should be told about
    rowChanged(row, {});
}

void ServerListModel::onProblem(const QString &id, const QString &message) {
    if (id.isEmpty()) {
        Q_EMIT notice(message);
        return;
    }
    const int row = rowOf(id);
    if (row < 0 || m_rows.at(row).problem == message)
        return;
    m_rows[row].problem = message;
    rowChanged(row, {ProblemRole, StatusRole, Qt::AccessibleDescriptionRole});
}

void ServerListModel::rowChanged(int row, const QList<int> &roles) {
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, roles);
}

QString ServerListModel::statusOf(const Row &row) const {
    if (row.syncing) {
        if (row.phase.isEmpty())
            return tr("Syncing…");
        if (row.total > 0)
            return tr("Syncing: %1 (%2 of %3)…")
                .arg(row.phase, QLocale().toString(row.done), QLocale().toString(row.total));
        return tr("Syncing: %1…").arg(row.phase);
    }
    const QString asOf =
        row.lastSyncMs > 0 ? tr("Songs as of %1.").arg(formatWhen(row.lastSyncMs)) : QString();
    if (!row.problem.isEmpty()) {
        const QString problem = tr("Problem: %1").arg(row.problem);
        return asOf.isEmpty() ? problem : problem + QLatin1Char(' ') + asOf;
    }
    return asOf.isEmpty() ? tr("Not synced yet.") : asOf;
}

} // namespace refrain
