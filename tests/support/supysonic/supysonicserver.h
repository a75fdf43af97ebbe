// SupysonicServer: a real Subsonic server (Debian's Supysonic under waitress) on 127.0.0.1 for
// one test run, with its own config, database, cache, user and generated music folder — all in a
// temporary directory that disappears with it.
#pragma once

#include "tests/support/audiofixtures.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QProcess;

namespace refrain::test {

class SupysonicServer {
public:
    // What the music folder holds unless a test asks for something else: three albums by three
    // artists in MP3, FLAC and Ogg, with Unicode tags, an ignored article ("The …"), a cover
    // image in one album folder and one file that is not audio at all.
    static QList<ToneSpec> defaultLibrary();
    static constexpr auto kCoverFile = "The Midnight Owls/Night Drive/cover.png";
    static constexpr auto kJunkFile = "Junk/not-audio.flac";
    static constexpr int kCoverSize = 64; // the cover is a kCoverSize × kCoverSize PNG

    // True when supysonic-cli, supysonic-server and the waitress module are installed; otherwise
    // false and *whyNot says what to install (a test QSKIPs with it).
    static bool available(QString *whyNot = nullptr);

    explicit SupysonicServer(QList<ToneSpec> library = defaultLibrary());
    ~SupysonicServer(); // stops the server and everything it started
    SupysonicServer(const SupysonicServer &) = delete;
    SupysonicServer &operator=(const SupysonicServer &) = delete;

    // Generates the music, creates the user and the folder, scans it, starts the server on a free
    // port and returns once it answers ping (allowing ~30 s on a loaded machine). Runs the event
    // loop while waiting. On failure returns false; errorString() says why.
    bool start();
    QString errorString() const { return m_error; }

    // The address a user would type: "http://127.0.0.1:PORT", no trailing slash, no /rest.
    QUrl baseUrl() const;
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString musicFolder() const;     // absolute path of the generated music
    QString musicFolderName() const; // its name on the server ("Music")
    QList<ToneSpec> library() const { return m_library; }
    qint64 processId() const; // of supysonic-server; 0 when not running

    // baseUrl()/rest/METHOD.view with u, p=enc:HEX, c and v set, plus the given items: the
    // classic password authentication this server accepts.
    QUrl apiUrl(const QString &method, const QUrlQuery &items = {}) const;

    // What the server printed (stdout and stderr), for failure messages. Never holds the password.
    QByteArray log() const;

private:
    bool prepareFiles();
    bool runCli(const QStringList &args, const QString &what);
    bool launchAndWait();
    void stop();

    QList<ToneSpec> m_library;
    QTemporaryDir m_dir;
    QString m_user;
    QString m_password;
    int m_port = 0;
    std::unique_ptr<QProcess> m_server;
    QString m_error;
};

} // namespace refrain::test
