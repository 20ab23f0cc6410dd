#pragma once

#include "error.h"

#include <QJsonObject>
#include <QStringList>

class QSqlQuery;

namespace tenant {

class Database;

/// The lifecycle event types a subscriber hears of (the database's CHECK
/// holds the same list).
namespace EventTypes {
const QStringList &all();
/// A known type, or "*" for every type.
bool isSubscribable(const QString &type);
} // namespace EventTypes

/// One outbox event as the database wrote it, from an audit entry in the
/// same transaction as the change.
struct LifecycleEvent
{
    qint64 sequence = 0; ///< per registry, in commit order
    QString eventId;     ///< "evt_" + 32 hex: the webhook-id, the same for retries and replays
    QString type;
    QString tenantId; ///< empty for a change of no tenant (a global flag)
    QString correlationId;
    QString actor;
    QString occurredAt; ///< the audit entry's time, ISO-8601 UTC
    qint64 auditSeq = 0;
    QJsonObject data; ///< tenant_id, action, reason, before, after

    /// The webhook body, payload version 1:
    /// {"type", "version", "sequence", "timestamp", "correlation_id", "actor", "data"}.
    QJsonObject payload() const;
    /// payload() with the event id and audit sequence, for listings.
    QJsonObject toJson() const;
};

struct EventFilter
{
    QString tenantId;
    QString type;
    qint64 afterSequence = 0;
    int limit = 1000;
};

/// Reads the outbox. Nothing here writes it: the database does, so no
/// client can send an event that is not on the audit record.
class EventLog final
{
public:
    explicit EventLog(Database &db)
        : m_db(db)
    {}

    /// Events in sequence order, the newest `limit` after `afterSequence`.
    Result<QList<LifecycleEvent>> list(const EventFilter &filter = {}) const;
    /// An event by its sequence number or its "evt_…" id.
    Result<LifecycleEvent> find(const QString &sequenceOrId) const;
    Result<LifecycleEvent> get(qint64 sequence) const;
    /// The newest sequence, 0 for none.
    Result<qint64> lastSequence() const;

    /// The event columns for a SELECT, of the table aliased `alias`, in the
    /// order fromQuery() reads them.
    static QString columns(const QString &alias);
    /// The event whose columns() start at column `first` of `query`'s row.
    static LifecycleEvent fromQuery(const QSqlQuery &query, int first);

private:
    Database &m_db;
};

} // namespace tenant
