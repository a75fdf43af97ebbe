// ServersDialog: the settings page for streaming servers — the servers already added (what each
// is, how fresh its songs are, its status page, test, sync, remove) beside the ServerForm that
// adds one. Every answer is shown inline, as plain text.
#pragma once

#include "core/service/serverconfig.h"
#include "core/service/subsonic/connectionoutcome.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace refrain {

class ServerForm;
class ServerListModel;

class ServersDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServersDialog(ServerListModel *servers, QWidget *parent = nullptr);

    // For tests and the main window: the parts a person works with.
    QListView *serverList() const { return m_list; }
    ServerForm *form() const { return m_form; }
    QLineEdit *nameEdit() const;
    QPlainTextEdit *addressesEdit() const;
    QRadioButton *apiKeyChoice() const;
    QLineEdit *userEdit() const;
    QLineEdit *secretEdit() const;
    QCheckBox *plainPasswordBox() const;
    QLineEdit *statusUrlEdit() const;
    QLineEdit *selectedStatusUrlEdit() const { return m_selectedStatusUrl; }
    QPushButton *saveStatusUrlButton() const { return m_saveStatusUrl; }
    QPushButton *testButton() const;
    QPushButton *addButton() const;
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *confirmRemoveButton() const { return m_confirmRemove; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *testSelectedButton() const { return m_testSelected; }
    QLabel *outcomeLabel() const;
    QLabel *selectedOutcomeLabel() const { return m_selectedOutcome; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *storageLabel() const { return m_storage; }
    bool isBusy() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildListSide();
    void connectSelection();
    void updateSelection();
    void testSelected();
    void askToRemove();
    void removeSelected();
    void syncSelected();
    void saveStatusUrl();
    QString selectedId() const;

    ServerListModel *m_servers;
    ServerForm *m_form;

    QListView *m_list;
    QLabel *m_details;
    QProgressBar *m_syncProgress;
    QPushButton *m_testSelected;
    QPushButton *m_sync;
    QPushButton *m_remove;
    QFrame *m_confirmBar;
    QLabel *m_confirmText;
    QPushButton *m_confirmRemove;
    QPushButton *m_cancelRemove;
    QLabel *m_selectedIcon;
    QLabel *m_selectedOutcome;
    QLineEdit *m_selectedStatusUrl;
    QPushButton *m_saveStatusUrl;
    QString m_statusUrlShownFor; // the server whose status page the field shows

    QLabel *m_storage;
};

} // namespace refrain
