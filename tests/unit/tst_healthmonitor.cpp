// Without a server the health state says so in words, and the model carries it to the views.
#include "core/health/healthmonitor.h"
#include "core/model/healthmodel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace refrain;

class TestHealthMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void localOnlyStateWithoutServer() {
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
        HealthMonitor monitor([&] { return now; });
        const HealthState &s = monitor.state();
        QCOMPARE(s.level, HealthState::Level::Operational);
        QCOMPARE(s.basis, HealthState::Basis::Configuration);
        QVERIFY(!s.serverConfigured);
        QCOMPARE(s.headline, QStringLiteral("Local library — no streaming server configured"));
        QCOMPARE(s.checkedAt, now);
        QCOMPARE(s.toJson().value(QStringLiteral("level")).toString(),
                 QStringLiteral("operational"));
    }

    void modelFollowsMonitor() {
        QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
        HealthMonitor monitor([&] { return now; });
        HealthModel model;
        model.attach(&monitor);
        QCOMPARE(model.headline(), monitor.state().headline);
        QCOMPARE(model.severity(), HealthModel::Severity::Neutral);
        QVERIFY(model.basisText().startsWith(QStringLiteral("Based on your settings")));

        QSignalSpy changed(&model, &HealthModel::changed);
        now = now.addSecs(60);
        monitor.setServerCount(1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.levelKey(), QStringLiteral("unknown"));
        QCOMPARE(model.state().since, now);
        QVERIFY(model.headline().contains(QStringLiteral("Checking")));
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
