// listenkey: the normalised form of artist, title and album names under which history groups
// listens from different sources ("Beyoncé" and "BEYONCE " are one artist).
#pragma once

#include <QString>

namespace refrain::listenkey {

// Compatibility-decomposed, diacritics dropped, case-folded; every run of characters that are
// not letters or digits becomes one space, trimmed. A name of punctuation only is kept as it is,
// case-folded and with its spaces simplified.
QString normalize(const QString &name);

} // namespace refrain::listenkey
