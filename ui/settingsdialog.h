// SettingsDialog: every option of Refrain in one window, grouped in pages and searchable; a
// change applies as it is made (the parts listen to Preferences), so there is no Apply button.
#pragma once

#include <QDialog>
#include <QList>
#include <QVariant>

#include <utility>

class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QVBoxLayout;

namespace refrain {

class Preferences;

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    using Choices = QList<std::pair<QString, QVariant>>; // shown text, stored value

    explicit SettingsDialog(Preferences *preferences, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Rows bound to a preference key. `help` is a sentence under the row; `keywords` are more
    // words the search finds the row by.
    QWidget *addToggle(const QString &page, const QString &key, const QString &label,
                       const QString &help = {}, const QString &keywords = {});
    QWidget *addChoice(const QString &page, const QString &key, const QString &label,
                       const Choices &choices, const QString &help = {},
                       const QString &keywords = {});
    // A text field; an empty field means the default (the key is removed).
    QWidget *addText(const QString &page, const QString &key, const QString &label,
                     const QString &placeholder, const QString &help = {},
                     const QString &keywords = {});
    // A row of the caller's own (a size, a list of folders, a button): searched like the others.
    // An empty label gives the field the whole width.
    void addRow(const QString &page, const QString &label, QWidget *field, const QString &help = {},
                const QString &keywords = {});

    // Shows only the rows whose page, label, help or keywords contain every word typed (case
    // and accents ignored); pages without any are left out of the list.
    void setSearchText(const QString &text);
    void showPage(const QString &page);

    // For tests and keyboard users.
    QLineEdit *searchField() const { return m_search; }
    QListWidget *pageList() const { return m_pages; }
    QString currentPage() const;
    QStringList visiblePages() const;
    // The labels of the rows shown on `page` under the current search.
    QStringList visibleRows(const QString &page) const;
    // The field bound to a preference key, or nullptr.
    QWidget *fieldFor(const QString &key) const;

private:
    struct Row {
        QString page;
        QString key; // empty for the caller's own rows
        QString label;
        QString haystack; // normalised words to search in
        QWidget *container = nullptr;
    };
    struct Page {
        QString name;
        QWidget *widget = nullptr;
        QVBoxLayout *rows = nullptr;
        QLabel *empty = nullptr;
    };

    Page &page(const QString &name);
    void addRowWidget(const QString &pageName, const QString &key, const QString &label,
                      const QString &help, const QString &keywords, QWidget *container);
    void reload(const QString &key);
    static QString normalised(const QString &text);

    Preferences *m_preferences;
    QLineEdit *m_search;
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    QLabel *m_nothing;
    QList<Page> m_pageList;
    QList<Row> m_rows;
    QHash<QString, QWidget *> m_fields; // key → field
    bool m_loading = false;
};

} // namespace refrain
