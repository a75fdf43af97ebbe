#include "core/playback/sourceresolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace refrain {

QString SourceResolver::offlineCopy(const Track &track) const {
    if (track.isLocal() || !m_offline)
        return {};
    return m_offline(track);
}

Result<QUrl> SourceResolver::resolve(const Track &track) const {
    m_lastOrigin = Origin::None;
    if (!track.isLocal()) {
        // A verified copy plays whatever the server is doing, and costs no traffic.
        if (const QString copy = offlineCopy(track); !copy.isEmpty()) {
            m_lastOrigin = Origin::OfflineCopy;
            return QUrl::fromLocalFile(copy);
        }
        // Trying a stream the capabilities already gave up on would only cost a network timeout.
        if (const QString blocked = streamBlockedReason(); !blocked.isEmpty())
            return Error::make(Error::Kind::Unsupported, blocked);
        if (!m_remote) {
            return Error::make(
                Error::Kind::Unsupported,
                QCoreApplication::translate("SourceResolver", "no streaming server is connected"));
        }
        Result<QUrl> stream = m_remote(track);
        if (stream)
            m_lastOrigin = Origin::Stream;
        return stream;
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
    m_lastOrigin = Origin::LocalFile;
    return QUrl::fromLocalFile(file.absoluteFilePath());
}

} // namespace refrain
