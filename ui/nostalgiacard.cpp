#include "ui/nostalgiacard.h"

#include "ui/formlabels.h"
#include "ui/nostalgiachart.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace refrain {

namespace {

constexpr auto kSecondaryProperty = "nostalgiaSecondary";

} // namespace

NostalgiaCard::NostalgiaCard(const QString &heading, QWidget *parent)
    : QFrame(parent) {
    m_heading = plainTextLabel(this, heading);
    m_heading->setWordWrap(false);
    m_heading->setFont(headingFont(font(), 1.15));
    m_heading->setForegroundRole(QPalette::Text);
    m_subheading = plainTextLabel(this);
    m_subheading->setWordWrap(false);
    makeSecondary(m_subheading);
    m_subheading->hide();
    m_header = new QHBoxLayout;
    m_header->setSpacing(fontMetrics().height() / 2);
    m_header->addWidget(m_heading, 0, Qt::AlignBaseline);
    m_header->addWidget(m_subheading, 0, Qt::AlignBaseline);
    m_header->addStretch(1);
    m_content = new QVBoxLayout;
    m_content->setSpacing(fontMetrics().height() / 2);
    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height();
    layout->setContentsMargins(margin, margin * 3 / 4, margin, margin);
    layout->setSpacing(margin * 3 / 4);
    layout->addLayout(m_header);
    layout->addLayout(m_content, 1);
}

void NostalgiaCard::setSubheading(const QString &text) {
    m_subheading->setText(text);
    m_subheading->setVisible(!text.isEmpty());
}

void NostalgiaCard::updateSecondary(QWidget *root) {
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->property(kSecondaryProperty).toBool())
            makeSecondary(label, root->palette());
    }
}

void NostalgiaCard::makeSecondary(QLabel *label) {
    makeSecondary(label, label->palette());
}

void NostalgiaCard::makeSecondary(QLabel *label, const QPalette &theme) {
    // Text on a card pairs with Base; the quieter tone is a blend, so it follows any theme.
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setProperty(kSecondaryProperty, true);
    QPalette palette = label->palette();
    palette.setColor(
        QPalette::PlaceholderText,
        NostalgiaChart::mix(theme.color(QPalette::Base), theme.color(QPalette::Text), 0.68));
    label->setPalette(palette);
}

QFont NostalgiaCard::headingFont(const QFont &base, qreal scale) {
    QFont font = base;
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(int(font.pixelSize() * scale));
    return font;
}

void NostalgiaCard::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor base = palette().color(QPalette::Base);
    p.setPen(QPen(NostalgiaChart::mix(base, palette().color(QPalette::Text), 0.12), 1));
    p.setBrush(base);
    const qreal r = fontMetrics().height() * 0.6;
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), r, r);
}

} // namespace refrain
