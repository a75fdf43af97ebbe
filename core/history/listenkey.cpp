#include "core/history/listenkey.h"

namespace refrain::listenkey {

QString normalize(const QString &name) {
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (pendingSpace && !out.isEmpty())
                out.append(QLatin1Char(' '));
            pendingSpace = false;
            out.append(c.toCaseFolded());
        } else {
            pendingSpace = true;
        }
    }
    // A name of punctuation only ("!!!") keeps its own characters rather than becoming "".
    if (out.isEmpty())
        return name.simplified().toCaseFolded();
    return out;
}

} // namespace refrain::listenkey
