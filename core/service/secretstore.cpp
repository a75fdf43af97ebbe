#include "core/service/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>

#ifdef REFRAIN_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace refrain {

namespace {

constexpr auto kService = "Refrain";

Result<QJsonObject> loadSecrets(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot read the secrets file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Corrupt,
                           QStringLiteral("The secrets file %1 is damaged; sign in again.")
                               .arg(QDir::toNativeSeparators(path)));
    return doc.object();
}

Result<void> saveSecrets(const QString &path, const QJsonObject &secrets) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot write the secrets file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    // The temporary file is restricted before a byte of secret is written to it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot write the secrets file %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace

SecretStore::SecretStore(QString fallbackFile, bool useKeychain, QObject *parent)
    : QObject(parent)
    , m_file(std::move(fallbackFile))
    , m_useKeychain(useKeychain && keychainCompiledIn()) {
    if (!keychainCompiledIn())
        m_keychainProblem = tr("this build has no keychain support");
    else if (!useKeychain)
        m_keychainProblem = tr("the keychain is switched off");
}

bool SecretStore::keychainCompiledIn() {
#ifdef REFRAIN_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

QString SecretStore::describe() const {
    if (m_lastBackend == Backend::Keychain)
        return tr("Passwords and API keys are kept in the system keychain.");
    const QString where = QDir::toNativeSeparators(m_file);
    if (m_keychainProblem.isEmpty())
        return tr("Passwords and API keys are kept in %1, readable only by you.").arg(where);
    return tr("No keychain is available (%1): passwords and API keys are kept in %2, readable "
              "only by you.")
        .arg(m_keychainProblem, where);
}

Result<void> SecretStore::writeFile(const QString &key, const QString &secret) {
    auto secrets = loadSecrets(m_file);
    QJsonObject object = secrets ? secrets.value() : QJsonObject(); // a damaged file is replaced
    object.insert(key, secret);
    return saveSecrets(m_file, object);
}

Result<QString> SecretStore::readFile(const QString &key) const {
    auto secrets = loadSecrets(m_file);
    if (!secrets)
        return secrets.error();
    const QJsonValue value = secrets.value().value(key);
    if (!value.isString())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("No password or API key is saved for this server."));
    return value.toString();
}

Result<void> SecretStore::removeFile(const QString &key) {
    auto secrets = loadSecrets(m_file);
    if (!secrets || !secrets.value().contains(key))
        return {};
    QJsonObject object = secrets.value();
    object.remove(key);
    return saveSecrets(m_file, object);
}

void SecretStore::write(const QString &key, const QString &secret,
                        std::function<void(Result<Backend>)> done) {
    auto toFile = [this, key, secret, done](const QString &problem) {
        if (!problem.isEmpty())
            m_keychainProblem = problem;
        auto written = writeFile(key, secret);
        if (!written) {
            done(written.error());
            return;
        }
        m_lastBackend = Backend::File;
        done(Backend::File);
    };
#ifdef REFRAIN_HAVE_QTKEYCHAIN
    if (m_useKeychain) {
        // Jobs have no parent: the Secret Service answers through a callback that still uses
        // the job after its owner is gone (quitting while a read waits crashed in QtKeychain).
        // A job deletes itself once finished; the connection below dies with this store.
        auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
        job->setKey(key);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this, [this, job, key, done, toFile] {
            if (job->error() == QKeychain::NoError) {
                m_lastBackend = Backend::Keychain;
                m_keychainProblem.clear();
                (void)removeFile(key); // an older copy in the file must not outlive this one
                done(Backend::Keychain);
                return;
            }
            toFile(job->errorString());
        });
        job->start();
        return;
    }
#endif
    toFile(QString());
}

void SecretStore::read(const QString &key, std::function<void(Result<QString>)> done) {
    auto fromFile = [this, key, done](const QString &problem) {
        if (!problem.isEmpty())
            m_keychainProblem = problem;
        done(readFile(key));
    };
#ifdef REFRAIN_HAVE_QTKEYCHAIN
    if (m_useKeychain) {
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService));
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, job, done, fromFile] {
            if (job->error() == QKeychain::NoError) {
                m_lastBackend = Backend::Keychain;
                done(job->textData());
                return;
            }
            // Not there (saved while no keychain answered) or no keychain: the file may have it.
            fromFile(job->error() == QKeychain::EntryNotFound ? QString() : job->errorString());
        });
        job->start();
        return;
    }
#endif
    fromFile(QString());
}

void SecretStore::remove(const QString &key, std::function<void(Result<void>)> done) {
    auto removed = removeFile(key);
#ifdef REFRAIN_HAVE_QTKEYCHAIN
    if (m_useKeychain) {
        auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService));
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [done, removed] { done(removed); });
        job->start();
        return;
    }
#endif
    done(removed);
}

} // namespace refrain
