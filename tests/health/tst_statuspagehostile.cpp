// The Statuspage v2 reader against hostile and broken documents: wrong types, markup, odd links
// and times, 100,000 components, deep nesting, bad UTF-8, HTML, cut-short JSON. Each gives a
// report or one clear sentence — never a crash, never interpreted markup, never a stall.
#include "core/health/statuspage.h"
#include "tests/health/statuspagetesthelpers.h"

#include <QElapsedTimer>
#include <QTest>

using namespace refrain;
using namespace refrain::test;

class TestStatusPageHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongTypesAreToleratedFieldByField() {
        const QByteArray body =
            json("{ "
                 "'page': {'name': 42, 'url': 'javascript:alert(1)', 'updated_at': 12}, "
                 "'status': {'indicator': ['minor'], 'description': {'text': 'x'}}, "
                 "'components': ['a string', 17, null, [], true, "
                 "{'id': 5, 'name': 12, 'status': true, 'group': 'yes', "
                 "'only_show_if_degraded': 'true', 'group_id': []}, "
                 "{'id': 'c2', 'name': 'Streaming', 'status': 'operational'}], "
                 "'incidents': [3, 'x', {'name': {'a': 1}, 'status': null, 'impact': 7, "
                 "'shortlink': 9, 'created_at': 'yesterday', 'incident_updates': 'none', "
                 "'components': 'x'}], "
                 "'scheduled_maintenances': 'soon' "
                 "}");
        const auto parsed = statuspage::parse(body, kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const StatusReport &r = parsed.value();
        QVERIFY(r.pageName.isEmpty());
        QVERIFY(r.pageUrl.isEmpty());
        QVERIFY(!r.updatedAt.isValid());
        QVERIFY(r.indicator.isEmpty());
        QCOMPARE(r.level, HealthLevel::Unknown);
        QCOMPARE(r.components.size(), 2);
        const ServiceComponent &bad = r.components.at(0);
        QVERIFY(bad.id.isEmpty() && bad.name.isEmpty() && bad.status.isEmpty());
        QCOMPARE(bad.level, HealthLevel::Unknown);
        QVERIFY(!bad.isGroup && !bad.onlyShowIfDegraded && bad.group.isEmpty());
        QCOMPARE(r.components.at(1).name, QStringLiteral("Streaming"));
        QCOMPARE(r.incidents.size(), 1);
        const ServiceIncident &i = r.incidents.first();
        QVERIFY(i.name.isEmpty() && i.url.isEmpty() && i.updates.isEmpty());
        QVERIFY(!i.startedAt.isValid());
        QVERIFY(r.maintenances.isEmpty());

        // Whole lists of the wrong type.
        QJsonObject doc = summary();
        doc.insert(QStringLiteral("components"), QStringLiteral("Streaming"));
        doc.insert(QStringLiteral("incidents"), QJsonObject{{QStringLiteral("a"), 1}});
        doc.insert(QStringLiteral("scheduled_maintenances"), 5);
        const auto lists = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(lists, qPrintable(errorOf(lists)));
        QVERIFY(lists.value().components.isEmpty());
        QCOMPARE(lists.value().level, HealthLevel::Operational);
    }

    void markupStaysLiteralText() {
        QJsonObject doc = summary(QStringLiteral("major"));
        QJsonObject i = incident(QStringLiteral("<b>Outage</b>"), QStringLiteral("investigating"),
                                 QStringLiteral("major"));
        i.insert(QStringLiteral("incident_updates"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("status"), QStringLiteral("investigating")},
                     {QStringLiteral("body"),
                      QStringLiteral("<script>alert(1)</script> &amp; <a href=\"x\">more</a>")}}});
        doc.insert(QStringLiteral("incidents"), QJsonArray{i});
        doc.insert(
            QStringLiteral("components"),
            QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("<i>Stream</i>")},
                                   {QStringLiteral("status"), QStringLiteral("operational")}}});
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const StatusReport &r = parsed.value();
        QCOMPARE(r.incidents.first().name, QStringLiteral("<b>Outage</b>"));
        QCOMPARE(r.incidents.first().updates.first().body,
                 QStringLiteral("<script>alert(1)</script> &amp; <a href=\"x\">more</a>"));
        QCOMPARE(r.components.first().name, QStringLiteral("<i>Stream</i>"));
    }

    void onlyWebLinksAreKept_data() {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("kept");
        QTest::newRow("https") << "https://stspg.io/abc"
                               << "https://stspg.io/abc";
        QTest::newRow("http") << "http://status.example.com/x"
                              << "http://status.example.com/x";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "";
        QTest::newRow("data") << "data:text/html,<b>x</b>"
                              << "";
        QTest::newRow("no scheme") << "//stspg.io/abc"
                                   << "";
        QTest::newRow("no host") << "https:///abc"
                                 << "";
        QTest::newRow("spaces") << "  https://stspg.io/abc  "
                                << "https://stspg.io/abc";
        QTest::newRow("user info dropped") << "https://a:b@stspg.io/abc"
                                           << "https://stspg.io/abc";
    }
    void onlyWebLinksAreKept() {
        QFETCH(QString, link);
        QFETCH(QString, kept);
        QJsonObject doc = summary(QStringLiteral("minor"));
        QJsonObject i =
            incident(QStringLiteral("x"), QStringLiteral("identified"), QStringLiteral("minor"));
        i.insert(QStringLiteral("shortlink"), link);
        doc.insert(QStringLiteral("incidents"), QJsonArray{i});
        QJsonObject page = doc.value(QStringLiteral("page")).toObject();
        page.insert(QStringLiteral("url"), link);
        doc.insert(QStringLiteral("page"), page);
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        QCOMPARE(parsed.value().incidents.first().url.toString(), kept);
        QCOMPARE(parsed.value().pageUrl.toString(), kept);
    }

    void textsAreTrimmedAndCapped() {
        QString longBody(5000, QLatin1Char('x'));
        QString splitPair = QString(1999, QLatin1Char('y')) + QString::fromUtf8("\xF0\x9F\x8E\xB5")
                            + QStringLiteral("tail"); // a note emoji straddling the cap
        QJsonObject doc = summary(QStringLiteral("minor"));
        QJsonObject i = incident(QStringLiteral("  Slow streaming \n"),
                                 QStringLiteral("identified"), QStringLiteral("minor"));
        i.insert(
            QStringLiteral("incident_updates"),
            QJsonArray{
                QJsonObject{{QStringLiteral("body"), longBody},
                            {QStringLiteral("created_at"), QStringLiteral("2026-08-07T02:00:00Z")}},
                QJsonObject{{QStringLiteral("body"), splitPair},
                            {QStringLiteral("created_at"), QStringLiteral("2026-08-07T01:00:00Z")}},
                QJsonObject{
                    {QStringLiteral("body"), QStringLiteral("line one\nline two")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-08-07T00:00:00Z")}}});
        doc.insert(QStringLiteral("incidents"), QJsonArray{i});
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const ServiceIncident &r = parsed.value().incidents.first();
        QCOMPARE(r.name, QStringLiteral("Slow streaming"));
        QCOMPARE(r.updates.at(0).body.size(), statuspage::kMaxTextChars);
        QCOMPARE(r.updates.at(1).body, QString(1999, QLatin1Char('y'))); // no half character
        QCOMPARE(r.updates.at(2).body, QStringLiteral("line one\nline two"));
    }

    void timestampsInEveryIsoShape() {
        QJsonObject doc = summary(QStringLiteral("minor"));
        QJsonObject i =
            incident(QStringLiteral("x"), QStringLiteral("identified"), QStringLiteral("minor"));
        auto update = [](const char *at) {
            return QJsonObject{{QStringLiteral("body"), QString::fromLatin1(at)},
                               {QStringLiteral("display_at"), QString::fromLatin1(at)}};
        };
        i.insert(QStringLiteral("incident_updates"),
                 QJsonArray{update("2026-08-07T10:00:00Z"), update("2026-08-07T13:30:00+02:00"),
                            update("2026-08-07T12:00:00.250Z"),
                            update("2026-08-07T11:00:00.123456-0000"), update("not a time"),
                            update("2026-08-07T10:30:00")});
        doc.insert(QStringLiteral("incidents"), QJsonArray{i});
        const auto parsed = statuspage::parse(bytes(doc), kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        const QList<StatusUpdate> &u = parsed.value().incidents.first().updates;
        QCOMPARE(u.size(), 6);
        QCOMPARE(u.at(0).at, utc("2026-08-07T12:00:00.250Z"));
        QCOMPARE(u.at(1).at, utc("2026-08-07T11:30:00Z")); // +02:00 read as the offset it is
        QCOMPARE(u.at(2).at, utc("2026-08-07T11:00:00.123Z"));
        QCOMPARE(u.at(3).at, utc("2026-08-07T10:30:00Z")); // no zone: UTC
        QCOMPARE(u.at(4).at, utc("2026-08-07T10:00:00Z"));
        QVERIFY(!u.at(5).at.isValid()); // unreadable: last, and no time invented
        QCOMPARE(u.at(5).body, QStringLiteral("not a time"));
        for (const StatusUpdate &each : u) {
            if (each.at.isValid())
                QCOMPARE(each.at.timeSpec(), Qt::UTC);
        }
    }

    void hundredThousandComponentsAreCapped() {
        // A group listing 100,000 members, the members, and one incident with as many updates
        // each naming a component: the lists are cut, and nothing grows with the square of them.
        constexpr int kCount = 100'000;
        const QByteArray componentHead = json("{'id':'c");
        const QByteArray componentMiddle = json("','name':'Component ");
        const QByteArray componentTail = json("','status':'operational','group_id':'g'}");
        const QByteArray updateHead = json("{'body':'u");
        const QByteArray updateMiddle = json("','affected_components':[{'name':'c");
        const QByteArray updateTail = json("'}]}");

        QByteArray body = json("{'page':{'name':'Big'},'status':{'indicator':'none'},"
                               "'components':[{'id':'g','name':'Everything','group':true,"
                               "'components':[");
        body.reserve(kCount * 150);
        for (int n = 0; n < kCount; ++n)
            body += (n ? ",\"c" : "\"c") + QByteArray::number(n) + '"';
        body += "]}";
        for (int n = 0; n < kCount; ++n) {
            const QByteArray number = QByteArray::number(n);
            body += ',' + componentHead + number + componentMiddle + number + componentTail;
        }
        body += json("],'incidents':[{'name':'Big','status':'investigating','incident_updates':[");
        for (int n = 0; n < kCount; ++n) {
            const QByteArray number = QByteArray::number(n);
            body += (n ? "," : "") + updateHead + number + updateMiddle + number + updateTail;
        }
        body += "]}]}";

        QElapsedTimer timer;
        timer.start();
        const auto parsed = statuspage::parse(body, kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        qInfo("%.1f MiB with 100,000 components, members and updates parsed in %lld ms",
              double(body.size()) / (1024.0 * 1024.0), qlonglong(timer.elapsed()));
        const StatusReport &r = parsed.value();
        QCOMPARE(r.components.size(), statuspage::kMaxItems);
        QVERIFY(r.components.first().isGroup);
        QCOMPARE(r.components.at(1).name, QStringLiteral("Component 0"));
        QCOMPARE(r.components.last().name, QStringLiteral("Component 498"));
        QCOMPARE(r.components.last().group, QStringLiteral("Everything"));
        QCOMPARE(r.incidents.size(), 1);
        QCOMPARE(r.incidents.first().updates.size(), statuspage::kMaxItems);
        QCOMPARE(r.incidents.first().affectedComponents.size(), statuspage::kMaxItems);
    }

    void nestingDoesNotBringItDown() {
        // Past the JSON reader's own depth limit: an error, not a stack overflow.
        const auto deep = statuspage::parse(QByteArray(200'000, '['), kNow);
        QVERIFY(!deep.ok());
        QCOMPARE(deep.error().kind, Error::Kind::Invalid);
        QVERIFY2(deep.error().message.startsWith(
                     QStringLiteral("The status document is cut short or malformed (")),
                 qPrintable(deep.error().message));

        // Deep, but within the limit, where a list of components or a name should be.
        const QByteArray nested = QByteArray(900, '[') + QByteArray(900, ']');
        const QByteArray body =
            json("{'page':{'name':'Deep'},'status':{'indicator':'minor'},'components':") + nested
            + json(",'incidents':[{'name':") + nested + json(",'status':'investigating'}]}");
        const auto parsed = statuspage::parse(body, kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        QVERIFY(parsed.value().components.isEmpty());
        QCOMPARE(parsed.value().incidents.size(), 1);
        QVERIFY(parsed.value().incidents.first().name.isEmpty());
    }

    void invalidUtf8SpoilsOnlyItsOwnText() {
        const QByteArray body = "{\"page\":{\"name\":\"Bad \xFF\xFE byte\"},"
                                "\"status\":{\"indicator\":\"minor\"},"
                                "\"components\":[{\"name\":\"Stre\xC3\xA4ming\"}]}";
        const auto parsed = statuspage::parse(body, kNow);
        QVERIFY2(parsed, qPrintable(errorOf(parsed)));
        QVERIFY(parsed.value().pageName.startsWith(QStringLiteral("Bad ")));
        QVERIFY(parsed.value().pageName.contains(QChar(QChar::ReplacementCharacter)));
        QCOMPARE(parsed.value().components.first().name, QString::fromUtf8("Stre\xC3\xA4ming"));
        QCOMPARE(parsed.value().level, HealthLevel::Degraded);
    }

    void brokenDocumentsSayWhatIsWrong_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("message"); // the start of it
        const QString html =
            QStringLiteral("The status page sent an HTML page, not a status document.");
        const QString cut = QStringLiteral("The status document is cut short or malformed (");
        const QString notJson = QStringLiteral(
            "The status page sent something that is not a status document (no JSON object).");
        const QString unknown =
            QStringLiteral("The status page sent a JSON document Refrain does not know");
        const QByteArray github = fixture("github-summary-2022-11-25.json");

        QTest::newRow("empty") << QByteArray() << Error::Kind::Invalid
                               << QStringLiteral("The status page sent an empty document.");
        QTest::newRow("whitespace") << QByteArray(" \r\n\t ") << Error::Kind::Invalid
                                    << QStringLiteral("The status page sent an empty document.");
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << Error::Kind::Invalid
                                  << QStringLiteral("The status page sent an empty document.");
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Hi</body></html>")
                              << Error::Kind::Unsupported << html;
        QTest::newRow("html after bom and space")
            << QByteArray("\xEF\xBB\xBF \n <html>") << Error::Kind::Unsupported << html;
        QTest::newRow("text then html")
            << QByteArray("Service Unavailable\n<HTML><body>502</body></HTML>")
            << Error::Kind::Unsupported << html;
        QTest::newRow("truncated") << github.left(github.size() / 2) << Error::Kind::Invalid << cut;
        QTest::newRow("one brace") << QByteArray("{") << Error::Kind::Invalid << cut;
        QTest::newRow("null") << QByteArray("null") << Error::Kind::Unsupported << notJson;
        QTest::newRow("string") << QByteArray("\"ok\"") << Error::Kind::Unsupported << notJson;
        QTest::newRow("plain text")
            << QByteArray("Bad Gateway") << Error::Kind::Unsupported << notJson;
        QTest::newRow("array") << json("[{'page':{},'status':{'indicator':'none'}}]")
                               << Error::Kind::Unsupported
                               << QStringLiteral("The status page sent a JSON list, not a "
                                                 "status document.");
        QTest::newRow("other json") << json("{'ok':true}") << Error::Kind::Unsupported << unknown;
        QTest::newRow("page only")
            << json("{'page':{'name':'x'}}") << Error::Kind::Unsupported << unknown;
        QTest::newRow("no page") << json("{'status':{'indicator':'none'}}")
                                 << Error::Kind::Unsupported << unknown;
        QTest::newRow("page not an object") << json("{'page':'x','status':{'indicator':'none'}}")
                                            << Error::Kind::Unsupported << unknown;
    }
    void brokenDocumentsSayWhatIsWrong() {
        QFETCH(QByteArray, body);
        QFETCH(Error::Kind, kind);
        QFETCH(QString, message);
        const auto parsed = statuspage::parse(body, kNow);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, kind);
        QVERIFY2(parsed.error().message.startsWith(message), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestStatusPageHostile)
#include "tst_statuspagehostile.moc"
