#include "app/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace refrain {

namespace {

QByteArray line(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Who may share an instance: the same account. The uid on Unix, the account name elsewhere.
QByteArray userIdentity() {
#ifdef Q_OS_UNIX
    return QByteArray::number(static_cast<qulonglong>(::getuid()));
#else
    return qEnvironmentVariable("USERNAME").toUtf8();
#endif
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
// sizeof(sockaddr_un::sun_path) on Linux, with its closing NUL.
constexpr int kMaxSocketPathBytes = 108;
#endif

} // namespace

QJsonObject RemoteRequest::toJson() const {
    return {{QStringLiteral("v"), kVersion},
            {QStringLiteral("args"), QJsonArray::fromStringList(args)},
            {QStringLiteral("cwd"), cwd}};
}

Result<RemoteRequest> RemoteRequest::fromJson(const QJsonObject &json) {
    const QJsonValue version = json.value(QStringLiteral("v"));
    if (!version.isDouble())
        return Error::make(Error::Kind::Invalid,
                           SingleInstance::tr("The request has no protocol version."));
    if (version.toInt() != kVersion)
        return Error::make(
            Error::Kind::Unsupported,
            SingleInstance::tr("The request speaks protocol %1; this Refrain speaks %2. Quit "
                               "Refrain and start it again.")
                .arg(version.toInt())
                .arg(kVersion));
    const QJsonValue args = json.value(QStringLiteral("args"));
    const QJsonValue cwd = json.value(QStringLiteral("cwd"));
    if (!args.isArray() || !cwd.isString() || !QDir::isAbsolutePath(cwd.toString()))
        return Error::make(Error::Kind::Invalid, SingleInstance::tr("The request is incomplete."));
    RemoteRequest request;
    request.cwd = cwd.toString();
    for (const QJsonValue &arg : args.toArray()) {
        if (!arg.isString())
            return Error::make(Error::Kind::Invalid,
                               SingleInstance::tr("The request is incomplete."));
        request.args.append(arg.toString());
    }
    return request;
}

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_name(std::move(serverName)) {
    qRegisterMetaType<refrain::RemoteRequest>();
}

// Closing the server removes its socket file: the next start finds nothing stale.
SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &profileDirectory) {
    const QFileInfo info(profileDirectory);
    const QString canonical = info.canonicalFilePath();
    const QString profile =
        canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray(userIdentity() + '\n' + profile.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    const QString name = QStringLiteral("refrain-") + QString::fromLatin1(hash);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The runtime folder is the user's own (0700): the shared /tmp would let another account
    // take the name first and read what this one sends.
    const QString file = name + QStringLiteral(".sock");
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(file);
    // No usable runtime folder (Qt's /tmp/runtime-<user> stand-in taken by another account):
    // the profile folder, which is this user's own, when the socket's path fits the address.
    const QString inProfile = QDir(profile).filePath(file);
    if (QFile::encodeName(inProfile).size() < kMaxSocketPathBytes)
        return inProfile;
#endif
    return name;
}

bool SingleInstance::isListening() const {
    return m_server && m_server->isListening();
}

SingleInstance::Outcome SingleInstance::start(const RemoteRequest &request, int timeoutMs) {
    return startAfter(handOver(request, timeoutMs), request, timeoutMs);
}

SingleInstance::Outcome SingleInstance::startAfter(Attempt earlier, const RemoteRequest &request,
                                                   int timeoutMs) {
    const auto outcomeOf = [](Attempt attempt) {
        return attempt == Attempt::Delivered ? Outcome::HandedOver : Outcome::Refused;
    };
    Attempt attempt = earlier;
    if (attempt == Attempt::Delivered || attempt == Attempt::Refused)
        return outcomeOf(attempt);
    if (attempt == Attempt::NotRunning) {
        if (listen(false))
            return Outcome::First;
        // The name is taken: by an instance that started a moment ago, or by the socket of one
        // that crashed. Only the first answers.
        attempt = handOver(request, timeoutMs);
        if (attempt == Attempt::Delivered || attempt == Attempt::Refused)
            return outcomeOf(attempt);
    }
    // Stale, or held by an instance that no longer answers: this one serves later calls.
    listen(true);
    return Outcome::First;
}

SingleInstance::Attempt SingleInstance::handOver(const RemoteRequest &request, int timeoutMs) {
    m_error.clear();
    QLocalSocket socket;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QByteArray reply;
    bool done = false;
    Attempt result = Attempt::NoAnswer;
    const auto finish = [&](Attempt attempt) {
        if (done)
            return;
        done = true;
        result = attempt;
        loop.quit();
    };
    connect(&socket, &QLocalSocket::connected, &loop,
            [&] { socket.write(line(request.toJson())); });
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        reply += socket.readAll();
        const qsizetype end = reply.indexOf('\n');
        if (end < 0) {
            if (reply.size() > kMaxMessageBytes)
                finish(Attempt::NoAnswer);
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply.left(end)).object();
        if (answer.value(QStringLiteral("ok")).toBool()) {
            finish(Attempt::Delivered);
            return;
        }
        m_error = answer.value(QStringLiteral("error")).toString().left(500);
        if (m_error.isEmpty())
            m_error = tr("The running Refrain could not take the request.");
        finish(Attempt::Refused);
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, [&](QLocalSocket::LocalSocketError e) {
        if (e == QLocalSocket::ServerNotFoundError || e == QLocalSocket::ConnectionRefusedError)
            finish(Attempt::NotRunning);
        else if (e != QLocalSocket::PeerClosedError)
            finish(Attempt::NoAnswer);
    });
    // Closed before it answered: whatever holds the name is not a working Refrain.
    connect(&socket, &QLocalSocket::disconnected, &loop, [&] { finish(Attempt::NoAnswer); });
    connect(&deadline, &QTimer::timeout, &loop, [&] { finish(Attempt::NoAnswer); });
    deadline.start(timeoutMs);
    socket.connectToServer(m_name);
    // Connecting can fail at once, before the loop would run.
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    socket.abort();
    return result;
}

bool SingleInstance::listen(bool replaceExisting) {
    if (!m_server) {
        m_server = new QLocalServer(this);
        // Only this account may connect, wherever the platform puts the socket.
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptClients);
    }
    if (replaceExisting)
        QLocalServer::removeServer(m_name);
    // A socket in the profile folder (see serverNameFor) may come before the profile itself.
    if (QDir::isAbsolutePath(m_name)) {
        const QString folder = QFileInfo(m_name).absolutePath();
        if (!QFileInfo::exists(folder))
            QDir().mkpath(folder);
    }
    if (m_server->listen(m_name)) {
        m_error.clear();
        return true;
    }
    m_error = m_server->errorString();
    return false;
}

void SingleInstance::acceptClients() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readClient(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kIdleClientMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readClient(socket);
    }
}

void SingleInstance::readClient(QLocalSocket *socket) {
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessageBytes)
            answer(socket, tr("The request is too large."));
        return;
    }
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(socket->readLine(kMaxMessageBytes + 1).trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        answer(socket, tr("The request is not valid JSON."));
        return;
    }
    Result<RemoteRequest> request = RemoteRequest::fromJson(document.object());
    if (!request) {
        answer(socket, request.error().message);
        return;
    }
    Q_EMIT requestReceived(request.value());
    answer(socket, {});
}

void SingleInstance::answer(QLocalSocket *socket, const QString &refusal) {
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    QJsonObject reply{{QStringLiteral("v"), RemoteRequest::kVersion},
                      {QStringLiteral("ok"), refusal.isEmpty()}};
    if (!refusal.isEmpty())
        reply.insert(QStringLiteral("error"), refusal);
    socket->write(line(reply));
    // Closes once the answer is written.
    socket->disconnectFromServer();
}

} // namespace refrain
