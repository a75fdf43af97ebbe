// A server whose certificate cannot be trusted is refused — never silently accepted — and the
// person is told which certificate and why.
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/subsonicclient.h"

#include "tests/support/skipunlessci.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

class TestServerTls : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QSslServer m_server;

private Q_SLOTS:
    void initTestCase() {
        if (!QSslSocket::supportsSsl())
            REFRAIN_SKIP_UNLESS_CI("This Qt has no TLS backend.");
        // A self-signed certificate, as a home server behind a hand-made TLS setup has.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/O=Refrain Tests/CN=music.refrain-test.invalid"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("key.pem")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_server.setSslConfiguration(config);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void untrustedCertificateIsRefusedAndExplained() {
        SystemClock clock;
        RequestLayer layer(&clock);
        ServerConfig config;
        config.id = QStringLiteral("tls-test");
        config.name = QStringLiteral("Home");
        config.urls = {QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()))};
        config.user = QStringLiteral("alice");
        SubsonicClient client(&layer, config, QStringLiteral("secret"));
        std::optional<ConnectionOutcome> outcome;
        client.testConnection([&](const ConnectionOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QCOMPARE(outcome->kind, ConnectionOutcome::Kind::TlsError);
        QVERIFY2(outcome->message.contains(QStringLiteral("music.refrain-test.invalid")),
                 qPrintable(outcome->message));
        // The reason TLS gives (this one fails twice: self-signed, and issued for another name).
        QVERIFY2(outcome->message.contains(QStringLiteral("self"), Qt::CaseInsensitive)
                     || outcome->message.contains(QStringLiteral("host name"), Qt::CaseInsensitive),
                 qPrintable(outcome->message));
        QVERIFY(!outcome->message.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
