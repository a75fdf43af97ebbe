// HealthBanner: the strip at the top of the window that says how the music service is doing,
// whose problem it is and how fresh that is — icon, colour and words, never colour alone.
#pragma once

#include <QFrame>

class QLabel;

namespace refrain {

class HealthModel;

class HealthBanner : public QFrame {
    Q_OBJECT
public:
    explicit HealthBanner(HealthModel *model, QWidget *parent = nullptr);

    QString headlineText() const;
    QString detailText() const;

private:
    void refresh();

    HealthModel *m_model;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_detail;
    QLabel *m_basis;
};

} // namespace refrain
