#include "translations/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace refrain {

namespace {

const QString kCatalogueDirectory = QStringLiteral(":/i18n");
// Marks the translators this file installed, so a second call can take them out again.
const QString kOwnTranslatorName = QStringLiteral("refrain-translations");

QString languageSettingIn(const QString &settingsPath) {
    if (settingsPath.isEmpty() || !QFileInfo::exists(settingsPath))
        return {};
    const QSettings settings(settingsPath, QSettings::IniFormat);
    return settings.value(QLatin1String(kLanguageSettingKey)).toString();
}

void removeInstalledTranslators(QCoreApplication &app) {
    const auto installed =
        app.findChildren<QTranslator *>(kOwnTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *newTranslator(QCoreApplication &app) {
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kOwnTranslatorName);
    return translator;
}

} // namespace

QStringList availableLanguages() {
    QStringList languages;
    const QStringList files =
        QDir(kCatalogueDirectory)
            .entryList({QStringLiteral("refrain_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(8, file.size() - 8 - 3)); // "refrain_" … ".qm"
    return languages;
}

QString chosenLanguage(const QString &setting) {
    const QString wanted = setting.trimmed().toLower();
    if (wanted.isEmpty() || wanted == QLatin1String("system"))
        return {};
    return availableLanguages().contains(wanted) ? wanted : QString();
}

void installTranslations(QCoreApplication &app) {
    // The default profile, as Profile::resolve("") finds it; translations/ cannot link app/.
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    installTranslations(app, directory.isEmpty()
                                 ? QString()
                                 : QDir(directory).filePath(QStringLiteral("refrain.ini")));
}

void installTranslations(QCoreApplication &app, const QString &settingsPath) {
    removeInstalledTranslators(app);
    const QString language = chosenLanguage(languageSettingIn(settingsPath));
    // The setting picks one language; otherwise the system's list of preferred languages decides.
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);

    auto *own = newTranslator(app);
    // Tries refrain_de_AT, refrain_de, … and finally the English catalogue, which supplies plurals.
    if (own->load(locale, QStringLiteral("refrain"), QStringLiteral("_"), kCatalogueDirectory)
        || own->load(QStringLiteral("refrain_en"), kCatalogueDirectory)) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    auto *qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
}

} // namespace refrain
