// Loads Refrain's own translations for the user's language (falling back to English plural forms)
// and Qt's for standard dialogs.
#pragma once

class QCoreApplication;

namespace refrain {

void installTranslations(QCoreApplication &app);

} // namespace refrain
