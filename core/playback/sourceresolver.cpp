#include "core/playback/sourceresolver.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace refrain {

Result<QUrl> SourceResolver::resolve(const Track &track) const {
    if (!track.isLocal()) {
        return Error::make(Error::Kind::Unsupported,
                           QCoreApplication::translate(
                               "SourceResolver", "streaming from a server is not available yet"));
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
