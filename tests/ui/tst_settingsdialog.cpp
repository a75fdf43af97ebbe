// The Settings dialog in the whole app: opened from File ▸ Settings…, every page there, the
// search finding options by any word (accents and case ignored), and each change applied at
// once to the part it is for — the tray, the engine, the extras' gates, the offline manager, the
// View menu — and written to refrain.ini for the next start.
#include "app/closetotray.h"
#include "app/compositionroot.h"
#include "app/degradationwiring.h"
#include "app/settingswiring.h"
#include "core/library/library.h"
#include "core/model/capabilitiesmodel.h"
#include "core/model/preferences.h"
#include "core/model/tracktablemodel.h"
#include "core/offline/downloadmanager.h"
#include "core/playback/playbackengine.h"
#include "tests/support/audiofixtures.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace refrain;
using refrain::test::AudioFixtures;

class TestSettingsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_music;
    QTemporaryDir m_profile;
    std::unique_ptr<CompositionRoot> m_app;
    SettingsDialog *m_dialog = nullptr;

    QString stored(const char *key) {
        QSettings settings(Profile::resolve(m_profile.path()).settingsPath(), QSettings::IniFormat);
        return settings.value(QLatin1String(key)).toString();
    }

    template<typename T>
    T *field(const char *key) {
        auto *widget = qobject_cast<T *>(m_dialog->fieldFor(QLatin1String(key)));
        return widget;
    }

    void selectData(QComboBox *combo, const QString &data) {
        combo->setCurrentIndex(combo->findData(data));
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
        QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->tracks()->rowCount() > 0, 20000);

        // File ▸ Settings… opens it.
        QAction *open = m_app->window()->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(open);
        QVERIFY(m_app->window()->fileMenu()->actions().contains(open));
        QVERIFY(!open->shortcut().isEmpty());
        open->trigger();
        m_dialog = m_app->settings()->dialog();
        QVERIFY(m_dialog);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    }

    void cleanupTestCase() { m_app.reset(); }

    void cleanup() { m_dialog->setSearchText({}); }

    void everyPageIsThere() {
        QCOMPARE(m_dialog->visiblePages(),
                 (QStringList{QStringLiteral("General"), QStringLiteral("Playback"),
                              QStringLiteral("Library"), QStringLiteral("Servers"),
                              QStringLiteral("Offline"), QStringLiteral("Listening History"),
                              QStringLiteral("Optional Extras"), QStringLiteral("Advanced")}));
        // The search field has the focus: typing searches at once.
        QTRY_COMPARE(QApplication::focusWidget(), m_dialog->searchField());
    }

    void searchFindsByAnyWord() {
        QTest::keyClicks(m_dialog->searchField(), QStringLiteral("LOUDNESS"));
        QCOMPARE(m_dialog->visiblePages(), QStringList{QStringLiteral("Playback")});
        QCOMPARE(m_dialog->visibleRows(QStringLiteral("Playback")),
                 QStringList{QStringLiteral("ReplayGain:")});
        QCOMPARE(m_dialog->currentPage(), QStringLiteral("Playback"));

        // Words from the help text, in any order; every word must match.
        m_dialog->setSearchText(QStringLiteral("tray window"));
        QCOMPARE(m_dialog->visiblePages(), QStringList{QStringLiteral("General")});
        QCOMPARE(m_dialog->visibleRows(QStringLiteral("General")).size(), 1);

        // Accents and case do not matter.
        m_dialog->setSearchText(QStringLiteral("quóta"));
        QCOMPARE(m_dialog->visiblePages(), QStringList{QStringLiteral("Offline")});

        m_dialog->setSearchText(QStringLiteral("xylophone"));
        QVERIFY(m_dialog->visiblePages().isEmpty());
        auto *nothing = m_dialog->findChild<QLabel *>(QStringLiteral("settingsNothing"));
        QVERIFY(nothing && nothing->isVisible());
        QVERIFY(nothing->text().contains(QStringLiteral("xylophone")));

        m_dialog->setSearchText({});
        QCOMPARE(m_dialog->visiblePages().size(), 8);
        QVERIFY(!nothing->isVisible());
    }

    void togglesApplyAtOnce() {
        auto *closeToTray = field<QCheckBox>(pref::kCloseToTray);
        QVERIFY(closeToTray);
        QVERIFY(!closeToTray->isChecked());
        auto *guard = m_app->findChild<CloseToTray *>();
        QVERIFY(guard);
        QVERIFY(!guard->enabled());
        closeToTray->click();
        QVERIFY(guard->enabled());
        QCOMPARE(stored(pref::kCloseToTray), QStringLiteral("true"));
        closeToTray->click();
        QVERIFY(!guard->enabled());

        auto *replayGain = field<QComboBox>(pref::kReplayGain);
        QVERIFY(replayGain);
        QCOMPARE(m_app->engine()->replayGainMode(), ReplayGainMode::Track);
        selectData(replayGain, QStringLiteral("album"));
        QCOMPARE(m_app->engine()->replayGainMode(), ReplayGainMode::Album);
        QCOMPARE(stored(pref::kReplayGain), QStringLiteral("album"));
        selectData(replayGain, QStringLiteral("off"));
        QCOMPARE(m_app->engine()->replayGainMode(), ReplayGainMode::Off);
    }

    // The View menu's check and the dialog's box are one option, both ways.
    void pinnedStatusFollowsTheViewMenu() {
        auto *pin = field<QCheckBox>(pref::kPinServiceStatus);
        QVERIFY(pin);
        QAction *menu = m_app->window()->pinHealthAction();
        QCOMPARE(pin->isChecked(), menu->isChecked());
        menu->toggle();
        QCOMPARE(pin->isChecked(), menu->isChecked());
        pin->click();
        QCOMPARE(pin->isChecked(), menu->isChecked());
    }

    // Switching an extra off closes its gate at once, with the reason the banner shows.
    void extrasSwitchOffAtOnce() {
        const QString key = QLatin1String(pref::kExtrasPrefix) + featureKey(Feature::Artwork);
        auto *artwork = qobject_cast<QCheckBox *>(m_dialog->fieldFor(key));
        QVERIFY(artwork);
        QVERIFY(artwork->isChecked());
        CapabilitiesModel *caps = m_app->degradation()->capabilities();
        artwork->click();
        QTRY_COMPARE(caps->current().of(Feature::Artwork).availability, Availability::Unavailable);
        QCOMPARE(caps->current().of(Feature::Artwork).reason,
                 QStringLiteral("Switched off in the settings."));
        QVERIFY(!m_app->degradation()->allows(Feature::Artwork));
        artwork->click();
        QTRY_VERIFY(m_app->degradation()->allows(Feature::Artwork));
    }

    void offlineBudgetReachesTheManager() {
        m_dialog->showPage(QStringLiteral("Offline"));
        auto *quota = m_dialog->findChild<QDoubleSpinBox *>(QStringLiteral("quotaBox"));
        QVERIFY(quota);
        DownloadManager *manager = m_app->findChild<DownloadManager *>();
        QVERIFY(manager);
        quota->setValue(3.5);
        QTRY_COMPARE_WITH_TIMEOUT(manager->settings().quotaGb, 3.5, 5000);
    }

    void libraryFoldersAreListed() {
        auto *folders = m_dialog->findChild<QListWidget *>(QStringLiteral("libraryFolders"));
        QVERIFY(folders);
        QTRY_COMPARE_WITH_TIMEOUT(folders->count(), 1, 10000);
        QCOMPARE(folders->item(0)->text(), QDir::toNativeSeparators(m_music.path()));
    }

    // Removing a folder takes its songs out of the library (after a yes), not the files.
    void aFolderCanBeRemoved() {
        QTemporaryDir extra;
        test::ToneSpec spec;
        spec.relativePath = QStringLiteral("Extra/01 Extra.flac");
        spec.title = QStringLiteral("Extra Song");
        spec.artist = QStringLiteral("Somebody");
        QVERIFY(AudioFixtures::makeTone(extra.path(), spec).isEmpty());
        const int before = m_app->tracks()->rowCount();
        m_app->library()->scan({extra.path()});
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tracks()->rowCount(), before + 1, 20000);
        auto *folders = m_dialog->findChild<QListWidget *>(QStringLiteral("libraryFolders"));
        QTRY_COMPARE_WITH_TIMEOUT(folders->count(), 2, 10000);
        const auto found =
            folders->findItems(QDir::toNativeSeparators(extra.path()), Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        folders->setCurrentItem(found.first());
        auto *remove = m_dialog->findChild<QPushButton *>(QStringLiteral("removeFolder"));
        QVERIFY(remove && remove->isEnabled());
        // The question is answered yes as soon as it shows.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            box->button(QMessageBox::Yes)->click();
        });
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->tracks()->rowCount(), before, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(folders->count(), 1, 10000);
        QCOMPARE(folders->item(0)->text(), QDir::toNativeSeparators(m_music.path()));
        QVERIFY(QFileInfo::exists(extra.filePath(spec.relativePath)));
    }

    // An empty text field means the default: the key goes from the file.
    void emptyTextMeansDefault() {
        auto *url = field<QLineEdit>(pref::kListenBrainzUrl);
        QVERIFY(url);
        url->setText(QStringLiteral("http://127.0.0.1:1"));
        Q_EMIT url->editingFinished();
        QCOMPARE(stored(pref::kListenBrainzUrl), QStringLiteral("http://127.0.0.1:1"));
        url->clear();
        Q_EMIT url->editingFinished();
        QCOMPARE(stored(pref::kListenBrainzUrl), QString());
        QVERIFY(!QSettings(Profile::resolve(m_profile.path()).settingsPath(), QSettings::IniFormat)
                     .contains(QLatin1String(pref::kListenBrainzUrl)));
    }

    // A change made elsewhere (another window, a script through Preferences) shows here.
    void fieldsFollowChangesMadeElsewhere() {
        auto *notify = field<QCheckBox>(pref::kNotifyTrackChange);
        QVERIFY(notify);
        const bool before = notify->isChecked();
        m_app->preferences()->setValue(QLatin1String(pref::kNotifyTrackChange), !before);
        QCOMPARE(notify->isChecked(), !before);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
