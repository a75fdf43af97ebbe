// StartupProbe: measures how fast the app starts — from the process's start to the main window's
// first painted frame, to a usable library (every stored track in the library view), and the
// worst stall of the UI thread's event loop meanwhile — and writes it as one JSON line, so a
// benchmark or a test can check that nothing at start waits for the network.
//
// Off unless asked for through the environment:
//   REFRAIN_STARTUP_REPORT=FILE   write the report to FILE once measured ("-": standard output)
//   REFRAIN_STARTUP_EXIT=1        then quit the app the usual way (exit code 2: incomplete)
//   REFRAIN_STARTUP_SETTLE_MS=N   keep watching for stalls N ms after the library is usable
//                                 (default 2000): the servers connect right after it loads
//   REFRAIN_STARTUP_TIMEOUT_MS=N  report what was seen after N ms even if incomplete (60000)
//
// The line: {"first_paint_ms":…, "usable_ms":…, "tracks":…, "library_tracks":…,
// "max_stall_ms":…, "max_stall_at_ms":…, "max_stall_after_usable_ms":…, "main_ms":…,
// "watched_ms":…, "clock":…, "complete":…}. Times are milliseconds since the process started
// ("clock":"process", read from /proc/self/stat on Linux) or, where that is not known, since main()
// ("clock":"main"); null for what did not happen before the timeout.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QAbstractItemModel;
class QWidget;

namespace refrain {

class Library;

class StartupProbe : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString reportPath; // "-": standard output
        bool exitWhenDone = false;
        int settleMs = 2000;
        int timeoutMs = 60'000;
    };

    // Call first thing in main(): where the clock starts when the process's own start time
    // cannot be read, and how long loading and linking took before main() when it can.
    static void markMainStarted();
    // A probe configured from the environment, or null when REFRAIN_STARTUP_REPORT is not set.
    static std::unique_ptr<StartupProbe> fromEnvironment();

    explicit StartupProbe(Settings settings, QObject *parent = nullptr);
    ~StartupProbe() override;

    // Call before the window is shown and the library opened: window is the top-level whose
    // first frame counts, rows the model the library view shows, library the one it loads.
    void watch(QWidget *window, QAbstractItemModel *rows, Library *library);

    // Milliseconds since the clock's origin (see the header comment).
    static double elapsedMs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void checkUsable();
    void maybeFinish();
    void finish(bool complete);

    Settings m_settings;
    QPointer<QWidget> m_window;
    QPointer<QAbstractItemModel> m_rows;
    QTimer m_stallTimer;
    QTimer m_timeout;
    QElapsedTimer m_sinceTick;
    double m_firstPaintMs = -1;
    bool m_paintSeen = false;
    double m_usableMs = -1;
    bool m_loadFinished = false;
    qint64 m_libraryTracks = -1;
    int m_tracks = -1;
    double m_maxStallMs = 0;
    double m_maxStallAtMs = -1;
    double m_maxStallAfterUsableMs = 0;
    double m_watchStartMs = -1;
    bool m_finished = false;
};

} // namespace refrain
