// Small label and form helpers the widgets share. Text that came from outside — a server, a
// status feed, the health log — goes into plainTextLabel, so it is never interpreted as markup.
#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

namespace refrain {

// A word-wrapped label showing `text` literally; selectable lets people copy it.
QLabel *plainTextLabel(QWidget *parent, const QString &text = {}, bool selectable = false);
// An inline problem under a form field: plain text in the "bad" tone, hidden until used.
QLabel *errorLabel(QWidget *parent, const QString &objectName);
// A label whose mnemonic moves focus to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy);
// A field with its inline problem (and an optional hint) right under it.
QWidget *withNotes(QWidget *field, QLabel *error, QLabel *hint = nullptr);
// Good and bad text colours, readable on light and dark themes alike.
QColor toneColour(bool good, const QPalette &palette);

// How an inline outcome reads: words always; icon and colour only make it quicker to see.
enum class Tone { Neutral, Good, Bad };
// Shows `message` in `text` (hidden when empty) with the tone's colour and icon.
void showOutcome(QLabel *icon, QLabel *text, Tone tone, const QString &message);

} // namespace refrain
