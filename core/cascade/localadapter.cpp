#include "localadapter.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

namespace tenant {

LocalAdapter::LocalAdapter(Database &db, const QString &system)
    : m_db(db)
    , m_system(system)
{}

QString LocalAdapter::system() const
{
    return m_system + QStringLiteral(" (demo)");
}

Status LocalAdapter::setSuspended(const QString &tenantId, bool suspended)
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO demo_downstream (system, tenant_id, suspended, updated_at) VALUES (?, ?, ?, "
        "?) "
        "ON CONFLICT (system, tenant_id) DO UPDATE SET suspended = excluded.suspended, "
        "updated_at = excluded.updated_at"));
    if (!q)
        return q.error();
    q.value().addBindValue(m_system);
    q.value().addBindValue(tenantId);
    q.value().addBindValue(suspended);
    q.value().addBindValue(isoTimestamp(QDateTime::currentDateTimeUtc()));
    return Database::exec(q.value(), m_system + QStringLiteral(" (demo)"));
}

Result<bool> LocalAdapter::isSuspended(const QString &tenantId) const
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT suspended FROM demo_downstream WHERE system = ? AND tenant_id = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(m_system);
    q.value().addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), m_system + QStringLiteral(" (demo)")); !s)
        return s.error();
    return q.value().next() && q.value().value(0).toBool(); // no row: never suspended
}

Status LocalAdapter::apply(const CascadeContext &context)
{
    return setSuspended(context.tenantId, context.action == CascadeAction::Suspend);
}

Status LocalAdapter::compensate(const CascadeContext &context)
{
    return setSuspended(context.tenantId, context.action != CascadeAction::Suspend);
}

Result<bool> LocalAdapter::isApplied(const CascadeContext &context)
{
    const Result<bool> suspended = isSuspended(context.tenantId);
    if (!suspended)
        return suspended;
    return suspended.value() == (context.action == CascadeAction::Suspend);
}

} // namespace tenant
