#include "localadapter.h"

#include "database.h"
#include "sqlvalues.h"

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

QStringList LocalAdapter::resourceNames(const ProvisionContext &context) const
{
    const QString id = context.tenantId;
    if (m_system == QLatin1String("postgresql-rls"))
        return {QStringLiteral("role tenant_") + id, QStringLiteral("schema tenant_") + id,
                QStringLiteral("row-level security mapping")};
    if (m_system == QLatin1String("vector"))
        return {QStringLiteral("collection tenant_") + id, QStringLiteral("alias ") + id};
    if (m_system == QLatin1String("s3"))
        return {QStringLiteral("bucket tenant-") + id};
    if (m_system == QLatin1String("redis"))
        return {QStringLiteral("namespace tenant:") + id + QLatin1Char(':')};
    if (m_system == QLatin1String("monitoring"))
        return {QStringLiteral("onboarding silence tenant_id=") + id};
    return {m_system + QLatin1Char(' ') + id};
}

Result<QString> LocalAdapter::create(const ProvisionContext &context)
{
    const QStringList names = resourceNames(context);
    for (const QString &name : names) {
        Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
            "INSERT INTO demo_resources (system, tenant_id, resource, created_at) VALUES (?, ?, ?, "
            "?) ON CONFLICT (system, tenant_id, resource) DO NOTHING"));
        if (!q)
            return q.error();
        q->addBindValue(m_system);
        q->addBindValue(context.tenantId);
        q->addBindValue(name);
        q->addBindValue(isoTimestamp(QDateTime::currentDateTimeUtc()));
        if (Status s = Database::exec(q.value(), system()); !s)
            return s.error();
    }
    return QString(QStringLiteral("demo records: ") + names.join(QStringLiteral(", ")));
}

Status LocalAdapter::remove(const ProvisionContext &context)
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("DELETE FROM demo_resources WHERE system = ? AND tenant_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(m_system);
    q->addBindValue(context.tenantId);
    if (Status s = Database::exec(q.value(), system()); !s)
        return s;
    q = m_db.prepare(
        QStringLiteral("DELETE FROM demo_downstream WHERE system = ? AND tenant_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(m_system);
    q->addBindValue(context.tenantId);
    return Database::exec(q.value(), system());
}

Result<QStringList> LocalAdapter::remaining(const ProvisionContext &context)
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT resource FROM demo_resources WHERE system = ? AND "
                                    "tenant_id = ? ORDER BY resource"));
    if (!q)
        return q.error();
    q->addBindValue(m_system);
    q->addBindValue(context.tenantId);
    if (Status s = Database::exec(q.value(), system()); !s)
        return s.error();
    QStringList left;
    while (q->next())
        left << q->value(0).toString();
    return left;
}

Result<QString> LocalAdapter::demoCheck(CheckKind kind, const ProvisionContext &context)
{
    const Result<QStringList> records = remaining(context);
    if (!records)
        return records.error();
    const QStringList expected = resourceNames(context);
    for (const QString &name : expected)
        if (!records->contains(name))
            return Error::storage(QStringLiteral("demo record %1 is missing").arg(quoted(name)));
    if (kind != CheckKind::QueryLatency)
        return QStringLiteral("demo: %1 recorded; no real system checked")
            .arg(expected.join(QStringLiteral(", ")));

    // The registry itself stands in for the tenant database: time real queries.
    const Result<QString> latency = checkQueryLatency(
        context.latencySlaMs, QStringLiteral("registry queries"), [&]() -> Status {
            if (const Result<QStringList> again = remaining(context); !again)
                return again.error();
            return success();
        });
    if (!latency)
        return latency;
    return QString(QStringLiteral("demo: ") + latency.value());
}

QList<ValidationCheck> LocalAdapter::checks()
{
    QList<CheckKind> kinds;
    if (m_system == QLatin1String("postgresql-rls"))
        kinds = {CheckKind::DatabaseConnectivity, CheckKind::CrossTenantIsolation,
                 CheckKind::QueryLatency};
    else if (m_system == QLatin1String("vector"))
        kinds = {CheckKind::VectorSearch};
    else if (m_system == QLatin1String("s3"))
        kinds = {CheckKind::ObjectStore, CheckKind::CostTags};
    else if (m_system == QLatin1String("monitoring"))
        kinds = {CheckKind::MetricsCollection};
    QList<ValidationCheck> checks;
    for (CheckKind kind : kinds)
        checks << ValidationCheck{
            kind, system(), std::chrono::seconds(5),
            [this, kind](const ProvisionContext &c) { return demoCheck(kind, c); }};
    return checks;
}

} // namespace tenant
