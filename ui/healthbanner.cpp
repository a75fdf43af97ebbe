#include "ui/healthbanner.h"

#include "core/model/healthmodel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace refrain {

namespace {

QLabel *plainLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    // Text from servers and status feeds must never be interpreted as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

HealthBanner::HealthBanner(HealthModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_headline(plainLabel(this))
    , m_detail(plainLabel(this))
    , m_basis(plainLabel(this)) {
    setObjectName(QStringLiteral("healthBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Service status"));

    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setObjectName(QStringLiteral("healthHeadline"));
    m_detail->setObjectName(QStringLiteral("healthDetail"));
    m_basis->setObjectName(QStringLiteral("healthBasis"));
    QFont small = m_basis->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_basis->setFont(small);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    text->addWidget(m_basis);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    connect(m_model, &HealthModel::changed, this, &HealthBanner::refresh);
    refresh();
}

QString HealthBanner::headlineText() const {
    return m_headline->text();
}

QString HealthBanner::detailText() const {
    return m_detail->text();
}

void HealthBanner::refresh() {
    m_headline->setText(m_model->headline());
    m_detail->setText(m_model->detail());
    m_detail->setVisible(!m_model->detail().isEmpty());
    m_basis->setText(m_model->basisText());

    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint = palette().color(QPalette::AlternateBase);
    switch (m_model->severity()) {
    case HealthModel::Severity::Neutral:
        break;
    case HealthModel::Severity::Good:
        icon = QStyle::SP_DialogApplyButton;
        tint = QColor(0xe3, 0xf4, 0xe1);
        break;
    case HealthModel::Severity::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xff, 0xf1, 0xc9);
        break;
    case HealthModel::Severity::Problem:
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xfd, 0xde, 0xdc);
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) * 3 / 2;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, tint);
    // Keep text readable on the light tints whatever the theme.
    if (m_model->severity() != HealthModel::Severity::Neutral)
        pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);

    setAccessibleDescription(m_model->headline() + QStringLiteral(". ") + m_model->detail());
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace refrain
