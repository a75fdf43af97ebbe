// Translations as a German or Spanish user meets them: every string of the code is translated (an
// untranslated addition fails here, by name), placeholders survive, and the embedded catalogues
// follow the system language unless the ui/language setting says otherwise.
#include "tests/support/commandrun.h"
#include "translations/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace refrain;
using namespace refrain::test;

namespace {

const QString kSourceDir = QStringLiteral(REFRAIN_SOURCE_DIR);
// German and Spanish both have two plural forms (one, other).
constexpr int kPluralForms = 2;

struct Message {
    QString context;
    QString source;
    QString comment; // lupdate's disambiguation, part of the identity
    bool numerus = false;
    bool finished = false;
    QStringList forms; // one translation, or the plural forms
    QString key() const { return context + QChar(4) + source + QChar(4) + comment; }
    QString label() const { return context + QStringLiteral(": \"") + source + QLatin1Char('"'); }
};

// Reads a Qt Linguist .ts file: one Message per <message>, vanished and obsolete ones included (as
// unfinished), so a string the code uses but lupdate retired still counts as missing.
QList<Message> readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("message"))
            continue;
        Message m;
        m.context = context;
        m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (m.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            m.forms.append(xml.readElementText());
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    m.forms.append(xml.readElementText());
                }
            } else {
                xml.skipCurrentElement();
            }
        }
        messages.append(m);
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%9 and %n, sorted: what a translation must keep of its source, each as often.
QStringList placeholders(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("%(?:[1-9]|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QString catalogue(const QString &language) {
    return kSourceDir + QStringLiteral("/translations/refrain_") + language + QStringLiteral(".ts");
}

QString listed(const QStringList &problems) {
    constexpr qsizetype kShown = 25;
    QString text = QString::number(problems.size()) + QStringLiteral(" problem(s):\n  ")
                   + problems.mid(0, kShown).join(QStringLiteral("\n  "));
    if (problems.size() > kShown)
        text += QStringLiteral("\n  …");
    return text
           + QStringLiteral(
               "\nRun `cmake --build <build dir> --target update_translations`, translate "
               "the new messages in translations/refrain_de.ts and refrain_es.ts (Qt "
               "Linguist) and mark them finished.");
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

    QList<Message> m_code; // what lupdate finds in the sources right now

    static QString translated(const char *context, const char *text, int n = -1) {
        return QCoreApplication::translate(context, text, nullptr, n);
    }

    void writeLanguageSetting(const QString &path, const QString &value) {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QLatin1String(kLanguageSettingKey), value);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }

private Q_SLOTS:
    void initTestCase() {
        // The same extraction as the update_translations target, into a scratch file.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString ts = scratch.filePath(QStringLiteral("refrain_code.ts"));
        const CommandRun run = CommandRun::run(
            QStringLiteral(REFRAIN_LUPDATE),
            {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral("-no-obsolete"), QStringLiteral("-I"), kSourceDir,
             kSourceDir + QStringLiteral("/core"), kSourceDir + QStringLiteral("/ui"),
             kSourceDir + QStringLiteral("/app"), QStringLiteral("-ts"), ts});
        QVERIFY2(run.exitCode == 0, qPrintable(describeRun(run)));
        QString error;
        m_code = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A broken run (wrong folders) would make every later check pass vacuously.
        QVERIFY2(m_code.size() > 500, qPrintable(QString::number(m_code.size())));
    }

    void everyCodeStringIsTranslated_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

    void everyCodeStringIsTranslated() {
        QFETCH(QString, language);
        QString error;
        const QList<Message> translated = readTs(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const Message &m : translated)
            byKey.insert(m.key(), m);

        QStringList problems;
        for (const Message &code : std::as_const(m_code)) {
            const auto it = byKey.constFind(code.key());
            if (it == byKey.constEnd()) {
                problems.append(QStringLiteral("missing ") + code.label());
                continue;
            }
            if (it->numerus != code.numerus) {
                problems.append(QStringLiteral("plural flag differs ") + code.label());
                continue;
            }
            if (!it->finished)
                problems.append(QStringLiteral("unfinished ") + code.label());
            const qsizetype wanted = code.numerus ? kPluralForms : 1;
            const qsizetype filled =
                std::count_if(it->forms.cbegin(), it->forms.cend(),
                              [](const QString &form) { return !form.trimmed().isEmpty(); });
            if (it->forms.size() != wanted || filled != wanted)
                problems.append(QStringLiteral("empty or missing form in ") + code.label());
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void placeholdersAndAcceleratorsAreKept_data() { everyCodeStringIsTranslated_data(); }

    void placeholdersAndAcceleratorsAreKept() {
        QFETCH(QString, language);
        QString error;
        const QList<Message> translated = readTs(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!translated.isEmpty());
        static const QRegularExpression accelerator(QStringLiteral("&(?!&)"));
        const auto accelerators = [](QString text) {
            return text.remove(QStringLiteral("&&")).count(accelerator);
        };
        QStringList problems;
        for (const Message &m : translated) {
            for (const QString &form : m.forms) {
                if (form.isEmpty())
                    continue; // reported by the coverage check
                if (placeholders(form) != placeholders(m.source)) {
                    problems.append(QStringLiteral("placeholders differ in ") + m.label()
                                    + QStringLiteral(" → \"") + form + QLatin1Char('"'));
                }
                if (accelerators(form) != accelerators(m.source)) {
                    problems.append(QStringLiteral("accelerator (&) count differs in ") + m.label()
                                    + QStringLiteral(" → \"") + form + QLatin1Char('"'));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void everyCatalogueIsEmbedded() {
        QCOMPARE(availableLanguages(),
                 QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es")}));
        QCOMPARE(chosenLanguage(QStringLiteral("system")), QString());
        QCOMPARE(chosenLanguage(QString()), QString());
        QCOMPARE(chosenLanguage(QStringLiteral("ES")), QStringLiteral("es"));
        QCOMPARE(chosenLanguage(QStringLiteral("fr")), QString()); // no catalogue: the system's
    }

    void followsTheSystemLanguage_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("threeTracks");
        QTest::addColumn<QString>("oneTrack");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("&Datei")
                                << QStringLiteral("3 Titel") << QStringLiteral("1 Titel");
        QTest::newRow("Spanish") << QStringLiteral("es_ES") << QStringLiteral("&Archivo")
                                 << QStringLiteral("3 pistas") << QStringLiteral("1 pista");
        QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("&File")
                                 << QStringLiteral("3 tracks") << QStringLiteral("1 track");
        // No catalogue for French: English text, with proper English plurals.
        QTest::newRow("French") << QStringLiteral("fr_FR") << QStringLiteral("&File")
                                << QStringLiteral("3 tracks") << QStringLiteral("1 track");
    }

    void followsTheSystemLanguage() {
        QFETCH(QString, system);
        QFETCH(QString, menu);
        QFETCH(QString, threeTracks);
        QFETCH(QString, oneTrack);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QLocale::setDefault(QLocale(system));
        // No refrain.ini yet, as on a first start.
        installTranslations(*QCoreApplication::instance(),
                            profile.filePath(QStringLiteral("refrain.ini")));
        QCOMPARE(translated("refrain::MainWindow", "&File"), menu);
        QCOMPARE(translated("refrain::PlaylistListModel", "%n track(s)", 3), threeTracks);
        QCOMPARE(translated("refrain::PlaylistListModel", "%n track(s)", 1), oneTrack);
    }

    void theLanguageSettingWins_data() {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("status");
        QTest::newRow("es over German") << QStringLiteral("de_DE") << QStringLiteral("es")
                                        << QStringLiteral("Estado del servicio");
        QTest::newRow("de over Spanish")
            << QStringLiteral("es_ES") << QStringLiteral("de") << QStringLiteral("Dienststatus");
        QTest::newRow("en over German")
            << QStringLiteral("de_DE") << QStringLiteral("en") << QStringLiteral("Service status");
        QTest::newRow("system follows German")
            << QStringLiteral("de_DE") << QStringLiteral("system")
            << QStringLiteral("Dienststatus");
        QTest::newRow("unknown follows Spanish") << QStringLiteral("es_ES") << QStringLiteral("xx")
                                                 << QStringLiteral("Estado del servicio");
    }

    void theLanguageSettingWins() {
        QFETCH(QString, system);
        QFETCH(QString, setting);
        QFETCH(QString, status);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString ini = profile.filePath(QStringLiteral("refrain.ini"));
        writeLanguageSetting(ini, setting);
        QLocale::setDefault(QLocale(system));
        installTranslations(*QCoreApplication::instance(), ini);
        QCOMPARE(translated("refrain::HealthBanner", "Service status"), status);
    }

    void reinstallingReplacesTheCatalogue() {
        // main() installs for the default profile before it knows --profile; the second call wins.
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString ini = profile.filePath(QStringLiteral("refrain.ini"));
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        installTranslations(*QCoreApplication::instance(), ini);
        QCOMPARE(translated("refrain::MainWindow", "&Quit"), QStringLiteral("&Beenden"));
        writeLanguageSetting(ini, QStringLiteral("es"));
        installTranslations(*QCoreApplication::instance(), ini);
        QCOMPARE(translated("refrain::MainWindow", "&Quit"), QStringLiteral("&Salir"));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::c()); }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
