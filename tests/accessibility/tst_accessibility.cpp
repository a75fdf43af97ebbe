// The whole app by keyboard and screen reader, headless: every icon-only button says what it
// does, Tab walks every control of the window, its pages and the dialogs its menus open and comes
// back (no trap) with the focus visible on each, Escape closes dialogs, menus have mnemonics,
// Space presses a focused button instead of pausing, the sliders speak their value in words, the
// health banner keeps 4.5:1 text contrast in light, dark and high-contrast palettes, nothing is
// drawn in its own background colour under high contrast, and at 200 % the window fits half of a
// 1920×1080 screen with the now-playing buttons whole. A11Y_SHOTS=<folder> saves screenshots.
#include "app/compositionroot.h"
#include "core/model/healthmodel.h"
#include "tests/support/audiofixtures.h"
#include "ui/healthbanner.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/nostalgiachart.h"
#include "ui/nowplayingbar.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace refrain;
using refrain::test::AudioFixtures;

namespace {

// WCAG 2 relative luminance and contrast, written out here rather than borrowed from ui/, so
// the check does not share a mistake with the code it checks.
double luminance(const QColor &c) {
    const auto linear = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
           + 0.0722 * linear(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteOf(const QColor &window, const QColor &text, const QColor &base,
                   const QColor &button, const QColor &highlight, const QColor &highlighted,
                   const QColor &quiet) {
    QPalette p;
    for (auto role :
         {QPalette::Window, QPalette::Button, QPalette::AlternateBase, QPalette::ToolTipBase})
        p.setColor(role, role == QPalette::Button ? button : window);
    p.setColor(QPalette::Base, base);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlighted);
    p.setColor(QPalette::PlaceholderText, quiet);
    p.setColor(QPalette::Link, highlight);
    for (auto role : {QPalette::Light, QPalette::Midlight, QPalette::Mid, QPalette::Dark})
        p.setColor(role, text);
    p.setColor(QPalette::Shadow, text);
    p.setColor(QPalette::Disabled, QPalette::WindowText, quiet);
    p.setColor(QPalette::Disabled, QPalette::Text, quiet);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, quiet);
    return p;
}

struct Theme {
    const char *name;
    QPalette palette;
};

QList<Theme> themes() {
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = paletteOf(QColor(0x2b, 0x2b, 0x2b), QColor(0xe6, 0xe6, 0xe6),
                                    QColor(0x1e, 0x1e, 0x1e), QColor(0x35, 0x35, 0x35),
                                    QColor(0x2a, 0x82, 0xda), Qt::white, QColor(0x9a, 0x9a, 0x9a));
    // Windows' "High Contrast Black" and "High Contrast White".
    const QPalette hcBlack = paletteOf(Qt::black, Qt::white, Qt::black, Qt::black, Qt::yellow,
                                       Qt::black, QColor(0xa0, 0xa0, 0xa0));
    const QPalette hcWhite =
        paletteOf(Qt::white, Qt::black, Qt::white, Qt::white, QColor(0x37, 0x00, 0x6e), Qt::white,
                  QColor(0x59, 0x59, 0x59));
    return {{"light", light},
            {"dark", dark},
            {"high contrast black", hcBlack},
            {"high contrast white", hcWhite}};
}

QString describe(const QWidget *w) {
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName()
           + QStringLiteral(" “") + (w->accessibleName().isEmpty() ? text : w->accessibleName())
           + QStringLiteral("”");
}

QString accessibleName(QWidget *w) {
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// What Tab should reach in `window`, in no particular order: the rule QWidget's own focus chain
// follows (visible, enabled, takes Tab focus, not standing in for another widget).
QList<QWidget *> tabStops(QWidget *window) {
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled()
            || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        // Of a group of radio buttons Tab visits the chosen one; arrows move between them.
        if (const auto *radio = qobject_cast<QRadioButton *>(w); radio && !radio->isChecked())
            continue;
        stops.append(w);
    }
    return stops;
}

void saveShot(QWidget *widget, const QString &name) {
    const QString folder = qEnvironmentVariable("A11Y_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    widget->grab().save(
        QDir(folder).filePath(name + QStringLiteral("@") + scale + QStringLiteral("x.png")));
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;
    QTemporaryDir m_profile;
    std::unique_ptr<CompositionRoot> m_app;
    MainWindow *m_window = nullptr;

    // Problems a keyboard user would meet in `window`: an unnamed control, a Tab that does not
    // come back, a control Tab never reaches, a focus that does not show. Empty when none.
    QStringList keyboardProblems(QWidget *window, const QString &where) {
        QStringList problems;
        const QList<QWidget *> stops = tabStops(window);
        if (stops.isEmpty())
            return {where + QStringLiteral(": nothing takes the focus")};
        for (QWidget *w : stops) {
            if (accessibleName(w).trimmed().isEmpty())
                problems << where + QStringLiteral(": no accessible name: ") + describe(w);
        }
        for (const bool forward : {true, false}) {
            QWidget *start = stops.first();
            start->setFocus(Qt::TabFocusReason);
            if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == start; }, 5000)) {
                problems << where + QStringLiteral(": cannot focus ") + describe(start);
                return problems;
            }
            QSet<QWidget *> reached{start};
            bool back = false;
            for (int i = 0; i <= stops.size() + 1 && !back; ++i) {
                QWidget *focus = QApplication::focusWidget();
                if (forward)
                    QTest::keyClick(focus, Qt::Key_Tab);
                else
                    QTest::keyClick(focus, Qt::Key_Backtab, Qt::ShiftModifier);
                QWidget *now = QApplication::focusWidget();
                back = now == start;
                reached.insert(now);
            }
            const QString direction = forward ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab");
            if (!back)
                problems << where + QLatin1Char(' ') + direction
                                + QStringLiteral(" does not come back to ") + describe(start)
                                + QStringLiteral(", stuck at ")
                                + describe(QApplication::focusWidget());
            for (QWidget *w : stops) {
                if (!reached.contains(w))
                    problems << where + QLatin1Char(' ') + direction
                                    + QStringLiteral(" never reaches ") + describe(w);
            }
        }
        // The focus shows: each control looks different with it than without it.
        for (QWidget *w : stops) {
            // Another push button takes the focus away, so w is not drawn as the default
            // button (which some styles draw just like a focused one).
            QWidget *other = w == stops.first() ? stops.last() : stops.first();
            if (qobject_cast<QPushButton *>(w)) {
                for (QWidget *candidate : stops) {
                    if (candidate != w && qobject_cast<QPushButton *>(candidate))
                        other = candidate;
                }
            }
            if (other == w)
                break;
            w->setFocus(Qt::TabFocusReason);
            if (!QTest::qWaitFor([&] { return w->hasFocus(); }, 2000))
                continue;
            const QImage focused = w->grab().toImage();
            other->setFocus(Qt::TabFocusReason);
            if (!QTest::qWaitFor([&] { return other->hasFocus(); }, 2000))
                continue;
            // A dialog's chosen default button is drawn with the focus look in some styles
            // (Fusion) whether it has the focus or not; the style's call, not ours.
            if (const auto *button = qobject_cast<QPushButton *>(w); button && button->isDefault())
                continue;
            if (w->grab().toImage() == focused)
                problems << where + QStringLiteral(": focus does not show on ") + describe(w);
        }
        return problems;
    }

    // Icon-only buttons (no letters in their text) need a name and a tooltip saying what they do.
    static QStringList unnamedButtons(QWidget *window, const QString &where) {
        static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]"));
        QStringList problems;
        for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || QString(b->text()).remove(QLatin1Char('&')).contains(words))
                continue;
            if (b->accessibleName().isEmpty() || b->toolTip().isEmpty())
                problems << where + QStringLiteral(": icon-only button without name or tooltip: ")
                                + describe(b);
        }
        return problems;
    }

    QListWidget *sidebar() const {
        return m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    }

private Q_SLOTS:
    void initTestCase() {
        const QString error = AudioFixtures::makeStandardLibrary(m_music.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        CompositionRoot::Options options;
        options.profile = Profile::resolve(m_profile.path());
        options.addedLibraries = {m_music.path()};
        m_app = std::make_unique<CompositionRoot>(options);
        m_app->start();
        m_window = m_app->window();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->libraryView()->table()->model()->rowCount(), 5, 20000);
        // The banner's own controls count too: keep it up while all is well.
        m_window->pinHealthAction()->setChecked(true);
        QTRY_VERIFY(m_window->healthBanner()->isVisible());
    }

    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }

    void everyPageWorksByKeyboard() {
        QStringList problems;
        QListWidget *sections = sidebar();
        QVERIFY(sections);
        for (int row = 0; row < sections->count(); ++row) {
            if (!(sections->item(row)->flags() & Qt::ItemIsSelectable))
                continue;
            sections->setCurrentRow(row);
            QApplication::processEvents();
            const QString page = sections->item(row)->text();
            problems << unnamedButtons(m_window, page) << keyboardProblems(m_window, page);
            saveShot(m_window, QStringLiteral("window-") + page.toLower());
        }
        sections->setCurrentRow(0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyDialogFromTheMenusWorksByKeyboardAndClosesWithEscape() {
        QStringList problems;
        int opened = 0;
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            for (QAction *action : menu->actions()) {
                if (!action->isEnabled() || !action->text().endsWith(QChar(0x2026)))
                    continue;
                QList<QWidget *> shownBefore;
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (w->isVisible())
                        shownBefore << w;
                }
                const auto fresh = [&] {
                    QList<QDialog *> dialogs;
                    for (QWidget *w : QApplication::topLevelWidgets()) {
                        if (auto *d = qobject_cast<QDialog *>(w);
                            d && d->isVisible() && !shownBefore.contains(w))
                            dialogs << d;
                    }
                    return dialogs;
                };
                action->trigger();
                // Some open nothing of their own (or only Qt's file chooser): not waited on
                // forever.
                (void)QTest::qWaitFor([&] { return !fresh().isEmpty(); }, 5000);
                const QString name = QString(action->text()).remove(QLatin1Char('&'));
                for (QDialog *dialog : fresh()) {
                    if (!QTest::qWaitForWindowActive(dialog)) {
                        problems << name + QStringLiteral(": the dialog never became active");
                        continue;
                    }
                    // Qt's own dialogs (files, input) are Qt's business; ours are checked whole.
                    const bool ours = QString::fromLatin1(dialog->metaObject()->className())
                                          .startsWith(QStringLiteral("refrain::"));
                    if (!ours) {
                        dialog->reject();
                        continue;
                    }
                    ++opened;
                    problems << unnamedButtons(dialog, name) << keyboardProblems(dialog, name);
                    // At 200 % a 1920×1080 screen has 960×540 logical pixels for it.
                    const QSize least = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
                    if (least.width() > 960 || least.height() > 540)
                        problems << QStringLiteral("%1 needs %2×%3, more than 960×540")
                                        .arg(name)
                                        .arg(least.width())
                                        .arg(least.height());
                    saveShot(dialog, QStringLiteral("dialog-")
                                         + QString(name).remove(QChar(0x2026)).toLower());
                    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                                : dialog,
                                    Qt::Key_Escape);
                    if (!QTest::qWaitFor([&] { return !dialog->isVisible(); }, 5000)) {
                        problems << name + QStringLiteral(": Escape does not close it (focus on ")
                                        + (QApplication::focusWidget()
                                               ? describe(QApplication::focusWidget())
                                               : QStringLiteral("nothing"))
                                        + QLatin1Char(')');
                        dialog->close();
                    }
                }
            }
        }
        QVERIFY2(opened >= 3, "Servers, Downloads and Status History at least");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void menusHaveDistinctMnemonics() {
        static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
        QStringList problems;
        QSet<QChar> top;
        for (QAction *menuAction : m_window->menuBar()->actions()) {
            const auto m = mnemonic.match(menuAction->text());
            if (!m.hasMatch() || top.contains(m.captured(1).at(0).toLower()))
                problems << QStringLiteral("menu ") + menuAction->text();
            else
                top.insert(m.captured(1).at(0).toLower());
            QSet<QChar> inMenu;
            for (QAction *action : menuAction->menu()->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                const auto a = mnemonic.match(action->text());
                if (!a.hasMatch() || inMenu.contains(a.captured(1).at(0).toLower()))
                    problems << menuAction->text() + QStringLiteral(" ▸ ") + action->text();
                else
                    inMenu.insert(a.captured(1).at(0).toLower());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("no mnemonic or a repeated one: ")
                                                + problems.join(QStringLiteral(", "))));
    }

    void spacePressesAFocusedButtonAndPlaysElsewhere() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QSignalSpy toggled(m_window->playPauseAction(), &QAction::triggered);
        // The Offline page's Downloads… button: Space opens the Downloads dialog.
        auto *downloads = m_window->findChild<QPushButton *>(QStringLiteral("downloadsButton"));
        QVERIFY(downloads);
        QListWidget *sections = sidebar();
        for (int row = 0; row < sections->count() && !downloads->isVisible(); ++row)
            sections->setCurrentRow(row);
        QVERIFY(downloads->isVisible());
        downloads->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(downloads->hasFocus());
        QTest::keyClick(downloads, Qt::Key_Space);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("downloadsDialog")))
                    && dialog->isVisible());
        QCOMPARE(toggled.count(), 0);
        dialog->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        sections->setCurrentRow(0);

        QTableView *table = m_window->libraryView()->table();
        table->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(toggled.count(), 1);
    }

    void slidersSpeakTheirValueInWords() {
        NowPlayingBar *bar = m_window->nowPlayingBar();
        auto *volume = bar->findChild<QSlider *>(QStringLiteral("volumeSlider"));
        QVERIFY(volume);
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(volume);
        QVERIFY(spoken);
        QCOMPARE(spoken->text(QAccessible::Name), QStringLiteral("Volume"));
        QAccessibleValueInterface *value = spoken->valueInterface();
        QVERIFY(value);
        // A screen reader's user sets the volume: the bar and the player follow, in words.
        value->setCurrentValue(40);
        QCOMPARE(volume->value(), 40);
        QCOMPARE(spoken->text(QAccessible::Value), QStringLiteral("40 %"));
        QAccessibleInterface *position = QAccessible::queryAccessibleInterface(bar->seekSlider());
        QCOMPARE(position->text(QAccessible::Name), QStringLiteral("Position"));
        QCOMPARE(position->text(QAccessible::Value), QStringLiteral("0:00 of 0:00"));
    }

    void chartsAreAnnouncedAsCharts() {
        const QList<NostalgiaChart *> charts = m_window->findChildren<NostalgiaChart *>();
        QVERIFY(!charts.isEmpty());
        for (NostalgiaChart *chart : charts) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
            QVERIFY(iface);
            QCOMPARE(iface->role(), QAccessible::Chart);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), chart->metaObject()->className());
        }
    }

    void bannerTextKeepsItsContrastInEveryTheme_data() {
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("server");
        QTest::newRow("no server") << int(HealthLevel::Unknown) << false;
        QTest::newRow("operational") << int(HealthLevel::Operational) << true;
        QTest::newRow("degraded") << int(HealthLevel::Degraded) << true;
        QTest::newRow("maintenance") << int(HealthLevel::Maintenance) << true;
        QTest::newRow("partial outage") << int(HealthLevel::PartialOutage) << true;
        QTest::newRow("major outage") << int(HealthLevel::MajorOutage) << true;
        QTest::newRow("offline") << int(HealthLevel::Offline) << true;
    }

    void bannerTextKeepsItsContrastInEveryTheme() {
        QFETCH(int, level);
        QFETCH(bool, server);
        HealthModel model;
        QWidget host;
        auto *banner = new HealthBanner(&model, &host);
        banner->setPinned(true);
        HealthState state;
        state.serverConfigured = server;
        state.serverName = QStringLiteral("Home server");
        state.level = HealthLevel(level);
        state.headline = QStringLiteral("Headline for the level");
        state.detail = QStringLiteral("What still plays meanwhile.");
        model.setState(state);
        host.resize(700, 200);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        for (const Theme &theme : themes()) {
            QApplication::setPalette(theme.palette);
            QApplication::processEvents();
            const QColor background = banner->palette().color(QPalette::Window);
            int checked = 0;
            for (QLabel *label : banner->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const QColor text = label->palette().color(label->foregroundRole());
                const double ratio = contrast(text, background);
                QVERIFY2(ratio >= 4.5,
                         qPrintable(QStringLiteral("%1, %2: %3 on %4 is %5:1")
                                        .arg(QLatin1String(theme.name), label->objectName(),
                                             text.name(), background.name())
                                        .arg(ratio, 0, 'f', 2)));
                ++checked;
            }
            QVERIFY(checked >= 2);
            saveShot(&host, QStringLiteral("banner-%1-%2")
                                .arg(QString::fromLatin1(QTest::currentDataTag()),
                                     QLatin1String(theme.name)));
        }
    }

    void nothingIsDrawnInItsBackgroundColourUnderHighContrast() {
        QStringList problems;
        QListWidget *sections = sidebar();
        for (const Theme &theme : themes().mid(2)) {
            QApplication::setPalette(theme.palette);
            for (int row = 0; row < sections->count(); ++row) {
                if (!(sections->item(row)->flags() & Qt::ItemIsSelectable))
                    continue;
                sections->setCurrentRow(row);
                QApplication::processEvents();
                for (QWidget *w : m_window->findChildren<QWidget *>()) {
                    if (!w->isVisible())
                        continue;
                    const QColor fg = w->palette().color(w->foregroundRole());
                    const QColor bg = w->palette().color(w->backgroundRole());
                    if (contrast(fg, bg) < 3.0)
                        problems << QStringLiteral("%1, %2: %3 on %4")
                                        .arg(QLatin1String(theme.name), describe(w), fg.name(),
                                             bg.name());
                }
                saveShot(m_window, QStringLiteral("window-%1-%2")
                                       .arg(QLatin1String(theme.name),
                                            sections->item(row)->text().toLower()));
            }
        }
        sections->setCurrentRow(0);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void fitsHalfOf1080pAt200Percent() {
        // 1920×1080 at 200 % is 960×540 logical pixels; at 100 % the same sizes must hold too.
        const QSize half(960, 540);
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(least.width() <= half.width() && least.height() <= half.height(),
                 qPrintable(QStringLiteral("the window needs at least %1×%2")
                                .arg(least.width())
                                .arg(least.height())));
        if (qEnvironmentVariable("QT_SCALE_FACTOR") == QStringLiteral("2"))
            QCOMPARE(m_window->devicePixelRatio(), 2.0);
        const QSize before = m_window->size();
        m_window->resize(half);
        QTRY_COMPARE(m_window->size(), half);
        QApplication::processEvents();
        NowPlayingBar *bar = m_window->nowPlayingBar();
        const QRect barInWindow(bar->mapTo(m_window, QPoint()), bar->size());
        QVERIFY2(m_window->rect().contains(barInWindow), "the now-playing bar is cut off");
        for (QToolButton *button : bar->findChildren<QToolButton *>()) {
            QVERIFY2(bar->rect().contains(button->geometry()), qPrintable(describe(button)));
            QVERIFY2(button->width() >= button->minimumSizeHint().width()
                         && button->height() >= button->minimumSizeHint().height(),
                     qPrintable(describe(button)));
        }
        for (QSlider *slider : bar->findChildren<QSlider *>())
            QVERIFY2(slider->width() >= slider->minimumSizeHint().width(),
                     qPrintable(describe(slider)));
        saveShot(m_window, QStringLiteral("window-960x540"));
        m_window->resize(before);
    }

    void cleanupTestCase() { m_app.reset(); }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
