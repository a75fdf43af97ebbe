#include "ui/serversdialog.h"

#include "ui/formlabels.h"
#include "ui/serverform.h"

#include "core/model/serverlistmodel.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace refrain {

ServersDialog::ServersDialog(ServerListModel *servers, QWidget *parent)
    : QDialog(parent)
    , m_servers(servers) {
    setObjectName(QStringLiteral("serversDialog"));
    setWindowTitle(tr("Servers"));
    QWidget *listSide = buildListSide();
    m_form = new ServerForm(servers, this);
    // A new server is selected in the list, and the secret's storage may only now be known.
    connect(m_form, &ServerForm::added, this, [this](const QString &id) {
        m_storage->setText(m_servers->secretStorageDescription());
        if (const int row = m_servers->rowOf(id); row >= 0)
            m_list->setCurrentIndex(m_servers->index(row));
    });

    m_storage = plainTextLabel(this);
    m_storage->setObjectName(QStringLiteral("secretStorage"));
    m_storage->setAccessibleName(tr("Where passwords are kept"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in a form field adds the server; Close stays on Escape.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *columns = new QHBoxLayout;
    columns->addWidget(listSide, 2);
    columns->addWidget(m_form, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_storage);
    layout->addWidget(buttons);

    connectSelection();
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
    updateSelection();
    resizeWithinScreen(this, QSize(860, 540));
}

QWidget *ServersDialog::buildListSide() {
    // The group's mnemonic takes the focus to its first field, the list.
    auto *side = new QGroupBox(tr("Ser&vers"), this);
    m_list = new QListView(side);
    m_list->setObjectName(QStringLiteral("serverList"));
    m_list->setModel(m_servers);
    m_list->setAccessibleName(tr("Servers"));
    showFocusWhenEmpty(m_list);
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
    m_saveStatusUrl = new QPushButton(tr("Save"), side);
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

void ServersDialog::connectSelection() {
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

QLineEdit *ServersDialog::nameEdit() const {
    return m_form->nameEdit();
}
QPlainTextEdit *ServersDialog::addressesEdit() const {
    return m_form->addressesEdit();
}
QRadioButton *ServersDialog::apiKeyChoice() const {
    return m_form->apiKeyChoice();
}
QLineEdit *ServersDialog::userEdit() const {
    return m_form->userEdit();
}
QLineEdit *ServersDialog::secretEdit() const {
    return m_form->secretEdit();
}
QCheckBox *ServersDialog::plainPasswordBox() const {
    return m_form->plainPasswordBox();
}
QLineEdit *ServersDialog::statusUrlEdit() const {
    return m_form->statusUrlEdit();
}
QPushButton *ServersDialog::testButton() const {
    return m_form->testButton();
}
QPushButton *ServersDialog::addButton() const {
    return m_form->addButton();
}
QLabel *ServersDialog::outcomeLabel() const {
    return m_form->outcomeLabel();
}
bool ServersDialog::isBusy() const {
    return m_form->isBusy();
}

void ServersDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    // Where secrets go is only known once the store has been used: ask again each time.
    m_storage->setText(m_servers->secretStorageDescription());
    m_storage->setVisible(!m_storage->text().isEmpty());
    if (!m_list->currentIndex().isValid() && m_servers->rowCount() > 0)
        m_list->setCurrentIndex(m_servers->index(0));
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
    if (const QString plain = ServerListModel::unencryptedWarning(
            current.data(ServerListModel::UnencryptedRole).toStringList());
        !plain.isEmpty())
        lines << plain;
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
        showOutcome(self->m_selectedIcon, self->m_selectedOutcome,
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
                              showOutcome(self->m_selectedIcon, self->m_selectedOutcome,
                                          Tone::Neutral, tr("Removed “%1”.").arg(name));
                          else
                              showOutcome(self->m_selectedIcon, self->m_selectedOutcome, Tone::Bad,
                                          removed.error().message);
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
        showOutcome(self->m_selectedIcon, self->m_selectedOutcome, saved ? Tone::Good : Tone::Bad,
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
