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
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

#include <algorithm>
#include <memory>
#include <utility>

namespace refrain {

struct CoverStore::Job {
    QString albumKey;
    QString sample; // a file, or a server's location when remote
    JobMode mode = JobMode::Load;
    bool remote = false;
    QByteArray fetched; // Store: the remote source's bytes; empty for "no cover"
};

struct CoverStore::Outcome {
    enum class Kind {
        Image,
        NoCover,
        Removed,
        NotCached, // remote: nothing on disk, the remote source must be asked
    };
    QString albumKey;
    Kind kind = Kind::NoCover;
    QImage image;
};

// Carries one remote question's answer back to the store, queued, so a source may answer at once
// or much later. Dropped unanswered (the source gave up, or died) it reports "could not ask":
// otherwise the album would stay "loading" and hold one of the few fetch slots for ever.
struct CoverStore::RemoteAnswer {
    QPointer<CoverStore> store;
    QString albumKey;
    bool delivered = false;

    RemoteAnswer(CoverStore *s, QString key)
        : store(s)
        , albumKey(std::move(key)) {}
    RemoteAnswer(const RemoteAnswer &) = delete;
    RemoteAnswer &operator=(const RemoteAnswer &) = delete;
    ~RemoteAnswer() { deliver({}, false); }

    void deliver(QByteArray bytes, bool definitelyNone) {
        if (delivered)
            return;
        delivered = true;
        if (!store)
            return;
        QMetaObject::invokeMethod(
            store.data(),
            [s = store, key = albumKey, bytes = std::move(bytes), definitelyNone] {
                if (s)
                    s->remoteAnswered(key, bytes, definitelyNone);
            },
            Qt::QueuedConnection);
    }
};

namespace {

constexpr int kJpegQuality = 85;
const QLatin1String kThumbnailSuffix(".jpg");
const QLatin1String kNoCoverSuffix(".none");
// A server's "no cover" verdict: not swept by forgetMissingCovers(), since a rescan of local files
// cannot change it (and would otherwise send a request per art-less album after every scan).
const QLatin1String kRemoteNoCoverSuffix(".remote-none");

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

QString CoverStore::remoteNoCoverMarkerPath(const QString &albumKey) const {
    return cacheBaseName(m_cacheDir, albumKey) + kRemoteNoCoverSuffix;
}

QImage CoverStore::thumbnail(const QString &albumKey, const QString &sampleTrackPath) {
    return request(albumKey, sampleTrackPath, false);
}

QImage CoverStore::remoteThumbnail(const QString &albumKey, const QString &location) {
    return request(albumKey, location, true);
}

QImage CoverStore::request(const QString &albumKey, const QString &sample, bool remote) {
    Q_ASSERT(QThread::currentThread() == thread());
    if (albumKey.isEmpty())
        return {};
    if (const QImage *image = m_images.object(albumKey))
        return *image;
    if (m_noCover.contains(albumKey) || (remote && m_fetchFailed.contains(albumKey)))
        return {};
    const auto it = m_inFlight.find(albumKey);
    if (it == m_inFlight.end()) {
        start(albumKey, sample, JobMode::Load, remote);
    } else if (it->samplePath.isEmpty() && !sample.isEmpty()) {
        // Only a removal is running: look for the cover once it is done.
        it->samplePath = sample;
        it->remote = remote;
        if (it->next == Next::Nothing)
            it->next = Next::Load;
    }
    return {};
}

void CoverStore::setRemoteSource(RemoteSource source) {
    Q_ASSERT(QThread::currentThread() == thread());
    m_remoteSource = std::move(source);
    retryFailedFetches(); // the new source may reach what the old one could not
}

void CoverStore::retryFailedFetches() {
    Q_ASSERT(QThread::currentThread() == thread());
    const QSet<QString> failed = std::exchange(m_fetchFailed, {});
    for (const QString &key : failed)
        Q_EMIT coverReady(key);
}

bool CoverStore::fetchFailed(const QString &albumKey) const {
    return m_fetchFailed.contains(albumKey);
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
    m_fetchFailed.remove(albumKey);
    const auto it = m_inFlight.find(albumKey);
    if (it == m_inFlight.end())
        start(albumKey, QString(), JobMode::Refresh, false);
    else
        it->next = Next::Refresh; // what it is finding may already be stale
}

void CoverStore::forgetMissingCovers() {
    Q_ASSERT(QThread::currentThread() == thread());
    m_noCover.clear();
    for (InFlight &job : m_inFlight) {
        if (job.mode == JobMode::Load && !job.remote)
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

void CoverStore::start(const QString &albumKey, const QString &samplePath, JobMode mode,
                       bool remote, const QByteArray &fetched) {
    // Until a marker sweep is done, a marker on disk may be one the sweep is about to delete.
    // (A server's markers are not swept.)
    if (mode == JobMode::Load && !remote && m_sweepsRunning > 0)
        mode = JobMode::LoadIgnoreMarker;
    InFlight entry;
    entry.samplePath = samplePath;
    entry.mode = mode;
    entry.remote = remote;
    m_inFlight.insert(albumKey, entry);

    Job job;
    job.albumKey = albumKey;
    job.sample = samplePath;
    job.mode = mode;
    job.remote = remote;
    job.fetched = fetched;

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            finish(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, &CoverStore::run, job, m_cacheDir, m_thumbnailSize));
}

// Starts what was asked for albumKey while its job ran; false when nothing was.
bool CoverStore::followUp(const QString &albumKey, const InFlight &job) {
    switch (job.next) {
    case Next::Refresh:
        start(albumKey, job.samplePath, JobMode::Refresh, job.remote);
        return true;
    case Next::Load:
        start(albumKey, job.samplePath, JobMode::Load, job.remote);
        return true;
    case Next::Nothing:
        break;
    }
    return false;
}

void CoverStore::finish(const Outcome &outcome) {
    const QString &key = outcome.albumKey;
    const auto it = m_inFlight.find(key);
    if (it == m_inFlight.end())
        return;
    const InFlight job = *it;
    m_inFlight.erase(it);
    if (followUp(key, job))
        return;

    switch (outcome.kind) {
    case Outcome::Kind::Removed:
        return; // nobody asked for a cover
    case Outcome::Kind::NotCached:
        fetch(key, job.samplePath);
        return;
    case Outcome::Kind::NoCover:
        if (job.recheckIfMissing) {
            start(key, job.samplePath, JobMode::LoadIgnoreMarker, job.remote);
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

void CoverStore::fetch(const QString &albumKey, const QString &location) {
    if (!m_remoteSource) {
        m_fetchFailed.insert(albumKey); // until a source is set
        Q_EMIT coverReady(albumKey);
        return;
    }
    InFlight entry;
    entry.samplePath = location;
    entry.remote = true;
    entry.fetching = true;
    m_inFlight.insert(albumKey, entry);
    m_fetchQueue.append(albumKey);
    pumpFetches();
}

void CoverStore::pumpFetches() {
    while (m_fetchesRunning < kMaxRemoteFetches && !m_fetchQueue.isEmpty()) {
        const QString key = m_fetchQueue.takeLast();
        const auto it = m_inFlight.find(key);
        if (it == m_inFlight.end() || !it->fetching)
            continue;
        if (it->next != Next::Nothing) {
            // Forgotten while waiting: start over from the disk instead of asking.
            const InFlight job = *it;
            m_inFlight.erase(it);
            followUp(key, job);
            continue;
        }
        ++m_fetchesRunning;
        auto answer = std::make_shared<RemoteAnswer>(this, key);
        // A copy of the source: it may call setRemoteSource() or answer synchronously.
        const RemoteSource source = m_remoteSource;
        source(key, it->samplePath, [answer](QByteArray bytes, bool definitelyNone) {
            answer->deliver(std::move(bytes), definitelyNone);
        });
    }
}

void CoverStore::remoteAnswered(const QString &albumKey, const QByteArray &bytes,
                                bool definitelyNone) {
    --m_fetchesRunning;
    const auto it = m_inFlight.find(albumKey);
    if (it != m_inFlight.end() && it->fetching) {
        const InFlight job = *it;
        m_inFlight.erase(it);
        if (!followUp(albumKey, job)) {
            if (!bytes.isEmpty() || definitelyNone) {
                start(albumKey, job.samplePath, JobMode::Store, true, bytes);
            } else {
                // Nothing is written: a later session (or retryFailedFetches) asks again.
                m_fetchFailed.insert(albumKey);
                Q_EMIT coverReady(albumKey);
            }
        }
    }
    pumpFetches();
}

// Runs on m_pool: it must touch nothing but its arguments and files.
CoverStore::Outcome CoverStore::run(const Job &job, const QString &cacheDir, int thumbnailSize) {
    const QString &samplePath = job.sample;
    const JobMode mode = job.mode;
    Outcome outcome;
    outcome.albumKey = job.albumKey;
    const QString base = cacheBaseName(cacheDir, job.albumKey);
    const QString thumbnailFile = base + kThumbnailSuffix;
    const QString markerFile = base + (job.remote ? kRemoteNoCoverSuffix : kNoCoverSuffix);

    if (mode == JobMode::Store) {
        QDir().mkpath(cacheDir);
        // Bytes that do not decode are as good as none, like a damaged embedded picture.
        outcome.image = makeThumbnail(decodeBytes(job.fetched, thumbnailSize), thumbnailSize);
        if (outcome.image.isNull()) {
            outcome.kind = Outcome::Kind::NoCover;
            writeAtomically(markerFile, nullptr);
            return outcome;
        }
        outcome.kind = Outcome::Kind::Image;
        writeAtomically(thumbnailFile, &outcome.image);
        QFile::remove(markerFile);
        return outcome;
    }

    if (mode == JobMode::Refresh) {
        QFile::remove(thumbnailFile);
        QFile::remove(base + kNoCoverSuffix);
        QFile::remove(base + kRemoteNoCoverSuffix);
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
    if (job.remote) {
        outcome.kind = Outcome::Kind::NotCached;
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
