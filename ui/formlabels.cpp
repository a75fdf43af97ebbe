#include "ui/formlabels.h"

#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QVBoxLayout>

namespace refrain {

QLabel *plainTextLabel(QWidget *parent, const QString &text, bool selectable) {
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName) {
    QLabel *label = plainTextLabel(parent);
    label->setObjectName(objectName);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, toneColour(false, palette));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy) {
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

QWidget *withNotes(QWidget *field, QLabel *error, QLabel *hint) {
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return box;
}

void showOutcome(QLabel *icon, QLabel *text, Tone tone, const QString &message) {
    text->setText(message);
    text->setVisible(!message.isEmpty());
    QPalette palette = text->parentWidget() ? text->parentWidget()->palette() : text->palette();
    if (tone != Tone::Neutral)
        palette.setColor(QPalette::WindowText, toneColour(tone == Tone::Good, palette));
    text->setPalette(palette);
    const QStyle::StandardPixmap pixmap =
        tone == Tone::Good ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    QStyle *style = icon->style();
    const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, icon);
    icon->setPixmap(style->standardIcon(pixmap, nullptr, icon).pixmap(size, size));
    icon->setVisible(!message.isEmpty() && tone != Tone::Neutral);
}

QColor toneColour(bool good, const QPalette &palette) {
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (good)
        return dark ? QColor(0x8c, 0xe0, 0x9a) : QColor(0x1b, 0x6e, 0x2b);
    return dark ? QColor(0xff, 0x9e, 0x94) : QColor(0xa8, 0x1e, 0x12);
}

} // namespace refrain
