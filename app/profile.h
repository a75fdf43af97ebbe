// Profile: where one user's (or one test's) database, settings and downloads live — the app data
// folder, or the folder given with --profile.
#pragma once

#include <QString>

namespace refrain {

struct Profile {
    QString directory;

    // The --profile folder when given (made absolute), otherwise the platform's app data folder.
    static Profile resolve(const QString &overrideDirectory);

    QString databasePath() const;
    QString settingsPath() const;
    QString coversDirectory() const;
    QString downloadsDirectory() const;
    // Server passwords and API keys when no keychain answers (owner-only).
    QString secretsPath() const;
};

} // namespace refrain
