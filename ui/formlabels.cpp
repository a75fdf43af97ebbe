#include "ui/formlabels.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QPointer>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace refrain {

namespace {

class EmptyViewFocus : public QObject {
public:
    explicit EmptyViewFocus(QAbstractScrollArea *area)
        : QObject(area)
        , m_area(area)
        , m_viewport(area->viewport()) {
        area->installEventFilter(this);
        m_viewport->installEventFilter(this);
    }

    // Events keep coming while the area is destroyed (its viewport removed, its focus lost),
    // when only its QWidget part is left: so it is held as a QWidget, its viewport kept apart.
    bool eventFilter(QObject *watched, QEvent *event) override {
        const QEvent::Type type = event->type();
        if (watched == m_area && (type == QEvent::FocusIn || type == QEvent::FocusOut)
            && m_viewport)
            m_viewport->update();
        if (watched != m_viewport.data() || type != QEvent::Paint || m_painting || !framed())
            return false;
        // The view paints itself first; the frame goes on top, still inside the same paint.
        m_painting = true;
        QCoreApplication::sendEvent(watched, event);
        m_painting = false;
        QWidget *viewport = m_viewport.data();
        QPainter painter(viewport);
        QStyleOptionFocusRect option;
        option.initFrom(m_area);
        option.rect = viewport->rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = viewport->palette().color(viewport->backgroundRole());
        m_area->style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, m_area);
        return true;
    }

private:
    bool framed() const {
        if (!m_area->hasFocus())
            return false;
        const auto *view = qobject_cast<const QAbstractItemView *>(m_area);
        return !view || !view->currentIndex().isValid();
    }

    QWidget *m_area;
    QPointer<QWidget> m_viewport;
    bool m_painting = false;
};

} // namespace

void showFocusWhenEmpty(QAbstractScrollArea *area) {
    new EmptyViewFocus(area);
}

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

void resizeWithinScreen(QWidget *window, QSize preferred) {
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen)
        preferred = preferred.boundedTo(screen->availableGeometry().size() * 9 / 10);
    window->resize(preferred.expandedTo(window->minimumSizeHint()));
}

double relativeLuminance(const QColor &colour) {
    const auto channel = [](float c) {
        return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
           + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &preferred, const QColor &background) {
    constexpr double kAaContrast = 4.5;
    if (contrastRatio(preferred, background) >= kAaContrast)
        return preferred;
    // One of black and white always reaches 4.5:1 on any background.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrastRatio(black, background) >= contrastRatio(white, background) ? black : white;
}

TintedSurface tintedSurface(const QPalette &theme, const QColor &hue) {
    const QColor window = theme.color(QPalette::Window).toRgb();
    // A dark window needs more of the hue before the tint shows at all.
    const double amount = relativeLuminance(window) < 0.18 ? 0.32 : 0.22;
    const QColor tint = hue.toRgb();
    const auto mix = [amount](float from, float to) { return from + float((to - from) * amount); };
    TintedSurface out;
    out.background =
        QColor::fromRgbF(mix(window.redF(), tint.redF()), mix(window.greenF(), tint.greenF()),
                         mix(window.blueF(), tint.blueF()));
    out.text = readableOn(theme.color(QPalette::WindowText), out.background);
    return out;
}

} // namespace refrain
