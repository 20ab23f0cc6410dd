#pragma once

#include "events.h"
#include "webhooksubscriptions.h"

#include <QHash>

namespace tenant {

class AuditLog;
class Database;
class Transaction;

/// How deliveries are retried (policy "webhook_delivery"): the Standard
/// Webhooks schedule, each wait before the next attempt, scaled by
/// `retryScale`; how long a claimed delivery stays its controller's; the
/// HTTP timeout.
struct DeliveryPolicy
{
    QList<double> scheduleSeconds{0, 5, 300, 1800, 7200, 18000, 36000, 36000};
    double retryScale = 1;
    int leaseSeconds = 60;
    int timeoutSeconds = 10;

    /// Attempts before a delivery becomes a dead letter.
    int maxAttempts() const { return int(scheduleSeconds.size()); }
    /// Milliseconds to wait after the `attemptsDone`-th failed attempt.
    qint64 waitAfterMs(int attemptsDone) const;

    static Result<DeliveryPolicy> fromJson(const QJsonObject &document);
    static Result<DeliveryPolicy> read(Database &db);
};

enum class DeliveryState { Pending, Delivered, Dead };
QString nameOf(DeliveryState state);

struct DeliveryAttempt
{
    int attempt = 0;
    qint64 atMs = 0;
    QString controller;
    int statusCode = 0; ///< 0: no HTTP answer (transport error, timeout)
    QString error;
    int durationMs = 0;
    QJsonObject toJson() const;
};

/// One event's delivery to one subscription.
struct Delivery
{
    qint64 id = 0;
    qint64 eventSequence = 0;
    qint64 subscriptionId = 0;
    QString tenantId;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    int lastStatus = 0;
    QString lastError;
    qint64 createdMs = 0;
    qint64 deliveredMs = 0;
    QList<DeliveryAttempt> history;
    QJsonObject toJson() const;
};

/// A delivery a controller holds the lease on, with what it needs to send.
struct ClaimedDelivery
{
    qint64 deliveryId = 0;
    int attempt = 0; ///< this attempt's number (1 for the first)
    int retryBase = 0;
    qint64 createdMs = 0;
    LifecycleEvent event;
    WebhookSubscription subscription;
};

/// What one attempt got back.
struct AttemptOutcome
{
    int statusCode = 0;
    QString error; ///< empty on a 2xx
    int durationMs = 0;
    bool delivered() const { return statusCode >= 200 && statusCode < 300; }
    /// Transport errors, 429 and 5xx are retried; any other answer (a
    /// redirect included) is final.
    bool retryable() const { return statusCode == 0 || statusCode == 429 || statusCode >= 500; }
};

/// What finishing an attempt did.
struct FinishedDelivery
{
    DeliveryState state = DeliveryState::Pending;
    bool leaseLost = false; ///< another controller took it over; nothing was changed
    qint64 latencyMs = 0;   ///< from the event's commit to its delivery
};

struct QueueDepth
{
    qint64 pending = 0;
    qint64 due = 0;
    qint64 dead = 0;
};

/// The delivery work queue in the registry. Controllers on any number of
/// machines claim due deliveries under a lease (on PostgreSQL with
/// `FOR UPDATE SKIP LOCKED`), so each delivery has one holder at a time;
/// a delivery is only claimable once every earlier event of its tenant for
/// the same subscription is delivered or dead, so a subscriber sees a
/// tenant's events in sequence order.
class DeliveryQueue final
{
public:
    DeliveryQueue(Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    /// Leases up to `max` due deliveries to `owner` and returns them in
    /// sequence order, together with those `owner` already holds.
    Result<QList<ClaimedDelivery>> claim(const QString &owner, int max,
                                         const DeliveryPolicy &policy);
    /// Records the attempt and moves the delivery on: delivered, due again
    /// after the schedule's wait, or a dead letter once the schedule is
    /// spent or the receiver refused it for good.
    Result<FinishedDelivery> finish(const ClaimedDelivery &claimed, const QString &owner,
                                    const AttemptOutcome &outcome, const DeliveryPolicy &policy);

    /// Gives a claimed delivery back unsent (a controller stopping): due at
    /// once for the next holder, its attempt not counted.
    Status release(const ClaimedDelivery &claimed, const QString &owner);

    /// Sends event `sequence` again to every subscription that wants it now
    /// (same webhook-id, so receivers recognise it). Audited. Returns the
    /// number of deliveries queued.
    Result<int> replay(qint64 sequence, const QString &actor);
    /// Puts the event's dead letters back in the queue, due now, with the
    /// retry schedule started afresh. Audited. Returns how many.
    Result<int> requeue(qint64 sequence, const QString &actor);

    /// Every delivery of these events with its attempts, by event sequence.
    Result<QHash<qint64, QList<Delivery>>> deliveriesOf(const QList<qint64> &sequences) const;
    Result<QueueDepth> depth() const;

private:
    Result<qint64> databaseNowMs() const;
    /// Audits a replay or requeue of `event` and commits `tx`.
    Status auditQueueChange(Transaction &tx, const QString &action, const LifecycleEvent &event,
                            int deliveries, const QString &actor);

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace tenant
