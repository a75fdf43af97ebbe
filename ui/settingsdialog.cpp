#include "ui/settingsdialog.h"

#include "core/model/preferences.h"
#include "ui/formlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace refrain {

namespace {

// A row's explanation: smaller text in the palette's own muted colour, so it reads in every
// theme, high contrast included.
QLabel *helpLabel(QWidget *parent, const QString &text) {
    QLabel *label = plainTextLabel(parent, text);
    label->setObjectName(QStringLiteral("settingHelp"));
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_search(new QLineEdit(this))
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_nothing(plainTextLabel(this)) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Refrain Settings"));

    m_search->setObjectName(QStringLiteral("settingsSearch"));
    m_search->setPlaceholderText(tr("Search settings"));
    m_search->setAccessibleName(tr("Search settings"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SettingsDialog::setSearchText);

    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_pages->setSpacing(2);
    m_pages->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_pages->setMinimumWidth(m_pages->fontMetrics().averageCharWidth() * 18);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_pages->item(row))
            m_stack->setCurrentIndex(item->data(Qt::UserRole).toInt());
    });

    m_nothing->setObjectName(QStringLiteral("settingsNothing"));
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the search field must not close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pages);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(body, 1);
    layout->addWidget(m_nothing);
    layout->addWidget(buttons);

    connect(m_preferences, &Preferences::changed, this,
            [this](const QString &key) { reload(key); });
    const int em = fontMetrics().averageCharWidth();
    resize(em * 100, fontMetrics().height() * 34);
    m_search->setFocus();
}

SettingsDialog::~SettingsDialog() = default;

SettingsDialog::Page &SettingsDialog::page(const QString &name) {
    for (Page &existing : m_pageList) {
        if (existing.name == name)
            return existing;
    }
    Page created;
    created.name = name;
    auto *content = new QWidget;
    created.rows = new QVBoxLayout(content);
    created.rows->setSpacing(fontMetrics().height() * 2 / 3);
    created.rows->addStretch(1);
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields, and the area scrolls to them; the area itself is no stop.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setAccessibleName(name);
    created.widget = scroll;
    const int index = m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(name, m_pages);
    item->setData(Qt::UserRole, index);
    if (m_pages->currentRow() < 0)
        m_pages->setCurrentRow(0);
    m_pageList.append(created);
    return m_pageList.last();
}

void SettingsDialog::addRowWidget(const QString &pageName, const QString &key, const QString &label,
                                  const QString &help, const QString &keywords,
                                  QWidget *container) {
    Page &target = page(pageName);
    container->setParent(target.rows->parentWidget());
    // Before the stretch that keeps rows at the top.
    target.rows->insertWidget(target.rows->count() - 1, container);
    Row row;
    row.page = pageName;
    row.key = key;
    row.label = QString(label).remove(QLatin1Char('&'));
    row.haystack =
        normalised(QStringList{pageName, row.label, help, keywords, key}.join(QLatin1Char(' ')));
    row.container = container;
    m_rows.append(row);
    if (!m_search->text().isEmpty())
        setSearchText(m_search->text());
}

QWidget *SettingsDialog::addToggle(const QString &page, const QString &key, const QString &label,
                                   const QString &help, const QString &keywords) {
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *box = new QCheckBox(label, container);
    box->setObjectName(key);
    layout->addWidget(box);
    if (!help.isEmpty()) {
        QLabel *note = helpLabel(container, help);
        // Lined up under the box's text, not under the box.
        note->setIndent(box->style()->pixelMetric(QStyle::PM_IndicatorWidth)
                        + box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
        layout->addWidget(note);
        box->setAccessibleDescription(help);
    }
    m_fields.insert(key, box);
    reload(key);
    connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
        if (!m_loading)
            m_preferences->setValue(key, on);
    });
    addRowWidget(page, key, label, help, keywords, container);
    return box;
}

QWidget *SettingsDialog::addChoice(const QString &page, const QString &key, const QString &label,
                                   const Choices &choices, const QString &help,
                                   const QString &keywords) {
    auto *combo = new QComboBox;
    combo->setObjectName(key);
    QStringList words;
    for (const auto &[text, value] : choices) {
        combo->addItem(text, value);
        words << text;
    }
    m_fields.insert(key, combo);
    reload(key);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int index) {
        if (!m_loading && index >= 0)
            m_preferences->setValue(key, combo->itemData(index));
    });
    addRow(page, label, combo, help, keywords + QLatin1Char(' ') + words.join(QLatin1Char(' ')));
    // addRow registered the row without its key; the key makes it findable by name too.
    m_rows.last().key = key;
    return combo;
}

QWidget *SettingsDialog::addText(const QString &page, const QString &key, const QString &label,
                                 const QString &placeholder, const QString &help,
                                 const QString &keywords) {
    auto *edit = new QLineEdit;
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    m_fields.insert(key, edit);
    reload(key);
    // Written when the person is done typing, not at every keystroke.
    connect(edit, &QLineEdit::editingFinished, this, [this, key, edit] {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            m_preferences->reset(key);
        else
            m_preferences->setValue(key, text);
    });
    addRow(page, label, edit, help, keywords);
    m_rows.last().key = key;
    return edit;
}

void SettingsDialog::addRow(const QString &page, const QString &label, QWidget *field,
                            const QString &help, const QString &keywords) {
    auto *container = new QWidget;
    auto *grid = new QGridLayout(container);
    grid->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    if (!label.isEmpty()) {
        grid->addWidget(buddyLabel(label, field), 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
        if (field->accessibleName().isEmpty())
            field->setAccessibleName(QString(label)
                                         .remove(QLatin1Char('&'))
                                         .remove(QRegularExpression(QStringLiteral(":$"))));
        column = 1;
    }
    field->setParent(container);
    grid->addWidget(field, 0, column);
    grid->setColumnStretch(column, 1);
    if (!help.isEmpty()) {
        grid->addWidget(helpLabel(container, help), 1, 0, 1, column + 1);
        if (field->accessibleDescription().isEmpty())
            field->setAccessibleDescription(help);
    }
    addRowWidget(page, QString(), label, help, keywords, container);
}

void SettingsDialog::reload(const QString &key) {
    QWidget *field = m_fields.value(key);
    if (!field)
        return;
    const QVariant value = m_preferences->value(key);
    m_loading = true;
    if (auto *box = qobject_cast<QCheckBox *>(field)) {
        box->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(field)) {
        int index = -1;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toString() == value.toString())
                index = i;
        }
        combo->setCurrentIndex(std::max(index, 0));
    } else if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        if (!edit->hasFocus())
            edit->setText(value.toString());
    }
    m_loading = false;
}

QString SettingsDialog::normalised(const QString &text) {
    // "Ersatzwiedergabe" finds "ersatz", "Canción" finds "cancion": decomposed, marks dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

void SettingsDialog::setSearchText(const QString &text) {
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    const QStringList words = normalised(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QHash<QString, int> shown;
    for (const Row &row : std::as_const(m_rows)) {
        bool match = true;
        for (const QString &word : words)
            match = match && row.haystack.contains(word);
        row.container->setVisible(match);
        if (match)
            ++shown[row.page];
    }
    const QString current = currentPage();
    int firstShown = -1;
    bool currentShown = false;
    for (int i = 0; i < m_pages->count(); ++i) {
        QListWidgetItem *item = m_pages->item(i);
        const bool visible = shown.value(item->text()) > 0;
        item->setHidden(!visible);
        if (visible && firstShown < 0)
            firstShown = i;
        currentShown = currentShown || (visible && item->text() == current);
    }
    if (!currentShown && firstShown >= 0)
        m_pages->setCurrentRow(firstShown);
    const bool none = firstShown < 0;
    m_nothing->setText(none ? tr("No setting matches “%1”.").arg(text.trimmed()) : QString());
    m_nothing->setVisible(none);
    m_stack->setVisible(!none);
    m_pages->setVisible(!none);
}

void SettingsDialog::showPage(const QString &name) {
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->text() == name)
            m_pages->setCurrentRow(i);
    }
}

QString SettingsDialog::currentPage() const {
    QListWidgetItem *item = m_pages->currentItem();
    return item ? item->text() : QString();
}

QStringList SettingsDialog::visiblePages() const {
    QStringList names;
    if (!m_pages->isVisibleTo(this))
        return names;
    for (int i = 0; i < m_pages->count(); ++i) {
        if (!m_pages->item(i)->isHidden())
            names << m_pages->item(i)->text();
    }
    return names;
}

QStringList SettingsDialog::visibleRows(const QString &pageName) const {
    QStringList labels;
    for (const Row &row : m_rows) {
        if (row.page == pageName && !row.container->isHidden())
            labels << row.label;
    }
    return labels;
}

QWidget *SettingsDialog::fieldFor(const QString &key) const {
    return m_fields.value(key);
}

} // namespace refrain
