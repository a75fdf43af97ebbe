// refrain: the desktop player.
#include "app/compositionroot.h"
#include "app/profile.h"
#include "app/startupprobe.h"
#include "translations/translations.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"

#include <csignal>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
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
    QApplication::setDesktopFileName(QStringLiteral("refrain"));
    refrain::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Refrain — a music player that keeps playing when the "
                                        "streaming service fails."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("main", "Keep the library, settings and downloads in <dir> instead "
                                        "of the usual app data folder."),
        QStringLiteral("dir"));
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QApplication::translate("main", "Add <dir> to the music library and scan it (repeatable)."),
        QStringLiteral("dir"));
    parser.addOption(profileOption);
    parser.addOption(libraryOption);
    parser.process(app);

    QStringList libraries;
    for (const QString &dir : parser.values(libraryOption))
        libraries.append(QDir(dir).absolutePath());

    refrain::CompositionRoot::Options options;
    options.profile = refrain::Profile::resolve(parser.value(profileOption));
    options.addedLibraries = libraries;
    // A separate profile (tests, scripts, a second user) does not pick up the Music folder by
    // itself.
    if (!parser.isSet(profileOption))
        options.defaultLibrary = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);

    refrain::CompositionRoot root(options);
    // Asked for by benchmarks and tests: how soon the window paints and the library is usable.
    const std::unique_ptr<refrain::StartupProbe> probe = refrain::StartupProbe::fromEnvironment();
    if (probe)
        probe->watch(root.window(), root.window()->libraryView()->table()->model(), root.library());
    root.start();
    return QApplication::exec();
}
