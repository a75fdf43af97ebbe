// OfflinePath: names a hostile or careless server sends become one safe file name each, valid on
// Linux, Windows and macOS, and nothing can lead a download out of the offline folder.
#include "core/offline/offlinepath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

namespace {

QString repeated(const QString &unit, int count) {
    QString out;
    for (int i = 0; i < count; ++i)
        out += unit;
    return out;
}

QString withNul() {
    return QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
}

bool isDeviceName(const QString &name) {
    const QString base = name.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (fixed.contains(base))
        return true;
    return base.size() == 4
           && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT")))
           && (base.at(3).isDigit() || base.at(3) == QChar(0x00B9) || base.at(3) == QChar(0x00B2)
               || base.at(3) == QChar(0x00B3));
}

// Why name is not a safe component, or an empty string when it is.
QString unsafeBecause(const QString &name, int maxBytes) {
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return QStringLiteral("empty, \".\" or \"..\"");
    if (OfflinePath::utf8Bytes(name) > maxBytes)
        return QStringLiteral("%1 bytes, over %2").arg(OfflinePath::utf8Bytes(name)).arg(maxBytes);
    if (name.toUtf8().size() != OfflinePath::utf8Bytes(name))
        return QStringLiteral("holds a broken surrogate pair");
    if (name != name.normalized(QString::NormalizationForm_C))
        return QStringLiteral("not NFC");
    for (const QChar c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c))
            return QStringLiteral("holds '%1'").arg(c);
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069))
            return QStringLiteral("holds control character U+%1").arg(u, 4, 16, QLatin1Char('0'));
    }
    if (name.back() == QLatin1Char('.') || name.back().isSpace() || name.front().isSpace())
        return QStringLiteral("starts with a space or ends with a dot or space");
    if (isDeviceName(name))
        return QStringLiteral("a Windows device name");
    return {};
}

bool under(const QString &root, const QString &path) {
    return QDir::cleanPath(path).startsWith(QDir::cleanPath(root) + QLatin1Char('/'));
}

bool makeLink(const QString &target, const QString &link) {
    return QFile::link(target, link);
}

} // namespace

class TestOfflinePath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostileNamesBecomeSafeComponents_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QString>("expected"); // empty: only the safety properties are checked

        const int d = 120;
        QTest::newRow("parent escape")
            << QStringLiteral("../../etc/passwd") << d << QStringLiteral(".._.._etc_passwd");
        QTest::newRow("absolute") << QStringLiteral("/abs/path") << d
                                  << QStringLiteral("_abs_path");
        QTest::newRow("drive") << QStringLiteral("C:\\Windows\\x") << d
                               << QStringLiteral("C__Windows_x");
        QTest::newRow("unc") << QStringLiteral("\\\\server\\share") << d
                             << QStringLiteral("__server_share");
        QTest::newRow("windows forbidden") << QStringLiteral("What? <Live> \"*\" |a|") << d
                                           << QStringLiteral("What_ _Live_ ___ _a_");
        QTest::newRow("AC/DC") << QStringLiteral("AC/DC") << d << QStringLiteral("AC_DC");
        QTest::newRow("CON") << QStringLiteral("CON") << d << QStringLiteral("_CON");
        QTest::newRow("con.mp3") << QStringLiteral("con.mp3") << d << QStringLiteral("_con.mp3");
        QTest::newRow("Lpt9") << QStringLiteral("Lpt9") << d << QStringLiteral("_Lpt9");
        QTest::newRow("NUL space ext")
            << QStringLiteral("NUL .txt") << d << QStringLiteral("_NUL .txt");
        QTest::newRow("COM superscript")
            << QStringLiteral("com\u00B9") << d << QStringLiteral("_com\u00B9");
        QTest::newRow("not a device")
            << QStringLiteral("Console") << d << QStringLiteral("Console");
        QTest::newRow("nul char") << withNul() << d << QStringLiteral("ab");
        QTest::newRow("controls") << QStringLiteral("a\tb\nc\u007Fd\u0085e\u009Ff") << d
                                  << QStringLiteral("abcdef");
        QTest::newRow("bidi override")
            << QStringLiteral("bidi \u202E3pm.exe") << d << QStringLiteral("bidi 3pm.exe");
        QTest::newRow("bidi isolates")
            << QStringLiteral("\u2066x\u2067y\u2068z\u2069") << d << QStringLiteral("xyz");
        QTest::newRow("lone surrogate")
            << (QString(QChar(0xD800)) + QStringLiteral("x")) << d << QStringLiteral("x");
        QTest::newRow("trailing dots")
            << QStringLiteral("trailing. . .") << d << QStringLiteral("trailing");
        QTest::newRow("spaces") << QStringLiteral("   ") << d << QStringLiteral("_");
        QTest::newRow("empty") << QString() << d << QStringLiteral("_");
        QTest::newRow("dot") << QStringLiteral(".") << d << QStringLiteral("_");
        QTest::newRow("dotdot") << QStringLiteral("..") << d << QStringLiteral("_");
        QTest::newRow("only controls")
            << QStringLiteral("\u202E\u0001") << d << QStringLiteral("_");
        QTest::newRow("leading dots kept") << QStringLiteral("...And Justice for All") << d
                                           << QStringLiteral("...And Justice for All");
        QTest::newRow("padded") << QStringLiteral("  Intro  ") << d << QStringLiteral("Intro");
        QTest::newRow("300 emoji")
            << repeated(QStringLiteral("🎵"), 300) << d << repeated(QStringLiteral("🎵"), 30);
        QTest::newRow("300 CJK") << repeated(QStringLiteral("漢"), 300) << d
                                 << repeated(QStringLiteral("漢"), 40);
        QTest::newRow("odd byte offset emoji")
            << (QStringLiteral("a") + repeated(QStringLiteral("🎵"), 300)) << d
            << (QStringLiteral("a") + repeated(QStringLiteral("🎵"), 29));
        QTest::newRow("mixed scripts")
            << repeated(QStringLiteral("Ünï 坂本 🎵 Кино "), 30) << d << QString();
        // 👍🏽 is one character of two code points: never cut between them.
        QTest::newRow("emoji with skin tone") << repeated(QStringLiteral("👍🏽"), 10) << 20
                                              << repeated(QStringLiteral("👍🏽"), 2);
        QTest::newRow("dot left at the cut")
            << (repeated(QStringLiteral("a"), 119) + QStringLiteral(".b")) << d
            << repeated(QStringLiteral("a"), 119);
        QTest::newRow("device name left by the cut")
            << (QStringLiteral("CON") + repeated(QStringLiteral("x"), 200)) << 3
            << QStringLiteral("_CO");
        QTest::newRow("tiny limit, wide character")
            << QStringLiteral("🎵") << 2 << QStringLiteral("_");
    }

    void hostileNamesBecomeSafeComponents() {
        QFETCH(QString, input);
        QFETCH(int, maxBytes);
        QFETCH(QString, expected);
        const QString safe = OfflinePath::safeComponent(input, maxBytes);
        const QString why = unsafeBecause(safe, maxBytes);
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("“%1”: %2").arg(safe, why)));
        if (!expected.isEmpty())
            QCOMPARE(safe, expected);
        // Safe names are left as they are.
        QCOMPARE(OfflinePath::safeComponent(safe, maxBytes), safe);

        // Used for every part of a song's path, the file still lands under the offline folder.
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString relative =
            OfflinePath::forSong(input, input, input, 2, 1, input, QStringLiteral("mp3"));
        QCOMPARE(relative.split(QLatin1Char('/')).size(), 4);
        QVERIFY2(under(root.path(), QDir(root.path()).filePath(relative)), qPrintable(relative));
        QVERIFY2(OfflinePath::staysInside(root.path(), relative), qPrintable(relative));
        QVERIFY(OfflinePath::utf8Bytes(relative) <= OfflinePath::kMaxRelativePathBytes);
        for (const QString &part : relative.split(QLatin1Char('/')))
            QVERIFY2(unsafeBecause(part, 120).isEmpty(), qPrintable(part));
    }

    void decomposedAndComposedNamesAreOneFile() {
        const QString composed = QStringLiteral("Beyonc\u00E9 \u2013 D\u00E9j\u00E0 Vu");
        const QString decomposed = QStringLiteral("Beyonce\u0301 \u2013 De\u0301ja\u0300 Vu");
        QVERIFY(composed != decomposed);
        QCOMPARE(OfflinePath::safeComponent(decomposed), composed);
        QCOMPARE(OfflinePath::forSong(QStringLiteral("s"), decomposed, decomposed, 1, 1, decomposed,
                                      QStringLiteral("flac")),
                 OfflinePath::forSong(QStringLiteral("s"), composed, composed, 1, 1, composed,
                                      QStringLiteral("flac")));
    }

    void suffixIsShortAndLowerCaseOrAudio_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mp3") << QStringLiteral("mp3") << QStringLiteral("mp3");
        QTest::newRow("upper") << QStringLiteral("FLAC") << QStringLiteral("flac");
        QTest::newRow("digit") << QStringLiteral("m4a") << QStringLiteral("m4a");
        QTest::newRow("empty") << QString() << QStringLiteral("audio");
        QTest::newRow("path") << QStringLiteral("mp3/../../x") << QStringLiteral("audio");
        QTest::newRow("dot") << QStringLiteral(".mp3") << QStringLiteral("audio");
        QTest::newRow("space") << QStringLiteral("mp3 ") << QStringLiteral("audio");
        QTest::newRow("too long") << QStringLiteral("abcdefghi") << QStringLiteral("audio");
        QTest::newRow("full width")
            << QStringLiteral("\uFF4D\uFF50\uFF13") << QStringLiteral("audio");
        QTest::newRow("runnable") << QStringLiteral("EXE") << QStringLiteral("audio");
        QTest::newRow("shortcut") << QStringLiteral("lnk") << QStringLiteral("audio");
        QTest::newRow("desktop entry") << QStringLiteral("desktop") << QStringLiteral("audio");
    }

    void suffixIsShortAndLowerCaseOrAudio() {
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        QCOMPARE(OfflinePath::safeSuffix(suffix), expected);
    }

    void songPathsReadLikeALibrary_data() {
        QTest::addColumn<QString>("artist");
        QTest::addColumn<QString>("album");
        QTest::addColumn<int>("disc");
        QTest::addColumn<int>("track");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Daft Punk") << QStringLiteral("Discovery") << 1
                               << 3 << QStringLiteral("Digital Love") << QStringLiteral("mp3")
                               << QStringLiteral("srv/Daft Punk/Discovery/03 Digital Love.mp3");
        QTest::newRow("second disc")
            << QStringLiteral("Pink Floyd") << QStringLiteral("The Wall") << 2 << 5
            << QStringLiteral("Hey You") << QStringLiteral("FLAC")
            << QStringLiteral("srv/Pink Floyd/The Wall/2-05 Hey You.flac");
        QTest::newRow("no track") << QStringLiteral("A") << QStringLiteral("B") << 3 << 0
                                  << QStringLiteral("Song") << QStringLiteral("ogg")
                                  << QStringLiteral("srv/A/B/Song.ogg");
        QTest::newRow("three digits")
            << QStringLiteral("A") << QStringLiteral("B") << 1 << 123 << QStringLiteral("Song")
            << QStringLiteral("ogg") << QStringLiteral("srv/A/B/123 Song.ogg");
        QTest::newRow("nothing known")
            << QString() << QStringLiteral("  ") << 0 << 1 << QString() << QString()
            << QStringLiteral("srv/Unknown Artist/Unknown Album/01 Untitled.audio");
        QTest::newRow("hostile") << QStringLiteral("..") << QStringLiteral("/") << 1 << 0
                                 << QStringLiteral("CON") << QStringLiteral("exe")
                                 << QStringLiteral("srv/_/_/_CON.audio");
        QTest::newRow("title of dots")
            << QStringLiteral("A") << QStringLiteral("B") << 1 << 7 << QStringLiteral("...")
            << QStringLiteral("mp3") << QStringLiteral("srv/A/B/07 _.mp3");
    }

    void songPathsReadLikeALibrary() {
        QFETCH(QString, artist);
        QFETCH(QString, album);
        QFETCH(int, disc);
        QFETCH(int, track);
        QFETCH(QString, title);
        QFETCH(QString, suffix);
        QFETCH(QString, expected);
        QCOMPARE(
            OfflinePath::forSong(QStringLiteral("srv"), artist, album, disc, track, title, suffix),
            expected);
    }

    void longNamesShareTheLengthLimit() {
        const QString id = QStringLiteral("6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b");
        const QString emoji = repeated(QStringLiteral("🎵"), 300);
        const QString cjk = repeated(QStringLiteral("漢字"), 150);
        const QString latin = repeated(QStringLiteral("x"), 300);

        const QString all =
            OfflinePath::forSong(id, emoji, cjk, 1, 1, latin, QStringLiteral("mp3"));
        QVERIFY2(OfflinePath::utf8Bytes(all) <= OfflinePath::kMaxRelativePathBytes,
                 qPrintable(QString::number(OfflinePath::utf8Bytes(all))));
        const QStringList parts = all.split(QLatin1Char('/'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], id);
        QVERIFY(parts[1].startsWith(QStringLiteral("🎵🎵")));
        QVERIFY(parts[2].startsWith(QStringLiteral("漢字")));
        QVERIFY(parts[3].startsWith(QStringLiteral("01 xxx")));
        QVERIFY(parts[3].endsWith(QStringLiteral("x.mp3")));
        // The room left is shared: no part is squeezed to nothing.
        for (int i = 1; i < 4; ++i)
            QVERIFY2(OfflinePath::utf8Bytes(parts[i]) >= 50, qPrintable(parts[i]));

        // Short parts keep their whole name; a long title takes what they leave.
        const QString shortArtist =
            OfflinePath::forSong(id, QStringLiteral("ABBA"), QStringLiteral("Gold"), 1, 2, latin,
                                 QStringLiteral("flac"));
        QVERIFY(shortArtist.startsWith(id + QStringLiteral("/ABBA/Gold/02 xxx")));
        QCOMPARE(OfflinePath::utf8Bytes(shortArtist.section(QLatin1Char('/'), 3)), 120);

        // A server id longer than any real one is cut too.
        const QString longId =
            OfflinePath::forSong(latin, latin, latin, 1, 1, latin, QStringLiteral("mp3"));
        QVERIFY(OfflinePath::utf8Bytes(longId) <= OfflinePath::kMaxRelativePathBytes);
        QCOMPARE(OfflinePath::utf8Bytes(longId.section(QLatin1Char('/'), 0, 0)),
                 OfflinePath::kMaxServerIdBytes);
    }

    void twoSongsWithOneNameGetDistinctFiles() {
        const QString path =
            OfflinePath::forSong(QStringLiteral("s"), QStringLiteral("A"), QStringLiteral("B"), 1,
                                 1, QStringLiteral("Intro"), QStringLiteral("mp3"));
        QCOMPARE(OfflinePath::disambiguated(path, QStringLiteral("2")),
                 QStringLiteral("s/A/B/01 Intro [2].mp3"));
        QCOMPARE(OfflinePath::disambiguated(path, QStringLiteral("../x\u202E")),
                 QStringLiteral("s/A/B/01 Intro [.._x].mp3"));
        QCOMPARE(OfflinePath::disambiguated(QStringLiteral("s/A/B/Noext"), QStringLiteral("id7")),
                 QStringLiteral("s/A/B/Noext [id7]"));

        // A name already at the limits makes room for the tag instead of growing past them.
        const QString longest =
            OfflinePath::forSong(QStringLiteral("s"), repeated(QStringLiteral("a"), 300),
                                 repeated(QStringLiteral("b"), 300), 1, 1,
                                 repeated(QStringLiteral("漢"), 300), QStringLiteral("flac"));
        const QString tagged = OfflinePath::disambiguated(longest, QStringLiteral("al-42"));
        QVERIFY(tagged != longest);
        QVERIFY(tagged.endsWith(QStringLiteral(" [al-42].flac")));
        QVERIFY(OfflinePath::utf8Bytes(tagged) <= OfflinePath::kMaxRelativePathBytes);
        QVERIFY(OfflinePath::utf8Bytes(tagged.section(QLatin1Char('/'), -1)) <= 120);
        QCOMPARE(tagged.section(QLatin1Char('/'), 0, 2), longest.section(QLatin1Char('/'), 0, 2));
        QVERIFY(OfflinePath::staysInside(QDir::tempPath(), tagged));
    }

    void refusesPathsThatLeaveTheFolder_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("inside");
        QTest::newRow("song") << QStringLiteral("s/A/B/01 Song.mp3") << true;
        QTest::newRow("dot segments") << QStringLiteral("./s//A/./x.mp3") << true;
        QTest::newRow("leading dots name") << QStringLiteral("s/...And Justice/x.mp3") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("root itself") << QStringLiteral(".") << false;
        QTest::newRow("parent") << QStringLiteral("../x.mp3") << false;
        QTest::newRow("deep parent") << QStringLiteral("a/b/../../../x.mp3") << false;
        QTest::newRow("parent cancelled") << QStringLiteral("a/../x.mp3") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("unc slashes") << QStringLiteral("//server/share/x") << false;
        QTest::newRow("unc backslashes") << QStringLiteral("\\\\server\\share\\x") << false;
        QTest::newRow("drive") << QStringLiteral("C:/Windows/x") << false;
        QTest::newRow("drive relative") << QStringLiteral("C:x.mp3") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\..\\..\\x") << false;
        QTest::newRow("stream") << QStringLiteral("a/x.mp3:evil") << false;
        QTest::newRow("nul") << withNul() << false;
        QTest::newRow("device") << QStringLiteral("s/con.mp3") << false;
    }

    void refusesPathsThatLeaveTheFolder() {
        QFETCH(QString, relative);
        QFETCH(bool, inside);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QCOMPARE(OfflinePath::staysInside(root.path(), relative), inside);
        // Before the folder exists, the same answer from the text alone.
        QCOMPARE(OfflinePath::staysInside(root.filePath(QStringLiteral("not-yet")), relative),
                 inside);
    }

    void refusesSymlinksLeadingOut() {
        QTemporaryDir outside;
        QTemporaryDir base;
        QVERIFY(outside.isValid() && base.isValid());
        const QString root = base.filePath(QStringLiteral("offline"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/srv/Artist")));
        QVERIFY(QDir().mkpath(outside.filePath(QStringLiteral("Artist"))));
        QFile secret(outside.filePath(QStringLiteral("secret.mp3")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.close();

        // A server-named folder that an attacker (or an old bug) made a link to elsewhere.
        QVERIFY(makeLink(outside.path(), root + QStringLiteral("/evil")));
        QVERIFY(makeLink(outside.filePath(QStringLiteral("Artist")),
                         root + QStringLiteral("/srv/Linked")));
        QVERIFY(makeLink(outside.filePath(QStringLiteral("secret.mp3")),
                         root + QStringLiteral("/srv/Artist/01 Song.mp3")));
        QVERIFY(makeLink(outside.filePath(QStringLiteral("gone")),
                         root + QStringLiteral("/srv/dangling")));
        // Links that stay inside are fine.
        QVERIFY(
            makeLink(root + QStringLiteral("/srv/Artist"), root + QStringLiteral("/srv/Alias")));

        QVERIFY(!OfflinePath::staysInside(root, QStringLiteral("evil")));
        QVERIFY(!OfflinePath::staysInside(root, QStringLiteral("evil/x.mp3")));
        QVERIFY(!OfflinePath::staysInside(root, QStringLiteral("evil/new/folder/x.mp3")));
        QVERIFY(!OfflinePath::staysInside(root, QStringLiteral("srv/Linked/Album/x.mp3")));
        QVERIFY(!OfflinePath::staysInside(root, QStringLiteral("srv/Artist/01 Song.mp3")));
        QVERIFY(!OfflinePath::staysInside(root, QStringLiteral("srv/dangling/x.mp3")));
        QVERIFY(OfflinePath::staysInside(root, QStringLiteral("srv/Alias/Album/x.mp3")));
        QVERIFY(OfflinePath::staysInside(root, QStringLiteral("srv/Artist/02 Other.mp3")));
        QVERIFY(OfflinePath::staysInside(root, QStringLiteral("srv/New Artist/x.mp3")));

        // The offline folder itself may be reached through a link (a moved profile).
        const QString rootLink = base.filePath(QStringLiteral("profile-link"));
        QVERIFY(makeLink(root, rootLink));
        QVERIFY(OfflinePath::staysInside(rootLink, QStringLiteral("srv/Artist/02 Other.mp3")));
        QVERIFY(!OfflinePath::staysInside(rootLink, QStringLiteral("evil/x.mp3")));
    }

    void partFileSitsBesideTheFinalFile() {
        QCOMPARE(OfflinePath::partPath(QStringLiteral("/p/offline/s/A/B/01 X.mp3")),
                 QStringLiteral("/p/offline/s/A/B/01 X.mp3.part"));
    }
};

QTEST_GUILESS_MAIN(TestOfflinePath)
#include "tst_offlinepath.moc"
