#include "app/mpris/mprisservice.h"

#include "app/mediacontrols.h"
#include "app/mediacontrolsstate.h"
#include "app/mpris/mprisplayer.h"
#include "app/mpris/mprisroot.h"
#include "core/model/playermodel.h"
#include "core/playback/playbackengine.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QFileInfo>
#include <QLoggingCategory>

namespace refrain {

namespace {
Q_LOGGING_CATEGORY(lcMpris, "refrain.mpris")
} // namespace

MprisService::MprisService(PlaybackEngine *engine, PlayerModel *player, QObject *parent)
    : QObject(parent)
    , m_state(new MediaControlsState(engine, player, this))
    , m_root(new MprisRoot(this))
    , m_playerAdaptor(new MprisPlayer(this, engine, player))
    , m_bus(QString()) {}

MprisService::~MprisService() {
    if (!isStarted())
        return;
    m_bus.unregisterObject(QLatin1String(kObjectPath));
    m_bus.unregisterService(m_serviceName);
}

bool MprisService::start(const QDBusConnection &bus) {
    if (isStarted())
        return true;
    if (!bus.isConnected()) {
        m_error = tr("There is no session bus to publish the media controls on.");
        return false;
    }
    m_bus = bus;
    // Adaptors are exported with the object they are children of: both interfaces at one path.
    if (!m_bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAdaptors)) {
        m_error =
            tr("The media controls could not be published: %1").arg(m_bus.lastError().message());
        return false;
    }
    // The plain name is the one media keys and applets look for first; a second Refrain (with
    // another profile, say) is still reachable under its own instance name, as the spec allows.
    QString name = QLatin1String(kServiceName);
    if (!m_bus.registerService(name)) {
        name += QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid());
        if (!m_bus.registerService(name)) {
            m_error = tr("The media controls could not be published: %1")
                          .arg(m_bus.lastError().message());
            m_bus.unregisterObject(QLatin1String(kObjectPath));
            return false;
        }
    }
    m_serviceName = name;
    m_error.clear();
    return true;
}

void MprisService::setArtResolver(ArtResolver resolver) {
    m_state->setArtResolver(std::move(resolver));
}

QUrl MprisService::artUrl(const Track &track) const {
    return m_state->artUrl(track);
}

// The Linux implementation of the platform seam.
std::unique_ptr<QObject> makeMediaControls(const MediaControlsSetup &setup) {
    if (!setup.engine || !setup.player)
        return nullptr;
    auto service = std::make_unique<MprisService>(setup.engine, setup.player);
    service->state()->followArt(setup.artUrl, setup.watchArt);
    if (!service->start()) {
        // Not an error for the person: the player works the same without desktop controls.
        qCInfo(lcMpris) << "MPRIS not available:" << service->errorString();
        return nullptr;
    }
    MprisService *s = service.get();
    if (setup.raise)
        QObject::connect(s, &MprisService::raiseRequested, s, setup.raise);
    if (setup.quit)
        QObject::connect(s, &MprisService::quitRequested, s, setup.quit);
    if (setup.open) {
        QObject::connect(s, &MprisService::openRequested, s, setup.open);
    } else {
        QObject::connect(s, &MprisService::openRequested, s,
                         [player = setup.player](const QUrl &url) {
                             Track track;
                             track.source = QLatin1String(Track::kLocalSource);
                             track.location = url.toLocalFile();
                             track.fileName = QFileInfo(track.location).fileName();
                             track.title = QFileInfo(track.location).completeBaseName();
                             player->playTracks({track}, 0);
                         });
    }
    return service;
}

} // namespace refrain
