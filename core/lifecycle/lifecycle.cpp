#include "lifecycle.h"

#include "audit/auditlog.h"
#include "registry/tenantrepository.h"
#include "storage/database.h"

namespace tenant {

namespace {

QString names(const QList<TenantStatus> &states)
{
    QStringList list;
    for (TenantStatus s : states)
        list << nameOf(s);
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

} // namespace

QList<TenantStatus> LifecycleRules::validTargets(TenantStatus from)
{
    using S = TenantStatus;
    switch (from) {
    case S::Draft:
        return {S::Active, S::Deleted};
    case S::Active:
        return {S::Suspended, S::Migrating};
    case S::Suspended:
        return {S::Active, S::Archived};
    case S::Migrating:
        return {S::Active, S::Suspended};
    case S::Archived:
        return {S::Deleted};
    case S::Deleted:
        return {};
    }
    return {};
}

bool LifecycleRules::isValid(TenantStatus from, TenantStatus to)
{
    return validTargets(from).contains(to);
}

bool LifecycleRules::needsConfirmation(TenantStatus from, TenantStatus to)
{
    return from == TenantStatus::Archived && to == TenantStatus::Deleted;
}

QDateTime LifecycleRules::retentionEnds(const Tenant &tenant)
{
    return tenant.archivedAt.addDays(tenant.retentionDays);
}

LifecycleService::LifecycleService(Database &db, TenantRepository &tenants, AuditLog &audit,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tenants(tenants)
    , m_audit(audit)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

Result<QList<TenantStatus>> LifecycleService::nextStates(const QString &tenantId) const
{
    const Result<Tenant> tenant = m_tenants.get(tenantId);
    if (!tenant)
        return tenant.error();
    return LifecycleRules::validTargets(tenant->status);
}

Result<Tenant> LifecycleService::transition(const QString &tenantId, TenantStatus target,
                                            const QString &reason, const QString &actor,
                                            bool confirmed, const QString &correlationId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<Tenant> before = m_tenants.get(tenantId);
    if (!before)
        return before.error();
    const TenantStatus from = before->status;

    if (!LifecycleRules::isValid(from, target))
        return Error::rule(QStringLiteral("cannot move '%1' from %2 to %3; valid targets: %4")
                               .arg(tenantId, nameOf(from), nameOf(target),
                                    names(LifecycleRules::validTargets(from))));
    const QDateTime now = m_clock();
    if (from == TenantStatus::Archived && target == TenantStatus::Deleted) {
        const QDateTime ends = LifecycleRules::retentionEnds(before.value());
        if (now < ends)
            return Error::rule(
                QStringLiteral("cannot delete '%1': its retention period of %2 days runs until %3")
                    .arg(tenantId)
                    .arg(before->retentionDays)
                    .arg(ends.toString(Qt::ISODate)));
    }
    if (LifecycleRules::needsConfirmation(from, target) && !confirmed)
        return Error::rule(
            QStringLiteral("deleting '%1' is permanent; confirm it explicitly (--confirm)")
                .arg(tenantId));

    Tenant changed = before.value();
    changed.status = target;
    if (target == TenantStatus::Archived)
        changed.archivedAt = now;
    const Result<Tenant> after = m_tenants.store(changed);
    if (!after)
        return after;
    const Result<AuditEntry> logged =
        m_audit.append(actor, {QStringLiteral("lifecycle.") + nameOf(target), tenantId,
                               TenantCodec::toJson(before.value()),
                               TenantCodec::toJson(after.value()), reason, correlationId});
    if (!logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    emit statusChanged(tenantId, from, target);
    emit m_tenants.tenantChanged(tenantId);
    return after;
}

} // namespace tenant
