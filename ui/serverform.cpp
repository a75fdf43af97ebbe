#include "ui/serverform.h"

#include "ui/formlabels.h"

#include "core/model/serverlistmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace refrain {

namespace {

// Unreachable now is not wrong: a home server seen from elsewhere still deserves to be added.
bool couldNotReach(const ConnectionOutcome &outcome) {
    using Kind = ConnectionOutcome::Kind;
    return outcome.kind == Kind::Timeout || outcome.kind == Kind::Refused
           || outcome.kind == Kind::HostNotFound;
}

} // namespace

ServerForm::ServerForm(ServerListModel *servers, QWidget *parent)
    : QGroupBox(tr("Add a server"), parent)
    , m_servers(servers) {
    setObjectName(QStringLiteral("addServerForm"));
    build();
    connectFields();
    updateAuthKind();
}

void ServerForm::build() {
    QWidget *box = this;
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Home"));
    m_name->setAccessibleName(tr("Name"));
    m_nameError = errorLabel(box, QStringLiteral("nameError"));

    m_addresses = new QPlainTextEdit(box);
    m_addresses->setObjectName(QStringLiteral("addressesEdit"));
    m_addresses->setAccessibleName(tr("Addresses"));
    m_addresses->setPlaceholderText(tr("https://music.example.org\nhttp://192.168.1.20:4533"));
    m_addresses->setTabChangesFocus(true); // Tab must leave the field, not type a tab
    m_addresses->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_addresses->setFixedHeight(m_addresses->fontMetrics().lineSpacing() * 3
                                + 2 * m_addresses->frameWidth() + 10);
    QLabel *addressesHint = plainTextLabel(
        box, tr("One per line. The first is tried first; after that, whichever answered best."));
    addressesHint->setForegroundRole(QPalette::PlaceholderText);
    m_addressesError = errorLabel(box, QStringLiteral("addressesError"));
    m_addressesPlain = errorLabel(box, QStringLiteral("addressesPlainWarning"));

    m_usePassword = new QRadioButton(tr("Pass&word"), box);
    m_useApiKey = new QRadioButton(tr("API ke&y"), box);
    m_useApiKey->setObjectName(QStringLiteral("apiKeyChoice"));
    m_useApiKey->setToolTip(tr("OpenSubsonic servers such as Navidrome can give you an API key"));
    m_authGroup = new QButtonGroup(box);
    m_authGroup->addButton(m_usePassword);
    m_authGroup->addButton(m_useApiKey);
    m_usePassword->setChecked(true);
    auto *authRow = new QWidget(box);
    auto *authLayout = new QHBoxLayout(authRow);
    authLayout->setContentsMargins(0, 0, 0, 0);
    authLayout->addWidget(m_usePassword);
    authLayout->addWidget(m_useApiKey);
    authLayout->addStretch();

    m_user = new QLineEdit(box);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_userError = errorLabel(box, QStringLiteral("userError"));
    m_secret = new QLineEdit(box);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretError = errorLabel(box, QStringLiteral("secretError"));

    m_allowPlain = new QCheckBox(
        tr("Allow the password over plain &HTTP to a public address (old servers only)"), box);
    m_allowPlain->setObjectName(QStringLiteral("plainPasswordBox"));
    m_allowPlainHint = plainTextLabel(
        box, tr("Only matters for servers that refuse secure sign-in tokens: Refrain then has to "
                "send the password itself, which anyone between you and an http:// address on "
                "the internet could read. Addresses with https:// or on your own network never "
                "need this."));
    m_allowPlainHint->setForegroundRole(QPalette::PlaceholderText);

    m_statusUrl = new QLineEdit(box);
    m_statusUrl->setObjectName(QStringLiteral("statusUrlEdit"));
    m_statusUrl->setAccessibleName(tr("Status page"));
    m_statusUrl->setPlaceholderText(tr("Optional, e.g. https://status.example.com"));
    m_statusUrl->setToolTip(tr("Where the service behind this server publishes its status "
                               "(Atlassian Statuspage). Refrain shows what it says in the "
                               "status banner."));
    m_statusUrlError = errorLabel(box, QStringLiteral("statusUrlError"));

    m_test = new QPushButton(tr("Test &Connection"), box);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAutoDefault(false);
    m_add = new QPushButton(tr("&Add Server"), box);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);
    m_busyBar = new QProgressBar(box);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setAccessibleName(tr("Waiting for the server"));
    m_busyBar->setRange(0, 0); // no steps to count: it only says "working"
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setMaximumHeight(m_test->sizeHint().height() / 2);
    m_busyBar->hide();
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_test);
    buttonRow->addWidget(m_busyBar);
    buttonRow->addStretch();
    buttonRow->addWidget(m_add);

    m_outcomeIcon = new QLabel(box);
    m_outcome = plainTextLabel(box);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_outcomeIcon, 0, Qt::AlignTop);
    outcomeRow->addWidget(m_outcome, 1);

    m_userLabel = buddyLabel(tr("&User name:"), m_user);
    m_secretLabel = buddyLabel(tr("&Password:"), m_secret);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(buddyLabel(tr("&Name:"), m_name), withNotes(m_name, m_nameError));
    QWidget *addresses = withNotes(m_addresses, m_addressesError, addressesHint);
    addresses->layout()->addWidget(m_addressesPlain);
    form->addRow(buddyLabel(tr("A&ddresses:"), m_addresses), addresses);
    form->addRow(tr("Sign in with:"), authRow);
    form->addRow(m_userLabel, withNotes(m_user, m_userError));
    form->addRow(m_secretLabel, withNotes(m_secret, m_secretError));
    form->addRow(m_allowPlain);
    form->addRow(m_allowPlainHint);
    form->addRow(buddyLabel(tr("Status pag&e:"), m_statusUrl),
                 withNotes(m_statusUrl, m_statusUrlError));

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addLayout(outcomeRow);
    layout->addStretch();
    showOutcome(m_outcomeIcon, m_outcome, Tone::Neutral, {});
}

void ServerForm::updateAuthKind() {
    const bool apiKey = m_useApiKey->isChecked();
    m_user->setEnabled(!apiKey);
    m_userLabel->setEnabled(!apiKey);
    m_secretLabel->setText(apiKey ? tr("API &key:") : tr("&Password:"));
    m_secret->setAccessibleName(apiKey ? tr("API key") : tr("Password"));
    // An API key is never sent as a password, so the permission has nothing to allow.
    m_allowPlain->setVisible(!apiKey);
    m_allowPlainHint->setVisible(!apiKey);
}

void ServerForm::setBusy(bool busy, const QString &text) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_test->setEnabled(!busy);
    m_add->setEnabled(!busy);
    if (busy)
        showOutcome(m_outcomeIcon, m_outcome, Tone::Neutral, text);
}

void ServerForm::clearFieldErrors() {
    for (QLabel *label :
         {m_nameError, m_addressesError, m_userError, m_secretError, m_statusUrlError})
        label->hide();
}

std::optional<ServerConfig> ServerForm::formConfig(bool forAdding) {
    clearFieldErrors();
    QWidget *firstBad = nullptr;
    const auto problem = [&](QLabel *label, QWidget *field, const QString &message) {
        label->setText(message);
        label->show();
        if (!firstBad)
            firstBad = field;
    };
    ServerConfig config;
    config.name = m_name->text().trimmed();
    if (forAdding && config.name.isEmpty())
        problem(m_nameError, m_name, tr("Give the server a name, such as “Home”."));
    else if (forAdding && m_servers->hasName(config.name))
        problem(m_nameError, m_name, tr("There is already a server called “%1”.").arg(config.name));
    if (auto urls = ServerListModel::parseAddresses(m_addresses->toPlainText()); urls)
        config.urls = urls.value();
    else
        problem(m_addressesError, m_addresses, urls.error().message);
    config.auth =
        m_useApiKey->isChecked() ? ServerConfig::Auth::ApiKey : ServerConfig::Auth::Password;
    if (config.auth == ServerConfig::Auth::Password) {
        config.user = m_user->text().trimmed();
        config.allowPlainPassword = m_allowPlain->isChecked();
        if (config.user.isEmpty())
            problem(m_userError, m_user, tr("Enter the user name you sign in to the server with."));
    }
    if (auto status = ServerListModel::parseStatusUrl(m_statusUrl->text()); status)
        config.statusUrl = status.value();
    else
        problem(m_statusUrlError, m_statusUrl, status.error().message);
    if (m_secret->text().isEmpty())
        problem(m_secretError, m_secret,
                config.auth == ServerConfig::Auth::ApiKey
                    ? tr("Enter the API key (the server's web page shows it in your profile).")
                    : tr("Enter your password."));
    if (firstBad) {
        firstBad->setFocus();
        return std::nullopt;
    }
    return config;
}

void ServerForm::testForm() {
    const auto config = formConfig(false);
    if (!config)
        return;
    setBusy(true, tr("Testing the connection…"));
    const quint64 generation = m_formGeneration;
    m_servers->testUnsaved(*config, m_secret->text(),
                           [self = QPointer(this), generation](const ConnectionOutcome &outcome) {
                               if (!self)
                                   return;
                               self->setBusy(false);
                               if (generation != self->m_formGeneration)
                                   return; // the form was edited meanwhile: test again
                               showOutcome(self->m_outcomeIcon, self->m_outcome,
                                           outcome.ok() ? Tone::Good : Tone::Bad, outcome.message);
                           });
}

void ServerForm::addFromForm() {
    const auto config = formConfig(true);
    if (!config)
        return;
    // Test first, so a typo in the password is caught here and not in a failed sync later.
    setBusy(true, tr("Checking the server before adding it…"));
    const quint64 generation = m_formGeneration;
    const QString secret = m_secret->text();
    m_servers->testUnsaved(*config, secret,
                           [self = QPointer(this), generation, config = *config,
                            secret](const ConnectionOutcome &outcome) {
                               if (!self)
                                   return;
                               if (generation != self->m_formGeneration) {
                                   self->setBusy(false);
                                   showOutcome(
                                       self->m_outcomeIcon, self->m_outcome, Tone::Bad,
                                       tr("Nothing was added: the details changed while they were "
                                          "being checked."));
                                   return;
                               }
                               self->addTested(config, secret, outcome);
                           });
}

void ServerForm::addTested(ServerConfig config, const QString &secret,
                           const ConnectionOutcome &outcome) {
    if (!outcome.ok() && !couldNotReach(outcome)) {
        setBusy(false);
        showOutcome(m_outcomeIcon, m_outcome, Tone::Bad,
                    tr("%1\nThe server was not added.").arg(outcome.message));
        return;
    }
    if (outcome.ok()) {
        // What the test learnt spares the first sync from guessing the protocol.
        config.apiVersion = outcome.server.apiVersion;
        config.serverType = outcome.server.type;
        config.serverVersion = outcome.server.serverVersion;
        config.openSubsonic = outcome.server.openSubsonic;
        for (const ServerExtension &extension : outcome.server.extensions)
            config.extensions.append(extension.name);
    }
    const QString warning = outcome.ok() ? QString() : outcome.message;
    m_servers->add(config, secret, [self = QPointer(this), warning](Result<ServerConfig> added) {
        if (!self)
            return;
        self->setBusy(false);
        if (!added) {
            showOutcome(self->m_outcomeIcon, self->m_outcome, Tone::Bad, added.error().message);
            return;
        }
        const ServerConfig &server = added.value();
        for (QLineEdit *edit : {self->m_name, self->m_user, self->m_secret, self->m_statusUrl})
            edit->clear();
        self->m_addresses->clear();
        self->m_allowPlain->setChecked(false);
        Q_EMIT self->added(server.id);
        if (warning.isEmpty())
            showOutcome(
                self->m_outcomeIcon, self->m_outcome, Tone::Good,
                tr("Added “%1”. Its songs are being added to your library.").arg(server.name));
        else
            showOutcome(self->m_outcomeIcon, self->m_outcome, Tone::Bad,
                        tr("Added “%1”, but it cannot be reached now: %2\nIts songs "
                           "appear once it answers (Sync Now).")
                            .arg(server.name, warning));
    });
}

void ServerForm::connectFields() {
    // Whatever was tested no longer describes the form once it is edited.
    const auto edited = [this](QLabel *error) {
        ++m_formGeneration;
        error->hide();
        if (!m_busy)
            showOutcome(m_outcomeIcon, m_outcome, Tone::Neutral, {});
    };
    connect(m_name, &QLineEdit::textEdited, this, [this, edited] { edited(m_nameError); });
    connect(m_addresses, &QPlainTextEdit::textChanged, this, [this, edited] {
        edited(m_addressesError);
        // Not an error (the address works), but said while it is typed, not after adding.
        const QString plain = ServerListModel::unencryptedWarning(
            ServerListModel::unencryptedAddresses(m_addresses->toPlainText()));
        m_addressesPlain->setText(plain);
        m_addressesPlain->setVisible(!plain.isEmpty());
    });
    connect(m_user, &QLineEdit::textEdited, this, [this, edited] { edited(m_userError); });
    connect(m_secret, &QLineEdit::textEdited, this, [this, edited] { edited(m_secretError); });
    connect(m_allowPlain, &QCheckBox::toggled, this, [this, edited] { edited(m_secretError); });
    connect(m_statusUrl, &QLineEdit::textEdited, this,
            [this, edited] { edited(m_statusUrlError); });
    connect(m_authGroup, &QButtonGroup::buttonToggled, this, [this, edited] {
        edited(m_secretError);
        m_userError->hide();
        updateAuthKind();
    });
    connect(m_test, &QPushButton::clicked, this, &ServerForm::testForm);
    connect(m_add, &QPushButton::clicked, this, &ServerForm::addFromForm);
}

} // namespace refrain
