// DemoSwitch: turns the commands of `./dev demo` (read from standard input, one per line) into
// fault modes of the demo's two servers — the Subsonic API and its status page — and prints
// one line per event on standard output, so a script can tell when Refrain has looked again.
//
// Output lines: "mode NAME" after each switch, "api PATH" and "status PATH" for each request
// that arrived (paths only: queries carry credentials), "error TEXT" for a command not known.
#pragma once

#include "tests/support/demo/demomode.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace refrain::test {

class DemoStatusPage;
class FaultServer;

class DemoSwitch : public QObject {
    Q_OBJECT
public:
    // The servers and the page must outlive the switch.
    DemoSwitch(FaultServer *api, FaultServer *status, DemoStatusPage *page,
               QObject *parent = nullptr);

    // How long a slow answer waits by default. Refrain's probe gives up after 4 s without a
    // first byte, so the default stays under it: the server is slow, not gone.
    static constexpr int kDefaultSlowMs = 3'000;

    DemoMode mode() const { return m_mode; }
    void setSlowMs(int ms) { m_slowMs = ms; }

    // One command: a mode name ("slow" may be followed by milliseconds: "slow 6000"), "mode"
    // (prints the current one) or "quit". False, with an "error" line, for anything else.
    bool command(const QString &line);
    void setMode(DemoMode mode);
    // Reads commands from standard input until it ends (Unix only; elsewhere a no-op).
    void listenOnStandardInput();

Q_SIGNALS:
    void quitRequested();

private:
    void readStandardInput();

    FaultServer *m_api;
    FaultServer *m_status;
    DemoStatusPage *m_page;
    DemoMode m_mode = DemoMode::Normal;
    int m_slowMs = kDefaultSlowMs;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_pending; // a partial line from standard input
};

} // namespace refrain::test
