#include "app/profile.h"

#include <QDir>
#include <QStandardPaths>

namespace refrain {

Profile Profile::resolve(const QString &overrideDirectory) {
    Profile profile;
    profile.directory = overrideDirectory.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(overrideDirectory).absolutePath();
    return profile;
}

QString Profile::databasePath() const {
    return QDir(directory).filePath(QStringLiteral("library.db"));
}

QString Profile::settingsPath() const {
    return QDir(directory).filePath(QStringLiteral("refrain.ini"));
}

QString Profile::coversDirectory() const {
    return QDir(directory).filePath(QStringLiteral("covers"));
}

QString Profile::downloadsDirectory() const {
    return QDir(directory).filePath(QStringLiteral("downloads"));
}

QString Profile::secretsPath() const {
    return QDir(directory).filePath(QStringLiteral("secrets.json"));
}

} // namespace refrain
