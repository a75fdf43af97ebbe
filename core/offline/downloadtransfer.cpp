#include "core/offline/downloadmanager_p.h"

namespace refrain {

using namespace downloads;

void DownloadManager::startJob(const DownloadJob &dj) {
    auto job = std::make_shared<Job>();
    job->job = dj;
    m_jobs.insert(dj.fileId, job);
    onIo([id = dj.fileId, path = dj.path](OfflineIo &io) { return io.open(id, path); },
         [this, job](Result<OfflineIo::Opened> opened) {
             if (job->cancelled) {
                 onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
                 endJob(job);
                 return;
             }
             if (!opened) {
                 // A name that would leave the folder can never be written: give up on it.
                 failJob(job, opened.error().message, opened.error().kind == Error::Kind::Invalid);
                 return;
             }
             job->partBytes = opened.value().partBytes;
             const qint64 expected = job->job.expectedSize;
             if ((opened.value().finalPresent && job->partBytes == 0)
                 || (expected > 0 && job->partBytes >= expected)) {
                 verify(job); // complete already (a crash before the database heard of it)
                 return;
             }
             sendRequest(job);
         });
}

void DownloadManager::sendRequest(const std::shared_ptr<Job> &job) {
    const auto url = m_signer(job->job.serverId, job->job.songId);
    if (!url) {
        holdServer(job, -1, url.error().message);
        return;
    }
    RequestSpec spec;
    spec.url = url.value();
    if (job->partBytes > 0)
        spec.headers.append({"Range", "bytes=" + QByteArray::number(job->partBytes) + '-'});
    RequestOptions &o = spec.options;
    o.component = Component::Stream;
    o.streamBody = true;
    o.firstByteTimeoutMs = 15'000;
    o.deadlineMs = 0; // a long file on a slow line is not a failure; silence is (first byte)
    o.maxBodyBytes = job->job.expectedSize > 0 ? job->job.expectedSize + 1024 * 1024
                                               : qint64(4) * 1024 * 1024 * 1024;
    o.priority = -5; // what the user clicks on goes first
    job->written = 0;
    job->contentLength = -1;
    job->document = false;
    job->documentBody.clear();
    RequestReply *reply = m_layer->send(spec);
    job->reply = reply;
    connect(reply, &RequestReply::streamStarted, this, [this, job] { onStreamStarted(job); });
    connect(reply, &RequestReply::readyRead, this, [this, job] { onReadyRead(job); });
    connect(reply, &RequestReply::finished, this, [this, job] { onFinished(job); });
}

void DownloadManager::onStreamStarted(const std::shared_ptr<Job> &job) {
    RequestReply *reply = job->reply;
    if (!reply)
        return;
    job->contentType = reply->streamHeader("Content-Type");
    bool known = false;
    job->contentLength = reply->streamHeader("Content-Length").toLongLong(&known);
    if (!known)
        job->contentLength = -1;
    if (SubsonicReply::isErrorForBinary(job->contentType, {})) {
        job->document = true; // the server's reason comes as a document: read it, save nothing
        return;
    }
    const QByteArray digest = sha256FromDigest(reply->streamHeader("Repr-Digest"));
    const QByteArray checksum =
        digest.isEmpty() ? sha256FromDigest(reply->streamHeader("Digest")) : digest;
    if (!checksum.isEmpty() && checksum != job->job.checksum) {
        job->job.checksum = checksum;
        onDb([id = job->job.fileId,
              checksum](Database &db) { return OfflineQueue(db).rememberChecksum(id, checksum); },
             [](Result<void>) {});
    }
    const int status = reply->streamStatus();
    const bool resumed =
        status == 206 && rangeStart(reply->streamHeader("Content-Range")) == job->partBytes;
    if (job->partBytes > 0 && !resumed) {
        // The server ignored the Range (or answered another one): start clean from its bytes.
        job->partBytes = 0;
        if (status == 206) {
            job->cancelled = true; // an unexpected slice: ask again for the whole file
            reply->cancel();
        }
        onIo([id = job->job.fileId](OfflineIo &io) { return io.restart(id); }, [](Result<void>) {});
    }
}

void DownloadManager::onReadyRead(const std::shared_ptr<Job> &job) {
    RequestReply *reply = job->reply;
    if (!reply || job->cancelled || job->writeFailed)
        return;
    const QByteArray bytes = reply->readAvailable();
    if (bytes.isEmpty())
        return;
    if (job->document) {
        if (job->documentBody.size() < kMaxDocument)
            job->documentBody += bytes.left(kMaxDocument - job->documentBody.size());
        return;
    }
    job->written += bytes.size();
    m_sessionBytes += bytes.size();
    // Only a failed write comes back: a download is many small writes.
    onIo([id = job->job.fileId, bytes, self = QPointer<DownloadManager>(this), job](OfflineIo &io) {
        const auto error = io.append(id, bytes);
        if (!error)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, job, error = *error] {
                if (!self || job->writeFailed)
                    return;
                job->writeFailed = true;
                if (job->reply)
                    job->reply->cancel();
                if (error.diskFull)
                    self->haltForDiskFull(error.message);
                else
                    self->failJob(job, error.message, false);
            },
            Qt::QueuedConnection);
    });
    const qint64 now = m_clock->nowMs();
    if (m_rateAtMs < 0) {
        m_rateAtMs = now;
        m_rateBytes = m_sessionBytes;
    } else if (now - m_rateAtMs >= 500) {
        const double sample =
            double(m_sessionBytes - m_rateBytes) * 1000.0 / double(now - m_rateAtMs);
        m_rate = m_rate <= 0 ? sample : 0.7 * m_rate + 0.3 * sample;
        m_rateAtMs = now;
        m_rateBytes = m_sessionBytes;
    }
    if (m_lastProgressMs < 0 || now - m_lastProgressMs >= kProgressEveryMs) {
        m_lastProgressMs = now;
        Q_EMIT progress();
    }
}

void DownloadManager::onFinished(const std::shared_ptr<Job> &job) {
    RequestReply *reply = job->reply;
    if (!reply)
        return;
    onReadyRead(job); // anything still buffered
    const RequestResult result = reply->result();
    job->reply = nullptr;
    reply->deleteLater();
    if (job->writeFailed) {
        endJob(job); // the write's own handler said why; when paused, this may settle
        return;
    }
    if (job->cancelled) {
        // Paused, cancelled, released, or an unexpected slice to ask for again (pump restarts
        // it from the emptied .part).
        onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
        endJob(job);
        return;
    }
    if (job->document) {
        onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
        const SubsonicReply parsed = SubsonicReply::parse(
            result.httpStatus ? result.httpStatus : 200, job->contentType, job->documentBody);
        const bool gone = parsed.error().kind == Error::Kind::NotFound;
        const QString why =
            parsed.ok() ? tr("The server sent a document instead of the song.") : parsed.message();
        if (gone || parsed.error().kind == Error::Kind::Invalid)
            failJob(job, why, gone);
        else
            holdServer(job, -1, why);
        return;
    }
    // A connection closed early can look like a complete answer (Qt reports some cut 206s as
    // success): the bytes are counted against what the server announced.
    const bool cut = result.ok() && job->contentLength >= 0 && job->written < job->contentLength;
    if ((result.ok() && !cut) || result.httpStatus == 416) {
        verify(job); // 416: nothing after what is on disk; the .part may be the whole file
        return;
    }
    onIo([id = job->job.fileId](OfflineIo &io) { io.close(id); });
    if (result.failure == FailureKind::HttpStatus && result.httpStatus >= 400
        && result.httpStatus < 500 && result.httpStatus != 408 && result.httpStatus != 429) {
        failJob(job, result.errorText, result.httpStatus == 404 || result.httpStatus == 410);
        return;
    }
    if (result.failure == FailureKind::TooLarge) {
        failJob(job, result.errorText, false);
        return;
    }
    if (job->written > 0 || cut) {
        // Cut off after some progress: the next request resumes from there, straight away.
        m_serverFailures.remove(job->job.serverId);
        endJob(job);
        return;
    }
    holdServer(job, result.retryAtMs, result.errorText);
}

void DownloadManager::verify(const std::shared_ptr<Job> &job) {
    VerifyExpectation expected;
    expected.sizeBytes = job->job.expectedSize;
    expected.durationMs = job->job.expectedMs;
    expected.sha256Hex = job->job.checksum;
    expected.suffix = job->job.suffix;
    // The body is in: its slot goes to the next download while this one is checked.
    if (m_jobs.value(job->job.fileId) == job) {
        m_jobs.remove(job->job.fileId);
        m_verifying.insert(job->job.fileId, job);
        pumpNext();
    }
    onIo([id = job->job.fileId](OfflineIo &io) { return io.seal(id); },
         [this, job, expected](QByteArray hash) mutable {
             if (hash.isEmpty() && job->written > 0) {
                 // A write failed (the disk is full): its handler pauses and says so. The
                 // bytes on disk stay for a resume; none of it counts as a failed try.
                 endJob(job);
                 return;
             }
             expected.knownSha256Hex = hash;
             m_toFinalize.append({job, expected});
             finalizeWaiting();
         });
}

void DownloadManager::finalizeWaiting() {
    if (m_finalizing || m_toFinalize.isEmpty())
        return;
    m_finalizing = true;
    const auto batch = std::exchange(m_toFinalize, {});
    QList<OfflineIo::Finish> files;
    for (const auto &[job, expected] : batch)
        files.append({job->job.path, expected});
    QPointer<DownloadManager> self(this);
    m_verifyPool.start([self, batch, files, root = m_root] {
        const QList<VerifyReport> reports = OfflineIo::finalize(root, files);
        QMetaObject::invokeMethod(
            self.data(),
            [self, batch, reports] {
                if (!self)
                    return;
                self->m_finalizing = false;
                QList<std::pair<std::shared_ptr<Job>, VerifyReport>> checked;
                for (int i = 0; i < batch.size(); ++i)
                    checked.append({batch.at(i).first, reports.at(i)});
                self->verified(checked);
                // What finished meanwhile is the next batch.
                self->finalizeWaiting();
            },
            Qt::QueuedConnection);
    });
}

void DownloadManager::verified(
    const QList<std::pair<std::shared_ptr<Job>, VerifyReport>> &checked) {
    QList<std::shared_ptr<Job>> good;
    QList<VerifyReport> reports;
    for (const auto &[job, report] : checked) {
        if (!report.ok) {
            failJob(job, report.problem, false);
            continue;
        }
        good.append(job);
        reports.append(report);
    }
    if (good.isEmpty())
        return;
    QList<qint64> ids;
    for (const auto &job : std::as_const(good))
        ids.append(job->job.fileId);
    onDb(
        [ids, reports, now = m_clock->wallNow().toMSecsSinceEpoch()](Database &db) {
            return db.transaction([&]() -> Result<void> {
                OfflineQueue queue(db);
                for (int i = 0; i < ids.size(); ++i) {
                    const VerifyReport &r = reports.at(i);
                    if (auto marked = queue.markVerified(ids.at(i), r.sizeBytes, r.sha256Hex, now);
                        !marked)
                        return marked;
                }
                return {};
            });
        },
        [this, good, reports](Result<void> stored) {
            if (!stored) {
                for (const auto &job : good)
                    failJob(job, stored.error().message, false);
                return;
            }
            TrackIds tracks;
            for (const VerifyReport &report : reports)
                m_verifiedBytes += report.sizeBytes;
            for (const auto &job : good) {
                m_queuedCount = qMax(0, m_queuedCount - 1);
                m_queuedBytes = qMax<qint64>(0, m_queuedBytes - job->job.expectedSize);
                m_serverFailures.remove(job->job.serverId);
                m_verified.insert(job->job.trackId, job->job.path);
                m_queuedTracks.remove(job->job.trackId);
                tracks.append(job->job.trackId);
            }
            Q_EMIT availabilityChanged(tracks);
            for (const auto &job : good) {
                Q_EMIT fileFinished(job->job.fileId, job->job.trackId, true,
                                    job->job.artist + QStringLiteral(" – ") + job->job.title);
                endJob(job);
            }
            refreshIndexSoon();
        });
}

} // namespace refrain
