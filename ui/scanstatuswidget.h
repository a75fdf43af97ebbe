// ScanStatusWidget: the status-bar corner that shows scan progress with counts and time left,
// and lets the person cancel.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace refrain {

class LibraryActivity;

class ScanStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit ScanStatusWidget(LibraryActivity *activity, QWidget *parent = nullptr);

    QString text() const;

private:
    void refresh();

    LibraryActivity *m_activity;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace refrain
