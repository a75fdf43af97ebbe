// What the fuzzers found stays fixed: every input that once crashed a parser (regressions/inputs)
// and every seed (corpus) goes through the entry its fuzz target calls, under the asan preset
// with the sanitizers watching. A crash found later also gets a test here of what the user sees.
#include "tests/fuzz/fuzzentries.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>
#include <map>

using namespace refrain;

namespace {

using Entry = void (*)(const uint8_t *, size_t);

const std::map<QString, Entry> &entries() {
    static const std::map<QString, Entry> all = {
        {QStringLiteral("statuspage"), fuzz::statusPage},
        {QStringLiteral("subsonic_json"), fuzz::subsonicJson},
        {QStringLiteral("subsonic_xml"), fuzz::subsonicXml},
        {QStringLiteral("playlist"), fuzz::playlistFile},
        {QStringLiteral("history_import"), fuzz::historyImport},
        {QStringLiteral("history_format"), fuzz::historyFormat},
        {QStringLiteral("featuredocument"), fuzz::featureDocument},
        {QStringLiteral("tags"), fuzz::tagReader},
    };
    return all;
}

QString fuzzDir() {
    return QDir::cleanPath(QStringLiteral(REFRAIN_FUZZ_DIR));
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void run(Entry entry, const QByteArray &input) {
    entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

} // namespace

namespace refrain::test {

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fuzz::initialise(nullptr, nullptr); }

    // Every saved input still reads without a crash (under the asan preset: without a memory
    // error or undefined behaviour either). A target folder without an entry is a typo that
    // would silently test nothing.
    void savedInputsAreReadSafely_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &root :
             {QStringLiteral("/corpus"), QStringLiteral("/regressions/inputs")}) {
            const QDir dir(fuzzDir() + root);
            const QStringList targets = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &target : targets) {
                const QDir files(dir.filePath(target));
                const QStringList names = files.entryList(QDir::Files, QDir::Name);
                for (const QString &name : names) {
                    if (name == QLatin1String("SOURCE.txt") || name == QLatin1String("README.txt"))
                        continue;
                    QTest::newRow(qPrintable(target + QLatin1Char('/') + name))
                        << target << files.filePath(name);
                    ++count;
                }
            }
        }
        QVERIFY2(count >= 8, "the seed corpora are missing");
    }
    void savedInputsAreReadSafely() {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const auto entry = entries().find(target);
        QVERIFY2(entry != entries().end(), qPrintable(QStringLiteral("no fuzz entry ") + target));
        run(entry->second, fileBytes(path));
    }

    // The suffix the tag fuzzer gives a file follows its magic, so each TagLib reader is reached.
    void audioSuffixFollowsMagic_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("id3") << QByteArrayLiteral("ID3\x04") << QStringLiteral("mp3");
        QTest::newRow("flac") << QByteArrayLiteral("fLaC") << QStringLiteral("flac");
        QTest::newRow("opus") << QByteArrayLiteral("OggS\0\x02....OpusHead")
                              << QStringLiteral("opus");
        QTest::newRow("vorbis") << QByteArrayLiteral("OggS\0\x02....\x01vorbis")
                                << QStringLiteral("ogg");
        QTest::newRow("mp4") << QByteArrayLiteral("\0\0\0\x20"
                                                  "ftypM4A ")
                             << QStringLiteral("m4a");
        QTest::newRow("wav") << QByteArrayLiteral("RIFF....WAVE") << QStringLiteral("wav");
    }
    void audioSuffixFollowsMagic() {
        QFETCH(QByteArray, head);
        QFETCH(QString, suffix);
        QCOMPARE(fuzz::audioSuffixFor(head), suffix);
    }
};

} // namespace refrain::test

QTEST_GUILESS_MAIN(refrain::test::TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
