#include "app/compositionroot.h"

#include "app/closetotray.h"
#include "app/degradationwiring.h"
#include "app/historywiring.h"
#include "app/mediacontrols.h"
#include "app/offlinewiring.h"
#include "app/settingswiring.h"
#include "app/trayicon.h"
#include "core/covers/albumkey.h"
#include "core/covers/coverstore.h"
#include "core/health/healthmonitor.h"
#include "core/health/incidentlog.h"
#include "core/health/networkwatch.h"
#include "core/health/serverprobe.h"
#include "core/health/statuspage.h"
#include "core/library/library.h"
#include "core/library/playliststore.h"
#include "core/library/statement.h"
#include "core/library/track.h"
#include "core/model/healthhistorymodel.h"
#include "core/model/healthmodel.h"
#include "core/model/libraryactivity.h"
#include "core/model/playermodel.h"
#include "core/model/playlistentriesmodel.h"
#include "core/model/playlistlistmodel.h"
#include "core/model/playsession.h"
#include "core/model/preferences.h"
#include "core/model/queuemodel.h"
#include "core/model/serverlistmodel.h"
#include "core/model/serverplaylistentriesmodel.h"
#include "core/model/serverplaylistmodel.h"
#include "core/model/trackfiltermodel.h"
#include "core/model/trackgroupmodel.h"
#include "core/model/tracktablemodel.h"
#include "core/offline/downloadmanager.h"
#include "core/playback/playbackengine.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverhub.h"
#include "ui/columnchooser.h"
#include "ui/librarybrowser.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/playlistview.h"
#include "ui/statushistorydialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QWindow>

namespace refrain {

namespace {

// Server tracks play from a verified copy when there is one; otherwise they are signed at the
// moment they are played, by whichever hub is wired in.
std::unique_ptr<SourceResolver> makeResolver(const std::function<ServerHub *()> &hub,
                                             const std::function<OfflineWiring *()> &offline,
                                             const std::function<DegradationWiring *()> &gates) {
    auto resolver = std::make_unique<SourceResolver>();
    // While the capabilities say streaming is out, a server's song without a copy here is
    // skipped at once with the reason, instead of waiting on a server that does not answer.
    resolver->setStreamGate([gates] {
        DegradationWiring *wiring = gates();
        return wiring ? wiring->streamingBlocked() : QString();
    });
    resolver->setOfflineResolver([offline](const Track &track) {
        OfflineWiring *copies = offline();
        return copies ? copies->localCopy(track) : QString();
    });
    resolver->setRemoteResolver([hub](const Track &track) -> Result<QUrl> {
        if (ServerHub *servers = hub())
            return servers->streamUrl(track);
        return Error::make(Error::Kind::Unsupported, QStringLiteral("no server is connected"));
    });
    return resolver;
}

// Jobs for the database thread, dropped once the library is gone.
std::function<void(std::function<void(Database &)>)> databaseRunner(Library *library) {
    return [library = QPointer<Library>(library)](std::function<void(Database &)> job) {
        if (library)
            library->runOnDatabase(std::move(job));
    };
}

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kVolumeKey = QStringLiteral("playback/volume");
const QString kPinHealthKey = QStringLiteral("view/pinServiceStatus");
const QString kColumnsKey = QStringLiteral("view/libraryColumns");
} // namespace

CompositionRoot::CompositionRoot(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(
          std::make_unique<QSettings>(m_options.profile.settingsPath(), QSettings::IniFormat))
    , m_preferences(new Preferences(m_settings.get(), this))
    , m_library(new Library(this))
    , m_clock(std::make_unique<SystemClock>())
    , m_requests(new RequestLayer(m_clock.get(), this))
    , m_health(new HealthMonitor(m_clock.get(), m_requests,
                                 m_options.health.value_or(HealthMonitor::Settings{}), this))
    , m_network(new NetworkWatch(this))
    , m_secrets(new SecretStore(m_options.profile.secretsPath(), true, this))
    , m_servers(new ServerHub(m_library, m_requests, m_secrets, this))
    , m_serverList(new ServerListModel(m_servers, m_requests, this))
    , m_engine(new PlaybackEngine(makeResolver([this] { return m_servers; },
                                               [this] { return m_offline; },
                                               [this] { return m_degradation; }),
                                  this))
    , m_tracks(new TrackTableModel(this))
    , m_visibleTracks(new TrackFilterModel(this))
    , m_covers(new CoverStore(m_options.profile.coversDirectory(), 256, this))
    , m_healthModel(new HealthModel(this))
    , m_player(new PlayerModel(m_engine, this))
    , m_activity(new LibraryActivity(m_library, this))
    , m_playlists(new PlaylistListModel(m_library, this))
    , m_playlistEntries(new PlaylistEntriesModel(m_library, m_playlists, this))
    , m_queue(new QueueModel(m_engine, m_tracks, this)) {
    m_tracks->attach(m_library);
    // Crash safe mode decides before any optional extra starts.
    m_degradation =
        new DegradationWiring({m_settings.get(), m_options.profile.directory, m_healthModel,
                               m_network, m_requests, m_servers, m_engine},
                              this);
    m_degradation->begin();
    // Remote tracks show which server they come from.
    connect(m_serverList, &ServerListModel::sourceNamesChanged, m_tracks,
            &TrackTableModel::setSourceNames);
    m_visibleTracks->setSearchBackend(m_library);
    for (const auto kind : {TrackGroupModel::Kind::Album, TrackGroupModel::Kind::Artist,
                            TrackGroupModel::Kind::Genre, TrackGroupModel::Kind::Folder})
        m_groups.append(new TrackGroupModel(kind, m_tracks, this));
    // After the group models: a scoped view asks them which group a new or changed track is
    // in, so they must have seen the change first (signals reach receivers in connect order).
    m_visibleTracks->setSourceModel(m_tracks);
    m_groups.first()->setCoverStore(m_covers);
    // A server's albums show its cover art, fetched once and then cached on disk like local art.
    m_covers->setRemoteSource(
        [servers = QPointer<ServerHub>(m_servers), size = m_covers->thumbnailSize(),
         gates = QPointer<DegradationWiring>(m_degradation)](
            const QString &, const QString &location, CoverStore::RemoteReply done) {
            // Artwork steps back while the service struggles: saved covers only.
            if (!servers || !gates || !gates->allows(Feature::Artwork))
                return; // dropped unanswered: counts as "could not ask"
            servers->fetchCoverArt(location, size, [done](Result<QByteArray> image) {
                if (image)
                    done(image.value(), false);
                else
                    done({}, image.error().kind == Error::Kind::NotFound);
            });
        });
    // Covers that could not be fetched are asked for again once a server answers: it connected
    // (at start, just after its albums were shown), or one of its syncs worked.
    connect(m_servers, &ServerHub::serversChanged, m_covers, &CoverStore::retryFailedFetches);
    connect(m_degradation, &DegradationWiring::artworkResumed, m_covers,
            &CoverStore::retryFailedFetches);
    connect(m_servers, &ServerHub::syncFinished, m_covers,
            [this](const QString &, const CatalogSync::Report &report) {
                if (report.error)
                    return;
                m_requests->retryNow(Component::Artwork);
                m_covers->retryFailedFetches();
            });
    // New or retagged files may bring art to albums that had none.
    connect(m_library, &Library::scanFinished, m_covers, [this](const ScanReport &report) {
        if (report.tracksAdded + report.tracksUpdated > 0)
            m_covers->forgetMissingCovers();
    });
    m_healthModel->setClock([clock = m_clock.get()] { return clock->wallNow(); });
    m_healthModel->attach(m_health);
    connect(m_library, &Library::tracksUpdated, m_engine, &PlaybackEngine::updateTracks);
    connect(m_engine, &PlaybackEngine::currentTrackChanged, m_tracks,
            [this](const Track &track) { m_tracks->setNowPlaying(track.id); });
    connect(m_engine, &PlaybackEngine::queueFinished, m_tracks,
            [this] { m_tracks->setNowPlaying(0); });

    m_engine->setVolume(m_settings->value(kVolumeKey, 0.8).toFloat());

    m_window = std::make_unique<MainWindow>(
        MainWindow::Models{m_tracks, m_visibleTracks, m_healthModel, m_player, m_activity, m_groups,
                           m_playlists, m_playlistEntries, m_queue, m_serverList});
    // Server playlists sit next to the local ones: sidebar, playlist page, "Add to Playlist".
    auto *serverPlaylists = new ServerPlaylistModel(m_library, m_servers, this);
    auto *serverEntries = new ServerPlaylistEntriesModel(m_library, m_servers, this);
    m_window->browser()->playlistView()->setServerPlaylists(serverPlaylists, serverEntries);
    m_window->browser()->setServerPlaylists(serverPlaylists);
    m_window->libraryView()->setServerPlaylists(serverPlaylists);
    connect(serverPlaylists, &ServerPlaylistModel::notice, m_window.get(),
            [window = m_window.get()](const QString &text) {
                window->statusBar()->showMessage(text, 5000);
            });
    // An edit made while the server was away and refused when it came back is said, not lost
    // silently (the Servers dialog keeps it on the server's row too).
    connect(
        m_servers, &ServerHub::editRejected, m_window.get(),
        [this](const QString &serverId, const QString &message) {
            QString name;
            for (const ServerConfig &config : m_servers->servers()) {
                if (config.id == serverId)
                    name = config.name;
            }
            m_window->statusBar()->showMessage(
                tr("%1 refused a playlist change made while it was away: %2").arg(name, message),
                20'000);
        });
    m_offline =
        new OfflineWiring({m_library, m_requests, m_servers, m_health, m_healthModel, m_engine,
                           m_tracks, m_playlists, m_options.profile.downloadsDirectory()},
                          this);
    m_offline->attachWindow(m_window.get());
    m_degradation->attachOffline(m_offline);
    m_degradation->attachWindow(m_window.get());
    m_history = new HistoryWiring({m_library, m_requests, m_servers, m_engine, m_secrets,
                                   m_settings.get(), m_clock.get(), m_tracks},
                                  this);
    m_history->attachWindow(m_window.get());
    m_history->attachCapabilities(m_degradation->capabilities());
    // Every list of songs says which play without the server.
    m_playlistEntries->setOfflineAvailability(m_offline->availability());
    serverEntries->setOfflineAvailability(m_offline->availability());
    m_window->restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    m_window->restoreState(m_settings->value(kStateKey).toByteArray());
    // The songs table's columns: which show, in which order, how wide.
    m_columns = new ColumnChooser(m_window->libraryView()->table()->horizontalHeader(),
                                  {TrackTableModel::TitleColumn});
    m_columns->restoreState(m_settings->value(kColumnsKey).toByteArray());
    wireHealth();

    // The stored library first, then an incremental scan for whatever changed while we were away.
    connect(
        m_library, &Library::loadFinished, this,
        [this] {
            m_library->scanOnStart(m_options.addedLibraries, m_options.defaultLibrary);
            // The health log: rows a crash left open end now, old ones go, and from here on
            // every transition is written on the database thread.
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_library->runOnDatabase([now](Database &db) {
                (void)incidentlog::closeAll(db, now);
                (void)incidentlog::prune(db, now.addDays(-incidentlog::kKeepDays));
            });
            m_health->setRecorder(
                [library = QPointer<Library>(m_library)](const HealthLogEntry &entry) {
                    if (library)
                        library->runOnDatabase(
                            [entry](Database &db) { (void)incidentlog::record(db, entry); });
                });
            // Servers sync in the background: the library is already on screen.
            m_servers->start();
            // Offline copies: what the last run left resumes, the pins follow the syncs.
            m_offline->start();
            m_degradation->start();
            m_history->start();
            restoreSession();
        },
        Qt::SingleShotConnection);
}

CompositionRoot::~CompositionRoot() {
    saveSettings();
    // Where the person left off, written before the database's last jobs below.
    if (m_session)
        m_session->saveNow();
    // The song playing counts as far as it got; its write is queued before the last words.
    m_history->stop();
    // Downloads stop before the database goes: their .part files wait for the next start.
    m_offline->stop();
    // The health log's open rows end now, not at the next start: time Refrain was not running
    // must not count as the last level it saw.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_library->runOnDatabaseAndWait([now](Database &db) { (void)incidentlog::closeAll(db, now); });
    // A clean exit: the next start is not treated as a crash.
    m_degradation->end();
    // The parts go while the clock and the settings they use in their destructors still exist
    // (QObject would delete them after this class's members): the window first, as before.
    m_mediaControls.reset();
    m_window.reset();
    while (!children().isEmpty())
        delete children().constFirst();
}

bool CompositionRoot::offlineCopy(qint64 trackId) const {
    return m_offline && m_offline->manager() && m_offline->manager()->isAvailable(trackId);
}

void CompositionRoot::start() {
    m_window->show();
    m_library->open(m_options.profile.databasePath());
}

void CompositionRoot::wireHealth() {
    // Every request the app makes tells the monitor how the service is doing.
    connect(m_requests, &RequestLayer::outcome, m_health, &HealthMonitor::observe);
    connect(m_network, &NetworkWatch::networkChanged, m_health, &HealthMonitor::setNetwork);
    // Loading the OS backend may talk to D-Bus: after the window is up, not before.
    QTimer::singleShot(0, m_network, [this] {
        if (m_network->start())
            m_health->setNetwork(m_network->network());
    });
    connect(m_servers, &ServerHub::serversChanged, this, &CompositionRoot::watchServers);

    m_tray = new TrayIcon(m_healthModel, m_player, this);
    m_tray->setWindow(m_window.get());
    connect(m_health, &HealthMonitor::transition, m_tray, &TrayIcon::notifyTransition);
    m_history->attachTray(m_tray);
    // Desktop media controls (MPRIS on Linux): only covers already on disk are offered — a
    // server's cover URL carries credentials, and every program on the bus can read it.
    MediaControlsSetup media;
    media.engine = m_engine;
    media.player = m_player;
    media.artUrl = [covers = m_covers](const Track &t) {
        const QString key = albumKey(t);
        const QString path = covers->thumbnailPath(key);
        if (QFileInfo::exists(path))
            return QUrl::fromLocalFile(path);
        // Not on disk yet: have it made (once per album, in the background); coverReady follows
        // and the desktop is told again.
        if (!key.isEmpty()) {
            if (t.isLocal())
                covers->thumbnail(key, t.location);
            else
                covers->remoteThumbnail(key, t.location);
        }
        return QUrl();
    };
    media.watchArt = [covers = m_covers](QObject *context, std::function<void()> changed) {
        QObject::connect(covers, &CoverStore::coverReady, context,
                         [changed = std::move(changed)] { changed(); });
    };
    // Windows ties its controls to the main window's taskbar button.
    media.window = [window = m_window.get()] {
        window->winId();
        return window->windowHandle();
    };
    media.raise = [window = m_window.get()] {
        window->showNormal();
        window->raise();
        window->activateWindow();
    };
    media.quit = [] { QCoreApplication::quit(); };
    m_mediaControls = makeMediaControls(media);

    m_window->pinHealthAction()->setChecked(m_preferences->flag(kPinHealthKey));
    // Closing the window may leave Refrain playing in the tray (ui/closeToTray).
    m_closeToTray = new CloseToTray(m_window.get(), m_tray, this);
    m_settingsWiring = new SettingsWiring({m_preferences, m_window.get(), m_engine, m_library,
                                           m_activity, m_serverList, m_tray, m_closeToTray,
                                           m_degradation, m_history, m_offline},
                                          this);
    connect(m_window.get(), &MainWindow::retryHealthRequested, m_health, &HealthMonitor::retryNow);
    connect(m_window.get(), &MainWindow::openStatusPageRequested, this, [](const QUrl &url) {
        // Only web pages: a feed could name any scheme.
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    connect(m_window.get(), &MainWindow::statusHistoryRequested, this,
            &CompositionRoot::showStatusHistory);
    connect(m_health, &HealthMonitor::transition, this, [this] {
        if (m_statusHistory && m_statusHistory->isVisible())
            m_healthHistory->reload();
    });
}

void CompositionRoot::watchServers() {
    QList<HealthTarget> targets;
    for (const ServerConfig &config : m_servers->servers()) {
        if (SubsonicClient *client = m_servers->client(config.id)) {
            HealthTarget target = serverHealthTarget(client);
            // The saved config is the truth: its status page may have changed since connecting.
            target.statusUrl =
                config.statusUrl.isEmpty() ? QUrl() : statuspage::summaryUrl(config.statusUrl);
            targets.append(target);
        }
    }
    m_health->setTargets(targets);
}

void CompositionRoot::showStatusHistory() {
    if (!m_statusHistory) {
        m_healthHistory = new HealthHistoryModel(
            [library = QPointer<Library>(m_library)](std::function<void(Database &)> job) {
                if (library)
                    library->runOnDatabase(std::move(job));
            },
            this);
        m_statusHistory = new StatusHistoryDialog(m_healthHistory, m_window.get());
    }
    m_statusHistory->show();
    m_statusHistory->raise();
    m_statusHistory->activateWindow();
}

void CompositionRoot::restoreSession() {
    m_session = new PlaySession(m_engine, databaseRunner(m_library), this);
    connect(m_preferences, &Preferences::changed, this, [this](const QString &key) {
        if (key == QLatin1String(pref::kResume))
            followResumeSetting();
    });
    const QString mode = m_preferences->text(QLatin1String(pref::kResume));
    if (mode == QLatin1String("off")) {
        m_session->clearSaved();
        return;
    }
    m_library->query(
        this, [](Database &db) { return PlaySession::load(db); },
        [this, mode](Result<PlaySession::Saved> saved) {
            // Songs handed over on the command line (or chosen already) win over the last run.
            if (saved && m_engine->queue().isEmpty()) {
                QHash<QPair<QString, QString>, int> byLocation;
                const PlaySession::Restored restored = PlaySession::resolve(
                    saved.value(),
                    [this](qint64 id) -> std::optional<Track> {
                        const int row = m_tracks->rowOfTrack(id);
                        return row >= 0 ? std::optional(m_tracks->trackAt(row)) : std::nullopt;
                    },
                    [this, &byLocation](const QString &source,
                                        const QString &location) -> std::optional<Track> {
                        // Built once, only when a saved row is gone (a sync made it again).
                        if (byLocation.isEmpty()) {
                            for (int row = 0; row < m_tracks->rowCount(); ++row) {
                                const Track &t = m_tracks->trackAt(row);
                                byLocation.insert({t.source, t.location}, row);
                            }
                        }
                        const int row = byLocation.value({source, location}, -1);
                        return row >= 0 ? std::optional(m_tracks->trackAt(row)) : std::nullopt;
                    });
                if (!restored.tracks.isEmpty()) {
                    m_engine->restoreQueue(restored.tracks, restored.current, restored.positionMs);
                    if (mode == QLatin1String("play") && restored.playing)
                        m_engine->play();
                }
            } else if (!saved) {
                qWarning("refrain: the saved play queue could not be read: %s",
                         qPrintable(saved.error().message));
            }
            followResumeSetting();
        });
}

void CompositionRoot::followResumeSetting() {
    if (m_preferences->text(QLatin1String(pref::kResume)) == QLatin1String("off")) {
        // Nothing kept: what was saved goes, and nothing more is written.
        delete m_session;
        m_session = new PlaySession(m_engine, databaseRunner(m_library), this);
        m_session->clearSaved();
        return;
    }
    m_session->startSaving();
}

void CompositionRoot::saveSettings() {
    m_settings->setValue(kPinHealthKey, m_window->pinHealthAction()->isChecked());
    m_settings->setValue(kGeometryKey, m_window->saveGeometry());
    m_settings->setValue(kStateKey, m_window->saveState());
    m_settings->setValue(kColumnsKey, m_columns->saveState());
    m_settings->setValue(kVolumeKey, m_engine->volume());
}

void CompositionRoot::playEssentials() {
    m_offline->playEssentials();
}

void CompositionRoot::playPlaylistNamed(const QString &name) {
    m_library->query(
        this,
        [name](Database &db) -> Result<TrackIds> {
            PlaylistStore playlists(db);
            auto list = playlists.list();
            if (!list)
                return list.error();
            for (const PlaylistInfo &info : list.value()) {
                if (info.name.compare(name, Qt::CaseInsensitive) != 0)
                    continue;
                auto entries = playlists.items(info.id);
                if (!entries)
                    return entries.error();
                TrackIds ids;
                for (const PlaylistEntry &entry : entries.value()) {
                    if (entry.trackId > 0)
                        ids.append(entry.trackId);
                }
                return ids;
            }
            // A server's playlist, as last mirrored: it plays from copies when the server is down.
            auto server = Statement::prepare(
                db, "SELECT r.track_id FROM remote_playlists p JOIN remote_playlist_items i ON "
                    "i.server_id = p.server_id AND i.playlist_id = p.playlist_id JOIN "
                    "remote_songs r ON r.server_id = i.server_id AND r.song_id = i.song_id "
                    "WHERE p.name = ?1 COLLATE NOCASE ORDER BY p.server_id, i.position");
            if (!server)
                return server.error();
            server.value().bind(1, name);
            TrackIds ids;
            while (server.value().step() == Statement::Step::Row)
                ids.append(server.value().int64(0));
            if (ids.isEmpty())
                return Error::make(Error::Kind::NotFound,
                                   tr("There is no playlist called “%1”.").arg(name));
            return ids;
        },
        [this, name](Result<TrackIds> ids) {
            if (!ids) {
                m_window->statusBar()->showMessage(ids.error().message, 15'000);
                return;
            }
            TrackList tracks;
            for (qint64 id : ids.value()) {
                if (const int row = m_tracks->rowOfTrack(id); row >= 0)
                    tracks.append(m_tracks->trackAt(row));
            }
            if (tracks.isEmpty()) {
                m_window->statusBar()->showMessage(
                    tr("The playlist “%1” has no songs in your library.").arg(name), 15'000);
                return;
            }
            m_engine->playTracks(tracks, 0);
        });
}

} // namespace refrain
