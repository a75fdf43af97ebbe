#pragma once

// Makes text from servers, feeds and file names safe to show as a tooltip, where Qt would
// otherwise guess rich text.

#include <QString>

namespace refrain {

// Qt renders a tooltip that looks like markup as rich text: a song called "<b>Loud</b>" or a
// status line with "<img src=…>" must read literally. Text that cannot be taken for markup comes
// back unchanged; the rest is escaped and wrapped so line breaks and spaces stay as they were.
QString plainTooltip(const QString &text);

} // namespace refrain
