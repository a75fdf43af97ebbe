// QueueView: the "Up Next" panel — what plays after this, reorderable by drag and drop, with tracks
// dropped in from the library or a playlist; Delete removes, double-click plays. Empty, it says
// how to fill it.
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace refrain {

class QueueModel;

class QueueView : public QWidget {
    Q_OBJECT
public:
    explicit QueueView(QueueModel *queue, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    // The line shown over the empty list.
    QLabel *emptyHint() const { return m_hint; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHint();

    QueueModel *m_queue;
    QListView *m_list;
    QLabel *m_hint;
};

} // namespace refrain
