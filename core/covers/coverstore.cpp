#include "core/covers/coverstore.h"

#include "core/covers/coverart.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

#include <algorithm>

namespace refrain {

struct CoverStore::Outcome {
    enum class Kind { Image, NoCover, Removed };
    QString albumKey;
    Kind kind = Kind::NoCover;
    QImage image;
};

namespace {

constexpr int kJpegQuality = 85;
const QLatin1String kThumbnailSuffix(".jpg");
const QLatin1String kNoCoverSuffix(".none");

QString cacheBaseName(const QString &cacheDir, const QString &albumKey) {
    // Keys hold any character (and can be long folder paths); a hash is always a valid file name.
    const QByteArray hash = QCryptographicHash::hash(albumKey.toUtf8(), QCryptographicHash::Sha1);
    return QDir(cacheDir).filePath(QString::fromLatin1(hash.toHex()));
}

// Decodes at most about twice the thumbnail size: formats that can (JPEG) then skip most of the
// work, and a huge image does not allocate its full size only to be shrunk.
QImage decode(QImageReader &reader, int thumbnailSize) {
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    const QSize bound(2 * thumbnailSize, 2 * thumbnailSize);
    if (full.isValid() && (full.width() > bound.width() || full.height() > bound.height())
        && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image;
    if (!reader.read(&image))
        return {};
    return image;
}

QImage decodeBytes(QByteArray bytes, int thumbnailSize) {
    if (bytes.isEmpty())
        return {};
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    return decode(reader, thumbnailSize);
}

QImage decodeFile(const QString &path, int thumbnailSize) {
    if (path.isEmpty() || QFileInfo(path).size() > CoverArt::kMaxImageBytes)
        return {};
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true); // a "cover.jpg" is sometimes really a PNG
    return decode(reader, thumbnailSize);
}

// Fits the image into size×size without enlarging it, on white: the cache is JPEG, which has no
// transparency, and a transparent PNG would otherwise turn black.
QImage makeThumbnail(const QImage &image, int thumbnailSize) {
    if (image.isNull())
        return {};
    QImage scaled = image;
    if (image.width() > thumbnailSize || image.height() > thumbnailSize) {
        const QSize target = image.size()
                                 .scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio)
                                 .expandedTo(QSize(1, 1));
        scaled = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (!scaled.hasAlphaChannel())
        return scaled.convertToFormat(QImage::Format_RGB32);
    QImage flat(scaled.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, scaled);
    painter.end();
    return flat;
}

bool writeAtomically(const QString &path, const QImage *image) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (image && !image->save(&file, "JPG", kJpegQuality)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace

CoverStore::CoverStore(const QString &cacheDir, int thumbnailSize, QObject *parent)
    : QObject(parent)
    , m_cacheDir(cacheDir)
    , m_thumbnailSize(std::max(1, thumbnailSize))
    , m_images(kMemoryBudgetBytes / 1024) {
    // Decoding is CPU-bound and reading is disk-bound; a couple of threads keep the view filling
    // without starving the scanner and the player.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() / 2, 1, 4));
}

CoverStore::~CoverStore() {
    m_pool.clear();
    m_pool.waitForDone();
}

QString CoverStore::thumbnailPath(const QString &albumKey) const {
    return cacheBaseName(m_cacheDir, albumKey) + kThumbnailSuffix;
}

QString CoverStore::noCoverMarkerPath(const QString &albumKey) const {
    return cacheBaseName(m_cacheDir, albumKey) + kNoCoverSuffix;
}

QImage CoverStore::thumbnail(const QString &albumKey, const QString &sampleTrackPath) {
    Q_ASSERT(QThread::currentThread() == thread());
    if (albumKey.isEmpty())
        return {};
    if (const QImage *image = m_images.object(albumKey))
        return *image;
    if (m_noCover.contains(albumKey))
        return {};
    const auto it = m_inFlight.find(albumKey);
    if (it == m_inFlight.end()) {
        start(albumKey, sampleTrackPath, JobMode::Load);
    } else if (it->samplePath.isEmpty() && !sampleTrackPath.isEmpty()) {
        // Only a removal is running: look for the cover once it is done.
        it->samplePath = sampleTrackPath;
        if (it->next == Next::Nothing)
            it->next = Next::Load;
    }
    return {};
}

bool CoverStore::hasNoCover(const QString &albumKey) const {
    return m_noCover.contains(albumKey);
}

bool CoverStore::isLoading(const QString &albumKey) const {
    return m_inFlight.contains(albumKey);
}

void CoverStore::forget(const QString &albumKey) {
    Q_ASSERT(QThread::currentThread() == thread());
    if (albumKey.isEmpty())
        return;
    m_images.remove(albumKey);
    m_noCover.remove(albumKey);
    const auto it = m_inFlight.find(albumKey);
    if (it == m_inFlight.end())
        start(albumKey, QString(), JobMode::Refresh);
    else
        it->next = Next::Refresh; // what it is finding may already be stale
}

void CoverStore::forgetMissingCovers() {
    Q_ASSERT(QThread::currentThread() == thread());
    m_noCover.clear();
    for (InFlight &job : m_inFlight) {
        if (job.mode == JobMode::Load)
            job.recheckIfMissing = true;
    }
    ++m_sweepsRunning;
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_sweepsRunning;
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [dir = m_cacheDir] {
        QDirIterator it(dir, {QLatin1Char('*') + kNoCoverSuffix}, QDir::Files);
        while (it.hasNext())
            QFile::remove(it.next());
    }));
}

void CoverStore::start(const QString &albumKey, const QString &samplePath, JobMode mode) {
    // Until a marker sweep is done, a marker on disk may be one the sweep is about to delete.
    if (mode == JobMode::Load && m_sweepsRunning > 0)
        mode = JobMode::LoadIgnoreMarker;
    InFlight job;
    job.samplePath = samplePath;
    job.mode = mode;
    m_inFlight.insert(albumKey, job);

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            finish(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &CoverStore::run, albumKey, samplePath, mode,
                                         m_cacheDir, m_thumbnailSize));
}

void CoverStore::finish(const Outcome &outcome) {
    const QString &key = outcome.albumKey;
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end())
        return;
    const InFlight job = *it;
    m_inFlight.erase(it);

    switch (job.next) {
    case Next::Refresh:
        start(key, job.samplePath, JobMode::Refresh);
        return;
    case Next::Load:
        start(key, job.samplePath, JobMode::Load);
        return;
    case Next::Nothing:
        break;
    }

    switch (outcome.kind) {
    case Outcome::Kind::Removed:
        return; // nobody asked for a cover
    case Outcome::Kind::NoCover:
        if (job.recheckIfMissing) {
            start(key, job.samplePath, JobMode::LoadIgnoreMarker);
            return;
        }
        m_noCover.insert(key);
        break;
    case Outcome::Kind::Image: {
        const auto costKiB = std::max<qsizetype>(1, outcome.image.sizeInBytes() / 1024);
        m_images.insert(key, new QImage(outcome.image), costKiB);
        break;
    }
    }
    Q_EMIT coverReady(key);
}

// Runs on m_pool: it must touch nothing but its arguments and files.
CoverStore::Outcome CoverStore::run(const QString &albumKey, const QString &samplePath,
                                    JobMode mode, const QString &cacheDir, int thumbnailSize) {
    Outcome outcome;
    outcome.albumKey = albumKey;
    const QString base = cacheBaseName(cacheDir, albumKey);
    const QString thumbnailFile = base + kThumbnailSuffix;
    const QString markerFile = base + kNoCoverSuffix;

    if (mode == JobMode::Refresh) {
        QFile::remove(thumbnailFile);
        QFile::remove(markerFile);
        if (samplePath.isEmpty()) {
            outcome.kind = Outcome::Kind::Removed;
            return outcome;
        }
    } else if (QFileInfo::exists(thumbnailFile)) {
        outcome.image = makeThumbnail(decodeFile(thumbnailFile, thumbnailSize), thumbnailSize);
        if (!outcome.image.isNull()) {
            outcome.kind = Outcome::Kind::Image;
            return outcome;
        }
        QFile::remove(thumbnailFile); // damaged cache entry: make it again
    }
    if (mode == JobMode::Load && QFileInfo::exists(markerFile)) {
        outcome.kind = Outcome::Kind::NoCover;
        return outcome;
    }
    if (samplePath.isEmpty()) {
        // Nothing to look at; not a verdict worth remembering across starts.
        outcome.kind = Outcome::Kind::NoCover;
        return outcome;
    }

    // A damaged embedded picture is as good as none: the folder may still have one.
    QImage image = decodeBytes(CoverArt::embeddedImage(samplePath), thumbnailSize);
    if (image.isNull()) {
        const QString folderImage = CoverArt::folderImage(QFileInfo(samplePath).absolutePath());
        image = decodeFile(folderImage, thumbnailSize);
    }

    QDir().mkpath(cacheDir);
    outcome.image = makeThumbnail(image, thumbnailSize);
    if (outcome.image.isNull()) {
        outcome.kind = Outcome::Kind::NoCover;
        writeAtomically(markerFile, nullptr);
        return outcome;
    }
    outcome.kind = Outcome::Kind::Image;
    // A failed write only costs a new extraction next time; the image is still shown.
    writeAtomically(thumbnailFile, &outcome.image);
    QFile::remove(markerFile);
    return outcome;
}

} // namespace refrain
