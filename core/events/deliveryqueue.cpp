#include "deliveryqueue.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace tenant {

namespace {
/// Attempts one delivery may ever make (the column's CHECK allows 1,000):
/// requeues stop short of it, and a claim never takes a delivery there.
constexpr int maxAttemptsEver = 990;
} // namespace

qint64 DeliveryPolicy::waitAfterMs(int attemptsDone) const
{
    if (attemptsDone < 0 || attemptsDone >= scheduleSeconds.size())
        return 0;
    return qint64(std::llround(scheduleSeconds.at(attemptsDone) * retryScale * 1000.0));
}

Result<DeliveryPolicy> DeliveryPolicy::fromJson(const QJsonObject &document)
{
    const QString field = QStringLiteral("webhook_delivery");
    DeliveryPolicy policy;
    const QJsonValue schedule = document.value(QStringLiteral("retry_schedule_seconds"));
    if (!schedule.isUndefined()) {
        if (!schedule.isArray() || schedule.toArray().isEmpty() || schedule.toArray().size() > 20)
            return Error::validation(field, QStringLiteral("retry_schedule_seconds is a list of "
                                                           "1 to 20 waits"));
        policy.scheduleSeconds.clear();
        for (const QJsonValue &wait : schedule.toArray()) {
            if (!wait.isDouble() || wait.toDouble() < 0 || wait.toDouble() > 7 * 86400)
                return Error::validation(field, QStringLiteral("each retry wait is 0 to 604800 "
                                                               "seconds"));
            policy.scheduleSeconds << wait.toDouble();
        }
    }
    auto number = [&](const char *key, double min, double max, double fallback) -> Result<double> {
        const QJsonValue v = document.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || !(v.toDouble() >= min && v.toDouble() <= max))
            return Error::validation(field, QStringLiteral("%1 is a number from %2 to %3")
                                                .arg(QLatin1String(key))
                                                .arg(min)
                                                .arg(max));
        return v.toDouble();
    };
    const Result<double> scale = number("retry_scale", 1e-6, 100, policy.retryScale);
    const Result<double> lease = number("lease_seconds", 1, 3600, policy.leaseSeconds);
    const Result<double> timeout = number("timeout_seconds", 1, 300, policy.timeoutSeconds);
    for (const Result<double> *r : {&scale, &lease, &timeout})
        if (!*r)
            return r->error();
    policy.retryScale = scale.value();
    policy.leaseSeconds = int(lease.value());
    policy.timeoutSeconds = int(timeout.value());
    return policy;
}

Result<DeliveryPolicy> DeliveryPolicy::read(Database &db)
{
    const Result<QJsonObject> document = readPolicy(db, QStringLiteral("webhook_delivery"));
    if (!document)
        return document.error();
    return fromJson(document.value());
}

QString nameOf(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Pending:
        return QStringLiteral("pending");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

namespace {
DeliveryState stateFrom(const QString &text)
{
    if (text == QLatin1String("delivered"))
        return DeliveryState::Delivered;
    if (text == QLatin1String("dead"))
        return DeliveryState::Dead;
    return DeliveryState::Pending;
}

QString isoFromMs(qint64 ms)
{
    return ms > 0 ? isoTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QString();
}
} // namespace

QJsonObject DeliveryAttempt::toJson() const
{
    return {
        {QStringLiteral("attempt"), attempt},       {QStringLiteral("at"), isoFromMs(atMs)},
        {QStringLiteral("controller"), controller}, {QStringLiteral("status_code"), statusCode},
        {QStringLiteral("error"), error},           {QStringLiteral("duration_ms"), durationMs}};
}

QJsonObject Delivery::toJson() const
{
    QJsonArray attemptsJson;
    for (const DeliveryAttempt &a : history)
        attemptsJson << a.toJson();
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("subscription_id"), subscriptionId},
                     {QStringLiteral("status"), nameOf(state)},
                     {QStringLiteral("attempts"), attempts},
                     {QStringLiteral("last_status"), lastStatus},
                     {QStringLiteral("last_error"), lastError},
                     {QStringLiteral("created_at"), isoFromMs(createdMs)},
                     {QStringLiteral("history"), attemptsJson}};
    if (state == DeliveryState::Pending)
        json.insert(QStringLiteral("next_attempt_at"), isoFromMs(nextAttemptMs));
    if (state == DeliveryState::Delivered)
        json.insert(QStringLiteral("delivered_at"), isoFromMs(deliveredMs));
    return json;
}

Result<qint64> DeliveryQueue::databaseNowMs() const
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral("SELECT ") + nowMillisSql(m_db));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("read the database clock")); !s)
        return s.error();
    if (!q->next())
        return Error::storage(QStringLiteral("read the database clock: no answer"));
    return q->value(0).toLongLong();
}

Result<QList<ClaimedDelivery>> DeliveryQueue::claim(const QString &owner, int max,
                                                    const DeliveryPolicy &policy)
{
    const Result<qint64> now = databaseNowMs();
    if (!now)
        return now.error();
    // Due, not leased by anyone (or the lease ran out: its holder stopped),
    // its subscription still wanted, and nothing earlier of the same tenant
    // for the same subscription still pending.
    const QString due = QStringLiteral(
        "SELECT c.id FROM event_deliveries c "
        "JOIN webhook_subscriptions s ON s.id = c.subscription_id AND s.removed_at IS NULL "
        "WHERE c.status = 'pending' AND c.next_attempt_ms <= :now AND c.lease_until_ms < :now "
        "AND c.attempts < :attemptsCap "
        "AND NOT EXISTS (SELECT 1 FROM event_deliveries p WHERE p.status = 'pending' "
        "AND p.subscription_id = c.subscription_id AND p.tenant_id = c.tenant_id "
        "AND p.event_sequence < c.event_sequence) "
        "ORDER BY c.event_sequence LIMIT :max");
    const QString lease = QStringLiteral(
        "SET lease_owner = :owner, lease_until_ms = :until, attempts = attempts + 1");
    Result<QSqlQuery> take = m_db.prepare(
        m_db.isPostgres()
            ? QStringLiteral("UPDATE event_deliveries d ") + lease + QStringLiteral(" FROM (") +
                  due +
                  QStringLiteral(" FOR UPDATE OF c SKIP LOCKED) picked WHERE d.id = picked.id")
            : QStringLiteral("UPDATE event_deliveries ") + lease +
                  QStringLiteral(" WHERE id IN (") + due + QStringLiteral(")"));
    if (!take)
        return take.error();
    take->bindValue(QStringLiteral(":owner"), owner);
    take->bindValue(QStringLiteral(":until"), now.value() + qint64(policy.leaseSeconds) * 1000);
    take->bindValue(QStringLiteral(":now"), now.value());
    take->bindValue(QStringLiteral(":max"), qMax(1, max));
    take->bindValue(QStringLiteral(":attemptsCap"), maxAttemptsEver);
    if (Status s = Database::exec(take.value(), QStringLiteral("claim webhook deliveries")); !s)
        return s.error();

    Result<QSqlQuery> held = m_db.prepare(
        QStringLiteral("SELECT d.id, d.attempts, d.retry_base, d.created_ms, s.id, s.url, "
                       "s.secret_hint, ") +
        EventLog::columns(QStringLiteral("e")) +
        QStringLiteral(" FROM event_deliveries d "
                       "JOIN events e ON e.sequence = d.event_sequence "
                       "JOIN webhook_subscriptions s ON s.id = d.subscription_id "
                       "WHERE d.lease_owner = ? AND d.status = 'pending' AND d.lease_until_ms > ? "
                       "ORDER BY e.sequence, d.id"));
    if (!held)
        return held.error();
    held->addBindValue(owner);
    held->addBindValue(now.value());
    if (Status s = Database::exec(held.value(), QStringLiteral("read claimed deliveries")); !s)
        return s.error();
    QList<ClaimedDelivery> claimed;
    while (held->next()) {
        ClaimedDelivery c;
        c.deliveryId = held->value(0).toLongLong();
        c.attempt = held->value(1).toInt();
        c.retryBase = held->value(2).toInt();
        c.createdMs = held->value(3).toLongLong();
        c.subscription.id = held->value(4).toLongLong();
        c.subscription.url = QUrl(held->value(5).toString(), QUrl::StrictMode);
        c.subscription.secretHint = held->value(6).toString();
        c.event = EventLog::fromQuery(held.value(), 7);
        claimed << c;
    }
    return claimed;
}

Result<FinishedDelivery> DeliveryQueue::finish(const ClaimedDelivery &claimed, const QString &owner,
                                               const AttemptOutcome &outcome,
                                               const DeliveryPolicy &policy)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<qint64> now = databaseNowMs();
    if (!now)
        return now.error();
    FinishedDelivery finished;
    const int roundAttempts = claimed.attempt - claimed.retryBase;
    if (outcome.delivered())
        finished.state = DeliveryState::Delivered;
    else if (!outcome.retryable() || roundAttempts >= policy.maxAttempts() ||
             claimed.attempt >= maxAttemptsEver)
        finished.state = DeliveryState::Dead;
    const qint64 next = now.value() + policy.waitAfterMs(roundAttempts);

    Result<QSqlQuery> update = m_db.prepare(QStringLiteral(
        "UPDATE event_deliveries SET status = ?, next_attempt_ms = ?, lease_owner = '', "
        "lease_until_ms = 0, last_status = ?, last_error = ?, delivered_ms = ? "
        "WHERE id = ? AND lease_owner = ? AND attempts = ? AND status = 'pending'"));
    if (!update)
        return update.error();
    update->addBindValue(nameOf(finished.state));
    update->addBindValue(next);
    update->addBindValue(outcome.statusCode);
    update->addBindValue(outcome.error.left(500));
    update->addBindValue(finished.state == DeliveryState::Delivered ? QVariant(now.value())
                                                                    : QVariant());
    update->addBindValue(claimed.deliveryId);
    update->addBindValue(owner);
    update->addBindValue(claimed.attempt);
    if (Status s = Database::exec(update.value(), QStringLiteral("record webhook delivery")); !s)
        return s.error();
    finished.leaseLost = update->numRowsAffected() != 1;

    Result<QSqlQuery> attempt = m_db.prepare(QStringLiteral(
        "INSERT INTO delivery_attempts (delivery_id, attempt, at_ms, controller, status_code, "
        "error, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!attempt)
        return attempt.error();
    attempt->addBindValue(claimed.deliveryId);
    attempt->addBindValue(claimed.attempt);
    attempt->addBindValue(now.value() - outcome.durationMs);
    attempt->addBindValue(owner.left(200));
    attempt->addBindValue(outcome.statusCode);
    attempt->addBindValue(outcome.error.left(500));
    attempt->addBindValue(outcome.durationMs);
    if (Status s = Database::exec(attempt.value(), QStringLiteral("record webhook attempt")); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    finished.latencyMs = now.value() - claimed.createdMs;
    return finished;
}

Status DeliveryQueue::release(const ClaimedDelivery &claimed, const QString &owner)
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "UPDATE event_deliveries SET lease_owner = '', lease_until_ms = 0, attempts = attempts - 1 "
        "WHERE id = ? AND lease_owner = ? AND attempts = ? AND status = 'pending'"));
    if (!q)
        return q.error();
    q->addBindValue(claimed.deliveryId);
    q->addBindValue(owner);
    q->addBindValue(claimed.attempt);
    return Database::exec(q.value(), QStringLiteral("release webhook delivery"));
}

Status DeliveryQueue::auditQueueChange(Transaction &tx, const QString &action,
                                       const LifecycleEvent &event, int deliveries,
                                       const QString &actor)
{
    const Result<AuditEntry> logged =
        m_audit.append(tx, actor,
                       {action,
                        event.tenantId,
                        {},
                        QJsonObject{{QStringLiteral("sequence"), event.sequence},
                                    {QStringLiteral("event_id"), event.eventId},
                                    {QStringLiteral("type"), event.type},
                                    {QStringLiteral("deliveries"), deliveries}},
                        {},
                        {}});
    if (!logged)
        return logged.error();
    return tx.commit();
}

Result<int> DeliveryQueue::replay(qint64 sequence, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<LifecycleEvent> event = EventLog(m_db).get(sequence);
    if (!event)
        return event.error();
    const QString now = nowMillisSql(m_db);
    Result<QSqlQuery> insert = m_db.prepare(
        QStringLiteral("INSERT INTO event_deliveries (event_sequence, subscription_id, tenant_id, "
                       "next_attempt_ms, created_ms) "
                       "SELECT DISTINCT e.sequence, s.id, e.tenant_id, %1, %1 FROM events e "
                       "JOIN webhook_subscription_events t ON t.event_type IN (e.type, '*') "
                       "JOIN webhook_subscriptions s ON s.id = t.subscription_id "
                       "AND s.removed_at IS NULL WHERE e.sequence = ?")
            .arg(now));
    if (!insert)
        return insert.error();
    insert->addBindValue(sequence);
    if (Status s = Database::exec(insert.value(), QStringLiteral("replay event")); !s)
        return s.error();
    const int queued = insert->numRowsAffected();
    if (queued == 0)
        return Error::rule(
            QStringLiteral("no webhook subscription wants %1 events; nothing to replay")
                .arg(event->type));
    if (Status s = auditQueueChange(tx, AuditAction::eventReplay, event.value(), queued, actor); !s)
        return s.error();
    return queued;
}

Result<int> DeliveryQueue::requeue(qint64 sequence, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<LifecycleEvent> event = EventLog(m_db).get(sequence);
    if (!event)
        return event.error();
    Result<QSqlQuery> revive = m_db.prepare(
        QStringLiteral("UPDATE event_deliveries SET status = 'pending', retry_base = attempts, "
                       "next_attempt_ms = %1, lease_owner = '', lease_until_ms = 0, "
                       "last_error = '' WHERE event_sequence = ? AND status = 'dead' "
                       "AND attempts + 20 <= %2 "
                       "AND subscription_id IN (SELECT id FROM webhook_subscriptions "
                       "WHERE removed_at IS NULL)")
            .arg(nowMillisSql(m_db))
            .arg(maxAttemptsEver));
    if (!revive)
        return revive.error();
    revive->addBindValue(sequence);
    if (Status s = Database::exec(revive.value(), QStringLiteral("requeue dead letters")); !s)
        return s.error();
    const int revived = revive->numRowsAffected();
    if (revived == 0)
        return Error::rule(QStringLiteral("event %1 has no dead letter to requeue, or its "
                                          "deliveries have used their attempts (replay it to "
                                          "send it afresh)")
                               .arg(sequence));
    if (Status s = auditQueueChange(tx, AuditAction::eventRequeue, event.value(), revived, actor);
        !s)
        return s.error();
    return revived;
}

Result<QHash<qint64, QList<Delivery>>>
DeliveryQueue::deliveriesOf(const QList<qint64> &sequences) const
{
    QHash<qint64, QList<Delivery>> bySequence;
    if (sequences.isEmpty())
        return bySequence;
    const auto [low, high] = std::minmax_element(sequences.begin(), sequences.end());
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "SELECT d.id, d.event_sequence, d.subscription_id, d.tenant_id, d.status, d.attempts, "
        "d.next_attempt_ms, d.last_status, d.last_error, d.created_ms, d.delivered_ms, "
        "a.attempt, a.at_ms, a.controller, a.status_code, a.error, a.duration_ms "
        "FROM event_deliveries d LEFT JOIN delivery_attempts a ON a.delivery_id = d.id "
        "WHERE d.event_sequence BETWEEN ? AND ? ORDER BY d.event_sequence, d.id, a.attempt"));
    if (!q)
        return q.error();
    q->addBindValue(*low);
    q->addBindValue(*high);
    if (Status s = Database::exec(q.value(), QStringLiteral("read webhook deliveries")); !s)
        return s.error();
    while (q->next()) {
        const qint64 sequence = q->value(1).toLongLong();
        if (!sequences.contains(sequence))
            continue;
        QList<Delivery> &list = bySequence[sequence];
        const qint64 id = q->value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id) {
            Delivery d;
            d.id = id;
            d.eventSequence = sequence;
            d.subscriptionId = q->value(2).toLongLong();
            d.tenantId = q->value(3).toString();
            d.state = stateFrom(q->value(4).toString());
            d.attempts = q->value(5).toInt();
            d.nextAttemptMs = q->value(6).toLongLong();
            d.lastStatus = q->value(7).toInt();
            d.lastError = q->value(8).toString();
            d.createdMs = q->value(9).toLongLong();
            d.deliveredMs = q->value(10).toLongLong();
            list << d;
        }
        if (!q->value(11).isNull())
            list.last().history << DeliveryAttempt{
                q->value(11).toInt(), q->value(12).toLongLong(), q->value(13).toString(),
                q->value(14).toInt(), q->value(15).toString(),   q->value(16).toInt()};
    }
    return bySequence;
}

Result<QueueDepth> DeliveryQueue::depth() const
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT coalesce(sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END), 0), "
                       "coalesce(sum(CASE WHEN status = 'pending' AND next_attempt_ms <= %1 "
                       "THEN 1 ELSE 0 END), 0), "
                       "coalesce(sum(CASE WHEN status = 'dead' THEN 1 ELSE 0 END), 0) "
                       "FROM event_deliveries WHERE status <> 'delivered'")
            .arg(nowMillisSql(m_db)));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("read the delivery queue")); !s)
        return s.error();
    QueueDepth depth;
    if (q->next()) {
        depth.pending = q->value(0).toLongLong();
        depth.due = q->value(1).toLongLong();
        depth.dead = q->value(2).toLongLong();
    }
    return depth;
}

} // namespace tenant
