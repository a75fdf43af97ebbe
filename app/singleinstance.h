// SingleInstance: keeps one Refrain per user and profile — a later `refrain` hands its request to
// the running one over a local socket and exits, so file managers and scripts drive one player.
#pragma once

#include "core/library/result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace refrain {

// What one `refrain` call asks of the running instance: its arguments (paths already absolute)
// and the folder it was called from. On the wire: one line of {"v":1,"args":[…],"cwd":"…"}.
struct RemoteRequest {
    static constexpr int kVersion = 1;

    QStringList args;
    QString cwd;

    QJsonObject toJson() const;
    // Refuses other versions and malformed messages, with a message a person can read.
    static Result<RemoteRequest> fromJson(const QJsonObject &json);

    friend bool operator==(const RemoteRequest &, const RemoteRequest &) = default;
};

class SingleInstance : public QObject {
    Q_OBJECT
public:
    // How a start went: another instance took the request, declined it, or this one runs.
    enum class Outcome {
        HandedOver, // the running instance took the request: this process exits 0
        Refused,    // the running instance answered but cannot take it (refusal()): exit 1
        First,      // nobody answered in time: this process runs, listening when it could
    };
    Q_ENUM(Outcome)
    // What one try to reach the running instance found.
    enum class Attempt {
        Delivered,  // it took the request
        Refused,    // it answered but declined (errorString() says why)
        NotRunning, // nothing listens under the name, or only a socket left by a crash
        NoAnswer,   // something holds the name but did not answer in time
    };
    Q_ENUM(Attempt)

    // How long a second call waits for the running one before it starts by itself.
    static constexpr int kAnswerTimeoutMs = 2000;
    // Bigger messages are refused: no command line comes near it, and memory stays bounded.
    static constexpr qint64 kMaxMessageBytes = 1024 * 1024;
    // A client that connects and says nothing is dropped after this long.
    static constexpr int kIdleClientMs = 10000;

    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The local server name for this user and profile folder: the same for every call with that
    // folder (symlinks resolved), different for another folder or user. On Linux a socket in the
    // user's private runtime folder (or, without one, in the profile folder), so no other user
    // can listen in or pose as Refrain.
    static QString serverNameFor(const QString &profileDirectory);

    QString serverName() const { return m_name; }

    // Hands request to a running instance, or becomes the one that runs: a socket left by a
    // crashed instance is removed, and one that accepts but never answers within timeoutMs is
    // taken over (later calls reach this process). Runs a local event loop while it waits.
    Outcome start(const RemoteRequest &request, int timeoutMs = kAnswerTimeoutMs);

    // The first half of start(), which needs no display: only tries to hand request over, never
    // listens. main() calls it under a short-lived QCoreApplication, so `refrain --next` works
    // from ssh or a key daemon, and makes the window only when nobody took the request.
    Attempt handOver(const RemoteRequest &request, int timeoutMs = kAnswerTimeoutMs);
    // The second half: start() after an earlier handOver() (by any SingleInstance of this name)
    // found `earlier`. A hung holder is not waited for again; an instance that started meanwhile
    // (two calls at once) still gets the request, so exactly one of them runs.
    Outcome startAfter(Attempt earlier, const RemoteRequest &request,
                       int timeoutMs = kAnswerTimeoutMs);

    bool isListening() const;
    // Why the running instance declined (after Outcome::Refused), or why listening failed.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // A later call's request, already checked; the caller has its acknowledgement right after.
    void requestReceived(const refrain::RemoteRequest &request);

private:
    bool listen(bool replaceExisting);
    void acceptClients();
    void readClient(QLocalSocket *socket);
    void answer(QLocalSocket *socket, const QString &refusal);

    QString m_name;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace refrain

Q_DECLARE_METATYPE(refrain::RemoteRequest)
