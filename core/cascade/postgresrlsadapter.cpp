#include "postgresrlsadapter.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace tenant {

Status PostgresRlsAdapter::setSuspended(const QString &tenantId, bool suspended)
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO tenant_access (tenant_id, suspended, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (tenant_id) DO UPDATE SET suspended = excluded.suspended, updated_at = "
        "excluded.updated_at"));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    q.value().addBindValue(suspended);
    q.value().addBindValue(isoTimestamp(QDateTime::currentDateTimeUtc()));
    return Database::exec(q.value(), QStringLiteral("postgresql-rls"));
}

Status PostgresRlsAdapter::apply(const CascadeContext &context)
{
    return setSuspended(context.tenantId, context.action == CascadeAction::Suspend);
}

Status PostgresRlsAdapter::compensate(const CascadeContext &context)
{
    return setSuspended(context.tenantId, context.action != CascadeAction::Suspend);
}

Result<bool> PostgresRlsAdapter::isApplied(const CascadeContext &context)
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT suspended FROM tenant_access WHERE tenant_id = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(context.tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("postgresql-rls")); !s)
        return s.error();
    const bool suspended = q.value().next() && q.value().value(0).toBool();
    return suspended == (context.action == CascadeAction::Suspend);
}

} // namespace tenant
