// DatabaseNotice: an inline bar (never a modal dialog) shown when the library database cannot be
// used — damaged, from a newer Refrain, unwritable — saying why and offering what can be done.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace refrain {

class LibraryActivity;

class DatabaseNotice : public QFrame {
    Q_OBJECT
public:
    explicit DatabaseNotice(LibraryActivity *activity, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *moveAsideButton() const { return m_moveAside; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void applyColours();

    LibraryActivity *m_activity;
    QLabel *m_text;
    QPushButton *m_moveAside;
    bool m_applyingColours = false;
};

} // namespace refrain
