// FileVerifier: a download counts as available offline only when it is the song the server
// described — real MP3, FLAC and Ogg files generated with sox, damaged the ways downloads are
// (cut short, a flipped byte, the wrong bytes entirely), each refused with a sentence saying
// what was expected and what was found.
#include "core/offline/fileverifier.h"

#include "tests/support/audiofixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

namespace {

constexpr double kToneSeconds = 8.0;
constexpr qint64 kToneMs = 8000;

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray sha256Of(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// "1,234,567": how the messages print exact sizes.
QString exact(qint64 bytes) {
    return QLocale(QLocale::English).toString(bytes);
}

// A problem a person can read: one sentence, capitalised, ending in a full stop, no leftovers
// of formatting.
#define VERIFY_SENTENCE(problem)                                                                   \
    do {                                                                                           \
        const QString p_ = (problem);                                                              \
        QVERIFY2(!p_.isEmpty() && p_.front().isUpper() && p_.endsWith(QLatin1Char('.'))            \
                     && !p_.contains(QLatin1Char('\n')) && !p_.contains(QLatin1String("%1"))       \
                     && !p_.contains(QLatin1String("TagLib")),                                     \
                 qPrintable(p_));                                                                  \
    } while (false)

#define VERIFY_MENTIONS(problem, text)                                                             \
    QVERIFY2((problem).contains(text),                                                             \
             qPrintable((problem) + QStringLiteral("  [missing: ") + (text) + QLatin1Char(']')))

} // namespace

class TestFileVerifier : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString source(const QString &suffix) const {
        return m_dir.filePath(QStringLiteral("src/tone.") + suffix);
    }

    // A copy of the generated song as the download manager leaves it: "<name>.<suffix>.part".
    QString download(const QString &suffix, const QByteArray &bytes) const {
        const QString path = m_dir.filePath(
            QStringLiteral("dl/%1 song.%2.part").arg(QString::number(++m_counter), suffix));
        return writeBytes(path, bytes) ? path : QString();
    }

    VerifyExpectation truthFor(const QString &suffix) const {
        const QByteArray bytes = fileBytes(source(suffix));
        VerifyExpectation e;
        e.sizeBytes = bytes.size();
        e.sha256Hex = sha256Of(bytes);
        e.durationMs = kToneMs; // Subsonic gives whole seconds
        e.suffix = suffix;
        return e;
    }

    mutable int m_counter = 0;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("dl"))));
        for (const char *suffix : {"mp3", "flac", "ogg"}) {
            ToneSpec spec;
            spec.relativePath = QStringLiteral("src/tone.") + QLatin1String(suffix);
            spec.seconds = kToneSeconds;
            spec.title = QStringLiteral("Tone");
            spec.artist = QStringLiteral("Refrain");
            spec.album = QStringLiteral("Fixtures");
            spec.track = 1;
            const QString error = AudioFixtures::makeTone(m_dir.path(), spec);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void formats_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("format");
        QTest::newRow("mp3") << QStringLiteral("mp3") << QStringLiteral("MP3");
        QTest::newRow("flac") << QStringLiteral("flac") << QStringLiteral("FLAC");
        QTest::newRow("ogg") << QStringLiteral("ogg") << QStringLiteral("Ogg Vorbis");
    }

    void goodDownloadPassesDespiteItsPartName_data() { formats_data(); }
    void goodDownloadPassesDespiteItsPartName() {
        QFETCH(QString, suffix);
        QFETCH(QString, format);
        const VerifyExpectation truth = truthFor(suffix);
        const QString path = download(suffix, fileBytes(source(suffix)));
        QVERIFY(path.endsWith(QStringLiteral(".part")));

        const VerifyReport report = FileVerifier::verify(path, truth);
        QVERIFY2(report.ok, qPrintable(report.problem));
        QVERIFY(report.problem.isEmpty());
        QCOMPARE(report.sizeBytes, truth.sizeBytes);
        QCOMPARE(report.sha256Hex, truth.sha256Hex);
        QCOMPARE(report.format, format);
        QVERIFY2(qAbs(report.durationMs - kToneMs) < 500,
                 qPrintable(QString::number(report.durationMs)));

        // Nothing known but the hint, or not even that: the content alone says it is audio.
        QVERIFY(FileVerifier::verify(path, VerifyExpectation{0, 0, {}, suffix, {}}).ok);
        const VerifyReport byContent = FileVerifier::verify(path, VerifyExpectation{});
        QVERIFY2(byContent.ok, qPrintable(byContent.problem));
        QCOMPARE(byContent.format, format);
        // A server that names the wrong format does not make a good file bad.
        const VerifyReport wrongHint =
            FileVerifier::verify(path, VerifyExpectation{0, 0, {}, QStringLiteral("wma"), {}});
        QVERIFY2(wrongHint.ok, qPrintable(wrongHint.problem));
        QCOMPARE(wrongHint.format, format);
        // Checksums from the server may come in capitals.
        VerifyExpectation upper = truth;
        upper.sha256Hex = truth.sha256Hex.toUpper();
        QVERIFY(FileVerifier::verify(path, upper).ok);
    }

    void sizeMismatchIsRefused() {
        VerifyExpectation truth = truthFor(QStringLiteral("mp3"));
        const QString path =
            download(QStringLiteral("mp3"), fileBytes(source(QStringLiteral("mp3"))));
        const qint64 actual = truth.sizeBytes;
        truth.sizeBytes = actual + 1;
        const VerifyReport report = FileVerifier::verify(path, truth);
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        // One byte apart: the exact counts tell them apart where "98.4 KiB" would not.
        VERIFY_MENTIONS(report.problem, exact(actual) + QStringLiteral(" bytes"));
        VERIFY_MENTIONS(report.problem, exact(actual + 1) + QStringLiteral(" bytes"));
        VERIFY_MENTIONS(report.problem, QStringLiteral("server said"));
        QCOMPARE(report.sizeBytes, actual);
    }

    void checksumMismatchIsRefused() {
        VerifyExpectation truth = truthFor(QStringLiteral("flac"));
        const QString path =
            download(QStringLiteral("flac"), fileBytes(source(QStringLiteral("flac"))));
        const QByteArray other = sha256Of("another song");
        truth.sha256Hex = other;
        const VerifyReport report = FileVerifier::verify(path, truth);
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        VERIFY_MENTIONS(report.problem, QStringLiteral("SHA-256"));
        VERIFY_MENTIONS(report.problem, QString::fromLatin1(other.left(16)));
        VERIFY_MENTIONS(report.problem, QString::fromLatin1(report.sha256Hex.left(16)));
        QCOMPARE(report.sha256Hex, sha256Of(fileBytes(path)));

        truth.sha256Hex = "not-a-checksum";
        const VerifyReport garbage = FileVerifier::verify(path, truth);
        QVERIFY(!garbage.ok);
        VERIFY_SENTENCE(garbage.problem);
        VERIFY_MENTIONS(garbage.problem, QStringLiteral("SHA-256"));
    }

    void flippedByteIsCaughtByTheChecksum_data() { formats_data(); }
    void flippedByteIsCaughtByTheChecksum() {
        QFETCH(QString, suffix);
        const VerifyExpectation truth = truthFor(suffix);
        QByteArray bytes = fileBytes(source(suffix));
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
        const QString path = download(suffix, bytes);

        const VerifyReport report = FileVerifier::verify(path, truth);
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        VERIFY_MENTIONS(report.problem, QStringLiteral("SHA-256"));
        VERIFY_MENTIONS(report.problem, QString::fromLatin1(truth.sha256Hex.left(16)));
        // The size and the audio headers are unchanged: only the checksum can tell.
        VerifyExpectation noChecksum = truth;
        noChecksum.sha256Hex.clear();
        QVERIFY(FileVerifier::verify(path, noChecksum).ok);
    }

    void halfFileIsRefusedWhenItsSizeIsKnown_data() { formats_data(); }
    void halfFileIsRefusedWhenItsSizeIsKnown() {
        QFETCH(QString, suffix);
        const VerifyExpectation truth = truthFor(suffix);
        const QByteArray bytes = fileBytes(source(suffix));
        const QString path = download(suffix, bytes.left(bytes.size() / 2));
        const VerifyReport report = FileVerifier::verify(path, truth);
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        VERIFY_MENTIONS(report.problem, exact(bytes.size() / 2));
        VERIFY_MENTIONS(report.problem, exact(bytes.size()));
    }

    // Without a size from the server, the audio itself shows the file ends too early.
    void halfFileIsRefusedByItsAudio_data() {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("mp3") << QStringLiteral("mp3");
        QTest::newRow("ogg") << QStringLiteral("ogg");
    }
    void halfFileIsRefusedByItsAudio() {
        QFETCH(QString, suffix);
        const QByteArray bytes = fileBytes(source(suffix));
        const QString path = download(suffix, bytes.left(bytes.size() / 2));
        const VerifyReport report =
            FileVerifier::verify(path, VerifyExpectation{0, kToneMs, {}, suffix, {}});
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        const bool cutShort = report.problem.contains(QStringLiteral("cut short"))
                              && report.problem.contains(exact(bytes.size() / 2));
        const bool tooShort = report.problem.contains(QStringLiteral("lasts"))
                              && report.problem.contains(QStringLiteral("8.0 s"));
        QVERIFY2(cutShort || tooShort, qPrintable(report.problem));
    }

    // A VBR MP3's header gives its duration, so a cut file still claims the whole length; the
    // byte count in the same header shows it is short.
    void halfVbrMp3IsCaughtByItsHeader() {
        const QString vbr = m_dir.filePath(QStringLiteral("src/vbr.mp3"));
        QProcess sox;
        sox.start(AudioFixtures::soxPath(),
                  {QStringLiteral("-q"), QStringLiteral("-n"), QStringLiteral("-r"),
                   QStringLiteral("44100"), QStringLiteral("-c"), QStringLiteral("2"),
                   QStringLiteral("-C"), QStringLiteral("-4.2"), vbr, QStringLiteral("synth"),
                   QString::number(kToneSeconds), QStringLiteral("sine"), QStringLiteral("440"),
                   QStringLiteral("vol"), QStringLiteral("0.3")});
        QVERIFY(sox.waitForFinished(60000));
        QCOMPARE(sox.exitCode(), 0);
        const QByteArray bytes = fileBytes(vbr);
        const VerifyExpectation whole{0, kToneMs, {}, QStringLiteral("mp3"), {}};
        const VerifyReport good =
            FileVerifier::verify(download(QStringLiteral("mp3"), bytes), whole);
        QVERIFY2(good.ok, qPrintable(good.problem));

        const QString half = download(QStringLiteral("mp3"), bytes.left(bytes.size() / 2));
        const VerifyReport report = FileVerifier::verify(half, whole);
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        VERIFY_MENTIONS(report.problem, QStringLiteral("cut short"));
        VERIFY_MENTIONS(report.problem, exact(bytes.size() / 2));
    }

    void randomBytesAreNotAudio() {
        // Several seeds: now and then random bytes hold something shaped like an MP3 frame.
        for (quint32 seed = 1; seed <= 12; ++seed) {
            QRandomGenerator random(seed);
            QByteArray bytes(192 * 1024, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            const QString path = download(QStringLiteral("mp3"), bytes);
            VerifyExpectation e;
            e.sizeBytes = bytes.size();
            e.sha256Hex = sha256Of(bytes); // even the checksum of exactly these bytes
            e.suffix = QStringLiteral("mp3");
            const VerifyReport report = FileVerifier::verify(path, e);
            QVERIFY2(!report.ok, qPrintable(QStringLiteral("seed %1").arg(seed)));
            VERIFY_SENTENCE(report.problem);
            VERIFY_MENTIONS(report.problem, QStringLiteral("not audio"));
            QCOMPARE(report.durationMs, 0);
        }
        // The head of a real MP3 (tag and two frames), then noise: TagLib alone would take it
        // for a whole song, timing it from the first frame's bit rate.
        const QByteArray mp3 = fileBytes(source(QStringLiteral("mp3")));
        QVERIFY(mp3.startsWith("ID3"));
        const auto syncsafe = [&](int i) { return int(uchar(mp3[i]) & 0x7f); };
        const int tagBytes =
            10 + (syncsafe(6) << 21 | syncsafe(7) << 14 | syncsafe(8) << 7 | syncsafe(9));
        QByteArray headThenNoise = mp3.left(tagBytes + 2 * 417 + 100);
        QRandomGenerator noise(99);
        while (headThenNoise.size() < mp3.size())
            headThenNoise.append(char(noise.bounded(256)));
        const VerifyReport noisy =
            FileVerifier::verify(download(QStringLiteral("mp3"), headThenNoise),
                                 VerifyExpectation{0, 0, {}, QStringLiteral("mp3"), {}});
        QVERIFY(!noisy.ok);
        VERIFY_SENTENCE(noisy.problem);
        VERIFY_MENTIONS(noisy.problem, QStringLiteral("not audio"));

        // Text named .flac, and a page of HTML an error handler sent instead of the song.
        const QString html = download(QStringLiteral("flac"),
                                      QByteArray("<html><body>502 Bad Gateway</body></html>"));
        const VerifyReport report =
            FileVerifier::verify(html, VerifyExpectation{0, 0, {}, QStringLiteral("flac"), {}});
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        VERIFY_MENTIONS(report.problem, QStringLiteral("not audio"));
        VERIFY_MENTIONS(report.problem, QStringLiteral("FLAC"));
    }

    void durationFarFromTheServersIsRefused_data() { formats_data(); }
    void durationFarFromTheServersIsRefused() {
        QFETCH(QString, suffix);
        VerifyExpectation truth = truthFor(suffix);
        const QString path = download(suffix, fileBytes(source(suffix)));

        truth.durationMs = kToneMs + 5000; // another song of the same size
        const VerifyReport report = FileVerifier::verify(path, truth);
        QVERIFY(!report.ok);
        VERIFY_SENTENCE(report.problem);
        VERIFY_MENTIONS(report.problem, QStringLiteral("13.0 s"));
        VERIFY_MENTIONS(report.problem, QStringLiteral("8.0 s"));
        VERIFY_MENTIONS(report.problem, QStringLiteral("2.0 s")); // the tolerance
        QVERIFY(qAbs(report.durationMs - kToneMs) < 500);

        // Whole seconds from the server, encoder padding: small differences are fine.
        truth.durationMs = kToneMs + 1500;
        QVERIFY(FileVerifier::verify(path, truth).ok);
        truth.durationMs = kToneMs - 1500;
        QVERIFY(FileVerifier::verify(path, truth).ok);
    }

    void toleranceGrowsWithLongSongs() {
        QCOMPARE(FileVerifier::durationToleranceMs(0), 2000);
        QCOMPARE(FileVerifier::durationToleranceMs(30000), 2000);
        QCOMPARE(FileVerifier::durationToleranceMs(100000), 2000);
        QCOMPARE(FileVerifier::durationToleranceMs(300000), 6000);
        QCOMPARE(FileVerifier::durationToleranceMs(3600000), 72000);
    }

    void missingEmptyAndFolderAreRefused() {
        const QString missing = m_dir.filePath(QStringLiteral("dl/never written.mp3.part"));
        const VerifyReport gone = FileVerifier::verify(missing, truthFor(QStringLiteral("mp3")));
        QVERIFY(!gone.ok);
        VERIFY_SENTENCE(gone.problem);
        VERIFY_MENTIONS(gone.problem, QStringLiteral("does not exist"));
        VERIFY_MENTIONS(gone.problem, QStringLiteral("never written.mp3.part"));

        const QString empty = download(QStringLiteral("mp3"), QByteArray());
        const VerifyReport nothing =
            FileVerifier::verify(empty, VerifyExpectation{0, 0, {}, QStringLiteral("mp3"), {}});
        QVERIFY(!nothing.ok);
        VERIFY_SENTENCE(nothing.problem);
        VERIFY_MENTIONS(nothing.problem, QStringLiteral("0 bytes"));

        const VerifyReport folder =
            FileVerifier::verify(m_dir.filePath(QStringLiteral("dl")), VerifyExpectation{});
        QVERIFY(!folder.ok);
        VERIFY_SENTENCE(folder.problem);
    }

    void checksumIsStreamedOverManyBlocks() {
        // Larger than several hash blocks and not a multiple of one.
        QByteArray bytes(int(FileVerifier::kHashBlockBytes * 3 + 12345), Qt::Uninitialized);
        QRandomGenerator random(7);
        for (char &b : bytes)
            b = char(random.bounded(256));
        const QString path = download(QStringLiteral("bin"), bytes);
        const auto hash = FileVerifier::sha256Hex(path);
        QVERIFY(hash.ok());
        QCOMPARE(hash.value(), sha256Of(bytes));

        const auto missing = FileVerifier::sha256Hex(m_dir.filePath(QStringLiteral("nope")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        VERIFY_SENTENCE(missing.error().message);
    }
};

QTEST_GUILESS_MAIN(TestFileVerifier)
#include "tst_fileverifier.moc"
