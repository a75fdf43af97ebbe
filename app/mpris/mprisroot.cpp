#include "app/mpris/mprisroot.h"

#include "app/mpris/mprisservice.h"

namespace refrain {

MprisRoot::MprisRoot(MprisService *service)
    : QDBusAbstractAdaptor(service)
    , m_service(service) {}

QString MprisRoot::identity() const {
    // The product's name, as the desktop's menus show it: not translated.
    return QStringLiteral("Refrain");
}

QString MprisRoot::desktopEntry() const {
    return QLatin1String(kDesktopEntry);
}

QStringList MprisRoot::supportedUriSchemes() const {
    // Only files: a stream URL handed over from outside would bypass the source resolver.
    return {QStringLiteral("file")};
}

QStringList MprisRoot::supportedMimeTypes() const {
    // The audio types of the .desktop file (its playlist types are not played through OpenUri).
    return {
        QStringLiteral("audio/mpeg"),         QStringLiteral("audio/flac"),
        QStringLiteral("audio/x-flac"),       QStringLiteral("audio/ogg"),
        QStringLiteral("audio/x-vorbis+ogg"), QStringLiteral("audio/x-opus+ogg"),
        QStringLiteral("audio/opus"),         QStringLiteral("audio/mp4"),
        QStringLiteral("audio/x-m4a"),        QStringLiteral("audio/aac"),
        QStringLiteral("audio/wav"),          QStringLiteral("audio/x-wav"),
        QStringLiteral("audio/x-aiff"),       QStringLiteral("audio/x-ms-wma"),
    };
}

void MprisRoot::Raise() {
    Q_EMIT m_service->raiseRequested();
}

void MprisRoot::Quit() {
    Q_EMIT m_service->quitRequested();
}

} // namespace refrain
