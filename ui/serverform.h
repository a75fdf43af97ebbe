// ServerForm: "Add a server" — name, addresses, how to sign in, an optional status page — with
// "Test connection" saying precisely what went wrong, and Add testing first so that a typo is
// caught here rather than in a failed sync later. Every problem is shown under its field.
#pragma once

#include "core/service/serverconfig.h"
#include "core/service/subsonic/connectionoutcome.h"

#include <QGroupBox>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace refrain {

class ServerListModel;

class ServerForm : public QGroupBox {
    Q_OBJECT
public:
    explicit ServerForm(ServerListModel *servers, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *addressesEdit() const { return m_addresses; }
    QRadioButton *apiKeyChoice() const { return m_useApiKey; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QCheckBox *plainPasswordBox() const { return m_allowPlain; }
    QLineEdit *statusUrlEdit() const { return m_statusUrl; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *addButton() const { return m_add; }
    QLabel *outcomeLabel() const { return m_outcome; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The server was saved (and the form cleared for the next one).
    void added(const QString &serverId);

private:
    void build();
    void connectFields();
    void updateAuthKind();
    void setBusy(bool busy, const QString &text = {});
    void clearFieldErrors();
    // The form as a config (addresses checked), or nothing with the problems shown inline. A
    // name is needed only to add: testing works before one is chosen.
    std::optional<ServerConfig> formConfig(bool forAdding);
    void testForm();
    void addFromForm();
    void addTested(ServerConfig config, const QString &secret, const ConnectionOutcome &outcome);

    ServerListModel *m_servers;
    quint64 m_formGeneration = 0; // answers for an edited form are stale
    bool m_busy = false;

    QLineEdit *m_name;
    QLabel *m_nameError;
    QPlainTextEdit *m_addresses;
    QLabel *m_addressesError;
    QLabel *m_addressesPlain; // plain HTTP outside the home network: said while typing
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
};

} // namespace refrain
