#include "app/historywiring.h"

#include "app/trayicon.h"
#include "core/history/listenbrainzsubmitter.h"
#include "core/history/scrobbler.h"
#include "core/history/subsonicscrobbler.h"
#include "core/library/library.h"
#include "core/model/capabilitiesmodel.h"
#include "core/model/listenrecorder.h"
#include "core/model/nostalgiamodel.h"
#include "core/model/tracktablemodel.h"
#include "core/playback/playbackengine.h"
#include "core/service/request/requestlayer.h"
#include "core/service/secretstore.h"
#include "core/service/serverhub.h"
#include "ui/librarybrowser.h"
#include "ui/mainwindow.h"
#include "ui/nostalgiapage.h"
#include "ui/nowplayingbar.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

namespace refrain {

namespace {

constexpr auto kTokenKey = "listenbrainz/token";
constexpr auto kListenBrainzUrlKey = "history/listenBrainzUrl";
constexpr auto kScrobbleToServersKey = "history/scrobbleToServers";
constexpr auto kAnniversariesKey = "history/anniversaries";
constexpr auto kLastAnniversaryKey = "history/lastAnniversary";

std::function<void(std::function<void(Database &)>)> runnerOf(Library *library) {
    return [library = QPointer<Library>(library)](std::function<void(Database &)> job) {
        if (library)
            library->runOnDatabase(std::move(job));
    };
}

QString key(const char *name) {
    return QString::fromLatin1(name);
}

} // namespace

HistoryWiring::HistoryWiring(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_recorder(new ListenRecorder(runnerOf(parts.library), parts.clock, this))
    , m_scrobbler(new Scrobbler(runnerOf(parts.library), parts.clock, this))
    , m_nostalgia(new NostalgiaModel(runnerOf(parts.library), this))
    // ListenBrainz has its own breakers and backoff: its failures say nothing about the music
    // server, so they must not reach the health monitor through the shared layer.
    , m_listenBrainzRequests(new RequestLayer(parts.clock, this)) {
    qRegisterMetaType<ImportReport>();
    m_recorder->setTargets([this](const Track &track) {
        QStringList targets = m_scrobbler->targetsFor(track);
        if (!m_parts.settings->value(key(kScrobbleToServersKey), true).toBool())
            targets.removeIf(
                [](const QString &t) { return t.startsWith(QLatin1String("server:")); });
        return targets;
    });
    m_recorder->attach(m_parts.engine);
    connect(m_recorder, &ListenRecorder::listenRecorded, m_scrobbler, &Scrobbler::listenRecorded);
    connect(m_recorder, &ListenRecorder::failed, this, [this](const QString &message) {
        Q_EMIT notice(tr("A listen could not be saved: %1").arg(message));
    });
    // The page follows new listens, a few at a time rather than after every song's threshold.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(3'000);
    connect(refresh, &QTimer::timeout, m_nostalgia, &NostalgiaModel::refresh);
    connect(m_recorder, &ListenRecorder::listenRecorded, refresh, qOverload<>(&QTimer::start));

    m_nostalgia->setAnniversariesEnabled(
        m_parts.settings->value(key(kAnniversariesKey), true).toBool());
    m_nostalgia->setLastAnniversaryDate(m_parts.settings->value(key(kLastAnniversaryKey)).toDate());
    connect(
        m_nostalgia, &NostalgiaModel::lastAnniversaryDateChanged, this,
        [this](const QDate &date) { m_parts.settings->setValue(key(kLastAnniversaryKey), date); });
    connect(m_nostalgia, &NostalgiaModel::notice, this, &HistoryWiring::notice);

    connect(m_parts.servers, &ServerHub::serversChanged, this, &HistoryWiring::syncServerTargets);
    connect(m_scrobbler, &Scrobbler::statusChanged, this, [this](const QString &target) {
        const Scrobbler::Status status = m_scrobbler->status(target);
        if (status.state == Scrobbler::State::Stopped)
            Q_EMIT notice(status.summary());
    });
}

HistoryWiring::~HistoryWiring() = default;

void HistoryWiring::attachWindow(MainWindow *window) {
    m_window = window;
    auto *page = new NostalgiaPage(m_nostalgia, window);
    page->setObjectName(QStringLiteral("nostalgiaPage"));
    const QIcon icon =
        QIcon::fromTheme(QStringLiteral("view-history"),
                         window->style()->standardIcon(QStyle::SP_FileDialogInfoView));
    window->browser()->addPage(page, icon, tr("Nostalgia"));
    connect(page, &NostalgiaPage::playListensRequested, this, &HistoryWiring::playListens);
    connect(page, &NostalgiaPage::importRequested, this, &HistoryWiring::askForImport);

    QMenu *file = window->fileMenu();
    auto *import = new QAction(tr("Import Listening &History…"), file);
    import->setObjectName(QStringLiteral("importHistoryAction"));
    import->setToolTip(tr("Add your listening history from Spotify, ListenBrainz or Last.fm"));
    connect(import, &QAction::triggered, this, &HistoryWiring::askForImport);
    auto *listenBrainz = new QAction(tr("Connect &ListenBrainz…"), file);
    listenBrainz->setObjectName(QStringLiteral("listenBrainzAction"));
    listenBrainz->setToolTip(tr("Send your listens to ListenBrainz with your user token"));
    connect(listenBrainz, &QAction::triggered, this, &HistoryWiring::askForToken);
    QAction *before = window->fileMenuSeparator();
    file->insertActions(before, {import, listenBrainz});

    // What the scrobble queues still owe, in the status bar while there is any.
    m_pendingLabel = new QLabel(window->statusBar());
    m_pendingLabel->setObjectName(QStringLiteral("scrobblePending"));
    m_pendingLabel->setTextFormat(Qt::PlainText);
    m_pendingLabel->hide();
    window->statusBar()->addPermanentWidget(m_pendingLabel);
    connect(m_scrobbler, &Scrobbler::statusChanged, this, &HistoryWiring::showPending);
    connect(m_scrobbler, &Scrobbler::pendingCountChanged, this, &HistoryWiring::showPending);
    showPending();

    connect(this, &HistoryWiring::notice, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 15'000); });
    // "First heard 14 March 2019" beside what is playing.
    connect(m_parts.engine, &PlaybackEngine::currentTrackChanged, this, [this](const Track &track) {
        if (!track.title.isEmpty())
            m_nostalgia->firstHeard(track.displayArtist(), track.title);
    });
    connect(m_nostalgia, &NostalgiaModel::firstHeardFound, window,
            [this, window](const QString &artist, const QString &title, const QString &sentence) {
                const Track *current = m_parts.engine->currentTrack();
                if (current && current->displayArtist() == artist && current->title == title)
                    window->nowPlayingBar()->setFirstHeard(sentence);
            });
}

void HistoryWiring::showPending() {
    if (!m_pendingLabel)
        return;
    qint64 total = 0;
    QStringList lines;
    for (const Scrobbler::Status &status : m_scrobbler->statuses()) {
        if (status.pending <= 0)
            continue;
        total += status.pending;
        lines.append(status.summary());
    }
    m_pendingLabel->setVisible(total > 0);
    m_pendingLabel->setText(tr("%n listen(s) to send", nullptr, int(total)));
    m_pendingLabel->setToolTip(lines.join(QLatin1Char('\n')));
}

void HistoryWiring::attachCapabilities(CapabilitiesModel *capabilities) {
    connect(capabilities, &CapabilitiesModel::changed, this,
            [this](const Capabilities &now, const QList<Feature> &which) {
                if (which.contains(Feature::Scrobbling) && now.available(Feature::Scrobbling)) {
                    // The breakers first, or the queues would be turned away by them.
                    m_parts.requests->retryNow(Component::Scrobble);
                    m_listenBrainzRequests->retryNow();
                    m_scrobbler->retryNow();
                }
            });
}

void HistoryWiring::attachTray(TrayIcon *tray) {
    m_tray = tray;
    connect(m_nostalgia, &NostalgiaModel::anniversary, this, [this](const QString &text) {
        if (m_tray)
            m_tray->notify(tr("Refrain"), text);
        else
            Q_EMIT notice(text);
    });
}

void HistoryWiring::start() {
    syncServerTargets();
    m_parts.secrets->read(key(kTokenKey),
                          [self = QPointer<HistoryWiring>(this)](Result<QString> token) {
                              if (self && token && !token.value().isEmpty())
                                  self->addListenBrainz(token.value());
                          });
    m_scrobbler->start();
    m_nostalgia->refresh();
}

void HistoryWiring::applySettings() {
    m_nostalgia->setAnniversariesEnabled(
        m_parts.settings->value(key(kAnniversariesKey), true).toBool());
    // Servers' targets are asked for each listen (setTargets above): nothing to redo for them.
    if (!m_scrobbler->targets().contains(QStringLiteral("listenbrainz")))
        return;
    m_parts.secrets->read(key(kTokenKey),
                          [self = QPointer<HistoryWiring>(this)](Result<QString> token) {
                              if (!self || !token || token.value().isEmpty())
                                  return;
                              self->m_scrobbler->removeTarget(QStringLiteral("listenbrainz"));
                              self->addListenBrainz(token.value());
                          });
}

void HistoryWiring::stop() {
    m_recorder->flush();
    *m_cancelImport = true;
}

void HistoryWiring::syncServerTargets() {
    QStringList wanted;
    for (const ServerConfig &config : m_parts.servers->servers()) {
        SubsonicClient *client = m_parts.servers->client(config.id);
        if (!client)
            continue;
        auto *sink = new SubsonicScrobbler(client);
        wanted.append(sink->target());
        if (m_scrobbler->targets().contains(sink->target()))
            delete sink;
        else
            m_scrobbler->addTarget(sink);
    }
    for (const QString &target : m_scrobbler->targets()) {
        if (target.startsWith(QLatin1String("server:")) && !wanted.contains(target))
            m_scrobbler->removeTarget(target);
    }
}

void HistoryWiring::addListenBrainz(const QString &token) {
    const QUrl root(
        m_parts.settings
            ->value(key(kListenBrainzUrlKey), ListenBrainzSubmitter::defaultApiRoot().toString())
            .toString());
    m_scrobbler->addTarget(new ListenBrainzSubmitter(m_listenBrainzRequests, token, root));
}

void HistoryWiring::setListenBrainzToken(const QString &token) {
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        m_parts.secrets->remove(key(kTokenKey), [](Result<void>) {});
        m_scrobbler->removeTarget(QStringLiteral("listenbrainz"));
        Q_EMIT notice(tr("ListenBrainz disconnected; your listens stay on this computer."));
        return;
    }
    m_parts.secrets->write(
        key(kTokenKey), trimmed, [self = QPointer<HistoryWiring>(this), trimmed](auto stored) {
            if (!self)
                return;
            if (!stored) {
                Q_EMIT self->notice(
                    tr("The token could not be saved: %1").arg(stored.error().message));
                return;
            }
            self->addListenBrainz(trimmed);
            Q_EMIT self->notice(tr("Listens will be sent to ListenBrainz, older ones too."));
        });
}

void HistoryWiring::askForToken() {
    if (!m_window)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Connect ListenBrainz"));
    dialog->setLabelText(tr("Your ListenBrainz user token (listenbrainz.org ▸ Settings). Leave "
                            "it empty to disconnect."));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, &HistoryWiring::setListenBrainzToken);
    dialog->open();
}

void HistoryWiring::askForImport() {
    if (!m_window || m_importing)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Import Listening History"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters(
        {tr("Listening history (*.json *.jsonl *.csv *.zip *.xml *.log)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &HistoryWiring::importHistory);
    dialog->open();
}

void HistoryWiring::importHistory(const QStringList &paths) {
    if (m_importing || paths.isEmpty())
        return;
    m_importing = true;
    *m_cancelImport = false;
    if (m_window) {
        m_progress = new QProgressBar(m_window->statusBar());
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setRange(0, 1000);
        m_progress->setMaximumWidth(240);
        m_progress->setFormat(tr("Importing history… %p%"));
        m_progress->setAccessibleName(tr("Listening history import"));
        m_cancel = new QPushButton(tr("Stop"), m_window->statusBar());
        m_cancel->setToolTip(tr("Stop importing; what was imported stays"));
        connect(m_cancel, &QPushButton::clicked, this, [this] { *m_cancelImport = true; });
        m_window->statusBar()->addPermanentWidget(m_progress);
        m_window->statusBar()->addPermanentWidget(m_cancel);
    }
    m_parts.library->runOnDatabase(
        [paths, cancel = m_cancelImport, self = QPointer<HistoryWiring>(this)](Database &db) {
            const auto progress = [&](const ImportProgress &p) {
                if (self)
                    QMetaObject::invokeMethod(self.data(), [self, p] {
                        if (self)
                            self->showImportProgress(p);
                    });
                return !*cancel;
            };
            auto report = refrain::importHistory(db, paths, progress);
            if (!self)
                return;
            QMetaObject::invokeMethod(self.data(), [self, report = std::move(report)] {
                if (!self)
                    return;
                self->endImport();
                if (!report) {
                    Q_EMIT self->notice(tr("Nothing was imported: %1").arg(report.error().message));
                    Q_EMIT self->importFailed(report.error().message);
                    return;
                }
                Q_EMIT self->notice(self->reportText(report.value()));
                self->m_nostalgia->refresh();
                Q_EMIT self->importFinished(report.value());
            });
        });
}

void HistoryWiring::showImportProgress(const ImportProgress &progress) {
    if (!m_progress || progress.bytesTotal <= 0)
        return;
    m_progress->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
    m_progress->setToolTip(tr("%n listen(s) added", nullptr, int(progress.imported)));
}

void HistoryWiring::endImport() {
    m_importing = false;
    delete m_progress;
    m_progress = nullptr;
    delete m_cancel;
    m_cancel = nullptr;
}

QString HistoryWiring::reportText(const ImportReport &report) const {
    const QLocale locale;
    QString text =
        report.cancelled
            ? tr("Import stopped: %1 listens added").arg(locale.toString(report.counts.imported))
            : tr("Imported %1 listens").arg(locale.toString(report.counts.imported));
    if (report.counts.duplicates > 0)
        text +=
            tr(" (%1 were already in your history)").arg(locale.toString(report.counts.duplicates));
    if (!report.problems.isEmpty())
        text += tr(". Not read: %1").arg(report.problems.join(QStringLiteral("; ")));
    return text + QLatin1Char('.');
}

void HistoryWiring::playListens(const ListenList &listens) {
    TrackList tracks;
    for (const Listen &listen : listens) {
        const int row = listen.trackId ? m_parts.tracks->rowOfTrack(listen.trackId) : -1;
        if (row >= 0)
            tracks.append(m_parts.tracks->trackAt(row));
    }
    if (tracks.isEmpty()) {
        Q_EMIT notice(tr("None of these songs is in your library now."));
        return;
    }
    m_parts.engine->playTracks(tracks, 0);
}

} // namespace refrain
