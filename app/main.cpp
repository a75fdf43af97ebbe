// refrain: the desktop player.
#include "app/compositionroot.h"
#include "app/launchactions.h"
#include "app/launchrequest.h"
#include "app/profile.h"
#include "app/singleinstance.h"
#include "app/startupprobe.h"
#include "translations/translations.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"

#include <csignal>
#include <cstdio>
#include <optional>
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

namespace {

// What a call settled before it needed a window system.
struct Launch {
    std::optional<int> exitCode; // set when the call is done: help, version, handed over, an error
    refrain::LaunchRequest request;
    refrain::Profile profile;
    refrain::SingleInstance::Attempt attempt = refrain::SingleInstance::Attempt::NotRunning;
};

// The profile's ui/language when --profile names one, else the default profile's.
void installTranslationsFor(QCoreApplication &app, const refrain::LaunchRequest &request,
                            const refrain::Profile &profile) {
    if (request.profile.isEmpty())
        refrain::installTranslations(app);
    else
        refrain::installTranslations(app, profile.settingsPath());
}

// Everything a call can do without a display, under a QCoreApplication that is gone (with every
// object made under it) before QApplication connects to one: read the command line, answer
// --help (translated) and --version, and hand the request to a running Refrain — so
// `refrain --next` works from ssh or a key daemon that has no DISPLAY or WAYLAND_DISPLAY.
Launch beforeTheWindow(int &argc, char **argv) {
    QCoreApplication app(argc, argv);
    refrain::installTranslations(app);
    // Qt's own options (-platform, -style, -session …) are QApplication's, made later.
    const QStringList args =
        refrain::LaunchRequest::withoutToolkitOptions(QCoreApplication::arguments().mid(1));
    Launch launch;
    launch.request = refrain::LaunchRequest::parse(args, QDir::currentPath());
    launch.profile = refrain::Profile::resolve(launch.request.profile);
    if (!launch.request.profile.isEmpty() && launch.request.fatalError.isEmpty()) {
        // Known only now: that profile's language speaks the help, the warnings and the errors.
        installTranslationsFor(app, launch.request, launch.profile);
        launch.request = refrain::LaunchRequest::parse(args, QDir::currentPath());
    }
    const refrain::LaunchRequest &request = launch.request;
    if (!request.fatalError.isEmpty()) {
        std::fprintf(stderr, "refrain: %s\n", qPrintable(request.fatalError));
        launch.exitCode = 2;
        return launch;
    }
    if (request.helpRequested) {
        std::fputs(qPrintable(refrain::LaunchRequest::helpText()), stdout);
        launch.exitCode = 0;
        return launch;
    }
    if (request.versionRequested) {
        std::printf("Refrain %s\n", REFRAIN_VERSION);
        launch.exitCode = 0;
        return launch;
    }
    for (const QString &warning : request.warnings)
        std::fprintf(stderr, "refrain: %s\n", qPrintable(warning));

    // A second `refrain` hands its arguments to the one already running this profile and ends.
    refrain::SingleInstance instance(
        refrain::SingleInstance::serverNameFor(launch.profile.directory));
    launch.attempt = instance.handOver(request.toRemote(QDir::currentPath()));
    if (launch.attempt == refrain::SingleInstance::Attempt::Delivered) {
        launch.exitCode = 0;
    } else if (launch.attempt == refrain::SingleInstance::Attempt::Refused) {
        std::fprintf(stderr, "refrain: %s\n", qPrintable(instance.errorString()));
        launch.exitCode = 1;
    }
    return launch;
}

} // namespace

int main(int argc, char *argv[]) {
    // Before anything else, so a startup report (REFRAIN_STARTUP_REPORT) counts all of it.
    refrain::StartupProbe::markMainStarted();
#ifdef Q_OS_UNIX
    // A file that may not grow (a size limit) fails its write with a clear message instead of
    // killing the process: downloads pause and nothing is lost.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("Refrain"));
    QCoreApplication::setOrganizationName(QStringLiteral("Refrain"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFRAIN_VERSION));
    const Launch launch = beforeTheWindow(argc, argv);
    if (launch.exitCode)
        return *launch.exitCode;
    const refrain::LaunchRequest &request = launch.request;

    // Nobody took the request: this call runs Refrain, and only now needs a display.
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("io.github.refrain.Refrain"));
    installTranslationsFor(app, request, launch.profile);

    refrain::CompositionRoot::Options options;
    options.profile = launch.profile;
    options.addedLibraries = request.libraries;
    // A separate profile (tests, scripts, a second user) does not pick up the Music folder by
    // itself.
    if (request.profile.isEmpty())
        options.defaultLibrary = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);

    // Listening starts here, under the application that serves the calls. Another `refrain` may
    // have started in the meantime (two at once): then this one hands over after all.
    refrain::SingleInstance instance(
        refrain::SingleInstance::serverNameFor(options.profile.directory));
    switch (instance.startAfter(launch.attempt, request.toRemote(QDir::currentPath()))) {
    case refrain::SingleInstance::Outcome::HandedOver:
        return 0;
    case refrain::SingleInstance::Outcome::Refused:
        std::fprintf(stderr, "refrain: %s\n", qPrintable(instance.errorString()));
        return 1;
    case refrain::SingleInstance::Outcome::First:
        break;
    }

    refrain::CompositionRoot root(options);
    // Asked for by benchmarks and tests: how soon the window paints and the library is usable.
    const std::unique_ptr<refrain::StartupProbe> probe = refrain::StartupProbe::fromEnvironment();
    if (probe)
        probe->watch(root.window(), root.window()->libraryView()->table()->model(), root.library());
    root.start();

    refrain::LaunchActions actions({root.engine(), root.library(), root.window(),
                                    [&root](const QString &name) { root.playPlaylistNamed(name); },
                                    [&root] { root.playEssentials(); }});
    QObject::connect(&actions, &refrain::LaunchActions::notice, root.window(),
                     [window = root.window()](const QString &text) {
                         window->statusBar()->showMessage(text, 15'000);
                     });
    QObject::connect(&instance, &refrain::SingleInstance::requestReceived, &actions,
                     [&actions](const refrain::RemoteRequest &remote) {
                         actions.carryOut(refrain::LaunchRequest::fromRemote(remote));
                     });
    refrain::LaunchRequest own = request;
    own.libraries.clear(); // the composition root scans them
    if (own.hasWork())
        actions.carryOut(own);
    return QApplication::exec();
}
