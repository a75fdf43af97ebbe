// LogCapture: every message Qt and Refrain log while it lives (every thread, every category at
// debug level), so a test can show that no secret reaches a log line.
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QUrl>

namespace refrain::test {

class LogCapture {
public:
    // rules: which categories log (QLoggingCategory::setFilterRules); all of Refrain's and Qt's
    // network, TLS and multimedia ones at debug level by default — where a URL would show.
    explicit LogCapture(const QString &rules = QStringLiteral("refrain*.debug=true\n"
                                                              "default.debug=true\n"
                                                              "qt.network*.debug=true\n"
                                                              "qt.tlsbackend*.debug=true\n"
                                                              "qt.multimedia*.debug=true\n")) {
        QMutexLocker lock(&mutex());
        lines().clear();
        QLoggingCategory::setFilterRules(rules);
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList captured() const {
        QMutexLocker lock(&mutex());
        return lines();
    }

    // The first captured line holding any of secrets (as typed, or percent-encoded), or an empty
    // string when none does.
    QString lineWithAnyOf(const QStringList &secrets) const {
        const QStringList all = captured();
        for (const QString &line : all) {
            for (const QString &secret : secrets) {
                const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
                if (line.contains(secret) || line.contains(encoded))
                    return line;
            }
        }
        return {};
    }

private:
    static QMutex &mutex() {
        static QMutex m;
        return m;
    }
    static QStringList &lines() {
        static QStringList l;
        return l;
    }
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message) {
        QMutexLocker lock(&mutex());
        lines().append(QString::fromLatin1(context.category ? context.category : "default")
                       + QStringLiteral(": ") + message);
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace refrain::test
