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
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

int main(int argc, char *argv[]) {
    // Before anything else, so a startup report (REFRAIN_STARTUP_REPORT) counts all of it.
    refrain::StartupProbe::markMainStarted();
#ifdef Q_OS_UNIX
    // A file that may not grow (a size limit) fails its write with a clear message instead of
    // killing the process: downloads pause and nothing is lost.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Refrain"));
    QApplication::setOrganizationName(QStringLiteral("Refrain"));
    QApplication::setApplicationVersion(QStringLiteral(REFRAIN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.refrain.Refrain"));
    refrain::installTranslations(app);

    const refrain::LaunchRequest request =
        refrain::LaunchRequest::parse(QCoreApplication::arguments().mid(1), QDir::currentPath());
    if (!request.fatalError.isEmpty()) {
        std::fprintf(stderr, "refrain: %s\n", qPrintable(request.fatalError));
        return 2;
    }
    if (request.helpRequested) {
        std::fputs(qPrintable(refrain::LaunchRequest::helpText()), stdout);
        return 0;
    }
    if (request.versionRequested) {
        std::printf("Refrain %s\n", REFRAIN_VERSION);
        return 0;
    }
    for (const QString &warning : request.warnings)
        std::fprintf(stderr, "refrain: %s\n", qPrintable(warning));

    refrain::CompositionRoot::Options options;
    options.profile = refrain::Profile::resolve(request.profile);
    if (!request.profile.isEmpty())
        refrain::installTranslations(app, options.profile.settingsPath()); // its ui/language
    options.addedLibraries = request.libraries;
    // A separate profile (tests, scripts, a second user) does not pick up the Music folder by
    // itself.
    if (request.profile.isEmpty())
        options.defaultLibrary = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);

    // A second `refrain` hands its arguments to the one already running this profile and ends.
    refrain::SingleInstance instance(
        refrain::SingleInstance::serverNameFor(options.profile.directory));
    switch (instance.start(request.toRemote(QDir::currentPath()))) {
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
