// SubsonicScrobbler: the ScrobbleSink for one Subsonic server — `scrobble` with each listen's song
// id and original start time (ms) and submission=true, through the server's SubsonicClient (token
// sign-in, request layer, Component::Scrobble). Servers that say they speak OpenSubsonic take up
// to 50 id/time pairs a request; others one (Supysonic reads only the first id).
// Not found (70) and a missing parameter (10) refuse the listens in the request; sign-in and
// permission errors stop the target; error 0 and anything unreachable mean "later".
// Lives on the client's thread.
#pragma once

#include "core/history/scrobblesink.h"

#include <QPointer>

namespace refrain {

class SubsonicClient;
struct SubsonicCall;

class SubsonicScrobbler : public ScrobbleSink {
    Q_OBJECT
public:
    static constexpr int kBatchSize = 50;

    explicit SubsonicScrobbler(SubsonicClient *client, QObject *parent = nullptr);

    QString target() const override;
    QString label() const override;
    int batchSize() const override;
    // A listen not played from this server has no song id here.
    QString problemWith(const Listen &listen) const override;
    void submit(const ListenList &listens, Done done) override;

    // How the server took a scrobble call (serverName for the sentences).
    static ScrobbleOutcome verdict(const SubsonicCall &call, const QString &serverName);

private:
    QPointer<SubsonicClient> m_client;
    QString m_serverId;
    QString m_name;
};

} // namespace refrain
