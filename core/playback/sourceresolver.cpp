#include "core/playback/sourceresolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace refrain {

Result<QUrl> SourceResolver::resolve(const Track &track) const {
    m_lastOffline = false;
    if (!track.isLocal()) {
        // A verified copy plays whatever the server is doing, and costs no traffic.
        if (const QString copy = m_offline ? m_offline(track) : QString(); !copy.isEmpty()) {
            m_lastOffline = true;
            return QUrl::fromLocalFile(copy);
        }
        if (m_remote)
            return m_remote(track);
        return Error::make(
            Error::Kind::Unsupported,
            QCoreApplication::translate("SourceResolver", "no streaming server is connected"));
    }
    const QFileInfo file(track.location);
    if (!file.exists()) {
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("SourceResolver", "the file is missing"));
    }
    if (!file.isReadable()) {
        return Error::make(Error::Kind::Io, QCoreApplication::translate("SourceResolver",
                                                                        "the file cannot be read"));
    }
    return QUrl::fromLocalFile(file.absoluteFilePath());
}

} // namespace refrain
