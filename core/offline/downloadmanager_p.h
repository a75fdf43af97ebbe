// What the parts of DownloadManager share (downloadmanager.cpp: the queue and its schedule;
// downloadtransfer.cpp: one file's request, resume and check; downloadindex.cpp: the availability
// index, the M3U8s and the scrub) — its Job, the thread hops and the limits. Private to them.
#pragma once

#include "core/offline/downloadmanager.h"

#include "core/offline/offlineio.h"
#include "core/offline/offlinepath.h"
#include "core/offline/offlinequeue.h"
#include "core/offline/offlinestore.h"
#include "core/service/request/requestlayer.h"
#include "core/service/subsonic/subsonicreply.h"

#include <QDir>
#include <QTimer>

namespace refrain {

namespace downloads {
// Bodies of error documents kept to read the server's reason.
constexpr qsizetype kMaxDocument = 64 * 1024;
// A server that could not be reached this many times in a row counts as away: the queue
// settles (refrainctl finishes) while the app keeps trying on a slower schedule.
constexpr int kAwayAfter = 3;
constexpr qint64 kHoldBaseMs = 1'000;
constexpr qint64 kHoldCapMs = 60'000;
constexpr int kIndexIntervalMs = 250; // the availability index and readiness, while busy
constexpr qint64 kProgressEveryMs = 250;

// "sha-256=:<base64>:" (Repr-Digest, RFC 9530) or "SHA-256=<base64>" (Digest, RFC 3230).
inline QByteArray sha256FromDigest(const QByteArray &header) {
    for (QByteArray part : header.split(',')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0 || part.left(eq).trimmed().toLower() != "sha-256")
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.startsWith(':') && value.endsWith(':') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        const QByteArray raw = QByteArray::fromBase64(value);
        if (raw.size() == 32)
            return raw.toHex();
    }
    return {};
}

// "bytes 1000-4999/5000" → 1000; -1 when unreadable.
inline qint64 rangeStart(const QByteArray &contentRange) {
    const QByteArray v = contentRange.trimmed();
    if (!v.startsWith("bytes "))
        return -1;
    const qsizetype dash = v.indexOf('-');
    bool ok = false;
    const qint64 start = v.mid(6, dash - 6).trimmed().toLongLong(&ok);
    return ok ? start : -1;
}

} // namespace downloads

struct DownloadManager::Job {
    DownloadJob job;
    QPointer<RequestReply> reply;
    qint64 partBytes = 0; // on disk when the request went out: the Range asked from here
    qint64 written = 0;   // appended since
    bool cancelled = false;
    bool writeFailed = false;
    bool document = false;
    QByteArray documentBody;
    QByteArray contentType;
    qint64 contentLength = -1; // of this answer's body; -1 unknown
};

template<typename Fn, typename Done>
void DownloadManager::onIo(Fn fn, Done done) {
    QMetaObject::invokeMethod(m_io, [io = m_io, self = QPointer<DownloadManager>(this),
                                     fn = std::move(fn), done = std::move(done)]() mutable {
        auto result = fn(*io);
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = std::move(done), result = std::move(result)]() mutable {
                if (self)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

template<typename Fn>
void DownloadManager::onIo(Fn fn) {
    QMetaObject::invokeMethod(m_io, [io = m_io, fn = std::move(fn)]() mutable { fn(*io); });
}

template<typename Fn, typename Done>
void DownloadManager::onDb(Fn fn, Done done) {
    m_runner([self = QPointer<DownloadManager>(this), fn = std::move(fn),
              done = std::move(done)](Database &db) mutable {
        auto result = fn(db);
        QMetaObject::invokeMethod(
            self.data(),
            [self, done = std::move(done), result = std::move(result)]() mutable {
                if (self)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace refrain
