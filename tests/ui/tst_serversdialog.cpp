// The Servers dialog as a person meets it, headless, against a real Subsonic server on loopback:
// invalid input is explained under its field, "Test connection" says precisely what went wrong,
// Add brings the server's songs into the library labelled with the server's name, Sync Now
// fetches what is new, Remove takes them away — and nothing a server sends is shown as markup.
#include "core/library/library.h"
#include "core/model/serverlistmodel.h"
#include "core/model/tracktablemodel.h"
#include "core/service/request/requestlayer.h"
#include "core/service/request/systemclock.h"
#include "core/service/secretstore.h"
#include "core/service/serverhub.h"
#include "tests/support/httpserver/faultserver.h"
#include "tests/support/subsonicserver/subsoniccontent.h"
#include "ui/serversdialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace refrain;
using refrain::test::FaultMode;
using refrain::test::FaultServer;
using refrain::test::SongSpec;
using refrain::test::SubsonicContent;

namespace {
constexpr int kWaitMs = 20000; // generous: a loaded 2-core machine syncs slowly
const QString kUser = QStringLiteral("tester");
const QString kPassword = QStringLiteral("s3cret pass");
} // namespace

class TestServersDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<SubsonicContent> m_content;
    std::unique_ptr<FaultServer> m_server;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<RequestLayer> m_layer;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ServerHub> m_hub;
    std::unique_ptr<ServerListModel> m_servers;
    std::unique_ptr<QAbstractItemModelTester> m_serversTester;
    std::unique_ptr<TrackTableModel> m_tracks;
    std::unique_ptr<ServersDialog> m_dialog;

    ServersDialog *dialog() const { return m_dialog.get(); }

    void fillForm(const QString &name, const QString &addresses, const QString &user,
                  const QString &secret) {
        ServersDialog *d = dialog();
        d->nameEdit()->clear();
        d->addressesEdit()->clear();
        d->userEdit()->clear();
        d->secretEdit()->clear();
        QTest::keyClicks(d->nameEdit(), name);
        QTest::keyClicks(d->addressesEdit(), addresses);
        QTest::keyClicks(d->userEdit(), user);
        QTest::keyClicks(d->secretEdit(), secret);
    }

    QString address() const { return m_server->baseUrl().toString(); }

    // The dialog's test round trip: click, see it busy, wait for the answer.
    QString clickTest() {
        QTest::mouseClick(dialog()->testButton(), Qt::LeftButton);
        // Waiting shows: the buttons rest and the indicator runs until the answer is in.
        if (!dialog()->isBusy() || dialog()->testButton()->isEnabled()
            || !dialog()->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible())
            return QStringLiteral("(not busy while testing)");
        if (!QTest::qWaitFor([this] { return !dialog()->isBusy(); }, kWaitMs))
            return QStringLiteral("(no answer)");
        return dialog()->outcomeLabel()->text();
    }

    // Adds the server as a person would, and waits until its songs are in the track model.
    bool addServer(const QString &name, int songs) {
        fillForm(name, address(), kUser, kPassword);
        QTest::mouseClick(dialog()->addButton(), Qt::LeftButton);
        return QTest::qWaitFor(
            [&] { return m_servers->rowCount() == 1 && m_tracks->rowCount() == songs; }, kWaitMs);
    }

    void waitSyncDone() {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_servers->rowCount() > 0
                && !m_servers->index(0).data(ServerListModel::SyncingRole).toBool(),
            kWaitMs);
    }

private Q_SLOTS:
    void initTestCase() {
        // No keychain here: secrets must go to the owner-only file, and the dialog must say so.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }

    void init() {
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
        m_content = std::make_unique<SubsonicContent>();
        m_content->setUser(kUser, kPassword);
        for (const auto &[title, artist] :
             {std::pair{QStringLiteral("Teardrop"), QStringLiteral("Massive Attack")},
              std::pair{QStringLiteral("Roads"), QStringLiteral("Portishead")},
              std::pair{QStringLiteral("Glory Box"), QStringLiteral("Portishead")}}) {
            SongSpec song;
            song.title = title;
            song.artist = artist;
            m_content->catalog().addSong(song);
        }
        m_server = std::make_unique<FaultServer>();
        QVERIFY(m_server->isListening());
        m_server->setHandler(m_content->handler());

        m_library = std::make_unique<Library>();
        QSignalSpy loaded(m_library.get(), &Library::loadFinished);
        m_library->open(m_profile->filePath(QStringLiteral("library.db")));
        QVERIFY(loaded.wait(kWaitMs));
        m_clock = std::make_unique<SystemClock>();
        m_layer = std::make_unique<RequestLayer>(m_clock.get());
        m_secrets = std::make_unique<SecretStore>(m_profile->filePath(QStringLiteral("secrets")));
        m_hub = std::make_unique<ServerHub>(m_library.get(), m_layer.get(), m_secrets.get());
        m_servers = std::make_unique<ServerListModel>(m_hub.get(), m_layer.get());
        m_serversTester = std::make_unique<QAbstractItemModelTester>(
            m_servers.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tracks = std::make_unique<TrackTableModel>();
        m_tracks->attach(m_library.get());
        connect(m_servers.get(), &ServerListModel::sourceNamesChanged, m_tracks.get(),
                &TrackTableModel::setSourceNames);
        m_dialog = std::make_unique<ServersDialog>(m_servers.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void cleanup() {
        m_dialog.reset();
        m_serversTester.reset();
        m_servers.reset();
        m_hub.reset();
        m_tracks.reset();
        m_layer.reset();
        m_clock.reset();
        m_secrets.reset();
        m_library.reset();
        m_server.reset();
        m_content.reset();
        m_profile.reset();
    }

    void explainsBadInputUnderItsField() {
        ServersDialog *d = dialog();
        QVERIFY(d->detailsLabel()->text().startsWith(QStringLiteral("No servers yet")));
        QVERIFY(d->storageLabel()->isVisible());
        QVERIFY2(d->storageLabel()->text().contains(QStringLiteral("readable only by you")),
                 qPrintable(d->storageLabel()->text()));

        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        auto *nameError = d->findChild<QLabel *>(QStringLiteral("nameError"));
        auto *addressesError = d->findChild<QLabel *>(QStringLiteral("addressesError"));
        auto *userError = d->findChild<QLabel *>(QStringLiteral("userError"));
        auto *secretError = d->findChild<QLabel *>(QStringLiteral("secretError"));
        QVERIFY(nameError && addressesError && userError && secretError);
        for (QLabel *error : {nameError, addressesError, userError, secretError})
            QVERIFY2(error->isVisible(), qPrintable(error->objectName()));
        QTRY_VERIFY(d->nameEdit()->hasFocus()); // the first problem is where the cursor goes

        QTest::keyClicks(d->nameEdit(), QStringLiteral("Home"));
        QVERIFY(!nameError->isVisible()); // typing there answers it
        QTest::keyClicks(d->addressesEdit(), QStringLiteral("ftp://music.example.org"));
        QTest::keyClicks(d->userEdit(), kUser);
        QTest::keyClicks(d->secretEdit(), kPassword);
        QTest::mouseClick(d->testButton(), Qt::LeftButton);
        QVERIFY(addressesError->isVisible());
        QVERIFY2(addressesError->text().contains(QStringLiteral("http:// or https://")),
                 qPrintable(addressesError->text()));
        QVERIFY(!userError->isVisible());
        QVERIFY(!secretError->isVisible());
        QVERIFY(!d->isBusy());
        QCOMPARE(m_server->requestCount(), 0); // nothing was sent for a form that cannot work

        // An address with a password in it is refused without repeating it.
        d->addressesEdit()->clear();
        QTest::keyClicks(d->addressesEdit(), QStringLiteral("https://bob:hunter2@example.org"));
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QVERIFY(addressesError->isVisible());
        QVERIFY(!addressesError->text().contains(QStringLiteral("hunter2")));
        QCOMPARE(m_servers->rowCount(), 0);

        // Tab leaves the addresses field instead of typing a tab into it.
        d->addressesEdit()->setFocus();
        QTest::keyClick(d->addressesEdit(), Qt::Key_Tab);
        QVERIFY(!d->addressesEdit()->toPlainText().contains(QLatin1Char('\t')));
        QVERIFY(!d->addressesEdit()->hasFocus());
    }

    void testConnectionSaysPreciselyWhatWentWrong() {
        ServersDialog *d = dialog();
        fillForm(QString(), address(), kUser, QStringLiteral("wrong"));
        QString outcome = clickTest();
        QVERIFY2(outcome.contains(QStringLiteral("rejected the user name or password")),
                 qPrintable(outcome));
        QVERIFY(outcome.contains(QStringLiteral("(Subsonic error 40)")));
        QVERIFY(d->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isHidden());

        d->secretEdit()->clear();
        QTest::keyClicks(d->secretEdit(), kPassword);
        QVERIFY(d->outcomeLabel()->text().isEmpty()); // the old answer is not about this password
        outcome = clickTest();
        QVERIFY2(outcome.startsWith(QStringLiteral("Connected to Refrain-test 1.0.0 (test)")),
                 qPrintable(outcome));
        QCOMPARE(m_servers->rowCount(), 0); // a test saves nothing

        // Nobody listening on that port: said so, at once.
        m_server->setMode(FaultMode::refused());
        outcome = clickTest();
        QVERIFY2(outcome.contains(QStringLiteral("refused the connection")), qPrintable(outcome));
        m_server->setMode(FaultMode::normal());

        // An OpenSubsonic API key instead of a password: no user name, error 44 when wrong.
        m_content->addApiKey(QStringLiteral("k-12345"));
        QTest::mouseClick(d->apiKeyChoice(), Qt::LeftButton);
        QVERIFY(d->apiKeyChoice()->isChecked());
        QVERIFY(!d->userEdit()->isEnabled());
        QVERIFY(!d->plainPasswordBox()->isVisible()); // nothing to allow for a key
        QCOMPARE(d->secretEdit()->echoMode(), QLineEdit::Password);
        d->secretEdit()->clear();
        QTest::keyClicks(d->secretEdit(), QStringLiteral("k-wrong"));
        outcome = clickTest();
        QVERIFY2(outcome.contains(QStringLiteral("(Subsonic error 44)")), qPrintable(outcome));
        d->secretEdit()->clear();
        QTest::keyClicks(d->secretEdit(), QStringLiteral("k-12345"));
        outcome = clickTest();
        QVERIFY2(outcome.startsWith(QStringLiteral("Connected to")), qPrintable(outcome));
    }

    void addedServerBringsItsSongsAndRemoveTakesThemAway() {
        ServersDialog *d = dialog();
        // A wrong password is caught before anything is saved.
        fillForm(QStringLiteral("Home"), address(), kUser, QStringLiteral("wrong"));
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), kWaitMs);
        QVERIFY2(d->outcomeLabel()->text().contains(QStringLiteral("was not added")),
                 qPrintable(d->outcomeLabel()->text()));
        QCOMPARE(m_servers->rowCount(), 0);

        d->secretEdit()->clear();
        QTest::keyClicks(d->secretEdit(), kPassword);
        QTest::keyClick(d->secretEdit(), Qt::Key_Return); // Enter adds, like the button
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->rowCount(), 1, kWaitMs);
        QCOMPARE(d->serverList()->model()->index(0, 0).data().toString(), QStringLiteral("Home"));
        QTRY_VERIFY(!d->isBusy());
        QVERIFY2(d->outcomeLabel()->text().startsWith(QStringLiteral("Added “Home”")),
                 qPrintable(d->outcomeLabel()->text()));
        QVERIFY(d->nameEdit()->text().isEmpty()); // ready for the next one
        QVERIFY(d->secretEdit()->text().isEmpty());
        QCOMPARE(d->serverList()->currentIndex().row(), 0);

        // Its songs join the library, each saying where it comes from.
        QTRY_COMPARE_WITH_TIMEOUT(m_tracks->rowCount(), 3, kWaitMs);
        for (int row = 0; row < m_tracks->rowCount(); ++row) {
            QCOMPARE(m_tracks->index(row, TrackTableModel::SourceColumn).data().toString(),
                     QStringLiteral("Home"));
            QVERIFY(m_tracks->index(row, TrackTableModel::TitleColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("“Home”")));
        }
        waitSyncDone();
        const QString details = d->detailsLabel()->text();
        QVERIFY2(details.contains(QStringLiteral("Refrain-test 1.0.0 (test)")),
                 qPrintable(details));
        QVERIFY(details.contains(address()));
        QVERIFY(details.contains(QStringLiteral("Signs in as tester.")));
        QVERIFY2(details.contains(QStringLiteral("Songs as of")), qPrintable(details));
        QVERIFY(!details.contains(kPassword));
        QVERIFY(d->storageLabel()->text().contains(QStringLiteral("readable only by you")));

        // Sync Now fetches what the server gained since.
        SongSpec song;
        song.title = QStringLiteral("Unfinished Sympathy");
        song.album = QStringLiteral("Blue Lines");
        m_content->catalog().addSong(song);
        QVERIFY(d->syncButton()->isEnabled());
        QTest::mouseClick(d->syncButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracks->rowCount(), 4, kWaitMs);
        waitSyncDone();

        // Remove asks inline first; Keep It leaves everything as it was.
        QTest::mouseClick(d->removeButton(), Qt::LeftButton);
        QVERIFY(d->confirmRemoveButton()->isVisible());
        QVERIFY(!d->confirmRemoveButton()->hasFocus()); // Enter does not remove by accident
        QTest::mouseClick(d->confirmRemoveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->rowCount(), 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracks->rowCount(), 0, kWaitMs);
        QTRY_VERIFY(d->selectedOutcomeLabel()->text().contains(QStringLiteral("Removed “Home”")));
        QVERIFY(d->detailsLabel()->text().startsWith(QStringLiteral("No servers yet")));
    }

    void anUnreachableServerIsAddedAndSaysSo() {
        ServersDialog *d = dialog();
        m_server->setMode(FaultMode::refused());
        fillForm(QStringLiteral("Away"), address(), kUser, kPassword);
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->rowCount(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), kWaitMs);
        QVERIFY2(d->outcomeLabel()->text().contains(QStringLiteral("cannot be reached now")),
                 qPrintable(d->outcomeLabel()->text()));
        // Its first sync fails too; the list says why, and when it comes back Sync Now works.
        QTRY_VERIFY_WITH_TIMEOUT(d->detailsLabel()->text().contains(QStringLiteral("Problem:")),
                                 kWaitMs);
        waitSyncDone();
        m_server->setMode(FaultMode::normal());
        QTest::mouseClick(d->syncButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracks->rowCount(), 3, kWaitMs);
        waitSyncDone();
        QVERIFY2(!d->detailsLabel()->text().contains(QStringLiteral("Problem:")),
                 qPrintable(d->detailsLabel()->text()));
    }

    void statusPageIsGivenWhenAddingAndChangedLater() {
        ServersDialog *d = dialog();
        fillForm(QStringLiteral("Home"), address(), kUser, kPassword);
        QTest::keyClicks(d->statusUrlEdit(), QStringLiteral("ftp://status.example.com"));
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        // Said under the field, and nothing is added.
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("statusUrlError"))->isVisibleTo(d));
        QCOMPARE(m_servers->rowCount(), 0);
        d->statusUrlEdit()->clear();
        QTest::keyClicks(d->statusUrlEdit(), QStringLiteral("status.example.com"));
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->rowCount(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), kWaitMs);
        const QModelIndex row = m_servers->index(0);
        // A bare public host gets the encrypted scheme.
        QCOMPARE(row.data(ServerListModel::StatusUrlRole).toString(),
                 QStringLiteral("https://status.example.com"));
        QTRY_COMPARE(d->selectedStatusUrlEdit()->text(),
                     QStringLiteral("https://status.example.com"));

        // Changed for the selected server: a bad address is refused, a good one saved.
        d->selectedStatusUrlEdit()->clear();
        QTest::keyClicks(d->selectedStatusUrlEdit(), QStringLiteral("mailto:x"));
        QTest::mouseClick(d->saveStatusUrlButton(), Qt::LeftButton);
        QVERIFY(d->selectedOutcomeLabel()->text().contains(QStringLiteral("status page")));
        d->selectedStatusUrlEdit()->clear();
        QTest::keyClicks(d->selectedStatusUrlEdit(),
                         QStringLiteral("https://www.githubstatus.com"));
        QTest::keyClick(d->selectedStatusUrlEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_servers->index(0).data(ServerListModel::StatusUrlRole).toString(),
            QStringLiteral("https://www.githubstatus.com"), kWaitMs);
        QTRY_VERIFY(
            d->selectedOutcomeLabel()->text().startsWith(QStringLiteral("Status page saved")));
        // Kept in the database, so the next start watches it too.
        QCOMPARE(m_hub->servers().first().statusUrl,
                 QUrl(QStringLiteral("https://www.githubstatus.com")));
        waitSyncDone();
    }

    // Plain HTTP outside the home network is said under the field while it is typed, and in
    // the server's details once added; https://, home addresses and bare public hosts (which
    // become https://) are not marked.
    void plainHttpOutsideTheHomeIsMarked() {
        ServersDialog *d = dialog();
        auto *warning = d->findChild<QLabel *>(QStringLiteral("addressesPlainWarning"));
        QVERIFY(warning);
        const auto typed = [&](const QString &text) {
            d->addressesEdit()->clear();
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    QTest::keyClick(d->addressesEdit(), Qt::Key_Return);
                QTest::keyClicks(d->addressesEdit(), lines.at(i));
            }
            return warning->isVisibleTo(d) ? warning->text() : QString();
        };
        QCOMPARE(typed(QStringLiteral("192.168.1.20:4533\nnas:4533\nhttp://music.local")),
                 QString());
        QCOMPARE(typed(QStringLiteral("music.example.org\nhttps://music.example.org")), QString());
        const QString said = typed(QStringLiteral("https://a.example.org\nhttp://b.example.org"));
        QVERIFY2(said.startsWith(QStringLiteral("Not encrypted")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("http://b.example.org")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("a.example.org")), qPrintable(said));
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        // Mending the address takes the warning away at once.
        QCOMPARE(typed(QStringLiteral("https://b.example.org")), QString());

        // Added with a public plain-HTTP second address (TEST-NET-3: public, never reached, as
        // the loopback one answers first): the details say which one is not encrypted.
        const QString publicPlain = QStringLiteral("http://203.0.113.7:4533");
        fillForm(QStringLiteral("Home"), address(), kUser, kPassword);
        QTest::keyClick(d->addressesEdit(), Qt::Key_Return);
        QTest::keyClicks(d->addressesEdit(), publicPlain);
        QVERIFY(warning->isVisibleTo(d));
        QTest::mouseClick(d->addButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_servers->rowCount(), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy(), kWaitMs);
        QCOMPARE(m_servers->index(0).data(ServerListModel::UnencryptedRole).toStringList(),
                 QStringList{publicPlain});
        QTRY_VERIFY2(d->detailsLabel()->text().contains(QStringLiteral("Not encrypted")),
                     qPrintable(d->detailsLabel()->text()));
        QVERIFY2(d->detailsLabel()->text().contains(publicPlain),
                 qPrintable(d->detailsLabel()->text()));
        QVERIFY(!warning->isVisibleTo(d)); // the form was cleared for the next one
        waitSyncDone();
    }

    void showsWhatServersSendAsPlainText() {
        ServersDialog *d = dialog();
        const QString markup = QStringLiteral("<b>Down</b> for <a href=\"http://x\">upgrade</a>");
        m_content->failEndpoint(QStringLiteral("ping"), 0, markup);
        fillForm(QString(), address(), kUser, kPassword);
        const QString outcome = clickTest();
        QVERIFY2(outcome.contains(markup), qPrintable(outcome));
        QCOMPARE(d->outcomeLabel()->textFormat(), Qt::PlainText);
        m_content->clearScripts();

        m_content->options().serverType = QStringLiteral("<i>Evil</i>");
        QVERIFY(addServer(QStringLiteral("<u>Home</u>"), 3));
        waitSyncDone();
        QVERIFY2(d->detailsLabel()->text().contains(QStringLiteral("<i>Evil</i>")),
                 qPrintable(d->detailsLabel()->text()));
        QCOMPARE(m_tracks->index(0, TrackTableModel::SourceColumn).data().toString(),
                 QStringLiteral("<u>Home</u>"));
        // Whatever label holds a '<' shows it as typed, never as markup.
        const auto labels = d->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->text().contains(QLatin1Char('<')))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
        }
    }
};

QTEST_MAIN(TestServersDialog)
#include "tst_serversdialog.moc"
