#include "app/startupprobe.h"

#include "core/library/library.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace refrain {

namespace {

constexpr int kTickMs = 10;

// Where the clock starts. Process start and "now" are both on the boot clock on Linux (the one
// /proc/self/stat counts in), so the time the loader and static initialisers took is included.
struct Origin {
    qint64 originNs = 0;
    qint64 mainNs = 0;
    bool fromProcess = false;
    bool set = false;
};

Origin &origin() {
    static Origin o;
    return o;
}

#ifdef Q_OS_LINUX
qint64 nowNs() {
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Field 22 of /proc/self/stat: when the process started, in clock ticks since boot. The command
// name (field 2) may hold spaces and parentheses, so fields are counted after its last ')'.
qint64 processStartNs() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(close + 1).simplified().split(' ');
    constexpr int kStartTimeIndex = 22 - 3; // fields after ')' start with field 3
    bool ok = false;
    const qint64 ticks = fields.value(kStartTimeIndex).toLongLong(&ok);
    const long perSecond = sysconf(_SC_CLK_TCK);
    if (!ok || perSecond <= 0)
        return -1;
    return ticks * (1'000'000'000 / perSecond);
}
#else
QElapsedTimer &sinceMain() {
    static QElapsedTimer timer;
    return timer;
}

qint64 nowNs() {
    return sinceMain().isValid() ? sinceMain().nsecsElapsed() : 0;
}
#endif

double rounded(double ms) {
    return std::round(ms * 10.0) / 10.0;
}

QJsonValue msOrNull(double ms) {
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rounded(ms));
}

} // namespace

void StartupProbe::markMainStarted() {
    Origin &o = origin();
    if (o.set)
        return;
    o.set = true;
#ifndef Q_OS_LINUX
    sinceMain().start();
#endif
    o.mainNs = nowNs();
    o.originNs = o.mainNs;
#ifdef Q_OS_LINUX
    // Only a believable start counts: a clock namespace or a parse gone wrong could put it after
    // main() or implausibly long before.
    const qint64 started = processStartNs();
    constexpr qint64 kMostBeforeMainNs = 60LL * 1'000'000'000;
    if (started > 0 && started <= o.mainNs && o.mainNs - started < kMostBeforeMainNs) {
        o.originNs = started;
        o.fromProcess = true;
    }
#endif
}

double StartupProbe::elapsedMs() {
    markMainStarted(); // harmless when main() already did; a late origin beats none
    return double(nowNs() - origin().originNs) / 1e6;
}

std::unique_ptr<StartupProbe> StartupProbe::fromEnvironment() {
    const QString path = qEnvironmentVariable("REFRAIN_STARTUP_REPORT");
    if (path.isEmpty())
        return nullptr;
    Settings settings;
    settings.reportPath = path;
    settings.exitWhenDone = qEnvironmentVariableIntValue("REFRAIN_STARTUP_EXIT") == 1;
    bool ok = false;
    const int settle = qEnvironmentVariableIntValue("REFRAIN_STARTUP_SETTLE_MS", &ok);
    if (ok && settle >= 0)
        settings.settleMs = settle;
    const int timeout = qEnvironmentVariableIntValue("REFRAIN_STARTUP_TIMEOUT_MS", &ok);
    if (ok && timeout > 0)
        settings.timeoutMs = timeout;
    return std::make_unique<StartupProbe>(settings);
}

StartupProbe::StartupProbe(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings)) {
    m_stallTimer.setTimerType(Qt::PreciseTimer);
    m_stallTimer.setInterval(kTickMs);
    connect(&m_stallTimer, &QTimer::timeout, this, &StartupProbe::tick);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(false); });
}

StartupProbe::~StartupProbe() {
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void StartupProbe::watch(QWidget *window, QAbstractItemModel *rows, Library *library) {
    m_window = window;
    m_rows = rows;
    // Every widget's paint passes the application: the window's first frame may well be drawn
    // entirely by its children.
    QCoreApplication::instance()->installEventFilter(this);
    connect(library, &Library::opened, this, [this](qint64 count) {
        if (m_libraryTracks < 0)
            m_libraryTracks = count;
    });
    connect(library, &Library::loadFinished, this, [this] {
        m_loadFinished = true;
        checkUsable();
    });
    connect(library, &Library::openFailed, this, [this] { finish(false); });
    connect(rows, &QAbstractItemModel::rowsInserted, this, &StartupProbe::checkUsable);
    connect(rows, &QAbstractItemModel::modelReset, this, &StartupProbe::checkUsable);
    m_timeout.start(m_settings.timeoutMs);
    // Stalls of the running event loop: what the app does before it runs (building the window)
    // is already in the time to first paint.
    QTimer::singleShot(0, this, [this] {
        m_watchStartMs = elapsedMs();
        m_sinceTick.start();
        m_stallTimer.start();
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Paint && !m_paintSeen && watched->isWidgetType()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (m_window && (widget == m_window || m_window->isAncestorOf(widget))) {
            m_paintSeen = true;
            QCoreApplication::instance()->removeEventFilter(this);
            // A frame is painted and handed to the screen in one go; the loop is back once it
            // is out, which is when the person can see it.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_firstPaintMs = elapsedMs();
                    maybeFinish();
                },
                Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::tick() {
    const double gapMs = double(m_sinceTick.nsecsElapsed()) / 1e6;
    m_sinceTick.start();
    const double lateMs = gapMs - kTickMs;
    if (lateMs > m_maxStallMs) {
        m_maxStallMs = lateMs;
        m_maxStallAtMs = elapsedMs();
    }
    // The servers are first asked once the library has loaded: a stall from here on is one the
    // network could have caused.
    if (m_usableMs >= 0)
        m_maxStallAfterUsableMs = std::max(m_maxStallAfterUsableMs, lateMs);
    checkUsable();
    maybeFinish();
}

void StartupProbe::checkUsable() {
    if (m_usableMs >= 0 || !m_loadFinished || !m_rows)
        return;
    // The rows arrive before loadFinished (same sender, same order), unless the view filters
    // some out; then usable is when the view holds as many as the library.
    if (m_rows->rowCount() < m_libraryTracks)
        return;
    m_usableMs = elapsedMs();
    m_tracks = m_rows->rowCount();
    maybeFinish();
}

void StartupProbe::maybeFinish() {
    if (m_finished || m_firstPaintMs < 0 || m_usableMs < 0 || m_watchStartMs < 0)
        return;
    if (elapsedMs() >= m_usableMs + m_settings.settleMs)
        finish(true);
}

void StartupProbe::finish(bool complete) {
    if (m_finished)
        return;
    m_finished = true;
    m_stallTimer.stop();
    m_timeout.stop();
    const double now = elapsedMs();
    const Origin &o = origin();
    const QJsonObject report{
        {QStringLiteral("first_paint_ms"), msOrNull(m_firstPaintMs)},
        {QStringLiteral("usable_ms"), msOrNull(m_usableMs)},
        {QStringLiteral("tracks"),
         m_tracks < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_tracks)},
        {QStringLiteral("library_tracks"),
         m_libraryTracks < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(m_libraryTracks)},
        {QStringLiteral("max_stall_ms"), rounded(m_maxStallMs)},
        {QStringLiteral("max_stall_at_ms"), msOrNull(m_maxStallAtMs)},
        {QStringLiteral("max_stall_after_usable_ms"), rounded(m_maxStallAfterUsableMs)},
        {QStringLiteral("main_ms"), rounded(double(o.mainNs - o.originNs) / 1e6)},
        {QStringLiteral("watched_ms"), m_watchStartMs < 0 ? 0.0 : rounded(now - m_watchStartMs)},
        {QStringLiteral("clock"),
         o.fromProcess ? QStringLiteral("process") : QStringLiteral("main")},
        {QStringLiteral("complete"), complete},
    };
    const QByteArray line = QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
    if (m_settings.reportPath == QLatin1String("-")) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    } else {
        // Whole or not at all: whoever waits for the file never reads half a line.
        QSaveFile file(m_settings.reportPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(line) != line.size() || !file.commit())
            std::fprintf(stderr, "refrain: could not write the startup report to %s\n",
                         qPrintable(m_settings.reportPath));
    }
    if (m_settings.exitWhenDone)
        QCoreApplication::exit(complete ? 0 : 2);
}

} // namespace refrain
