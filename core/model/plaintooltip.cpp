#include "core/model/plaintooltip.h"

#include <QTextDocument>

namespace refrain {

QString plainTooltip(const QString &text) {
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>").arg(text.toHtmlEscaped());
}

} // namespace refrain
