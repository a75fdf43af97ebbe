// SecretStore: where server passwords and API keys live — the operating system's keychain
// (Secret Service or KWallet, macOS Keychain, Windows Credential Manager) when one answers,
// otherwise a file in the profile that only the user can read. Never the database, never a log.
// Every call is asynchronous (a keychain may ask the user); `done` runs on the caller's thread.
#pragma once

#include "core/library/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace refrain {

class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Backend { Keychain, File };

    // fallbackFile: the file used when no keychain answers (created with owner-only access).
    // useKeychain false skips the keychain (for tests and for people who ask not to use it).
    explicit SecretStore(QString fallbackFile, bool useKeychain = true, QObject *parent = nullptr);

    // Whether this build can talk to a keychain at all.
    static bool keychainCompiledIn();

    // Where the secret ended up, or why it could not be saved anywhere.
    void write(const QString &key, const QString &secret,
               std::function<void(Result<Backend>)> done);
    // NotFound when neither the keychain nor the file has it.
    void read(const QString &key, std::function<void(Result<QString>)> done);
    void remove(const QString &key, std::function<void(Result<void>)> done);

    // The backend of the last successful read or write; File until a keychain has answered.
    Backend lastBackend() const { return m_lastBackend; }
    // For the settings dialog: where secrets are kept, and why, in a sentence.
    QString describe() const;

    // The file fallback, synchronous (small file, owner-only).
    Result<void> writeFile(const QString &key, const QString &secret);
    Result<QString> readFile(const QString &key) const;
    Result<void> removeFile(const QString &key);

private:
    QString m_file;
    bool m_useKeychain;
    Backend m_lastBackend = Backend::File;
    QString m_keychainProblem; // why the keychain was not used, when it was not
};

} // namespace refrain
