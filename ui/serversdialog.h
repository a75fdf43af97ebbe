// ServersDialog: the settings page for streaming servers — the servers already added (what each
// is, how fresh its songs are, test, sync, remove) and a form to add one, whose "Test
// connection" says precisely what went wrong. Every answer is shown inline, as plain text.
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

class ServerListModel;

class ServersDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServersDialog(ServerListModel *servers, QWidget *parent = nullptr);

    // For tests and the main window: the parts a person works with.
    QListView *serverList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *addressesEdit() const { return m_addresses; }
    QRadioButton *apiKeyChoice() const { return m_useApiKey; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *plainPasswordBox() const { return m_allowPlain; }
    QLineEdit *statusUrlEdit() const { return m_statusUrl; }
    QLineEdit *selectedStatusUrlEdit() const { return m_selectedStatusUrl; }
    QPushButton *saveStatusUrlButton() const { return m_saveStatusUrl; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *confirmRemoveButton() const { return m_confirmRemove; }
    QPushButton *syncButton() const { return m_sync; }
    QPushButton *testSelectedButton() const { return m_testSelected; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QLabel *selectedOutcomeLabel() const { return m_selectedOutcome; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *storageLabel() const { return m_storage; }
    bool isBusy() const { return m_busy; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone { Neutral, Good, Bad };

    QWidget *buildListSide();
    QWidget *buildForm();
    void connectForm();
    void updateAuthKind();
    void updateSelection();
    void setBusy(bool busy, const QString &text = {});
    void showOutcome(QLabel *icon, QLabel *text, Tone tone, const QString &message);
    void clearFieldErrors();
    // The form as a config (addresses checked), or nothing with the problems shown inline. A
    // name is needed only to add: testing works before one is chosen.
    std::optional<ServerConfig> formConfig(bool forAdding);
    void testForm();
    void addFromForm();
    void addTested(ServerConfig config, const QString &secret, const ConnectionOutcome &outcome);
    void testSelected();
    void askToRemove();
    void removeSelected();
    void syncSelected();
    void saveStatusUrl();
    QString selectedId() const;

    ServerListModel *m_servers;
    quint64 m_formGeneration = 0; // answers for an edited form are stale
    bool m_busy = false;

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

    QLineEdit *m_name;
    QLabel *m_nameError;
    QPlainTextEdit *m_addresses;
    QLabel *m_addressesError;
    QButtonGroup *m_authGroup;
    QRadioButton *m_usePassword;
    QRadioButton *m_useApiKey;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_userError;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLabel *m_secretError;
    QCheckBox *m_allowPlain;
    QLabel *m_allowPlainHint;
    QLineEdit *m_statusUrl;
    QLabel *m_statusUrlError;
    QPushButton *m_test;
    QPushButton *m_add;
    QProgressBar *m_busyBar;
    QLabel *m_outcomeIcon;
    QLabel *m_outcome;
    QLabel *m_storage;
};

} // namespace refrain
