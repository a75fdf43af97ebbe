// Small label and form helpers the widgets share. Text that came from outside — a server, a
// status feed, the health log — goes into plainTextLabel, so it is never interpreted as markup.
#pragma once

#include <QColor>
#include <QSize>
#include <QString>

class QAbstractScrollArea;
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

// Resizes a window to `preferred`, but never past nine tenths of the screen it opens on: at
// 200 % a 1920×1080 screen offers only 960×540 logical pixels.
void resizeWithinScreen(QWidget *window, QSize preferred);

// Draws the style's focus frame inside a list or table while it has the focus and nothing in it
// shows that (empty, or no current row yet): otherwise Tab would land there invisibly.
void showFocusWhenEmpty(QAbstractScrollArea *area);

// WCAG 2 relative luminance (0 black … 1 white) and the contrast ratio of two colours (1 … 21).
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// A strip tinted with `hue` over the theme's window colour, and the text that reads on it: the
// theme's own text while it keeps 4.5:1 (WCAG AA), else black or white. Light, dark and
// high-contrast themes all get a tint of their own instead of one fixed pastel.
struct TintedSurface {
    QColor background;
    QColor text;
};
TintedSurface tintedSurface(const QPalette &theme, const QColor &hue);
// `preferred` if it reads on `background` at 4.5:1, else black or white, whichever reads better.
QColor readableOn(const QColor &preferred, const QColor &background);

// How an inline outcome reads: words always; icon and colour only make it quicker to see.
enum class Tone { Neutral, Good, Bad };
// Shows `message` in `text` (hidden when empty) with the tone's colour and icon.
void showOutcome(QLabel *icon, QLabel *text, Tone tone, const QString &message);

} // namespace refrain
