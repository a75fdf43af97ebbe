// Loads Refrain's own translations for the user's language — the system's, or the one chosen with
// the `ui/language` setting — falling back to the English plural forms, and Qt's for standard
// dialogs.
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace refrain {

// The setting in refrain.ini that overrides the system language: "" or "system" follow the system,
// otherwise one of availableLanguages() ("de", "es", "en").
inline constexpr char kLanguageSettingKey[] = "ui/language";

// Installs the catalogues chosen by `ui/language` in the default profile's refrain.ini (the app
// data folder); call it once the application name is set.
void installTranslations(QCoreApplication &app);

// The same with the settings file of a given profile (--profile). Calling it again replaces the
// catalogues installed before, so a profile known only after parsing the command line still wins.
void installTranslations(QCoreApplication &app, const QString &settingsPath);

// The languages with a compiled catalogue, as codes ("de", "en", "es"), sorted: the choices a
// Settings page offers next to "system".
QStringList availableLanguages();

// The language `setting` asks for when it names an available catalogue; empty means follow the
// system (also for "system", "" and anything unknown).
QString chosenLanguage(const QString &setting);

} // namespace refrain
