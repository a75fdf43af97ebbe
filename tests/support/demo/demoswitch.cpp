#include "tests/support/demo/demoswitch.h"

#include "tests/support/demo/demostatuspage.h"
#include "tests/support/httpserver/faultserver.h"

#include <QDateTime>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace refrain::test {

namespace {

void say(const QByteArray &line) {
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    // A script reads these lines while we run: they must not wait in a buffer.
    std::fflush(stdout);
}

} // namespace

DemoSwitch::DemoSwitch(FaultServer *api, FaultServer *status, DemoStatusPage *page, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_status(status)
    , m_page(page) {
    connect(m_api, &FaultServer::requestReceived, this,
            [](const QByteArray &path) { say("api " + path); });
    connect(m_status, &FaultServer::requestReceived, this,
            [](const QByteArray &path) { say("status " + path); });
}

bool DemoSwitch::command(const QString &line) {
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString &verb = words.first();
    if (verb == QLatin1String("quit")) {
        Q_EMIT quitRequested();
        return true;
    }
    if (verb == QLatin1String("mode") && words.size() == 1) {
        say("mode " + demoModeName(m_mode).toUtf8());
        return true;
    }
    const std::optional<DemoMode> mode = demoModeFromName(verb);
    bool ok = mode.has_value() && words.size() <= 2;
    if (ok && words.size() == 2) {
        // Only "slow" takes an argument: its delay in milliseconds.
        const int ms = words.at(1).toInt(&ok);
        ok = ok && *mode == DemoMode::Slow && ms >= 0;
        if (ok)
            m_slowMs = ms;
    }
    if (!ok) {
        say("error unknown command '" + line.simplified().toUtf8()
            + "'; try: " + demoModeNames().join(QLatin1Char(' ')).toUtf8() + " mode quit");
        return false;
    }
    setMode(*mode);
    return true;
}

void DemoSwitch::setMode(DemoMode mode) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_mode = mode;
    // The page first: a probe that fails a moment from now finds the page already telling why.
    m_page->setMode(mode, now);
    switch (mode) {
    case DemoMode::Normal:
        m_api->setMode(FaultMode::normal());
        break;
    case DemoMode::Slow:
        m_api->setMode(FaultMode::slow(m_slowMs));
        break;
    case DemoMode::Failing:
        m_api->setMode(FaultMode::serverError(503));
        break;
    case DemoMode::BlackHole:
    case DemoMode::BlackHoleAll:
        m_api->setMode(FaultMode::blackHole());
        break;
    case DemoMode::Maintenance:
        m_api->setMode(FaultMode::retryAfter(503, m_page->secondsUntilMaintenanceEnds(now)));
        break;
    }
    // The status page is hosted elsewhere and stays up, unless the whole host is gone.
    m_status->setMode(mode == DemoMode::BlackHoleAll ? FaultMode::blackHole()
                                                     : FaultMode::normal());
    QByteArray line = "mode " + demoModeName(mode).toUtf8();
    if (mode == DemoMode::Slow)
        line += ' ' + QByteArray::number(m_slowMs) + "ms";
    say(line);
}

void DemoSwitch::listenOnStandardInput() {
#ifdef Q_OS_UNIX
    if (m_stdin)
        return;
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &DemoSwitch::readStandardInput);
#endif
}

void DemoSwitch::readStandardInput() {
#ifdef Q_OS_UNIX
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        // Input ended (or was never there: started in the background). Keep serving: the
        // server still ends with a signal, as before.
        m_stdin->setEnabled(false);
        return;
    }
    m_pending.append(buffer, qsizetype(n));
    qsizetype end;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        command(QString::fromUtf8(line));
    }
#endif
}

} // namespace refrain::test
