// CoverStore and a remote source (a server's covers), with a source the test controls: a cover
// fetched once is served from the disk cache without asking (offline too), "no cover" is
// remembered across starts and local rescans, a failure is asked again later but not at once,
// only a few questions are open at once, and replies arriving late or never are harmless.
#include "core/covers/coverstore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <utility>

using namespace refrain;

namespace {

constexpr int kThumbSize = 128;

QByteArray jpegOf(const QColor &color, QSize size = QSize(600, 400)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", 95);
    return bytes;
}

// Looks like a JPEG to a sniffer (SOI + APP0 marker), but the rest is noise.
QByteArray damagedJpeg() {
    QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
    for (int i = 0; i < 4000; ++i)
        bytes.append(char((i * 37 + 11) & 0xff));
    return bytes;
}

bool near(QRgb actual, const QColor &expected) {
    constexpr int kTolerance = 40; // JPEG, twice
    return qAbs(qRed(actual) - expected.red()) <= kTolerance
           && qAbs(qGreen(actual) - expected.green()) <= kTolerance
           && qAbs(qBlue(actual) - expected.blue()) <= kTolerance;
}

QRgb centre(const QImage &image) {
    return image.pixel(image.width() / 2, image.height() / 2);
}

class FakeRemote {
public:
    enum class Answer { Image, None, Failure, Damaged, Hold, Drop };

    struct Question {
        QString albumKey;
        QString location;
        CoverStore::RemoteReply reply;
    };

    Answer answer = Answer::Image;
    QColor color = Qt::red;
    QList<Question> asked; // in the order asked; held replies stay here
    int outstanding = 0;   // held replies not answered yet
    int mostOutstanding = 0;

    CoverStore::RemoteSource source() {
        return [this](const QString &key, const QString &location, CoverStore::RemoteReply reply) {
            asked.append({key, location, reply});
            switch (answer) {
            case Answer::Image:
                reply(jpegOf(color), false);
                break;
            case Answer::None:
                reply({}, true);
                break;
            case Answer::Failure:
                reply({}, false);
                break;
            case Answer::Damaged:
                reply(damagedJpeg(), false);
                break;
            case Answer::Hold:
                mostOutstanding = std::max(mostOutstanding, ++outstanding);
                return;
            case Answer::Drop:
                break;
            }
            asked.last().reply = nullptr; // answered (or dropped): only held replies stay
        };
    }

    // Answers the held question about albumKey.
    bool reply(const QString &albumKey, const QByteArray &bytes, bool definitelyNone = false) {
        for (Question &q : asked) {
            if (q.albumKey == albumKey && q.reply) {
                const CoverStore::RemoteReply held = std::exchange(q.reply, nullptr);
                --outstanding;
                held(bytes, definitelyNone);
                return true;
            }
        }
        return false;
    }

    int timesAsked(const QString &albumKey) const {
        return int(std::count_if(asked.cbegin(), asked.cend(),
                                 [&](const Question &q) { return q.albumKey == albumKey; }));
    }
};

QString remoteLocation(int song) {
    return QStringLiteral("subsonic://server-1/tr-%1").arg(song);
}

} // namespace

class TestCoverStoreRemote : public QObject {
    Q_OBJECT

    // Requests a server album's thumbnail and waits for the store's answer.
    static QImage loadRemote(CoverStore &store, const QString &key, const QString &location) {
        QSignalSpy ready(&store, &CoverStore::coverReady);
        const QImage immediate = store.remoteThumbnail(key, location);
        if (!immediate.isNull() || store.hasNoCover(key) || store.fetchFailed(key))
            return immediate;
        if (!ready.wait(20000)) {
            qWarning("no coverReady for %s", qPrintable(key));
            return {};
        }
        return store.remoteThumbnail(key, location);
    }

private Q_SLOTS:
    void remoteCoverIsFetchedOnceThenServedFromDiskOffline() {
        const QString key = QStringLiteral("remote album");
        QTemporaryDir cache;
        FakeRemote server;
        QImage first;
        {
            CoverStore store(cache.path(), kThumbSize);
            store.setRemoteSource(server.source());
            QSignalSpy ready(&store, &CoverStore::coverReady);
            QVERIFY(store.remoteThumbnail(key, remoteLocation(1)).isNull()); // never waits
            QVERIFY(store.isLoading(key));
            QVERIFY(ready.wait(20000));
            QCOMPARE(ready.constFirst().constFirst().toString(), key);
            first = store.remoteThumbnail(key, remoteLocation(1));
            QVERIFY(!first.isNull());
            QCOMPARE(first.size(), QSize(128, 85));
            QVERIFY(near(centre(first), Qt::red));
            QCOMPARE(server.timesAsked(key), 1);
            QCOMPARE(server.asked.constFirst().location, remoteLocation(1));
            QCOMPARE(QImage(store.thumbnailPath(key)).size(), first.size());
            QVERIFY(!QFileInfo::exists(store.remoteNoCoverMarkerPath(key)));
            // From memory: no new question.
            QCOMPARE(store.remoteThumbnail(key, remoteLocation(2)), first);
            QCOMPARE(server.timesAsked(key), 1);
        }

        // Next start, server down: the disk cache answers and the server is not asked.
        server.answer = FakeRemote::Answer::Failure;
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        const QImage offline = loadRemote(store, key, remoteLocation(1));
        QVERIFY(!offline.isNull());
        QCOMPARE(offline.size(), first.size());
        QVERIFY(near(centre(offline), Qt::red));
        QCOMPARE(server.timesAsked(key), 1);
        QVERIFY(!store.fetchFailed(key));
    }

    void remoteNoCoverIsRememberedAndSurvivesARescan() {
        const QString key = QStringLiteral("remote, no art");
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::None;
        {
            CoverStore store(cache.path(), kThumbSize);
            store.setRemoteSource(server.source());
            QVERIFY(loadRemote(store, key, remoteLocation(1)).isNull());
            QVERIFY(store.hasNoCover(key));
            QVERIFY(!store.isLoading(key));
            QVERIFY(QFileInfo::exists(store.remoteNoCoverMarkerPath(key)));
            QVERIFY(!QFileInfo::exists(store.thumbnailPath(key)));
            QVERIFY(store.remoteThumbnail(key, remoteLocation(1)).isNull());
            QVERIFY(!store.isLoading(key));
            QCOMPARE(server.timesAsked(key), 1);

            // A local rescan clears local verdicts (this album's marker is swept)…
            const QString local = QStringLiteral("local, no art");
            QSignalSpy ready(&store, &CoverStore::coverReady);
            QVERIFY(store.thumbnail(local, cache.filePath(QStringLiteral("gone/01.mp3"))).isNull());
            QVERIFY(ready.wait(20000));
            QVERIFY(store.hasNoCover(local));
            QVERIFY(QFileInfo::exists(store.noCoverMarkerPath(local)));
            store.forgetMissingCovers();
            QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(store.noCoverMarkerPath(local)), 20000);
            // …but not the server's: its verdict comes from the disk, not from a new question.
            QVERIFY(QFileInfo::exists(store.remoteNoCoverMarkerPath(key)));
            QVERIFY(!store.hasNoCover(key));
            QVERIFY(loadRemote(store, key, remoteLocation(1)).isNull());
            QVERIFY(store.hasNoCover(key));
            QCOMPARE(server.timesAsked(key), 1);
        }

        // Next start: still known, still not asked.
        server.answer = FakeRemote::Answer::Image;
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        QVERIFY(loadRemote(store, key, remoteLocation(1)).isNull());
        QVERIFY(store.hasNoCover(key));
        QCOMPARE(server.timesAsked(key), 1);

        // Forgotten (the art was edited on the server): asked again.
        QSignalSpy ready(&store, &CoverStore::coverReady);
        store.forget(key);
        QVERIFY(store.remoteThumbnail(key, remoteLocation(1)).isNull());
        QVERIFY(ready.wait(20000));
        QVERIFY(!store.remoteThumbnail(key, remoteLocation(1)).isNull());
        QCOMPARE(server.timesAsked(key), 2);
        QVERIFY(!QFileInfo::exists(store.remoteNoCoverMarkerPath(key)));
    }

    void undecodableRemoteBytesAreNoCover() {
        const QString key = QStringLiteral("remote, damaged");
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::Damaged;
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        QVERIFY(loadRemote(store, key, remoteLocation(1)).isNull());
        QVERIFY(store.hasNoCover(key));
        QVERIFY(QFileInfo::exists(store.remoteNoCoverMarkerPath(key)));
        QVERIFY(!QFileInfo::exists(store.thumbnailPath(key)));
    }

    void remoteFailureIsAskedAgainLaterNotAtOnce() {
        const QString key = QStringLiteral("remote, unreachable");
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::Failure;
        {
            CoverStore store(cache.path(), kThumbSize);
            store.setRemoteSource(server.source());
            QVERIFY(loadRemote(store, key, remoteLocation(1)).isNull());
            QVERIFY(store.fetchFailed(key));
            QVERIFY(!store.hasNoCover(key)); // not a verdict: nothing written
            QVERIFY(!QFileInfo::exists(store.remoteNoCoverMarkerPath(key)));
            QVERIFY(!QFileInfo::exists(store.thumbnailPath(key)));

            // Views repaint often: none of that reaches the server again this session.
            for (int i = 0; i < 5; ++i)
                QVERIFY(store.remoteThumbnail(key, remoteLocation(1)).isNull());
            QVERIFY(!store.isLoading(key));
            QCOMPARE(server.timesAsked(key), 1);

            // The server is back: views are told, and the next request asks it.
            server.answer = FakeRemote::Answer::Image;
            QSignalSpy ready(&store, &CoverStore::coverReady);
            store.retryFailedFetches();
            QCOMPARE(ready.size(), 1);
            QCOMPARE(ready.constFirst().constFirst().toString(), key);
            QVERIFY(!store.fetchFailed(key));
            QVERIFY(!loadRemote(store, key, remoteLocation(1)).isNull());
            QCOMPARE(server.timesAsked(key), 2);
        }

        // A failure is not remembered across starts either.
        const QString other = QStringLiteral("remote, unreachable until next start");
        server.answer = FakeRemote::Answer::Failure;
        {
            CoverStore store(cache.path(), kThumbSize);
            store.setRemoteSource(server.source());
            QVERIFY(loadRemote(store, other, remoteLocation(2)).isNull());
            QVERIFY(store.fetchFailed(other));
        }
        server.answer = FakeRemote::Answer::Image;
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        QVERIFY(!loadRemote(store, other, remoteLocation(2)).isNull());
        QCOMPARE(server.timesAsked(other), 2);
    }

    void remoteWithoutSourceFailsUntilOneIsSet() {
        const QString key = QStringLiteral("remote, no source yet");
        QTemporaryDir cache;
        CoverStore store(cache.path(), kThumbSize);
        QVERIFY(loadRemote(store, key, remoteLocation(1)).isNull());
        QVERIFY(store.fetchFailed(key));
        FakeRemote server;
        QSignalSpy ready(&store, &CoverStore::coverReady);
        store.setRemoteSource(server.source());
        QCOMPARE(ready.size(), 1);                                    // the view asks again…
        QVERIFY(!loadRemote(store, key, remoteLocation(1)).isNull()); // …and gets it
        QCOMPARE(server.timesAsked(key), 1);
    }

    void remoteFetchesAreFewAtOnceAndAllArrive() {
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::Hold;
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        QSignalSpy ready(&store, &CoverStore::coverReady);
        constexpr int kAlbums = 3 * CoverStore::kMaxRemoteFetches;
        auto keyOf = [](int i) { return QStringLiteral("grid album %1").arg(i); };
        for (int i = 0; i < kAlbums; ++i)
            QVERIFY(store.remoteThumbnail(keyOf(i), remoteLocation(i)).isNull());
        // Answer whatever is asked, as it is asked, until every album has its cover.
        int answered = 0;
        while (answered < kAlbums) {
            QTRY_VERIFY_WITH_TIMEOUT(server.outstanding > 0, 20000);
            QVERIFY(server.outstanding <= CoverStore::kMaxRemoteFetches);
            for (const FakeRemote::Question &q : std::as_const(server.asked)) {
                if (q.reply) {
                    QVERIFY(server.reply(q.albumKey, jpegOf(Qt::green)));
                    ++answered;
                    break;
                }
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), kAlbums, 20000);
        QCOMPARE(server.asked.size(), kAlbums);
        QVERIFY(server.mostOutstanding <= CoverStore::kMaxRemoteFetches);
        for (int i = 0; i < kAlbums; ++i) {
            QVERIFY(!store.isLoading(keyOf(i)));
            QVERIFY(near(centre(store.remoteThumbnail(keyOf(i), remoteLocation(i))), Qt::green));
        }
    }

    void droppedRemoteRepliesCountAsFailures() {
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::Drop; // e.g. the server was removed meanwhile
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        // More than the fetch slots: a dropped reply must free its slot, or the rest would wait.
        constexpr int kAlbums = 2 * CoverStore::kMaxRemoteFetches + 1;
        for (int i = 0; i < kAlbums; ++i)
            QVERIFY(store.remoteThumbnail(QString::number(i), remoteLocation(i)).isNull());
        for (int i = 0; i < kAlbums; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(store.fetchFailed(QString::number(i)), 20000);
        QCOMPARE(server.asked.size(), kAlbums);
    }

    void forgettingDuringAFetchAsksAgain() {
        const QString key = QStringLiteral("remote, replaced art");
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::Hold;
        CoverStore store(cache.path(), kThumbSize);
        store.setRemoteSource(server.source());
        QVERIFY(store.remoteThumbnail(key, remoteLocation(1)).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(server.outstanding, 1, 20000);
        store.forget(key); // the art changed on the server while it was being sent
        QVERIFY(server.reply(key, jpegOf(Qt::red)));
        QTRY_COMPARE_WITH_TIMEOUT(server.outstanding, 1, 20000); // the stale answer is not kept
        QCOMPARE(server.timesAsked(key), 2);
        QSignalSpy ready(&store, &CoverStore::coverReady);
        QVERIFY(server.reply(key, jpegOf(Qt::blue)));
        QVERIFY(ready.wait(20000));
        QVERIFY(near(centre(store.remoteThumbnail(key, remoteLocation(1))), Qt::blue));
        QVERIFY(near(centre(QImage(store.thumbnailPath(key))), Qt::blue));
    }

    void destroyingWithRemoteFetchesOpenIsSafe() {
        QTemporaryDir cache;
        FakeRemote server;
        server.answer = FakeRemote::Answer::Hold;
        {
            CoverStore store(cache.path(), kThumbSize);
            store.setRemoteSource(server.source());
            QVERIFY(store.remoteThumbnail(QStringLiteral("a"), remoteLocation(1)).isNull());
            QVERIFY(store.remoteThumbnail(QStringLiteral("b"), remoteLocation(2)).isNull());
            QTRY_COMPARE_WITH_TIMEOUT(server.outstanding, 2, 20000);
        }
        // The server answers after the store is gone: nothing may arrive for it.
        QVERIFY(server.reply(QStringLiteral("a"), jpegOf(Qt::red)));
        QVERIFY(server.reply(QStringLiteral("b"), {}, true));
        QCoreApplication::processEvents();
        QVERIFY(QDir(cache.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestCoverStoreRemote)
#include "tst_coverstoreremote.moc"
