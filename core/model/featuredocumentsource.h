// FeatureDocumentSource: keeps the remote feature document (see featuredocument.h) current — read
// at start(), every interval() after that and on refresh() — and remembers the last good one in
// a file, so a switch-off holds across restarts while its host is down. An answer that is
// missing, an error or not a valid document changes nothing; problem() says why in plain text.
//
// Requests go through the request layer as component Status (the operator's own documents,
// which the health monitor does not count as the music service failing), at low priority, with
// short deadlines and a 64 KiB cap. The saved file is tied to the document's URL by a hash (the
// URL itself may carry a key and is never written), so a changed URL starts from nothing.
// Lives on the request layer's thread.
#pragma once

#include "core/model/featuredocument.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

namespace refrain {

class RequestLayer;
class RequestReply;

class FeatureDocumentSource : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultInterval = std::chrono::hours(4);

    // cacheFilePath: where the last good document is kept, e.g. <app data>/featuredocument.json
    // beside the crash guard's state. bucket: this install's (FeatureDocument::bucketFor).
    FeatureDocumentSource(RequestLayer *layer, QString cacheFilePath, int bucket,
                          QObject *parent = nullptr);
    ~FeatureDocumentSource() override;

    // Empty: no remote document (nothing is switched off, nothing is fetched). A different URL
    // drops the document in use; after start() the one saved for the new URL (if any) is taken
    // up and the new URL is read at once.
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }
    int bucket() const { return m_bucket; }

    // Takes up the saved document for url(), then reads the URL now and every interval().
    void start();
    // Reads the URL now (the user asked, or the network came back); ignored while a read runs.
    void refresh();
    bool busy() const { return m_reply != nullptr; }

    // The document in use: the last good one read or saved; nullopt before any.
    const std::optional<FeatureDocument> &document() const { return m_document; }
    // When the document in use was read (UTC); invalid when there is none.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    // Why the last read did not change anything, for a person; empty after a good read.
    QString problem() const { return m_problem; }

    // key → "Switched off by <host>'s feature document", for the extras an install in `bucket`
    // keeps off (only keys the document names; other keys are for other gates to decide).
    QHash<QString, QString> switchedOff(int bucket) const;
    QHash<QString, QString> switchedOff() const { return switchedOff(m_bucket); }

Q_SIGNALS:
    // The set of extras switched off for bucket() changed.
    void changed();
    // A read ended, good or not (problem() tells), whether or not anything changed.
    void readFinished();

private:
    void finish();
    void abandon();
    void endRead(const QString &problem);
    void scheduleNext();
    void cancelSchedule();
    void adopt(std::optional<FeatureDocument> document, QDateTime fetchedAt);
    void adoptSaved();
    QString save(const QByteArray &body) const;
    QStringList offKeys() const;
    QDateTime now() const;

    QPointer<RequestLayer> m_layer;
    QString m_cachePath;
    int m_bucket;
    QUrl m_url;
    std::chrono::milliseconds m_interval = kDefaultInterval;
    bool m_started = false;
    RequestReply *m_reply = nullptr;
    quint64 m_timer = 0; // Clock::TimerId of the next scheduled read; 0: none
    std::optional<FeatureDocument> m_document;
    QDateTime m_fetchedAt;
    QString m_problem;
};

} // namespace refrain
