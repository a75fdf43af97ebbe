#include "core/covers/albumkey.h"

#include <QDir>
#include <QFileInfo>

namespace refrain {

namespace {

QString folded(const QString &text) {
    // Case folding can decompose characters, so normalise after it, not before.
    return text.trimmed().toCaseFolded().normalized(QString::NormalizationForm_C);
}

} // namespace

QString albumKey(const Track &t) {
    const QString album = folded(t.album);
    if (!album.isEmpty()) {
        const QString artist = folded(t.albumArtist.isEmpty() ? t.artist : t.albumArtist);
        return artist % QChar(0x1f) % album;
    }
    if (!t.isLocal() || t.location.isEmpty())
        return {};
    // The real folder name on disk: paths may differ only in case on case-sensitive systems.
    return QDir::cleanPath(QFileInfo(t.location).absolutePath());
}

} // namespace refrain
