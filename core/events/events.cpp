#include "events.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tenant {

namespace EventTypes {
const QStringList &all()
{
    static const QStringList types = {
        QStringLiteral("tenant.created"),           QStringLiteral("tenant.updated"),
        QStringLiteral("tenant.activated"),         QStringLiteral("tenant.suspended"),
        QStringLiteral("tenant.resumed"),           QStringLiteral("tenant.archived"),
        QStringLiteral("tenant.deleted"),           QStringLiteral("flag.changed"),
        QStringLiteral("provisioning.requested"),   QStringLiteral("provisioning.approved"),
        QStringLiteral("provisioning.rejected"),    QStringLiteral("provisioning.completed"),
        QStringLiteral("provisioning.rolled_back"),
    };
    return types;
}

bool isSubscribable(const QString &type)
{
    return type == QLatin1String("*") || all().contains(type);
}
} // namespace EventTypes

QJsonObject LifecycleEvent::payload() const
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("version"), 1},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("timestamp"), occurredAt},
            {QStringLiteral("correlation_id"), correlationId},
            {QStringLiteral("actor"), actor},
            {QStringLiteral("data"), data}};
}

QJsonObject LifecycleEvent::toJson() const
{
    QJsonObject json = payload();
    json.insert(QStringLiteral("event_id"), eventId);
    json.insert(QStringLiteral("tenant_id"), tenantId);
    json.insert(QStringLiteral("audit_seq"), auditSeq);
    return json;
}

QString EventLog::columns(const QString &alias)
{
    QStringList names{
        QStringLiteral("sequence"),    QStringLiteral("event_id"),       QStringLiteral("type"),
        QStringLiteral("tenant_id"),   QStringLiteral("correlation_id"), QStringLiteral("actor"),
        QStringLiteral("occurred_at"), QStringLiteral("audit_seq"),      QStringLiteral("data")};
    for (QString &name : names)
        name.prepend(alias + QLatin1Char('.'));
    return names.join(u", ");
}

LifecycleEvent EventLog::fromQuery(const QSqlQuery &q, int first)
{
    LifecycleEvent e;
    e.sequence = q.value(first).toLongLong();
    e.eventId = q.value(first + 1).toString();
    e.type = q.value(first + 2).toString();
    e.tenantId = q.value(first + 3).toString();
    e.correlationId = q.value(first + 4).toString();
    e.actor = q.value(first + 5).toString();
    e.occurredAt = q.value(first + 6).toString();
    e.auditSeq = q.value(first + 7).toLongLong();
    e.data = QJsonDocument::fromJson(q.value(first + 8).toString().toUtf8()).object();
    return e;
}

namespace {
const QString selectColumns = QStringLiteral("SELECT ") + EventLog::columns(QStringLiteral("e")) +
                              QStringLiteral(" FROM events e");
} // namespace

Result<QList<LifecycleEvent>> EventLog::list(const EventFilter &filter) const
{
    QString where = QStringLiteral(" WHERE e.sequence > ?");
    if (!filter.tenantId.isEmpty())
        where += QStringLiteral(" AND e.tenant_id = ?");
    if (!filter.type.isEmpty())
        where += QStringLiteral(" AND e.type = ?");
    // The newest `limit`, returned oldest first.
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral("SELECT * FROM (") + selectColumns + where +
                                       QStringLiteral(" ORDER BY e.sequence DESC LIMIT ?) newest "
                                                      "ORDER BY sequence"));
    if (!q)
        return q.error();
    q->addBindValue(filter.afterSequence);
    if (!filter.tenantId.isEmpty())
        q->addBindValue(filter.tenantId);
    if (!filter.type.isEmpty())
        q->addBindValue(filter.type);
    q->addBindValue(qMax(1, filter.limit));
    if (Status s = Database::exec(q.value(), QStringLiteral("list events")); !s)
        return s.error();
    QList<LifecycleEvent> events;
    while (q->next())
        events << fromQuery(q.value(), 0);
    return events;
}

Result<LifecycleEvent> EventLog::get(qint64 sequence) const
{
    return find(QString::number(sequence));
}

Result<LifecycleEvent> EventLog::find(const QString &sequenceOrId) const
{
    bool isNumber = false;
    const qint64 sequence = sequenceOrId.toLongLong(&isNumber);
    Result<QSqlQuery> q =
        m_db.prepare(selectColumns + (isNumber ? QStringLiteral(" WHERE e.sequence = ?")
                                               : QStringLiteral(" WHERE e.event_id = ?")));
    if (!q)
        return q.error();
    q->addBindValue(isNumber ? QVariant(sequence) : QVariant(sequenceOrId));
    if (Status s = Database::exec(q.value(), QStringLiteral("read event")); !s)
        return s.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("no event %1").arg(quoted(sequenceOrId)));
    return fromQuery(q.value(), 0);
}

Result<qint64> EventLog::lastSequence() const
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0) FROM events"));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("read newest event")); !s)
        return s.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace tenant
