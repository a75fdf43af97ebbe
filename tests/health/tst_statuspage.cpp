// The Statuspage v2 reader on real summaries from GitHub and Cloudflare: each reads into exactly
// what the banner shows — the level, the incident and its updates, components in their groups,
// maintenance windows soonest first — and summaryUrl turns what a user types into the document.
#include "core/health/statuspage.h"
#include "tests/health/statuspagetesthelpers.h"

#include <QTest>

#include <algorithm>

using namespace refrain;
using namespace refrain::test;

class TestStatusPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void githubDuringAnIncident() {
        const auto parsed = statuspage::parse(fixture("github-summary-2022-11-25.json"),
                                              utc("2022-11-25T16:00:00Z"));
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const StatusReport &r = parsed.value();
        QCOMPARE(r.format, QStringLiteral("statuspage_v2"));
        QCOMPARE(r.pageName, QStringLiteral("GitHub"));
        QCOMPARE(r.pageUrl, QUrl(QStringLiteral("https://www.githubstatus.com")));
        QCOMPARE(r.updatedAt, utc("2022-11-25T15:50:05.892Z"));
        QCOMPARE(r.indicator, QStringLiteral("minor"));
        QCOMPARE(r.description, QStringLiteral("Minor Service Outage"));
        QCOMPARE(r.level, HealthLevel::Degraded);

        QCOMPARE(r.components.size(), 11);
        QCOMPARE(r.components.first().name, QStringLiteral("Git Operations"));
        QCOMPARE(r.components.first().level, HealthLevel::Operational);
        const ServiceComponent &packages = r.components.at(7);
        QCOMPARE(packages.name, QStringLiteral("Packages"));
        QCOMPARE(packages.id, QStringLiteral("st3j38cctv9l"));
        QCOMPARE(packages.status, QStringLiteral("partial_outage"));
        QCOMPARE(packages.level, HealthLevel::PartialOutage);
        QCOMPARE(packages.source, QStringLiteral("status_page"));
        QVERIFY(!packages.isGroup);
        QVERIFY(packages.group.isEmpty());
        const auto degraded = std::count_if(
            r.components.cbegin(), r.components.cend(),
            [](const ServiceComponent &c) { return c.level != HealthLevel::Operational; });
        QCOMPARE(degraded, 1);

        QCOMPARE(r.incidents.size(), 1);
        const ServiceIncident &i = r.incidents.first();
        QCOMPARE(i.id, QStringLiteral("ljwdk6qml8z8"));
        QCOMPARE(i.name, QStringLiteral("Incident with Packages and Pages"));
        QCOMPARE(i.status, QStringLiteral("investigating"));
        QCOMPARE(i.impact, QStringLiteral("major"));
        QCOMPARE(i.level, HealthLevel::PartialOutage);
        QCOMPARE(i.url, QUrl(QStringLiteral("https://stspg.io/33vh8r7z43kh")));
        QCOMPARE(i.startedAt, utc("2022-11-25T14:39:09.542Z"));
        QCOMPARE(i.updatedAt, utc("2022-11-25T15:50:04.970Z"));
        QCOMPARE(i.updates.size(), 7);
        QCOMPARE(i.updates.first().at, utc("2022-11-25T15:50:04.967Z"));
        QVERIFY(i.updates.first().body.startsWith(
            QStringLiteral("Packages is now experiencing degraded performance.")));
        QCOMPARE(i.updates.last().body,
                 QStringLiteral("We are investigating reports of degraded performance for "
                                "Packages."));
        for (qsizetype n = 1; n < i.updates.size(); ++n)
            QVERIFY(i.updates.at(n - 1).at > i.updates.at(n).at);
        QCOMPARE(i.affectedComponents,
                 (QStringList{QStringLiteral("Pages"), QStringLiteral("Packages")}));

        QVERIFY(r.maintenances.isEmpty());
    }

    void cloudflareGroupsAndMaintenance() {
        const auto parsed = statuspage::parse(fixture("cloudflare-summary-trimmed.json"), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const StatusReport &r = parsed.value();
        QCOMPARE(r.pageName, QStringLiteral("Cloudflare"));
        QCOMPARE(r.level, HealthLevel::Degraded); // "minor", and no window is open at 03:00

        QCOMPARE(r.components.size(), 3);
        const ServiceComponent &africa = r.components.at(0);
        QCOMPARE(africa.name, QStringLiteral("Africa"));
        QVERIFY(africa.isGroup);
        QCOMPARE(africa.level, HealthLevel::PartialOutage);
        // The trimmed capture kept members whose groups were cut: no group is made up for them.
        QCOMPARE(r.components.at(1).name, QStringLiteral("Arica, Chile - (ARI)"));
        QVERIFY(!r.components.at(1).isGroup);
        QVERIFY(r.components.at(1).group.isEmpty());
        const ServiceComponent &baghdad = r.components.at(2);
        QCOMPARE(baghdad.status, QStringLiteral("under_maintenance"));
        QCOMPARE(baghdad.level, HealthLevel::Maintenance);

        QCOMPARE(r.maintenances.size(), 3);
        QCOMPARE(r.maintenances.at(0).name, QStringLiteral("SJC (San Jose) on 2026-08-07"));
        QCOMPARE(r.maintenances.at(1).name, QStringLiteral("STL (St. Louis) on 2026-08-10"));
        QCOMPARE(r.maintenances.at(2).name, QStringLiteral("IAD (Ashburn) on 2026-08-10"));
        const ServiceMaintenance &sjc = r.maintenances.at(0);
        QCOMPARE(sjc.status, QStringLiteral("scheduled"));
        QCOMPARE(sjc.url, QUrl(QStringLiteral("https://stspg.io/rsnhwth7pmqr")));
        QCOMPARE(sjc.scheduledFor, utc("2026-08-07T08:00:00Z"));
        QCOMPARE(sjc.scheduledUntil, utc("2026-08-07T14:00:00Z"));
        QCOMPARE(
            sjc.affectedComponents,
            QStringList{QStringLiteral("North America - San Jose, CA, United States - (SJC)")});
        QVERIFY(!sjc.activeAt(kNow));
        QVERIFY(sjc.activeAt(utc("2026-08-07T10:00:00Z")));
        QVERIFY(!sjc.activeAt(utc("2026-08-07T14:00:00Z")));
        // Two updates naming the same place: newest first, the place once.
        const ServiceMaintenance &stl = r.maintenances.at(1);
        QCOMPARE(stl.updates.size(), 2);
        QCOMPARE(stl.updates.first().at, utc("2026-08-06T18:20:50.845Z"));
        QVERIFY(stl.updates.first().body.contains(QStringLiteral("between 09:00 and 21:0")));
        QCOMPARE(stl.affectedComponents.size(), 1);
    }

    void maintenancesAreSoonestFirstWhateverTheFeedOrder() {
        QJsonObject doc = fixtureObject("cloudflare-summary-trimmed.json");
        QJsonArray reversed;
        for (const QJsonValue &m : doc.value(QStringLiteral("scheduled_maintenances")).toArray())
            reversed.prepend(m);
        doc.insert(QStringLiteral("scheduled_maintenances"), reversed);
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        QStringList ids;
        for (const ServiceMaintenance &m : parsed.value().maintenances)
            ids.append(m.id);
        QCOMPARE(ids, (QStringList{QStringLiteral("gb5bzwkc1xnz"), QStringLiteral("xrjnsr65fthp"),
                                   QStringLiteral("7qd2tzrp2pst")}));
    }

    void membersCarryTheirGroupsName() {
        // The Cloudflare capture with its member moved into the group it kept, plus a member
        // listed (before its group) only in the group's own "components" list.
        QJsonObject doc = fixtureObject("cloudflare-summary-trimmed.json");
        QJsonArray components = doc.value(QStringLiteral("components")).toArray();
        QJsonObject arica = components.at(1).toObject();
        arica.insert(QStringLiteral("group_id"), QStringLiteral("00gpj4s37mz4"));
        components.replace(1, arica);
        components.prepend(QJsonObject{{QStringLiteral("id"), QStringLiteral("8h9sn12x310t")},
                                       {QStringLiteral("name"), QStringLiteral("Cairo, Egypt")},
                                       {QStringLiteral("status"), QStringLiteral("operational")},
                                       {QStringLiteral("only_show_if_degraded"), true}});
        doc.insert(QStringLiteral("components"), components);

        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const QList<ServiceComponent> &c = parsed.value().components;
        QCOMPARE(c.size(), 4);
        QCOMPARE(c.at(0).name, QStringLiteral("Cairo, Egypt")); // feed order is kept
        QCOMPARE(c.at(0).group, QStringLiteral("Africa"));
        QVERIFY(c.at(0).onlyShowIfDegraded);
        QVERIFY(c.at(1).isGroup);
        QVERIFY(c.at(1).group.isEmpty());
        QCOMPARE(c.at(2).group, QStringLiteral("Africa"));
        QVERIFY(!c.at(2).onlyShowIfDegraded);
        QVERIFY(c.at(3).group.isEmpty());
    }

    void activeMaintenanceTurnsAllClearIntoMaintenance() {
        QJsonObject doc = fixtureObject("cloudflare-summary-trimmed.json");
        doc.insert(QStringLiteral("status"),
                   QJsonObject{{QStringLiteral("indicator"), QStringLiteral("none")},
                               {QStringLiteral("description"), QStringLiteral("All clear")}});
        const QByteArray body = bytes(doc);
        QCOMPARE(statuspage::parse(body, kNow).value().level, HealthLevel::Operational);
        QCOMPARE(statuspage::parse(body, utc("2026-08-07T08:00:00Z")).value().level,
                 HealthLevel::Maintenance);
        QCOMPARE(statuspage::parse(body, utc("2026-08-07T14:00:00Z")).value().level,
                 HealthLevel::Operational);
        // A real incident is not hidden behind a window.
        QJsonObject status = doc.value(QStringLiteral("status")).toObject();
        status.insert(QStringLiteral("indicator"), QStringLiteral("critical"));
        doc.insert(QStringLiteral("status"), status);
        QCOMPARE(statuspage::parse(bytes(doc), utc("2026-08-07T09:00:00Z")).value().level,
                 HealthLevel::MajorOutage);
    }

    void incidentsDocumentKeepsOnlyUnresolved() {
        const auto all = statuspage::parse(fixture("cloudflare-incidents-trimmed.json"), kNow);
        QVERIFY2(all, qPrintable(errorOf(all)));
        QCOMPARE(all.value().pageName, QStringLiteral("Cloudflare"));
        QVERIFY(all.value().incidents.isEmpty());          // all three were resolved
        QCOMPARE(all.value().level, HealthLevel::Unknown); // it has no overall status

        // Reopen the oldest and the newest, in reverse feed order: newest first again.
        QJsonObject doc = fixtureObject("cloudflare-incidents-trimmed.json");
        QJsonArray incidents = doc.value(QStringLiteral("incidents")).toArray();
        QJsonObject newest = incidents.at(0).toObject();
        newest.insert(QStringLiteral("status"), QStringLiteral("monitoring"));
        QJsonObject oldest = incidents.at(2).toObject();
        oldest.insert(QStringLiteral("status"), QStringLiteral("identified"));
        QJsonObject postmortem = incidents.at(1).toObject();
        postmortem.insert(QStringLiteral("status"), QStringLiteral("postmortem"));
        doc.insert(QStringLiteral("incidents"), QJsonArray{oldest, postmortem, newest});
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const QList<ServiceIncident> &open = parsed.value().incidents;
        QCOMPARE(open.size(), 2);
        QCOMPARE(open.at(0).name, QStringLiteral("Web Analytics Configuration issues"));
        QCOMPARE(open.at(0).level, HealthLevel::Degraded);
        QCOMPARE(open.at(0).updates.first().status, QStringLiteral("resolved"));
        QCOMPARE(open.at(0).affectedComponents,
                 QStringList{QStringLiteral("Cloudflare Sites and Services - Web Analytics")});
        QCOMPARE(open.at(1).name,
                 QStringLiteral("Cloudflare Workers and Pages Assets Uploads issues"));
        QCOMPARE(open.at(1).affectedComponents,
                 (QStringList{QStringLiteral("Cloudflare Sites and Services - Pages"),
                              QStringLiteral("Cloudflare Sites and Services - Workers Assets")}));
    }

    void affectedComponentsFallBackToTheIncidentsList() {
        QJsonObject doc = summary(QStringLiteral("minor"));
        QJsonObject i = incident(QStringLiteral("Slow search"), QStringLiteral("identified"),
                                 QStringLiteral("minor"));
        i.insert(QStringLiteral("components"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Search")}},
                            QStringLiteral("not an object"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Search")}}});
        doc.insert(QStringLiteral("incidents"), QJsonArray{i});
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        QCOMPARE(parsed.value().incidents.first().affectedComponents,
                 QStringList{QStringLiteral("Search")});
    }

    void levelsFromTheFeedsWords_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<HealthLevel>("indicator");
        QTest::addColumn<HealthLevel>("component");
        QTest::newRow("none") << "none" << HealthLevel::Operational << HealthLevel::Unknown;
        QTest::newRow("minor") << "minor" << HealthLevel::Degraded << HealthLevel::Unknown;
        QTest::newRow("major") << "major" << HealthLevel::PartialOutage << HealthLevel::Unknown;
        QTest::newRow("critical") << "critical" << HealthLevel::MajorOutage << HealthLevel::Unknown;
        QTest::newRow("maintenance")
            << "maintenance" << HealthLevel::Maintenance << HealthLevel::Unknown;
        QTest::newRow("operational")
            << "operational" << HealthLevel::Unknown << HealthLevel::Operational;
        QTest::newRow("degraded_performance")
            << "degraded_performance" << HealthLevel::Unknown << HealthLevel::Degraded;
        QTest::newRow("partial_outage")
            << "partial_outage" << HealthLevel::Unknown << HealthLevel::PartialOutage;
        QTest::newRow("major_outage")
            << "major_outage" << HealthLevel::Unknown << HealthLevel::MajorOutage;
        QTest::newRow("under_maintenance")
            << "under_maintenance" << HealthLevel::Unknown << HealthLevel::Maintenance;
        QTest::newRow("unknown word") << "on_fire" << HealthLevel::Unknown << HealthLevel::Unknown;
        QTest::newRow("wrong case") << "Minor" << HealthLevel::Unknown << HealthLevel::Unknown;
        QTest::newRow("empty") << "" << HealthLevel::Unknown << HealthLevel::Unknown;
    }
    void levelsFromTheFeedsWords() {
        QFETCH(QString, word);
        QFETCH(HealthLevel, indicator);
        QFETCH(HealthLevel, component);
        QCOMPARE(statuspage::levelFromIndicator(word), indicator);
        QCOMPARE(statuspage::levelFromImpact(word), indicator);
        QCOMPARE(statuspage::levelFromComponentStatus(word), component);
    }

    void unknownWordsReadAsUnknownNotAsErrors() {
        QJsonObject doc = summary(QStringLiteral("catastrophic"));
        doc.insert(QStringLiteral("components"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                                          {QStringLiteral("name"), QStringLiteral("Streaming")},
                                          {QStringLiteral("status"), QStringLiteral("on_fire")}}});
        doc.insert(QStringLiteral("incidents"),
                   QJsonArray{incident(QStringLiteral("Odd"), QStringLiteral("brainstorming"),
                                       QStringLiteral("apocalyptic"))});
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const StatusReport &r = parsed.value();
        QCOMPARE(r.indicator, QStringLiteral("catastrophic"));
        QCOMPARE(r.level, HealthLevel::Unknown);
        QCOMPARE(r.components.first().status, QStringLiteral("on_fire")); // kept as said
        QCOMPARE(r.components.first().level, HealthLevel::Unknown);
        QCOMPARE(r.incidents.first().status, QStringLiteral("brainstorming"));
        QCOMPARE(r.incidents.first().level, HealthLevel::Unknown);
    }

    void summaryUrlForWhatTheUserTyped_data() {
        QTest::addColumn<QUrl>("typed");
        QTest::addColumn<QString>("summary");
        auto url = [](const char *text) { return QUrl(QString::fromLatin1(text)); };
        const QString github = QStringLiteral("https://www.githubstatus.com/api/v2/summary.json");
        QTest::newRow("page") << url("https://www.githubstatus.com") << github;
        QTest::newRow("page slash") << url("https://www.githubstatus.com/") << github;
        QTest::newRow("no scheme") << url("www.githubstatus.com") << github;
        QTest::newRow("fragment") << url("https://www.githubstatus.com/#incidents") << github;
        QTest::newRow("api folder") << url("https://www.githubstatus.com/api/v2/") << github;
        QTest::newRow("summary kept") << QUrl(github) << github;
        QTest::newRow("other json kept")
            << url("https://status.example.com/api/v2/incidents.json")
            << QStringLiteral("https://status.example.com/api/v2/incidents.json");
        QTest::newRow("sub path and port")
            << url("http://127.0.0.1:8080/status")
            << QStringLiteral("http://127.0.0.1:8080/status/api/v2/summary.json");
        QTest::newRow("ftp") << url("ftp://status.example.com") << QString();
        QTest::newRow("file") << url("file:///tmp/summary.json") << QString();
        QTest::newRow("empty") << QUrl() << QString();
    }
    void summaryUrlForWhatTheUserTyped() {
        QFETCH(QUrl, typed);
        QFETCH(QString, summary);
        QCOMPARE(statuspage::summaryUrl(typed).toString(), summary);
    }
};

QTEST_GUILESS_MAIN(TestStatusPage)
#include "tst_statuspage.moc"
