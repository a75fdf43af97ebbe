#include "ui/columnchooser.h"

#include <QAbstractItemModel>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>

namespace refrain {

namespace {
// Written ahead of Qt's own bytes: which layout this is, so one from another table or another
// version with a different set of columns is not applied to this one.
constexpr quint32 kMagic = 0x52434c31; // "RCL1"
} // namespace

ColumnChooser::ColumnChooser(QHeaderView *header, QList<int> required)
    : QObject(header)
    , m_header(header)
    , m_required(std::move(required))
    , m_defaults(header->saveState()) {
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
    m_header->setSectionsMovable(true);
    m_header->setFirstSectionMovable(true);
}

QByteArray ColumnChooser::saveState() const {
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << kMagic << qint32(m_header->count()) << m_header->saveState();
    return out;
}

bool ColumnChooser::restoreState(const QByteArray &state) {
    if (state.isEmpty())
        return false;
    QDataStream stream(state);
    quint32 magic = 0;
    qint32 count = 0;
    QByteArray qtState;
    stream >> magic >> count >> qtState;
    if (stream.status() != QDataStream::Ok || magic != kMagic || count != m_header->count())
        return false;
    if (!m_header->restoreState(qtState))
        return false;
    for (int column : m_required)
        m_header->setSectionHidden(column, false);
    return true;
}

void ColumnChooser::resetToDefaults() {
    m_header->restoreState(m_defaults);
}

void ColumnChooser::showMenu(const QPoint &pos) {
    QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    QMenu menu(m_header);
    menu.setTitle(tr("Columns"));
    int shown = 0;
    for (int column = 0; column < m_header->count(); ++column)
        shown += m_header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_header->count(); ++column) {
        QString name = model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        if (name.isEmpty())
            name = model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        if (name.isEmpty())
            continue;
        QAction *action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        // The last column showing and the required ones stay.
        action->setEnabled(!m_required.contains(column)
                           && (m_header->isSectionHidden(column) || shown > 1));
        connect(action, &QAction::toggled, this,
                [this, column](bool on) { m_header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &ColumnChooser::resetToDefaults);
    menu.exec(m_header->viewport()->mapToGlobal(pos));
}

} // namespace refrain
