// Edits to a server's playlists and stars: shown in the mirror at once, sent to the server in
// order — right away when it answers, later when it could not be reached — each exactly once;
// refused ones leave the queue with their reason, and the queue outlives the program.
// Real HTTP over 127.0.0.1 to the scriptable Subsonic content.
#include "tests/serveredits/servereditsfixture.h"

#include <atomic>

using namespace refrain;
using namespace refrain::test;

class TestServerEdits : public ServerEditsFixture {
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void appliesEachEditOnTheServer() {
        int pending = -1;
        const auto created = edit(
            [&](auto done) {
                m_edits->createPlaylist(QStringLiteral("Road trip"), {m_songs[3], m_songs[4]},
                                        done);
            },
            &pending);
        QCOMPARE(created.size(), 1);
        QCOMPARE(pending, 0);
        QVERIFY(onServer(QStringLiteral("Road trip")));
        QCOMPARE(onServer(QStringLiteral("Road trip"))->songIds,
                 QStringList({m_songs[3], m_songs[4]}));
        const QString trip = onServer(QStringLiteral("Road trip"))->id;
        // The mirror knows it by the server's id now; the local one is gone everywhere.
        QVERIFY(mirrored(QStringLiteral("Road trip")));
        QCOMPARE(mirrored(QStringLiteral("Road trip"))->id, trip);
        QCOMPARE(mirrored(QStringLiteral("Road trip"))->songCount, 2);
        QCOMPARE(mirrored(QStringLiteral("Road trip"))->durationSeconds, 103 + 104);

        edit([&](auto done) {
            m_edits->renamePlaylist(m_morning, QStringLiteral("Mornings"), done);
        });
        edit([&](auto done) { m_edits->addToPlaylist(m_morning, {m_songs[4]}, done); });
        edit([&](auto done) { m_edits->removeFromPlaylist(m_morning, {0, 2}, done); });
        const auto *morning = m_content->catalog().playlist(m_morning);
        QCOMPARE(morning->name, QStringLiteral("Mornings"));
        QCOMPARE(morning->songIds, QStringList({m_songs[1], m_songs[4]}));
        QCOMPARE(mirrorSongs(m_morning), morning->songIds);

        edit([&](auto done) { m_edits->star(ServerEdit::Target::Song, m_songs[2], done); });
        QVERIFY(m_content->catalog().song(m_songs[2])->starred.isValid());
        const QString album = m_content->catalog().song(m_songs[2])->albumId;
        edit([&](auto done) { m_edits->star(ServerEdit::Target::Album, album, done); });
        QVERIFY(m_content->catalog().album(album)->starred.isValid());
        edit([&](auto done) { m_edits->unstar(ServerEdit::Target::Song, m_songs[2], done); });
        QVERIFY(!m_content->catalog().song(m_songs[2])->starred.isValid());

        edit([&](auto done) { m_edits->deletePlaylist(trip, done); });
        QVERIFY(!onServer(QStringLiteral("Road trip")));
        QVERIFY(!mirrored(QStringLiteral("Road trip")));
        QCOMPARE(store().list().value().size(), 0);
    }

    void anAddWhoseAnswerIsLostIsNotSentAgain() {
        // The connection is cut while the answer comes back: the server may well have added the
        // song. Sending it again would add it twice, so it is sent exactly once.
        m_http->setMode(FaultMode::resetMidBody());
        int pending = -1;
        edit([&](auto done) { m_edits->addToPlaylist(m_morning, {m_songs[4]}, done); }, &pending);
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 1);
        QCOMPARE(m_content->catalog().playlist(m_morning)->songIds.count(m_songs[4]), 1);
    }

    void refusesEditsTheMirrorCannotTake() {
        QSignalSpy idle(m_edits.get(), &ServerEdits::idle);
        std::optional<Result<QList<ServerEdit>>> result;
        m_edits->removeFromPlaylist(m_morning, {3},
                                    [&](Result<QList<ServerEdit>> r) { result.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Invalid);
        result.reset();
        m_edits->renamePlaylist(QStringLiteral("pl-404"), QStringLiteral("x"),
                                [&](Result<QList<ServerEdit>> r) { result.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->error().kind, Error::Kind::NotFound);
        QCOMPARE(store().list().value().size(), 0);
        QCOMPARE(m_http->requestCount(), 0);
    }

    void queuedWhileRefusedThenAppliedOnceInOrder() {
        m_http->setMode(FaultMode::refused());
        int pending = -1;
        QSignalSpy changed(m_edits.get(), &ServerEdits::mirrorChanged);
        const auto created = edit(
            [&](auto done) {
                m_edits->createPlaylist(QStringLiteral("Offline mix"), {m_songs[0]}, done);
            },
            &pending);
        QCOMPARE(created.size(), 1);
        QCOMPARE(pending, 1);
        const QString localId = created.first().playlistId;
        QVERIFY(ServerEditStore::isLocalId(localId));
        // Shown at once, offline.
        QVERIFY(!changed.isEmpty());
        QCOMPARE(mirrored(QStringLiteral("Offline mix"))->id, localId);
        QCOMPARE(mirrorSongs(localId), QStringList({m_songs[0]}));

        edit([&](auto done) { m_edits->addToPlaylist(localId, {m_songs[1]}, done); });
        edit([&](auto done) { m_edits->addToPlaylist(localId, {m_songs[2], m_songs[3]}, done); });
        edit([&](auto done) {
            m_edits->renamePlaylist(m_morning, QStringLiteral("Evening"), done);
        });
        // Positions as the mirror shows them: songs 0, 1, 2 → remove "1" leaves 0, 2.
        edit([&](auto done) { m_edits->removeFromPlaylist(m_morning, {1}, done); });
        edit([&](auto done) { m_edits->star(ServerEdit::Target::Song, m_songs[3], done); });
        QCOMPARE(mirrorSongs(localId),
                 QStringList({m_songs[0], m_songs[1], m_songs[2], m_songs[3]}));
        QCOMPARE(mirrorSongs(m_morning), QStringList({m_songs[0], m_songs[2]}));
        QCOMPARE(mirrored(QStringLiteral("Evening"))->id, m_morning);
        QCOMPARE(store().pendingCount().value(), 6);
        QCOMPARE(m_http->requestCount(), 0); // nothing got through
        QVERIFY(store().playlistsWithPendingEdits().value().contains(localId));

        QCOMPARE(serverBack(), 0);
        QCOMPARE(editEndpoints(*m_http),
                 QStringList({QStringLiteral("createPlaylist"), QStringLiteral("updatePlaylist"),
                              QStringLiteral("updatePlaylist"), QStringLiteral("updatePlaylist"),
                              QStringLiteral("updatePlaylist"), QStringLiteral("star")}));
        const auto *mix = onServer(QStringLiteral("Offline mix"));
        QVERIFY(mix);
        QCOMPARE(mix->songIds, QStringList({m_songs[0], m_songs[1], m_songs[2], m_songs[3]}));
        const auto *morning = m_content->catalog().playlist(m_morning);
        QCOMPARE(morning->name, QStringLiteral("Evening"));
        QCOMPARE(morning->songIds, QStringList({m_songs[0], m_songs[2]}));
        QVERIFY(m_content->catalog().song(m_songs[3])->starred.isValid());
        // The local id was replaced by the server's in the mirror.
        QCOMPARE(mirrored(QStringLiteral("Offline mix"))->id, mix->id);
        QCOMPARE(mirrorSongs(mix->id), mix->songIds);
        QCOMPARE(store().list().value().size(), 0);

        // Draining again sends nothing.
        const int before = m_http->requestCount();
        QCOMPARE(drain(), 0);
        QCOMPARE(m_http->requestCount(), before);
    }

    void createWithoutIdInTheAnswerIsFoundByName() {
        // Supysonic answers createPlaylist with an empty ok; an older playlist of the same name
        // that looks newer (created in the future) must not be taken for the new one.
        const QString older = m_content->catalog().createPlaylist(
            QStringLiteral("Same name"), {m_songs[0]}, QStringLiteral("alice"),
            QDateTime::currentDateTimeUtc().addYears(1));
        QVERIFY(syncMirror());
        m_content->setNow(QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC));
        m_http->setHandler([this](const HttpRequest &request) {
            HttpReply reply = m_content->handle(request);
            if (request.path.endsWith("/createPlaylist.view") && reply.body.contains("\"ok\""))
                reply.body = "{\"subsonic-response\":{\"status\":\"ok\",\"version\":\"1.10.2\"}}";
            return reply;
        });
        m_http->setMode(FaultMode::refused());
        const auto created = edit([&](auto done) {
            m_edits->createPlaylist(QStringLiteral("Same name"), {m_songs[1]}, done);
        });
        QCOMPARE(created.size(), 1);
        edit([&](auto done) {
            m_edits->addToPlaylist(created.first().playlistId, {m_songs[2]}, done);
        });
        QCOMPARE(serverBack(), 0);

        QCOMPARE(m_content->catalog().playlist(older)->songIds, QStringList({m_songs[0]}));
        QString made;
        for (const auto *p : m_content->catalog().playlists()) {
            if (p->name == QStringLiteral("Same name") && p->id != older)
                made = p->id;
        }
        QVERIFY(!made.isEmpty());
        QCOMPARE(m_content->catalog().playlist(made)->songIds,
                 QStringList({m_songs[1], m_songs[2]}));
        QCOMPARE(m_content->requestCount(QStringLiteral("createPlaylist")), 1);
        QCOMPARE(mirrorSongs(made), QStringList({m_songs[1], m_songs[2]}));
        QCOMPARE(mirrorSongs(older), QStringList({m_songs[0]}));
    }

    void refusedEditIsDroppedWithItsReason() {
        m_http->setMode(FaultMode::refused());
        edit([&](auto done) { m_edits->renamePlaylist(m_morning, QStringLiteral("Gone"), done); });
        edit([&](auto done) { m_edits->star(ServerEdit::Target::Song, m_songs[1], done); });
        m_content->failEndpoint(QStringLiteral("updatePlaylist"), 70,
                                QStringLiteral("Playlist not found"));
        QSignalSpy rejected(m_edits.get(), &ServerEdits::rejected);
        QCOMPARE(serverBack(), 0);
        QCOMPARE(rejected.size(), 1);
        const QString message = rejected.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Rename playlist “Morning” to “Gone”")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("could not find")), qPrintable(message));
        QVERIFY(!message.contains(kPassword));
        // The queue went on.
        QVERIFY(m_content->catalog().song(m_songs[1])->starred.isValid());
        // Kept for the user, never sent again.
        const auto all = store().list().value();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().isRejected());
        QCOMPARE(all.first().lastError, message);
        QCOMPARE(drain(), 0);
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 1);
        QCOMPARE(store().forgetRejected().value(), 1);
        QCOMPARE(store().list().value().size(), 0);
    }

    void refusedCreateTakesItsEditsAlong() {
        m_http->setMode(FaultMode::refused());
        const auto created = edit([&](auto done) {
            m_edits->createPlaylist(QStringLiteral("Not allowed"), {m_songs[0]}, done);
        });
        edit([&](auto done) {
            m_edits->addToPlaylist(created.first().playlistId, {m_songs[1]}, done);
        });
        edit([&](auto done) { m_edits->star(ServerEdit::Target::Song, m_songs[4], done); });
        m_content->failEndpoint(QStringLiteral("createPlaylist"), 50);
        QSignalSpy rejected(m_edits.get(), &ServerEdits::rejected);
        QCOMPARE(serverBack(), 0);
        QCOMPARE(rejected.size(), 2);
        QVERIFY(!mirrored(QStringLiteral("Not allowed")));
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 0);
        QVERIFY(m_content->catalog().song(m_songs[4])->starred.isValid());
    }

    void deletingAnUnsentPlaylistCancelsIt() {
        m_http->setMode(FaultMode::refused());
        const auto created = edit([&](auto done) {
            m_edits->createPlaylist(QStringLiteral("Oops"), {m_songs[0]}, done);
        });
        const QString localId = created.first().playlistId;
        edit([&](auto done) { m_edits->addToPlaylist(localId, {m_songs[1]}, done); });
        QCOMPARE(edit([&](auto done) { m_edits->deletePlaylist(localId, done); }).size(), 0);
        QVERIFY(!mirrored(QStringLiteral("Oops")));
        QCOMPARE(store().list().value().size(), 0);
        QCOMPARE(serverBack(), 0);
        QCOMPARE(editEndpoints(*m_http), QStringList());
    }

    void queueSurvivesARestart() {
        m_http->setMode(FaultMode::refused());
        const auto created = edit([&](auto done) {
            m_edits->createPlaylist(QStringLiteral("Kept"), {m_songs[2]}, done);
        });
        edit([&](auto done) {
            m_edits->addToPlaylist(created.first().playlistId, {m_songs[3]}, done);
        });
        edit([&](auto done) { m_edits->unstar(ServerEdit::Target::Song, m_songs[0], done); });

        // Quit: everything goes but the file.
        m_edits.reset();
        m_client.reset();
        m_layer.reset();
        m_db.reset();
        auto db = Database::open(m_dbPath);
        QVERIFY(db);
        m_db.emplace(std::move(db).value());
        m_layer = std::make_unique<RequestLayer>(&m_clock, fastPolicy());
        connectEdits();
        QCOMPARE(store().pendingCount().value(), 3);
        QCOMPARE(mirrorSongs(created.first().playlistId), QStringList({m_songs[2], m_songs[3]}));

        m_content->catalog().setStarred(m_songs[0], QDateTime::currentDateTimeUtc());
        QCOMPARE(serverBack(), 0);
        QCOMPARE(onServer(QStringLiteral("Kept"))->songIds, QStringList({m_songs[2], m_songs[3]}));
        QVERIFY(!m_content->catalog().song(m_songs[0])->starred.isValid());
        QCOMPARE(m_content->requestCount(QStringLiteral("createPlaylist")), 1);
        QCOMPARE(store().list().value().size(), 0);
    }

    void longSongListsGoInSeveralRequests() {
        QStringList many;
        for (int i = 0; i < ServerEditStore::kMaxSongsPerRequest * 2 + 5; ++i)
            many.append(m_songs[i % m_songs.size()]);
        const auto created =
            edit([&](auto done) { m_edits->createPlaylist(QStringLiteral("Long"), many, done); });
        QCOMPARE(created.size(), 3);
        QCOMPARE(onServer(QStringLiteral("Long"))->songIds, many);
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 2);
        QCOMPARE(mirrored(QStringLiteral("Long"))->songCount, int(many.size()));
    }

    void serverChangesBetweenSyncsAreFollowed() {
        // No edits here: what the server says is what the mirror shows, and the base with it.
        QCOMPARE(baseOf(m_morning)->songs, QStringList({m_songs[0], m_songs[1], m_songs[2]}));
        QCOMPARE(baseOf(m_morning)->name, QStringLiteral("Morning"));
        SubsonicCatalog::Playlist *morning = changeOnServer(m_morning);
        morning->songIds = {m_songs[2], m_songs[0], m_songs[1], m_songs[3]};
        QVERIFY(syncMirror());
        QCOMPARE(mirrorSongs(m_morning), morning->songIds);
        QCOMPARE(baseOf(m_morning)->songs, morning->songIds);
        morning = changeOnServer(m_morning);
        morning->name = QStringLiteral("Mornings");
        morning->songIds.removeFirst();
        QVERIFY(syncMirror());
        QCOMPARE(mirrored(QStringLiteral("Mornings"))->id, m_morning);
        QCOMPARE(mirrorSongs(m_morning), morning->songIds);
        QCOMPARE(*baseOf(m_morning), PlaylistMerge::Version({morning->songIds, morning->name}));
    }

    void removalMadeOfflineRemovesTheSameSongAfterTheServerPrepended() {
        m_http->setMode(FaultMode::refused());
        // "Song 1", the second entry, as the mirror shows it.
        edit([&](auto done) { m_edits->removeFromPlaylist(m_morning, {1}, done); });
        QCOMPARE(mirrorSongs(m_morning), QStringList({m_songs[0], m_songs[2]}));
        // Meanwhile another client puts "Song 4" first: index 1 is "Song 0" there now.
        changeOnServer(m_morning)->songIds.prepend(m_songs[4]);

        // The server is back; a sync runs before the queue drains (as the app does it): the
        // mirror keeps the user's edit, the base what the edit was made on.
        QVERIFY(reachable());
        QVERIFY(syncMirror());
        QCOMPARE(mirrorSongs(m_morning), QStringList({m_songs[0], m_songs[2]}));
        QCOMPARE(baseOf(m_morning)->songs, QStringList({m_songs[0], m_songs[1], m_songs[2]}));

        QSignalSpy rejected(m_edits.get(), &ServerEdits::rejected);
        QCOMPARE(drain(), 0);
        const QStringList expected{m_songs[4], m_songs[0], m_songs[2]};
        QCOMPARE(m_content->catalog().playlist(m_morning)->songIds, expected);
        QCOMPARE(mirrorSongs(m_morning), expected);
        QCOMPARE(baseOf(m_morning)->songs, expected);
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(store().list().value().size(), 0);
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 1);
    }

    void additionsOnBothSidesAreKeptOnce() {
        m_http->setMode(FaultMode::refused());
        edit([&](auto done) { m_edits->addToPlaylist(m_morning, {m_songs[3]}, done); });
        edit([&](auto done) { m_edits->removeFromPlaylist(m_morning, {0}, done); });
        QCOMPARE(mirrorSongs(m_morning), QStringList({m_songs[1], m_songs[2], m_songs[3]}));
        changeOnServer(m_morning)->songIds.append(m_songs[4]);

        QCOMPARE(serverBack(), 0);
        const QStringList merged{m_songs[1], m_songs[2], m_songs[4], m_songs[3]};
        QCOMPARE(m_content->catalog().playlist(m_morning)->songIds, merged);
        QCOMPARE(mirrorSongs(m_morning), merged);
        QCOMPARE(baseOf(m_morning)->songs, merged);
        QCOMPARE(store().list().value().size(), 0);
        // Nothing is left to send, and a sync finds the mirror as the server has it.
        const int before = m_content->requestCount(QStringLiteral("updatePlaylist"));
        QCOMPARE(drain(), 0);
        QVERIFY(syncMirror());
        QCOMPARE(mirrorSongs(m_morning), merged);
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), before);
    }

    void renamesOnBothSidesAreAConflictTheUserSettles() {
        m_http->setMode(FaultMode::refused());
        edit([&](auto done) {
            m_edits->renamePlaylist(m_morning, QStringLiteral("Morning run"), done);
        });
        changeOnServer(m_morning)->name = QStringLiteral("Early");
        QSignalSpy rejected(m_edits.get(), &ServerEdits::rejected);
        QCOMPARE(serverBack(), 0);

        // Shown, with what each side did; nothing chosen for the user.
        QCOMPARE(rejected.size(), 1);
        const QString message = rejected.first().at(1).toString();
        for (const char *name : {"“Morning”", "“Morning run”", "“Early”"})
            QVERIFY2(message.contains(QString::fromUtf8(name)), qPrintable(message));
        QCOMPARE(m_content->catalog().playlist(m_morning)->name, QStringLiteral("Early"));
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 0);
        QCOMPARE(mirrored(QStringLiteral("Morning run"))->id, m_morning);
        const auto all = store().list().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().lastError, message);

        // Syncs keep the user's name until they act, while the songs follow the server.
        changeOnServer(m_morning)->songIds.append(m_songs[3]);
        QVERIFY(syncMirror());
        QCOMPARE(mirrored(QStringLiteral("Morning run"))->id, m_morning);
        QCOMPARE(mirrorSongs(m_morning), m_content->catalog().playlist(m_morning)->songIds);

        // Renaming again settles it: that name goes to the server, which then leads again.
        edit([&](auto done) {
            m_edits->renamePlaylist(m_morning, QStringLiteral("Morning run"), done);
        });
        QCOMPARE(m_content->catalog().playlist(m_morning)->name, QStringLiteral("Morning run"));
        QCOMPARE(rejected.size(), 1);
        changeOnServer(m_morning)->name = QStringLiteral("Sunrise");
        QVERIFY(syncMirror());
        QCOMPARE(mirrored(QStringLiteral("Sunrise"))->id, m_morning);
    }

    void playlistDeletedOnTheServerWhileEditedHereIsAConflict() {
        m_http->setMode(FaultMode::refused());
        edit([&](auto done) { m_edits->removeFromPlaylist(m_morning, {0}, done); });
        QVERIFY(m_content->catalog().deletePlaylist(m_morning));
        QSignalSpy rejected(m_edits.get(), &ServerEdits::rejected);
        QCOMPARE(serverBack(), 0);
        QCOMPARE(rejected.size(), 1);
        const QString message = rejected.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("deleted on the server")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("“Morning”")), qPrintable(message));
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 0);
        // The user's version stays until they have seen the conflict.
        QVERIFY(syncMirror());
        QCOMPARE(mirrorSongs(m_morning), QStringList({m_songs[1], m_songs[2]}));
        QCOMPARE(store().forgetRejected().value(), 1);
        QVERIFY(syncMirror());
        QVERIFY(!mirrored(QStringLiteral("Morning")));
    }

    void aMergeWhoseAnswerIsLostIsNotAppliedTwice() {
        m_http->setMode(FaultMode::refused());
        edit([&](auto done) { m_edits->removeFromPlaylist(m_morning, {0}, done); });
        changeOnServer(m_morning)->songIds.prepend(m_songs[4]);
        // The server applies the merge, but its answer never arrives intact.
        auto lost = std::make_shared<std::atomic<bool>>(true);
        m_http->setHandler([this, lost](const HttpRequest &request) {
            HttpReply reply = m_content->handle(request);
            if (request.path.endsWith("/updatePlaylist.view") && lost->exchange(false)) {
                reply.status = 502;
                reply.contentType = "text/html";
                reply.body = "<html>Bad gateway</html>";
            }
            return reply;
        });
        QCOMPARE(serverBack(), 1);
        const QStringList expected{m_songs[4], m_songs[1], m_songs[2]};
        QCOMPARE(m_content->catalog().playlist(m_morning)->songIds, expected);
        // The next drain looks again, finds the merge there and sends nothing more.
        QCOMPARE(drain(), 0);
        QCOMPARE(m_content->catalog().playlist(m_morning)->songIds, expected);
        QCOMPARE(m_content->requestCount(QStringLiteral("updatePlaylist")), 1);
        QCOMPARE(mirrorSongs(m_morning), expected);
    }

    void classifiesAnswers() {
        bool maybeSent = true;
        SubsonicCall refused;
        refused.transport.failure = FailureKind::Refused;
        QCOMPARE(ServerEdits::classify(refused, ServerEdit::Kind::Star, &maybeSent),
                 ServerEdits::Verdict::Unreachable);
        QVERIFY(!maybeSent);
        SubsonicCall lost;
        lost.transport.failure = FailureKind::Timeout;
        QCOMPARE(ServerEdits::classify(lost, ServerEdit::Kind::CreatePlaylist, &maybeSent),
                 ServerEdits::Verdict::Unreachable);
        QVERIFY(maybeSent);
        const auto failed = [](int code) {
            SubsonicCall call;
            call.transport.httpStatus = 200;
            call.reply = SubsonicReply::parse(
                200, "application/json",
                QByteArray("{\"subsonic-response\":{\"status\":\"failed\",\"version\":\"1.16.1\","
                           "\"error\":{\"code\":")
                    + QByteArray::number(code) + "}}}");
            return call;
        };
        QCOMPARE(ServerEdits::classify(failed(70), ServerEdit::Kind::AddToPlaylist, &maybeSent),
                 ServerEdits::Verdict::Rejected);
        QCOMPARE(ServerEdits::classify(failed(70), ServerEdit::Kind::DeletePlaylist, &maybeSent),
                 ServerEdits::Verdict::Applied);
        QCOMPARE(ServerEdits::classify(failed(40), ServerEdit::Kind::Star, &maybeSent),
                 ServerEdits::Verdict::Stopped);
        SubsonicCall tooLong;
        tooLong.reply = SubsonicReply::parse(414, "text/html", "<html>URI Too Long</html>");
        QCOMPARE(ServerEdits::classify(tooLong, ServerEdit::Kind::AddToPlaylist, &maybeSent),
                 ServerEdits::Verdict::Rejected);
        SubsonicCall broken;
        broken.reply = SubsonicReply::parse(502, "text/html", "<html>Bad gateway</html>");
        QCOMPARE(ServerEdits::classify(broken, ServerEdit::Kind::AddToPlaylist, &maybeSent),
                 ServerEdits::Verdict::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestServerEdits)
#include "tst_serveredits.moc"
