#include "ui/queueview.h"

#include "ui/formlabels.h"

#include "core/model/queuemodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace refrain {

QueueView::QueueView(QueueModel *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_list(new QListView(this))
    , m_hint(new QLabel(tr("Nothing up next.\nDouble-click a song, choose “Play Next”, or drag "
                           "songs here."),
                        m_list->viewport())) {
    setObjectName(QStringLiteral("queueView"));
    m_list->setModel(queue);
    m_list->setAccessibleName(tr("Up next"));
    showFocusWhenEmpty(m_list);
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

    // Drawn over the list's viewport, so drops still land on the list.
    m_hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_list->viewport()->installEventFilter(this);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(queue, signal, this, &QueueView::updateHint);
    connect(queue, &QAbstractItemModel::modelReset, this, &QueueView::updateHint);
    connect(queue, &QAbstractItemModel::layoutChanged, this, &QueueView::updateHint);
    updateHint();
}

void QueueView::updateHint() {
    m_hint->setGeometry(m_list->viewport()->rect().adjusted(12, 12, -12, -12));
    m_hint->setVisible(m_queue->rowCount() == 0);
}

bool QueueView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_list->viewport() && event->type() == QEvent::Resize)
        updateHint();
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
