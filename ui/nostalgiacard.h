// NostalgiaCard: one rounded panel of the Nostalgia page — a heading, an optional line under it,
// room for buttons at the right, and the content — painted in the palette's Base role so charts
// and text on it follow light, dark and high-contrast themes.
#pragma once

#include <QFrame>

class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace refrain {

class NostalgiaCard : public QFrame {
    Q_OBJECT
public:
    explicit NostalgiaCard(const QString &heading, QWidget *parent = nullptr);

    QLabel *headingLabel() const { return m_heading; }
    // A quieter line beside the heading ("by listens", "14 March"); hidden while empty.
    QLabel *subheadingLabel() const { return m_subheading; }
    void setSubheading(const QString &text);
    // Buttons go at the right of the heading.
    QHBoxLayout *headerLayout() const { return m_header; }
    QVBoxLayout *contentLayout() const { return m_content; }

    // Shared looks: a label in the card's quieter text colour, and a heading font.
    static void makeSecondary(QLabel *label);
    // The same from a theme's colours (the labels' own palettes may not have followed yet).
    static void makeSecondary(QLabel *label, const QPalette &theme);
    // After a change of theme: the quieter labels under root blend the new colours.
    static void updateSecondary(QWidget *root);
    static QFont headingFont(const QFont &base, qreal scale);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_heading;
    QLabel *m_subheading;
    QHBoxLayout *m_header;
    QVBoxLayout *m_content;
};

} // namespace refrain
