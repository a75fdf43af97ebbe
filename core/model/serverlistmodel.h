// ServerListModel: the streaming servers as one list for the settings dialog — name, addresses,
// who signs in, what the server is, how fresh its songs are and what went wrong last — following
// the ServerHub's signals row by row (never a reset), plus the few actions the dialog offers.
#pragma once

#include "core/library/result.h"
#include "core/service/serverconfig.h"
#include "core/service/subsonic/connectionoutcome.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

#include <functional>

namespace refrain {

class RequestLayer;
class ServerHub;

class ServerListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ConfigRole,      // the ServerConfig (it never holds a secret)
        AddressesRole,   // QStringList, in the user's order
        UserNameRole,    // empty with an API key
        AuthRole,        // ServerConfig::Auth as int
        DescriptionRole, // "Navidrome 0.53.3 (Subsonic API 1.16.1)"; empty until it answered
        StatusRole,      // one plain line: syncing, how fresh the songs are, or what went wrong
        LastSyncRole,    // QDateTime of the last complete sync; invalid when never
        SyncingRole,     // bool
        ProgressDoneRole,
        ProgressTotalRole, // 0 while the total is unknown
        ProblemRole,       // why the last sync or sign-in failed; empty when it went fine
        StatusUrlRole,     // the status page as the user gave it; empty: none
        UnencryptedRole,   // QStringList: the addresses that are plain HTTP outside the home
    };

    // layer: the hub's request layer, so that Sync Now, a person's explicit retry, is not
    // refused by a breaker that opened while the server was away.
    explicit ServerListModel(ServerHub *hub, RequestLayer *layer = nullptr,
                             QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const;
    QString idAt(int row) const;
    // Whether a server already has this name (names are unique, case-insensitively).
    bool hasName(const QString &name) const;
    // Server id → name: where remote tracks come from, for the track views.
    QHash<QString, QString> sourceNames() const;
    // Where passwords and API keys are kept, in a sentence for the settings.
    QString secretStorageDescription() const;

    // Addresses as typed, one per line (blank lines ignored), checked and normalised in the
    // user's order without repeats; the first problem otherwise.
    static Result<QList<QUrl>> parseAddresses(const QString &text);
    // A status page as typed ("status.example.com", "https://…"); empty text: none (an empty URL).
    static Result<QUrl> parseStatusUrl(const QString &text);
    // The lines of typed addresses that are plain HTTP outside the home network (see
    // ServerStore::isUnencryptedPublic), as shown; lines that are no address are left out.
    static QStringList unencryptedAddresses(const QString &text);
    // The sentence said next to such addresses; empty for none.
    static QString unencryptedWarning(const QStringList &addresses);

    // Pass-throughs to the hub; `done` runs on this thread, and not at all once the hub is gone.
    void add(const ServerConfig &config, const QString &secret,
             std::function<void(Result<ServerConfig>)> done);
    void remove(const QString &id, std::function<void(Result<void>)> done);
    void setStatusUrl(const QString &id, const QUrl &url, std::function<void(Result<void>)> done);
    void test(const QString &id, std::function<void(const ConnectionOutcome &)> done);
    void testUnsaved(const ServerConfig &config, const QString &secret,
                     std::function<void(const ConnectionOutcome &)> done);
    void syncNow(const QString &id);

Q_SIGNALS:
    void sourceNamesChanged(const QHash<QString, QString> &names);
    // A problem that belongs to no single server (the list of servers could not be read).
    void notice(const QString &message);

private:
    struct Row {
        ServerConfig config;
        QString description;
        bool syncing = false;
        QString phase;
        int done = 0;
        int total = 0;
        qint64 lastSyncMs = 0;
        QString problem;
    };

    void refresh();
    void insertRow(const ServerConfig &config);
    void watchClient(const QString &id);
    void onProgress(const QString &id, const QString &phase, int done, int total);
    void onFinished(const QString &id, bool ok, bool cancelled);
    void onProblem(const QString &id, const QString &message);
    void onInfoLearnt(const ServerConfig &config);
    void rowChanged(int row, const QList<int> &roles);
    QString statusOf(const Row &row) const;

    QPointer<ServerHub> m_hub;
    QPointer<RequestLayer> m_layer;
    QList<Row> m_rows; // by name, case-insensitively
};

} // namespace refrain
