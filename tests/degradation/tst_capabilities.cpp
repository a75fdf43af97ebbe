// Capabilities as a table: every health level × this computer's network × downloaded audio or
// none × a saved catalog or none (and the same without a server) → what each feature can still
// do and why; then the causes in words, feature gates, and the model that tells views what changed.
#include "core/model/capabilities.h"
#include "core/model/capabilitiesmodel.h"

#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace refrain;

namespace {

using Level = HealthLevel;
using Basis = HealthState::Basis;

// Local times, so "14:05" reads the same in every time zone the tests run in.
const QDateTime kNow(QDate(2026, 11, 28), QTime(16, 0));
const QDateTime kSynced(QDate(2026, 11, 28), QTime(14, 5));
const QDateTime kMaintenanceEnd(QDate(2026, 11, 28), QTime(18, 0));

// What each feature is expected to be, one letter per feature in kAllFeatures order:
//   Streaming, remote Browsing, remote Search, Artwork, scrobbLing, playlist Edits, Downloads,
//   Prefetch, heavy eXtras.  A = available, D = degraded, U = unavailable, ? = D with a saved
//   catalog and U without.
struct LevelRow {
    Level level;
    const char *name;
    const char *expected; //  SBQALEDPX
    const char *cause;    // every reason that is not empty opens with it
};
const LevelRow kLevels[] = {
    {Level::Operational, "operational", "AAAAAAAAA", ""},
    {Level::Unknown, "unknown", "AAAAAAAAA", ""},
    {Level::Degraded, "degraded", "AAADAAAUU", "The server is slow or failing"},
    {Level::PartialOutage, "partial_outage", "DDDDDDDUU", "Tunes Cloud reports a partial outage"},
    {Level::MajorOutage, "major_outage", "U??DDDUUU", "The server does not answer"},
    {Level::Maintenance, "maintenance", "U??DDDUUU",
     "Tunes Cloud is down for scheduled maintenance until 18:00"},
    {Level::Offline, "offline", "U??DDDUUU", "This computer is offline"},
};
// This computer is offline, whatever the level says.
const char *const kOfflineExpected = "U??DDDUUU";
const char *const kOfflineCause = "This computer is offline";
// No server set up: only what needs no server is left. Unknown with no server is the state before
// the first check and follows its level row instead.
const char *const kNoServerExpected = "UUUAUUUUA";
const char *const kNoServerCause = "No streaming server is set up";

Availability availabilityOf(QChar letter, bool mirror) {
    switch (letter.toLatin1()) {
    case 'A':
        return Availability::Available;
    case 'D':
        return Availability::Degraded;
    case '?':
        return mirror ? Availability::Degraded : Availability::Unavailable;
    default:
        return Availability::Unavailable;
    }
}

// A health state as the monitor would publish it at `level`.
HealthState healthAt(Level level, bool server = true) {
    HealthState health;
    health.level = level;
    health.serverConfigured = server;
    if (server) {
        health.serverId = QStringLiteral("s1");
        health.serverName = QStringLiteral("Home");
    }
    health.serviceName = QStringLiteral("Tunes Cloud");
    health.networkLevel = level == Level::Offline ? Level::Offline : Level::Operational;
    health.headline = QStringLiteral("Something about %1").arg(healthLevelKey(level));
    switch (level) {
    case Level::Degraded:
        health.basis = Basis::Requests;
        break;
    case Level::PartialOutage:
        health.basis = Basis::StatusPage;
        break;
    case Level::Maintenance: {
        health.basis = Basis::StatusPage;
        ServiceMaintenance maintenance;
        maintenance.id = QStringLiteral("m1");
        maintenance.name = QStringLiteral("Database upgrade");
        maintenance.status = QStringLiteral("in_progress");
        maintenance.scheduledFor = kNow.addSecs(-3600).toUTC();
        maintenance.scheduledUntil = kMaintenanceEnd.toUTC();
        health.maintenances.append(maintenance);
        break;
    }
    case Level::Offline:
        health.basis = Basis::Network;
        break;
    default:
        health.basis = Basis::ServerProbe;
        break;
    }
    return health;
}

OfflineInventory inventoryWith(bool audio, bool mirror) {
    OfflineInventory inventory;
    if (audio) {
        inventory.verifiedTracks = 120;
        inventory.verifiedMs = 120 * 210'000LL;
        inventory.essentialsReady = 40;
    }
    if (mirror) {
        inventory.mirrorHasContent = true;
        inventory.mirrorSyncedAt = kSynced.toUTC();
    }
    return inventory;
}

Capabilities compute(const HealthState &health, Connectivity connectivity,
                     const OfflineInventory &inventory, const FeatureGates &gates = {}) {
    return computeCapabilities(health, connectivity, inventory, gates, kNow);
}

QString letters(const Capabilities &caps) {
    QString out;
    for (Feature feature : kAllFeatures) {
        const Availability a = caps.of(feature).availability;
        out += a == Availability::Available  ? QLatin1Char('A')
               : a == Availability::Degraded ? QLatin1Char('D')
                                             : QLatin1Char('U');
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(refrain::HealthLevel)

class TestCapabilities : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table_data() {
        QTest::addColumn<HealthLevel>("level");
        QTest::addColumn<Connectivity>("connectivity");
        QTest::addColumn<bool>("server");
        QTest::addColumn<bool>("audio");
        QTest::addColumn<bool>("mirror");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("cause");

        const struct {
            Connectivity value;
            const char *name;
        } connectivities[] = {{Connectivity::Unknown, "net_unknown"},
                              {Connectivity::Online, "online"},
                              {Connectivity::Offline, "offline"}};
        for (bool server : {true, false}) {
            for (const LevelRow &row : kLevels) {
                for (const auto &connectivity : connectivities) {
                    for (bool audio : {false, true}) {
                        for (bool mirror : {false, true}) {
                            QString expected = QString::fromLatin1(row.expected);
                            QString cause = QString::fromLatin1(row.cause);
                            if (connectivity.value == Connectivity::Offline) {
                                expected = QString::fromLatin1(kOfflineExpected);
                                cause = QString::fromLatin1(kOfflineCause);
                            }
                            if (!server && row.level != Level::Unknown) {
                                expected = QString::fromLatin1(kNoServerExpected);
                                cause = QString::fromLatin1(kNoServerCause);
                            }
                            QTest::addRow("%s/%s/%s/%s/%s", server ? "server" : "no_server",
                                          row.name, connectivity.name, audio ? "audio" : "no_audio",
                                          mirror ? "mirror" : "no_mirror")
                                << row.level << connectivity.value << server << audio << mirror
                                << expected << cause;
                        }
                    }
                }
            }
        }
    }

    void table() {
        QFETCH(HealthLevel, level);
        QFETCH(Connectivity, connectivity);
        QFETCH(bool, server);
        QFETCH(bool, audio);
        QFETCH(bool, mirror);
        QFETCH(QString, expected);
        QFETCH(QString, cause);

        const Capabilities caps =
            compute(healthAt(level, server), connectivity, inventoryWith(audio, mirror));
        QString want;
        for (int i = 0; i < kFeatureCount; ++i) {
            const Availability a = availabilityOf(expected.at(i), mirror);
            want += a == Availability::Available  ? QLatin1Char('A')
                    : a == Availability::Degraded ? QLatin1Char('D')
                                                  : QLatin1Char('U');
        }
        QCOMPARE(letters(caps), want);

        for (Feature feature : kAllFeatures) {
            const Capability &c = caps.of(feature);
            QCOMPARE(caps.available(feature), c.availability != Availability::Unavailable);
            if (c.availability == Availability::Available) {
                QVERIFY2(c.reason.isEmpty(), qPrintable(c.reason));
                continue;
            }
            // One plain sentence that names the cause first.
            QVERIFY2(c.reason.startsWith(cause), qPrintable(c.reason));
            QVERIFY2(c.reason.endsWith(QLatin1Char('.')), qPrintable(c.reason));
            QVERIFY(!c.reason.contains(QLatin1Char('\n')));
            QVERIFY(!c.reason.contains(QLatin1Char('<')));
        }

        // Streaming out: the reason says what still plays.
        const Capability &streaming = caps.of(Feature::Streaming);
        if (streaming.availability == Availability::Unavailable) {
            QVERIFY2(streaming.reason.contains(audio && cause != QLatin1String(kNoServerCause)
                                                   ? QStringLiteral("120 downloaded song")
                                                   : QStringLiteral("still plays")),
                     qPrintable(streaming.reason));
        }
        // Browsing from the saved catalog says how old it is.
        for (Feature feature : {Feature::RemoteBrowsing, Feature::RemoteSearch}) {
            const Capability &c = caps.of(feature);
            if (c.availability == Availability::Degraded && mirror)
                QVERIFY2(c.reason.contains(QStringLiteral("copy saved 14:05")),
                         qPrintable(c.reason));
        }
    }

    void majorOutageCauseFollowsTheDecidingSignal() {
        HealthState health = healthAt(Level::MajorOutage);
        const OfflineInventory inventory = inventoryWith(true, true);
        for (Basis basis : {Basis::ServerProbe, Basis::Requests, Basis::Network}) {
            health.basis = basis;
            QCOMPARE(
                compute(health, Connectivity::Online, inventory).of(Feature::Streaming).reason,
                QStringLiteral("The server does not answer; 120 downloaded song(s) still play."));
        }
        health.basis = Basis::StatusPage;
        QCOMPARE(
            compute(health, Connectivity::Online, inventory).of(Feature::RemoteSearch).reason,
            QStringLiteral("Tunes Cloud reports a major outage; searching the copy saved 14:05."));
        // Without the status page's own name, the server's.
        health.serviceName.clear();
        QVERIFY(compute(health, Connectivity::Online, inventory)
                    .of(Feature::Downloads)
                    .reason.startsWith(QStringLiteral("Home reports a major outage;")));
    }

    void maintenanceSaysWhenItEnds() {
        HealthState health = healthAt(Level::Maintenance);
        const OfflineInventory inventory = inventoryWith(false, false);
        // A window that ends tomorrow carries the day.
        health.maintenances[0].scheduledUntil = kMaintenanceEnd.addDays(1).toUTC();
        const QString tomorrow =
            QLocale().toString(kNow.date().addDays(1), QStringLiteral("ddd d MMM"));
        QCOMPARE(compute(health, Connectivity::Online, inventory).of(Feature::Artwork).reason,
                 QStringLiteral("Tunes Cloud is down for scheduled maintenance until %1 18:00; "
                                "showing saved artwork only.")
                     .arg(tomorrow));
        // The window in progress decides, not one planned for later.
        ServiceMaintenance later = health.maintenances[0];
        later.id = QStringLiteral("m2");
        later.status = QStringLiteral("scheduled");
        later.scheduledFor = kNow.addDays(3).toUTC();
        later.scheduledUntil = kNow.addDays(3).addSecs(3600).toUTC();
        health.maintenances[0].scheduledUntil = kMaintenanceEnd.toUTC();
        health.maintenances.prepend(later);
        QVERIFY(compute(health, Connectivity::Online, inventory)
                    .of(Feature::Streaming)
                    .reason.startsWith(QStringLiteral("Tunes Cloud is down for scheduled "
                                                      "maintenance until 18:00;")));
        // No end known: no time made up.
        health.maintenances.clear();
        QCOMPARE(compute(health, Connectivity::Online, inventory).of(Feature::Streaming).reason,
                 QStringLiteral("Tunes Cloud is down for scheduled maintenance; music on this "
                                "computer still plays."));
    }

    void offlineIsBelievedFromAnySignal() {
        const OfflineInventory inventory = inventoryWith(true, false);
        HealthState health = healthAt(Level::Operational);
        health.networkLevel = Level::Offline; // the monitor heard it before the level moved
        const Capabilities caps = compute(health, Connectivity::Online, inventory);
        QCOMPARE(caps.of(Feature::Downloads),
                 (Capability{Availability::Unavailable,
                             QStringLiteral("This computer is offline; downloads wait until the "
                                            "network is back.")}));
        QCOMPARE(caps.of(Feature::RemoteBrowsing).availability, Availability::Unavailable);
        // Not yet checked (a default state) never blocks anything.
        QCOMPARE(letters(compute(HealthState{}, Connectivity::Unknown, {})),
                 QStringLiteral("AAAAAAAAA"));
    }

    void savedCopyTimeCarriesItsDay() {
        HealthState health = healthAt(Level::MajorOutage);
        OfflineInventory inventory = inventoryWith(false, true);
        inventory.mirrorSyncedAt = kSynced.addDays(-3).toUTC();
        const QString day =
            QLocale().toString(kSynced.date().addDays(-3), QStringLiteral("ddd d MMM"));
        QCOMPARE(
            compute(health, Connectivity::Online, inventory).of(Feature::RemoteBrowsing).reason,
            QStringLiteral("The server does not answer; browsing the copy saved %1 14:05.")
                .arg(day));
        inventory.mirrorSyncedAt = QDateTime(QDate(2025, 6, 1), QTime(9, 30)).toUTC();
        QVERIFY(compute(health, Connectivity::Online, inventory)
                    .of(Feature::RemoteBrowsing)
                    .reason.contains(QStringLiteral("2025 09:30")));
        inventory.mirrorSyncedAt = {};
        QCOMPARE(compute(health, Connectivity::Online, inventory).of(Feature::RemoteSearch).reason,
                 QStringLiteral("The server does not answer; searching the saved copy."));
    }

    void aServiceNameFromTheFeedStaysOneLine() {
        HealthState health = healthAt(Level::PartialOutage);
        health.serviceName =
            QStringLiteral("<b>Tunes</b>\nCloud ") + QString(200, QLatin1Char('x'));
        const QString reason = compute(health, Connectivity::Online, inventoryWith(false, false))
                                   .of(Feature::Streaming)
                                   .reason;
        QVERIFY(!reason.contains(QLatin1Char('\n')));
        QVERIFY(reason.startsWith(QStringLiteral("<b>Tunes</b> Cloud xxx"))); // literal, not markup
        QVERIFY2(reason.size() < 160, qPrintable(reason));
    }

    void gatesSwitchOffOptionalExtrasOnly() {
        FeatureGates gates;
        gates.off.insert(Feature::Artwork, QStringLiteral("Switched off by crash safe mode"));
        gates.off.insert(Feature::HeavyExtras, QString());
        gates.off.insert(Feature::Streaming, QStringLiteral("Nope")); // not an extra: ignored
        const OfflineInventory inventory = inventoryWith(true, true);

        Capabilities caps =
            compute(healthAt(Level::Operational), Connectivity::Online, inventory, gates);
        QCOMPARE(caps.of(Feature::Artwork),
                 (Capability{Availability::Unavailable,
                             QStringLiteral("Switched off by crash safe mode.")}));
        QCOMPARE(caps.of(Feature::HeavyExtras),
                 (Capability{Availability::Unavailable, QStringLiteral("Switched off.")}));
        QCOMPARE(letters(caps), QStringLiteral("AAAUAAAAU"));

        // At any level, and never more available than the level allows.
        for (const LevelRow &row : kLevels) {
            caps = compute(healthAt(row.level), Connectivity::Online, inventory, gates);
            QCOMPARE(caps.of(Feature::Artwork).availability, Availability::Unavailable);
            QCOMPARE(caps.of(Feature::Artwork).reason,
                     QStringLiteral("Switched off by crash safe mode."));
            const Capabilities ungated =
                compute(healthAt(row.level), Connectivity::Online, inventory);
            QCOMPARE(caps.of(Feature::Streaming), ungated.of(Feature::Streaming));
            QCOMPARE(caps.of(Feature::Prefetch), ungated.of(Feature::Prefetch));
        }
        caps = compute(healthAt(Level::Operational, false), Connectivity::Online, inventory, gates);
        QCOMPARE(caps.of(Feature::HeavyExtras).availability, Availability::Unavailable);
    }

    void keysLabelsAndJson() {
        QSet<QString> keys;
        QSet<QString> labels;
        for (Feature feature : kAllFeatures) {
            keys.insert(featureKey(feature));
            labels.insert(featureLabel(feature));
            QCOMPARE(featureFromKey(featureKey(feature)), std::optional<Feature>(feature));
        }
        QCOMPARE(keys.size(), kFeatureCount);
        QCOMPARE(labels.size(), kFeatureCount);
        QVERIFY(!labels.contains(QString()));
        QCOMPARE(featureKey(Feature::ServerPlaylistEdits), QStringLiteral("server_playlist_edits"));
        QCOMPARE(featureLabel(Feature::RemoteBrowsing), QStringLiteral("Browsing the server"));
        QVERIFY(!featureFromKey(QStringLiteral("Streaming")).has_value());
        QVERIFY(!featureFromKey(QString()).has_value());
        QCOMPARE(availabilityKey(Availability::Degraded), QStringLiteral("degraded"));

        QList<Feature> extras;
        for (Feature feature : kAllFeatures) {
            if (isOptionalExtra(feature))
                extras.append(feature);
        }
        QCOMPARE(extras,
                 (QList<Feature>{Feature::Artwork, Feature::Prefetch, Feature::HeavyExtras}));

        const QJsonObject json =
            compute(healthAt(Level::Offline), Connectivity::Offline, inventoryWith(true, true))
                .toJson();
        QCOMPARE(json.size(), kFeatureCount);
        const QJsonObject streaming = json.value(QStringLiteral("streaming")).toObject();
        QCOMPARE(streaming.value(QStringLiteral("availability")).toString(),
                 QStringLiteral("unavailable"));
        QVERIFY(streaming.value(QStringLiteral("reason"))
                    .toString()
                    .startsWith(QStringLiteral("This computer is offline;")));
        QCOMPARE(json.value(QStringLiteral("remote_search"))
                     .toObject()
                     .value(QStringLiteral("availability"))
                     .toString(),
                 QStringLiteral("degraded"));
    }

    void modelTellsOnlyWhatChanged() {
        CapabilitiesModel model;
        model.setClock([] { return kNow; });
        QSignalSpy spy(&model, &CapabilitiesModel::changed);
        QCOMPARE(letters(model.current()), QStringLiteral("AAAAAAAAA"));

        HealthState health = healthAt(Level::Operational);
        model.setHealth(health);
        model.setConnectivity(Connectivity::Online);
        model.setInventory(inventoryWith(true, true));
        QCOMPARE(spy.count(), 0); // all of it still leaves everything available

        // A fresher check or a new headline changes no capability: nothing to repaint.
        health.checkedAt = kNow.toUTC();
        health.headline = QStringLiteral("Home is working normally");
        model.setHealth(health);
        model.setHealth(health);
        QCOMPARE(spy.count(), 0);

        model.setConnectivity(Connectivity::Offline);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(1).value<QList<Feature>>(),
                 QList<Feature>(kAllFeatures.begin(), kAllFeatures.end()));
        QCOMPARE(spy.at(0).at(0).value<Capabilities>(), model.current());
        QCOMPARE(model.capability(Feature::Streaming).availability, Availability::Unavailable);
        QVERIFY(!model.available(Feature::Downloads));
        QVERIFY(model.available(Feature::RemoteSearch));

        // More downloaded songs: only streaming's reason moves.
        OfflineInventory inventory = inventoryWith(true, true);
        inventory.verifiedTracks = 121;
        model.setInventory(inventory);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).value<QList<Feature>>(), QList<Feature>{Feature::Streaming});
        QVERIFY(model.capability(Feature::Streaming).reason.contains(QStringLiteral("121")));
        // The duration alone is not in any reason: no signal.
        inventory.verifiedMs += 1000;
        model.setInventory(inventory);
        QCOMPARE(spy.count(), 2);

        // A new day: the saved copy's time now needs its date.
        model.setClock([] { return kNow.addDays(1); });
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(1).value<QList<Feature>>(),
                 (QList<Feature>{Feature::RemoteBrowsing, Feature::RemoteSearch}));
        model.refresh();
        QCOMPARE(spy.count(), 3);

        // Gates: just the feature switched off, and once.
        FeatureGates gates;
        gates.off.insert(Feature::Prefetch, QStringLiteral("Switched off by crash safe mode"));
        model.setConnectivity(Connectivity::Online);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(letters(model.current()), QStringLiteral("AAAAAAAAA"));
        model.setGates(gates);
        model.setGates(gates);
        QCOMPARE(spy.count(), 5);
        QCOMPARE(spy.at(4).at(1).value<QList<Feature>>(), QList<Feature>{Feature::Prefetch});
    }

    void modelSignalCrossesThreads() {
        // Registered metatypes: a queued receiver (another thread's view or engine) gets it too.
        CapabilitiesModel model;
        Capabilities received;
        QList<Feature> which;
        connect(
            &model, &CapabilitiesModel::changed, this,
            [&](const Capabilities &now, const QList<Feature> &features) {
                received = now;
                which = features;
            },
            Qt::QueuedConnection);
        model.setHealth(healthAt(Level::Degraded));
        QTRY_COMPARE_WITH_TIMEOUT(which.size(), 3, 10000);
        QCOMPARE(received, model.current());
        QCOMPARE(which,
                 (QList<Feature>{Feature::Artwork, Feature::Prefetch, Feature::HeavyExtras}));
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
