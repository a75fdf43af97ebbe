// Crash safe mode in the app (issue #7): after a session that did not end cleanly, the optional
// extras start switched off and the banner says so, with a button that turns them back on; a
// clean session after that starts normally.
#include "app/compositionroot.h"
#include "app/degradationwiring.h"
#include "core/model/capabilitiesmodel.h"
#include "core/model/crashguard.h"
#include "ui/healthbanner.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace refrain;

namespace {

std::unique_ptr<CompositionRoot> startApp(const QString &profile) {
    CompositionRoot::Options options;
    options.profile = Profile::resolve(profile);
    auto app = std::make_unique<CompositionRoot>(options);
    app->start();
    return app;
}

QString guardFile(const QString &profile) {
    return QDir(profile).filePath(QStringLiteral("crashguard.json"));
}

} // namespace

class TestSafeMode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aCleanStartHasNoSafeMode() {
        QTemporaryDir profile;
        auto app = startApp(profile.path());
        QVERIFY(QTest::qWaitForWindowExposed(app->window()));
        QVERIFY(app->window()->healthBanner()->safeModeText().isEmpty());
        QVERIFY(app->degradation()->allows(Feature::Artwork));
        QVERIFY(app->degradation()->allows(Feature::HeavyExtras));
    }

    void afterACrashExtrasStartOffUntilTurnedBackOn() {
        QTemporaryDir profile;
        {
            // A session that began and never ended: what a crash or a kill leaves behind.
            CrashGuard crashed(guardFile(profile.path()));
            crashed.begin({QStringLiteral("artwork"), QStringLiteral("prefetch"),
                           QStringLiteral("heavy_extras")});
        }
        auto app = startApp(profile.path());
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        HealthBanner *banner = window->healthBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->safeModeText().contains(QStringLiteral("did not close properly")),
                 qPrintable(banner->safeModeText()));
        QVERIFY(banner->reenableButton()->isVisible());
        for (Feature extra : {Feature::Artwork, Feature::Prefetch, Feature::HeavyExtras}) {
            QVERIFY(!app->degradation()->allows(extra));
            QVERIFY(!app->degradation()->capabilities()->capability(extra).reason.isEmpty());
        }
        // Streaming and the rest are not extras: untouched.
        const CapabilitiesModel *caps = app->degradation()->capabilities();
        const Capabilities ungated =
            computeCapabilities(caps->health(), caps->connectivity(), caps->inventory());
        for (Feature feature : {Feature::Streaming, Feature::Downloads, Feature::RemoteSearch})
            QCOMPARE(caps->capability(feature), ungated.of(feature));

        QTest::mouseClick(banner->reenableButton(), Qt::LeftButton);
        QTRY_VERIFY(banner->safeModeText().isEmpty());
        QVERIFY(!banner->reenableButton()->isVisible());
        // Back to what health alone says (no server here: prefetching has nothing to fetch).
        QCOMPARE(caps->current(),
                 computeCapabilities(caps->health(), caps->connectivity(), caps->inventory()));
        QVERIFY(app->degradation()->allows(Feature::Artwork));
        QVERIFY(app->degradation()->allows(Feature::HeavyExtras));

        // A clean exit, then a normal start.
        app.reset();
        app = startApp(profile.path());
        QVERIFY(QTest::qWaitForWindowExposed(app->window()));
        QVERIFY(app->window()->healthBanner()->safeModeText().isEmpty());
        QVERIFY(app->degradation()->allows(Feature::Artwork));
    }
};

QTEST_MAIN(TestSafeMode)
#include "tst_safemode.moc"
