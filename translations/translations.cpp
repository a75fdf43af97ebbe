#include "translations/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace refrain {

void installTranslations(QCoreApplication &app) {
    auto *own = new QTranslator(&app);
    // Tries refrain_de_AT, refrain_de, … and finally the English catalogue, which supplies plurals.
    if (own->load(QLocale(), QStringLiteral("refrain"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("refrain_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

} // namespace refrain
