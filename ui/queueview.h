// QueueView: the "Up Next" panel — what plays after this, reorderable by drag and drop, with tracks
// dropped in from the library or a playlist; Delete removes, double-click plays.
#pragma once

#include <QWidget>

class QListView;

namespace refrain {

class QueueModel;

class QueueView : public QWidget {
    Q_OBJECT
public:
    explicit QueueView(QueueModel *queue, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QueueModel *m_queue;
    QListView *m_list;
};

} // namespace refrain
