// Session: what a refrainctl server command works with — one saved server, its secret read
// from the keychain or file, and a client on a request layer of its own, wired so that what the
// client learns (server version, token support, which address answers) is saved.
#pragma once

#include "app/ctlcommon.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverconfig.h"
#include "core/service/subsonicclient.h"

#include <memory>

namespace refrain::ctl {

class Session {
public:
    Session(const Context &ctx, Database &db);
    ~Session();

    // Finds the server (the only one when no name is given) and reads its secret. Prints why
    // not and returns the exit code; kOk when the client is ready.
    int open(const QString &nameOrEmpty, const char *command);

    SubsonicClient *client() const { return m_client.get(); }
    const ServerConfig &config() const { return m_config; }
    Database &database() const { return m_db; }

    // Prints "refrainctl server COMMAND: message" and returns code.
    static int fail(const char *command, const QString &message, int code);

private:
    Database &m_db;
    SecretStore m_secrets;
    SystemClock m_clock;
    RequestLayer m_layer{&m_clock};
    ServerConfig m_config;
    std::unique_ptr<SubsonicClient> m_client;
};

} // namespace refrain::ctl
