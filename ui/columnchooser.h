// ColumnChooser: the header's context menu of a song table — which columns show (each one a
// checkable entry, by the model's own header text) and a way back to the defaults — and the
// header's layout (order, widths, hidden columns) as bytes to save and restore.
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QHeaderView;

namespace refrain {

class ColumnChooser : public QObject {
    Q_OBJECT
public:
    // `required` columns cannot be hidden (the title, say). The header's state when this is made
    // is the default that "Reset Columns" goes back to.
    ColumnChooser(QHeaderView *header, QList<int> required);

    QByteArray saveState() const;
    // A layout saved by another version may name other columns: then nothing changes.
    bool restoreState(const QByteArray &state);
    void resetToDefaults();

private:
    void showMenu(const QPoint &pos);

    QHeaderView *m_header;
    QList<int> m_required;
    QByteArray m_defaults;
};

} // namespace refrain
