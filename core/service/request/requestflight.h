// RequestFlight: one logical request on the wire, shared by every coalesced caller — runs one
// attempt at a time on the shared QNetworkAccessManager, with its deadlines, body cap and
// same-origin redirects, and turns what happened into a RequestResult. Retrying, queueing and
// circuit breaking are the RequestLayer's; this class only does attempts. Internal to the layer.
#pragma once

#include "core/service/request/clock.h"
#include "core/service/request/requestreply.h"
#include "core/service/request/requestspec.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

namespace refrain {

class RequestFlight : public QObject {
    Q_OBJECT
public:
    RequestFlight(RequestSpec spec, QString coalescingKey, Clock *clock,
                  QNetworkAccessManager *network, QObject *parent);
    ~RequestFlight() override;

    const RequestSpec &spec() const { return m_spec; }
    Component component() const { return m_spec.options.component; }
    const QString &coalescingKey() const { return m_key; }

    // Sends the next attempt; attemptFinished() follows (never from inside this call).
    void startAttempt();
    bool isRunning() const { return m_reply != nullptr; }
    // Stops the running attempt, which then finishes as `kind` with `text`.
    void abortAttempt(FailureKind kind, const QString &text);

    int attempts() const { return m_attempts; }
    // The last attempt's result (attempts and latency are the layer's to fill in).
    const RequestResult &lastResult() const { return m_result; }
    // A Retry-After that came with the last attempt, in ms; -1 when none.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    // Streamed body bytes already handed to the caller (a retry would repeat them).
    qint64 bytesDelivered() const { return m_delivered; }

    // The layer's bookkeeping for this flight.
    struct Book {
        QList<QPointer<RequestReply>> replies;
        qint64 submittedMs = 0;
        bool probe = false;            // admitted as its breaker's single probe
        Clock::TimerId retryTimer = 0; // waiting to be queued again
        bool queued = false;
    };
    Book book;

Q_SIGNALS:
    void attemptFinished();
    void bodyReceived(const QByteArray &bytes);
    // streamBody: a 2xx status line and headers arrived; the body follows.
    void streamStarted(int status, const QList<QPair<QByteArray, QByteArray>> &headers);

private:
    void startExchange(const QUrl &url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void finishAttempt(FailureKind kind, const QString &text);
    bool followRedirect(int status);
    bool truncated() const;
    void clearTimers();
    void releaseReply();

    RequestSpec m_spec;
    QString m_key;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QUrl m_url; // of the exchange in progress
    int m_attempts = 0;
    int m_redirects = 0;
    bool m_streaming = false; // this attempt's body goes to the caller as it comes
    qint64 m_received = 0;
    qint64 m_delivered = 0;
    qint64 m_retryAfterMs = -1;
    Clock::TimerId m_firstByteTimer = 0;
    Clock::TimerId m_deadlineTimer = 0;
    FailureKind m_abortKind = FailureKind::None;
    QString m_abortText;
    QString m_tlsSubject;
    QString m_tlsReason;
    RequestResult m_result;
};

} // namespace refrain
