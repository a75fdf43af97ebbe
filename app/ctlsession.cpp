#include "app/ctlsession.h"

#include "core/service/serverstore.h"

#include <QDateTime>
#include <QEventLoop>

namespace refrain::ctl {

Session::Session(const Context &ctx, Database &db)
    : m_db(db)
    , m_secrets(ctx.profile.secretsPath()) {}

Session::~Session() = default;

int Session::open(const QString &nameOrEmpty, const char *command) {
    ServerStore store(m_db);
    if (nameOrEmpty.isEmpty()) {
        auto all = store.all();
        if (!all)
            return fail(command, all.error().message, kDatabase);
        if (all.value().size() != 1)
            return fail(command,
                        all.value().isEmpty()
                            ? QStringLiteral("no server yet; add one with refrainctl server add")
                            : QStringLiteral("say which server (refrainctl server list)"),
                        kUsage);
        m_config = all.value().first();
    } else {
        auto found = store.find(nameOrEmpty);
        if (!found)
            return fail(command, found.error().message,
                        found.error().kind == Error::Kind::NotFound ? kUsage : kDatabase);
        m_config = found.value();
    }
    std::optional<Result<QString>> secret;
    QEventLoop loop;
    m_secrets.read(m_config.id, [&](Result<QString> r) {
        secret.emplace(std::move(r));
        loop.quit();
    });
    if (!secret)
        loop.exec();
    if (!secret->ok())
        return fail(command, secret->error().message, kProblems);
    auto addresses = store.addressesByHealth(m_config.id);
    m_client = std::make_unique<SubsonicClient>(&m_layer, m_config, secret->value(),
                                                addresses ? addresses.value() : QList<QUrl>());
    const QString id = m_config.id;
    QObject::connect(
        m_client.get(), &SubsonicClient::serverInfoLearnt,
        [this](const ServerConfig &c) { (void)ServerStore(m_db).updateServerInfo(c); });
    QObject::connect(m_client.get(), &SubsonicClient::tokenAuthLearnt,
                     [this, id](bool works) { (void)ServerStore(m_db).setTokenAuth(id, works); });
    QObject::connect(m_client.get(), &SubsonicClient::addressOutcome,
                     [this, id](const QUrl &url, bool ok, qint64 latencyMs) {
                         (void)ServerStore(m_db).recordAddressOutcome(
                             id, url, ok, latencyMs, QDateTime::currentMSecsSinceEpoch());
                     });
    return kOk;
}

int Session::fail(const char *command, const QString &message, int code) {
    err() << "refrainctl server " << command << ": " << message << Qt::endl;
    return code;
}

} // namespace refrain::ctl
