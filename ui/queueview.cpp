#include "ui/queueview.h"

#include "core/model/queuemodel.h"

#include <QKeyEvent>
#include <QListView>
#include <QVBoxLayout>

namespace refrain {

QueueView::QueueView(QueueModel *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_list(new QListView(this)) {
    setObjectName(QStringLiteral("queueView"));
    m_list->setModel(queue);
    m_list->setAccessibleName(tr("Up next"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { m_queue->playRow(index.row()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

bool QueueView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            QList<int> rows;
            for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
                rows.append(index.row());
            if (!rows.isEmpty())
                m_queue->removeQueueRows(rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace refrain
