#include "ui/serversdialog.h"

#include "ui/formlabels.h"

#include "core/model/serverlistmodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
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

ServersDialog::ServersDialog(ServerListModel *servers, QWidget *parent)
    : QDialog(parent)
    , m_servers(servers) {
    setObjectName(QStringLiteral("serversDialog"));
    setWindowTitle(tr("Servers"));
    QWidget *listSide = buildListSide();
    QWidget *form = buildForm();

    m_storage = plainTextLabel(this);
    m_storage->setObjectName(QStringLiteral("secretStorage"));
    m_storage->setAccessibleName(tr("Where passwords are kept"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a form field adds the server; Close stays on Escape.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *columns = new QHBoxLayout;
    columns->addWidget(listSide, 2);
    columns->addWidget(form, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_storage);
    layout->addWidget(buttons);

    connectForm();
    connect(m_servers, &QAbstractItemModel::dataChanged, this, &ServersDialog::updateSelection);
    connect(m_servers, &QAbstractItemModel::rowsInserted, this, &ServersDialog::updateSelection);
    connect(m_servers, &QAbstractItemModel::rowsRemoved, this, &ServersDialog::updateSelection);
    connect(m_servers, &ServerListModel::notice, this, [this](const QString &message) {
        showOutcome(m_selectedIcon, m_selectedOutcome, Tone::Bad, message);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_confirmBar->hide();
        showOutcome(m_selectedIcon, m_selectedOutcome, Tone::Neutral, {});
        updateSelection();
    });
    updateAuthKind();
    updateSelection();
    resize(860, 540);
}

QWidget *ServersDialog::buildListSide() {
    // The group's mnemonic takes the focus to its first field, the list.
    auto *side = new QGroupBox(tr("Ser&vers"), this);
    m_list = new QListView(side);
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setModel(m_servers);
    m_list->setAccessibleName(tr("Servers"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_details = plainTextLabel(side);
    m_details->setObjectName(QStringLiteral("serverDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_syncProgress = new QProgressBar(side);
    m_syncProgress->setObjectName(QStringLiteral("syncProgress"));
    m_syncProgress->setAccessibleName(tr("Sync progress"));
    m_syncProgress->setTextVisible(false);
    m_syncProgress->setMaximumHeight(m_details->fontMetrics().height() / 2 + 4);
    m_syncProgress->hide();

    m_testSelected = new QPushButton(tr("&Test"), side);
    m_testSelected->setObjectName(QStringLiteral("testSelectedButton"));
    m_testSelected->setToolTip(tr("Check that the selected server answers and accepts you"));
    m_sync = new QPushButton(tr("&Sync Now"), side);
    m_sync->setObjectName(QStringLiteral("syncButton"));
    m_sync->setToolTip(tr("Fetch what changed on the server since the last sync"));
    m_remove = new QPushButton(tr("&Remove…"), side);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    for (QPushButton *button : {m_testSelected, m_sync, m_remove})
        button->setAutoDefault(false);
    // Where the service behind the selected server publishes its status; editable at any time.
    m_selectedStatusUrl = new QLineEdit(side);
    m_selectedStatusUrl->setObjectName(QStringLiteral("selectedStatusUrlEdit"));
    m_selectedStatusUrl->setAccessibleName(tr("Status page of the selected server"));
    m_selectedStatusUrl->setPlaceholderText(tr("No status page"));
    m_saveStatusUrl = new QPushButton(tr("Sa&ve"), side);
    m_saveStatusUrl->setObjectName(QStringLiteral("saveStatusUrlButton"));
    m_saveStatusUrl->setAutoDefault(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(buddyLabel(tr("Status pa&ge:"), m_selectedStatusUrl));
    statusRow->addWidget(m_selectedStatusUrl, 1);
    statusRow->addWidget(m_saveStatusUrl);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_testSelected);
    actions->addWidget(m_sync);
    actions->addStretch();
    actions->addWidget(m_remove);

    // Removing is asked here, inline, rather than in a message box over the dialog.
    m_confirmBar = new QFrame(side);
    m_confirmBar->setObjectName(QStringLiteral("confirmRemoveBar"));
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    m_confirmText = plainTextLabel(m_confirmBar);
    m_confirmRemove = new QPushButton(tr("Remove"), m_confirmBar);
    m_confirmRemove->setObjectName(QStringLiteral("confirmRemoveButton"));
    m_cancelRemove = new QPushButton(tr("Keep It"), m_confirmBar);
    for (QPushButton *button : {m_confirmRemove, m_cancelRemove})
        button->setAutoDefault(false);
    auto *confirmLayout = new QVBoxLayout(m_confirmBar);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_cancelRemove);
    confirmButtons->addWidget(m_confirmRemove);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirmBar->hide();

    m_selectedIcon = new QLabel(side);
    m_selectedOutcome = plainTextLabel(side);
    m_selectedOutcome->setObjectName(QStringLiteral("selectedOutcome"));
    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(m_selectedIcon, 0, Qt::AlignTop);
    outcomeRow->addWidget(m_selectedOutcome, 1);

    auto *layout = new QVBoxLayout(side);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_syncProgress);
    layout->addLayout(statusRow);
    layout->addLayout(actions);
    layout->addWidget(m_confirmBar);
    layout->addLayout(outcomeRow);
    showOutcome(m_selectedIcon, m_selectedOutcome, Tone::Neutral, {});
    return side;
}

QWidget *ServersDialog::buildForm() {
    auto *box = new QGroupBox(tr("Add a server"), this);
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
    form->addRow(buddyLabel(tr("A&ddresses:"), m_addresses),
                 withNotes(m_addresses, m_addressesError, addressesHint));
    form->addRow(tr("Sign in with:"), authRow);
    form->addRow(m_userLabel, withNotes(m_user, m_userError));
    form->addRow(m_secretLabel, withNotes(m_secret, m_secretError));
    form->addRow(m_allowPlain);
    form->addRow(m_allowPlainHint);
    form->addRow(buddyLabel(tr("S&tatus page:"), m_statusUrl),
                 withNotes(m_statusUrl, m_statusUrlError));

    auto *layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addLayout(outcomeRow);
    layout->addStretch();
    showOutcome(m_outcomeIcon, m_outcome, Tone::Neutral, {});
    return box;
}

void ServersDialog::connectForm() {
    // Whatever was tested no longer describes the form once it is edited.
    const auto edited = [this](QLabel *error) {
        ++m_formGeneration;
        error->hide();
        if (!m_busy)
            showOutcome(m_outcomeIcon, m_outcome, Tone::Neutral, {});
    };
    connect(m_name, &QLineEdit::textEdited, this, [this, edited] { edited(m_nameError); });
    connect(m_addresses, &QPlainTextEdit::textChanged, this,
            [this, edited] { edited(m_addressesError); });
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
    connect(m_test, &QPushButton::clicked, this, &ServersDialog::testForm);
    connect(m_add, &QPushButton::clicked, this, &ServersDialog::addFromForm);
    connect(m_testSelected, &QPushButton::clicked, this, &ServersDialog::testSelected);
    connect(m_sync, &QPushButton::clicked, this, &ServersDialog::syncSelected);
    connect(m_remove, &QPushButton::clicked, this, &ServersDialog::askToRemove);
    connect(m_saveStatusUrl, &QPushButton::clicked, this, &ServersDialog::saveStatusUrl);
    connect(m_selectedStatusUrl, &QLineEdit::returnPressed, this, &ServersDialog::saveStatusUrl);
    connect(m_confirmRemove, &QPushButton::clicked, this, &ServersDialog::removeSelected);
    connect(m_cancelRemove, &QPushButton::clicked, this, [this] {
        m_confirmBar->hide();
        m_remove->setFocus();
    });
}

void ServersDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    // Where secrets go is only known once the store has been used: ask again each time.
    m_storage->setText(m_servers->secretStorageDescription());
    m_storage->setVisible(!m_storage->text().isEmpty());
    if (!m_list->currentIndex().isValid() && m_servers->rowCount() > 0)
        m_list->setCurrentIndex(m_servers->index(0));
}

void ServersDialog::updateAuthKind() {
    const bool apiKey = m_useApiKey->isChecked();
    m_user->setEnabled(!apiKey);
    m_userLabel->setEnabled(!apiKey);
    m_secretLabel->setText(apiKey ? tr("API &key:") : tr("&Password:"));
    m_secret->setAccessibleName(apiKey ? tr("API key") : tr("Password"));
    // An API key is never sent as a password, so the permission has nothing to allow.
    m_allowPlain->setVisible(!apiKey);
    m_allowPlainHint->setVisible(!apiKey);
}

QString ServersDialog::selectedId() const {
    return m_list->currentIndex().data(ServerListModel::IdRole).toString();
}

void ServersDialog::updateSelection() {
    const QModelIndex current = m_list->currentIndex();
    const bool selected = current.isValid();
    m_testSelected->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_selectedStatusUrl->setEnabled(selected);
    m_saveStatusUrl->setEnabled(selected);
    if (selectedId() != m_statusUrlShownFor || !m_selectedStatusUrl->isModified()) {
        // Never overwrite what the person is typing for this server.
        m_statusUrlShownFor = selectedId();
        m_selectedStatusUrl->setText(current.data(ServerListModel::StatusUrlRole).toString());
        m_selectedStatusUrl->setModified(false);
    }
    m_sync->setEnabled(selected && !current.data(ServerListModel::SyncingRole).toBool());
    if (!selected) {
        m_confirmBar->hide();
        m_syncProgress->hide();
        m_details->setText(m_servers->rowCount() == 0
                               ? tr("No servers yet. Add one with the form: its songs then "
                                    "appear in your library next to your own files.")
                               : tr("Select a server to see its details."));
        return;
    }
    QStringList lines;
    if (const QString description = current.data(ServerListModel::DescriptionRole).toString();
        !description.isEmpty())
        lines << description;
    lines << tr("Addresses: %1")
                 .arg(current.data(ServerListModel::AddressesRole)
                          .toStringList()
                          .join(QStringLiteral(", ")));
    const auto auth = ServerConfig::Auth(current.data(ServerListModel::AuthRole).toInt());
    lines << (auth == ServerConfig::Auth::ApiKey
                  ? tr("Signs in with an API key.")
                  : tr("Signs in as %1.")
                        .arg(current.data(ServerListModel::UserNameRole).toString()));
    lines << current.data(ServerListModel::StatusRole).toString();
    m_details->setText(lines.join(QLatin1Char('\n')));

    const bool syncing = current.data(ServerListModel::SyncingRole).toBool();
    const int total = current.data(ServerListModel::ProgressTotalRole).toInt();
    m_syncProgress->setVisible(syncing);
    m_syncProgress->setRange(0, syncing ? total : 1);
    m_syncProgress->setValue(current.data(ServerListModel::ProgressDoneRole).toInt());
}

void ServersDialog::setBusy(bool busy, const QString &text) {
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_test->setEnabled(!busy);
    m_add->setEnabled(!busy);
    if (busy)
        showOutcome(m_outcomeIcon, m_outcome, Tone::Neutral, text);
}

void ServersDialog::showOutcome(QLabel *icon, QLabel *text, Tone tone, const QString &message) {
    text->setText(message);
    text->setVisible(!message.isEmpty());
    // The words say what happened; icon and colour only make it quicker to see.
    QPalette palette = this->palette();
    if (tone != Tone::Neutral)
        palette.setColor(QPalette::WindowText, toneColour(tone == Tone::Good, palette));
    text->setPalette(palette);
    const QStyle::StandardPixmap pixmap =
        tone == Tone::Good ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    icon->setVisible(!message.isEmpty() && tone != Tone::Neutral);
}

void ServersDialog::clearFieldErrors() {
    for (QLabel *label :
         {m_nameError, m_addressesError, m_userError, m_secretError, m_statusUrlError})
        label->hide();
}

std::optional<ServerConfig> ServersDialog::formConfig(bool forAdding) {
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

void ServersDialog::testForm() {
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
                               self->showOutcome(self->m_outcomeIcon, self->m_outcome,
                                                 outcome.ok() ? Tone::Good : Tone::Bad,
                                                 outcome.message);
                           });
}

void ServersDialog::addFromForm() {
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
                                   self->showOutcome(
                                       self->m_outcomeIcon, self->m_outcome, Tone::Bad,
                                       tr("Nothing was added: the details changed while they were "
                                          "being checked."));
                                   return;
                               }
                               self->addTested(config, secret, outcome);
                           });
}

void ServersDialog::addTested(ServerConfig config, const QString &secret,
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
            self->showOutcome(self->m_outcomeIcon, self->m_outcome, Tone::Bad,
                              added.error().message);
            return;
        }
        const ServerConfig &server = added.value();
        for (QLineEdit *edit : {self->m_name, self->m_user, self->m_secret, self->m_statusUrl})
            edit->clear();
        self->m_addresses->clear();
        self->m_allowPlain->setChecked(false);
        self->m_storage->setText(self->m_servers->secretStorageDescription());
        if (const int row = self->m_servers->rowOf(server.id); row >= 0)
            self->m_list->setCurrentIndex(self->m_servers->index(row));
        if (warning.isEmpty())
            self->showOutcome(
                self->m_outcomeIcon, self->m_outcome, Tone::Good,
                tr("Added “%1”. Its songs are being added to your library.").arg(server.name));
        else
            self->showOutcome(self->m_outcomeIcon, self->m_outcome, Tone::Bad,
                              tr("Added “%1”, but it cannot be reached now: %2\nIts songs "
                                 "appear once it answers (Sync Now).")
                                  .arg(server.name, warning));
    });
}

void ServersDialog::testSelected() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    m_testSelected->setEnabled(false);
    showOutcome(m_selectedIcon, m_selectedOutcome, Tone::Neutral, tr("Testing the connection…"));
    m_servers->test(id, [self = QPointer(this), id](const ConnectionOutcome &outcome) {
        if (!self)
            return;
        self->updateSelection();
        if (self->selectedId() != id)
            return;
        self->showOutcome(self->m_selectedIcon, self->m_selectedOutcome,
                          outcome.ok() ? Tone::Good : Tone::Bad, outcome.message);
    });
}

void ServersDialog::askToRemove() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_confirmText->setText(tr("Remove “%1”? Its songs leave your library, and playlists keep "
                              "them as missing entries. Its password or API key is forgotten.")
                               .arg(current.data().toString()));
    m_confirmBar->show();
    m_cancelRemove->setFocus(); // the safe choice under Enter
}

void ServersDialog::removeSelected() {
    const QModelIndex current = m_list->currentIndex();
    m_confirmBar->hide();
    if (!current.isValid())
        return;
    const QString name = current.data().toString();
    m_servers->remove(current.data(ServerListModel::IdRole).toString(),
                      [self = QPointer(this), name](Result<void> removed) {
                          if (!self)
                              return;
                          if (removed)
                              self->showOutcome(self->m_selectedIcon, self->m_selectedOutcome,
                                                Tone::Neutral, tr("Removed “%1”.").arg(name));
                          else
                              self->showOutcome(self->m_selectedIcon, self->m_selectedOutcome,
                                                Tone::Bad, removed.error().message);
                      });
}

void ServersDialog::saveStatusUrl() {
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    auto url = ServerListModel::parseStatusUrl(m_selectedStatusUrl->text());
    if (!url) {
        showOutcome(m_selectedIcon, m_selectedOutcome, Tone::Bad, url.error().message);
        return;
    }
    m_servers->setStatusUrl(id, url.value(), [self = QPointer(this), id](Result<void> saved) {
        if (!self || self->selectedId() != id)
            return;
        self->m_selectedStatusUrl->setModified(false);
        self->updateSelection();
        self->showOutcome(self->m_selectedIcon, self->m_selectedOutcome,
                          saved ? Tone::Good : Tone::Bad,
                          saved ? tr("Status page saved: the status banner follows it now.")
                                : saved.error().message);
    });
}

void ServersDialog::syncSelected() {
    const QString id = selectedId();
    if (!id.isEmpty())
        m_servers->syncNow(id);
    updateSelection();
}

} // namespace refrain
