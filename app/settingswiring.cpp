#include "app/settingswiring.h"

#include "app/closetotray.h"
#include "app/degradationwiring.h"
#include "app/historywiring.h"
#include "app/offlinewiring.h"
#include "app/trayicon.h"
#include "core/library/library.h"
#include "core/library/trackstore.h"
#include "core/model/capabilities.h"
#include "core/model/libraryactivity.h"
#include "core/model/preferences.h"
#include "core/model/serverlistmodel.h"
#include "core/playback/playbackengine.h"
#include "translations/translations.h"
#include "ui/libraryview.h"
#include "ui/mainwindow.h"
#include "ui/offlinesettingsfields.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QDir>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace refrain {

namespace {

QString key(const char *name) {
    return QString::fromLatin1(name);
}

ReplayGainMode replayGainMode(const QString &value) {
    if (value == QLatin1String("off"))
        return ReplayGainMode::Off;
    if (value == QLatin1String("album"))
        return ReplayGainMode::Album;
    return ReplayGainMode::Track;
}

// What each optional extra does, for the person deciding whether to switch it off.
QString extraHelp(Feature feature) {
    switch (feature) {
    case Feature::Artwork:
        return SettingsWiring::tr("Fetches album covers from your servers. Off: only covers "
                                  "already saved on this computer are shown.");
    case Feature::Prefetch:
        return SettingsWiring::tr("Downloads the next songs in the queue ahead of time, so a "
                                  "short outage does not stop the music.");
    case Feature::HeavyExtras:
        return SettingsWiring::tr("Recaps, charts and other work that reads the whole history. "
                                  "The first to step back when the computer or service struggles.");
    default:
        return {};
    }
}

// A row of buttons under a list.
QWidget *buttonRow(const QList<QPushButton *> &buttons) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : buttons) {
        button->setParent(row);
        button->setAutoDefault(false);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return row;
}

} // namespace

SettingsWiring::SettingsWiring(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts) {
    // File ▸ Settings… (the application menu's Preferences on macOS).
    auto *action = new QAction(tr("&Settings…"), m_parts.window);
    action->setObjectName(QStringLiteral("settingsAction"));
    // The platform's own key where it has one (⌘, on macOS); Ctrl+, elsewhere, as most apps do.
    const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    action->setShortcut(keys.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : keys.first());
    action->setMenuRole(QAction::PreferencesRole);
    action->setToolTip(tr("Every option of Refrain in one searchable window"));
    connect(action, &QAction::triggered, this, [this] { showSettings(); });
    m_parts.window->fileMenu()->insertAction(m_parts.window->fileMenuSeparator(), action);
    m_parts.window->addAction(action); // the shortcut works with the menu bar hidden too

    connect(m_parts.preferences, &Preferences::changed, this,
            [this](const QString &changed) { apply(changed); });
    // The View menu's check and the Settings' box are the same option.
    connect(m_parts.window->pinHealthAction(), &QAction::toggled, this, [this](bool pinned) {
        m_parts.preferences->setValue(key(pref::kPinServiceStatus), pinned);
    });
    for (const char *name :
         {pref::kCloseToTray, pref::kNotifyTrackChange, pref::kNotifyHealth, pref::kReplayGain})
        apply(key(name));
}

SettingsWiring::~SettingsWiring() {
    delete m_dialog;
}

void SettingsWiring::apply(const QString &changed) {
    Preferences *prefs = m_parts.preferences;
    if (changed == QLatin1String(pref::kCloseToTray)) {
        if (m_parts.closeToTray)
            m_parts.closeToTray->setEnabled(prefs->flag(changed));
    } else if (changed == QLatin1String(pref::kNotifyTrackChange)) {
        if (m_parts.tray)
            m_parts.tray->setNotifyTrackChanges(prefs->flag(changed));
    } else if (changed == QLatin1String(pref::kNotifyHealth)) {
        if (m_parts.tray)
            m_parts.tray->setNotifyHealth(prefs->flag(changed));
    } else if (changed == QLatin1String(pref::kReplayGain)) {
        m_parts.engine->setReplayGainMode(replayGainMode(prefs->text(changed)));
    } else if (changed == QLatin1String(pref::kPinServiceStatus)) {
        m_parts.window->pinHealthAction()->setChecked(prefs->flag(changed));
    } else if (changed.startsWith(QLatin1String(pref::kExtrasPrefix))) {
        if (m_parts.degradation)
            m_parts.degradation->applySettings();
    } else if (changed.startsWith(QLatin1String("history/"))) {
        if (m_parts.history)
            m_parts.history->applySettings();
    }
    // playback/resume and playback/essentialsWhenStuck are read when they are needed; the
    // language and the feature document's address at the next start.
}

void SettingsWiring::showSettings(const QString &page) {
    if (!m_dialog)
        build();
    if (!page.isEmpty())
        m_dialog->showPage(page);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SettingsWiring::build() {
    m_dialog = new SettingsDialog(m_parts.preferences, m_parts.window);
    SettingsDialog *d = m_dialog;
    const QString general = tr("General");
    const QString playback = tr("Playback");
    const QString history = tr("Listening History");
    const QString extras = tr("Optional Extras");
    const QString advanced = tr("Advanced");

    SettingsDialog::Choices languages = {{tr("The system's language"), QString()}};
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        languages.append({name.isEmpty() ? code : name, code});
    }
    d->addChoice(general, key(pref::kLanguage), tr("&Language:"), languages,
                 tr("Takes effect the next time Refrain starts."), tr("translation locale"));
    d->addToggle(general, key(pref::kCloseToTray),
                 tr("&Keep playing in the tray when the window is closed"),
                 tr("Quit from the tray icon's menu or with File ▸ Quit. Only where the desktop "
                    "has a system tray."),
                 tr("minimize background close window system tray"));
    d->addToggle(general, key(pref::kNotifyTrackChange),
                 tr("Show a &notification when a new song starts"),
                 tr("Only while Refrain's window is not in front."),
                 tr("desktop notification popup track song change"));
    d->addToggle(general, key(pref::kNotifyHealth), tr("Notify when the &service's health changes"),
                 tr("Once for each change: an outage is announced once, and its end once."),
                 tr("desktop notification outage status health"));
    d->addToggle(general, key(pref::kPinServiceStatus), tr("Always show the service &status bar"),
                 tr("Otherwise it appears only while something is wrong."),
                 tr("banner health status pinned"));

    d->addChoice(playback, key(pref::kResume), tr("At &start:"),
                 {{tr("Start with an empty queue"), QStringLiteral("off")},
                  {tr("Restore the queue where I left off"), QStringLiteral("queue")},
                  {tr("Restore the queue and keep playing"), QStringLiteral("play")}},
                 tr("The queue, the song and how far it had played are saved as you listen, so "
                    "they come back even after a crash."),
                 tr("resume remember session last position"));
    d->addChoice(playback, key(pref::kReplayGain), tr("&ReplayGain:"),
                 {{tr("Off"), QStringLiteral("off")},
                  {tr("Each song at the same loudness (track gain)"), QStringLiteral("track")},
                  {tr("Albums as mastered (album gain)"), QStringLiteral("album")}},
                 tr("Uses the loudness stored in the files' tags; songs without it play as they "
                    "are."),
                 tr("volume loudness normalize normalise gain"));
    d->addChoice(playback, key(pref::kEssentialsWhenStuck), tr("When &nothing can play:"),
                 {{tr("Offer Emergency Essentials"), QStringLiteral("offer")},
                  {tr("Start Emergency Essentials"), QStringLiteral("start")}},
                 tr("When the server is down and no song in the queue has a copy here."),
                 tr("outage offline emergency essentials stuck"));

    addLibraryPage();
    addServersPage();
    addOfflinePage();

    d->addToggle(history, key(pref::kScrobbleToServers), tr("Send &plays to your servers"),
                 tr("Your servers count plays and show them in other apps. Listens are always "
                    "kept on this computer."),
                 tr("scrobble scrobbling play count subsonic navidrome"));
    d->addToggle(history, key(pref::kAnniversaries), tr("Tell me about &anniversaries"),
                 tr("At most one a day: “A year ago today you first heard …”."),
                 tr("nostalgia on this day notification"));
    auto *listenBrainz = new QPushButton(tr("Connect ListenBrainz…"));
    listenBrainz->setObjectName(QStringLiteral("connectListenBrainz"));
    connect(listenBrainz, &QPushButton::clicked, this, [this] {
        if (m_parts.history)
            m_parts.history->askForToken();
    });
    auto *import = new QPushButton(tr("Import Listening History…"));
    import->setObjectName(QStringLiteral("importHistory"));
    connect(import, &QPushButton::clicked, this, [this] {
        // The same flow as File ▸ Import Listening History…
        for (QAction *action : m_parts.window->fileMenu()->actions()) {
            if (action->objectName() == QLatin1String("importHistoryAction"))
                action->trigger();
        }
    });
    d->addRow(history, QString(), buttonRow({listenBrainz, import}),
              tr("ListenBrainz keeps your listens online too; your token is stored in the "
                 "system's keyring. Imports read Spotify, ListenBrainz and Last.fm exports."),
              tr("scrobble token spotify last.fm lastfm import export"));

    for (const Feature feature : kAllFeatures) {
        if (!isOptionalExtra(feature))
            continue;
        d->addToggle(extras, key(pref::kExtrasPrefix) + featureKey(feature), featureLabel(feature),
                     extraHelp(feature), tr("features degrade safe mode"));
    }

    d->addText(advanced, key(pref::kListenBrainzUrl), tr("ListenBrainz &address:"),
               QStringLiteral("https://api.listenbrainz.org"),
               tr("For a self-hosted ListenBrainz. Empty: listenbrainz.org."),
               tr("server url api"));
    d->addText(advanced, key(pref::kFeatureDocumentUrl), tr("&Feature document:"),
               QStringLiteral("https://…/features.json"),
               tr("Where the service publishes which extras to switch off during an incident. "
                  "Takes effect the next time Refrain starts."),
               tr("remote rollout url"));
}

void SettingsWiring::addLibraryPage() {
    const QString page = tr("Library");
    auto *folders = new QListWidget;
    folders->setObjectName(QStringLiteral("libraryFolders"));
    folders->setAccessibleName(tr("Music folders"));
    folders->setMinimumHeight(folders->fontMetrics().height() * 6);
    m_folders = folders;
    auto *add = new QPushButton(tr("&Add Folder…"));
    connect(add, &QPushButton::clicked, this,
            [this] { Q_EMIT m_parts.window->libraryView()->addFolderRequested(); });
    auto *remove = new QPushButton(tr("Re&move"));
    remove->setObjectName(QStringLiteral("removeFolder"));
    remove->setToolTip(tr("Take the selected folder and its songs out of the library; the files "
                          "stay on disk"));
    remove->setEnabled(false);
    connect(folders, &QListWidget::currentRowChanged, remove,
            [remove](int row) { remove->setEnabled(row >= 0); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!m_folders || !m_folders->currentItem())
            return;
        const QString path = m_folders->currentItem()->data(Qt::UserRole).toString();
        const auto answer = QMessageBox::question(
            m_dialog, tr("Remove Music Folder"),
            tr("Take “%1” and its songs out of the library? The files stay on disk, and "
               "playlists keep their entries as missing songs.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_parts.library->removeRoot(path);
    });
    auto *rescan = new QPushButton(tr("&Rescan"));
    rescan->setToolTip(tr("Look for new, changed and removed files"));
    connect(rescan, &QPushButton::clicked, m_parts.activity, &LibraryActivity::rescan);
    auto *full = new QPushButton(tr("Re-read All &Files"));
    full->setToolTip(tr("Read the tags of every file again, even those that look unchanged"));
    connect(full, &QPushButton::clicked, m_parts.activity, &LibraryActivity::fullRescan);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(folders);
    layout->addWidget(buttonRow({add, remove, rescan, full}));
    m_dialog->addRow(page, tr("Music folders:"), box,
                     tr("Refrain watches these folders and reads the tags of the songs in them."),
                     tr("scan rescan directory folder add tags"));
    connect(m_parts.library, &Library::scanFinished, this, &SettingsWiring::refreshFolders);
    connect(m_parts.library, &Library::rootsChanged, this, &SettingsWiring::refreshFolders);
    refreshFolders();
}

void SettingsWiring::refreshFolders() {
    if (!m_folders)
        return;
    m_parts.library->query(
        m_folders.data(), [](Database &db) { return TrackStore(db).roots(); },
        [this](Result<QList<LibraryRoot>> roots) {
            if (!m_folders || !roots)
                return;
            m_folders->clear();
            for (const LibraryRoot &root : roots.value()) {
                const QString shown = QDir::toNativeSeparators(root.path);
                auto *item = new QListWidgetItem(
                    root.available ? shown : tr("%1 (not found at the last scan)").arg(shown),
                    m_folders);
                item->setToolTip(shown);
                item->setData(Qt::UserRole, root.path);
            }
        });
}

void SettingsWiring::addServersPage() {
    if (!m_parts.servers)
        return;
    const QString page = tr("Servers");
    auto *list = new QListView;
    list->setObjectName(QStringLiteral("settingsServers"));
    list->setAccessibleName(tr("Streaming servers"));
    list->setModel(m_parts.servers);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setMinimumHeight(list->fontMetrics().height() * 5);
    auto *manage = new QPushButton(tr("&Add, Edit or Remove Servers…"));
    connect(manage, &QPushButton::clicked, m_parts.window, &MainWindow::showServers);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list);
    layout->addWidget(buttonRow({manage}));
    m_dialog->addRow(page, tr("Streaming servers:"), box,
                     tr("Subsonic and OpenSubsonic servers (Navidrome, Gonic, Airsonic…). Their "
                        "catalogs are mirrored here, so browsing works while they are down."),
                     tr("subsonic navidrome gonic airsonic password login status page"));
}

void SettingsWiring::addOfflinePage() {
    if (!m_parts.offline || !m_parts.offline->manager())
        return;
    const QString page = tr("Offline");
    auto *fields = new OfflineSettingsFields(m_parts.offline->manager(), m_dialog);
    const QString sizeWords = tr("budget size limit disk space download");
    m_dialog->addRow(page, OfflineSettingsFields::essentialsHoursLabel(), fields->essentialsHours(),
                     tr("Emergency Essentials: the songs kept here for when the service is down. "
                        "It fills with your picks, starred songs, the most played and the most "
                        "recently played."),
                     sizeWords + tr(" emergency essentials hours"));
    m_dialog->addRow(page, OfflineSettingsFields::essentialsGbLabel(), fields->essentialsGb(), {},
                     sizeWords + tr(" emergency essentials gigabytes"));
    m_dialog->addRow(page, OfflineSettingsFields::quotaLabel(), fields->quota(),
                     tr("The most every offline copy together may take on this disk."),
                     sizeWords + tr(" quota storage"));
    m_dialog->addRow(page, OfflineSettingsFields::parallelLabel(), fields->parallel(), {},
                     tr("download parallel simultaneous connections"));
    m_dialog->addRow(page, OfflineSettingsFields::cacheLabel(), fields->cache(),
                     tr("Copies of streamed songs kept for later; the least recently played go "
                        "first."),
                     sizeWords + tr(" cache stream"));
    auto *downloads = new QPushButton(tr("Show &Downloads…"));
    connect(downloads, &QPushButton::clicked, m_parts.offline, &OfflineWiring::showDownloads);
    m_dialog->addRow(page, QString(), buttonRow({downloads}), {}, tr("download queue progress"));
    // What the Downloads window changed shows here when this window comes back.
    connect(m_dialog, &QDialog::finished, fields, &OfflineSettingsFields::apply);
    m_dialog->installEventFilter(this);
    m_offlineFields = fields;
}

bool SettingsWiring::eventFilter(QObject *watched, QEvent *event) {
    // The event's type first: a dialog being destroyed still sends events (Hide, ChildRemoved),
    // and reading m_dialog then would downcast what is no longer a SettingsDialog.
    if (event->type() == QEvent::Show && watched == m_dialog && m_offlineFields)
        m_offlineFields->load();
    return QObject::eventFilter(watched, event);
}

} // namespace refrain
