#include "lifecycle.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "tenantrepository.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QUuid>

namespace {
// This file's messages, translated in the context tenant::Lifecycle.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Lifecycle)
};
} // namespace

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

bool LifecycleRules::reachesDownstream(TenantStatus target)
{
    return target == TenantStatus::Suspended || target == TenantStatus::Active;
}

bool LifecycleRules::needsConfirmation(TenantStatus from, TenantStatus to)
{
    return from == TenantStatus::Archived && to == TenantStatus::Deleted;
}

QDateTime LifecycleRules::retentionEnds(const Tenant &tenant)
{
    return tenant.archivedAt.addDays(tenant.retentionDays);
}

LifecycleService::LifecycleService(Database &db, TenantRepository &tenants, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tenants(tenants)
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
                                            bool confirmed, const QString &correlationIdIn)
{
    // Every lifecycle change says why, in the audit entry it writes.
    if (Status s = checkReason(QStringLiteral("reason"), reason, true); !s)
        return s.error();
    const QString correlationId = correlationIdIn.isEmpty()
                                      ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                      : correlationIdIn;
    const bool cascades = m_cascade && LifecycleRules::reachesDownstream(target);
    const Result<Tenant> current = m_tenants.get(tenantId);
    if (!current)
        return current.error();

    if (cascades) {
        if (Status allowed = checkTransition(current.value(), target, confirmed); !allowed)
            return allowed.error();
        if (Status brought = m_cascade->bring(tenantId, target, correlationId, actor, reason);
            !brought)
            return brought.error();
        const Result<Tenant> written =
            writeTransition(tenantId, target, reason, actor, confirmed, correlationId);
        if (!written) // the registry refused: put the downstream systems back
            (void)m_cascade->bring(
                tenantId,
                target == TenantStatus::Suspended ? TenantStatus::Active : TenantStatus::Suspended,
                correlationId, actor, QStringLiteral("undo: the registry refused the transition"));
        return written;
    }
    return writeTransition(tenantId, target, reason, actor, confirmed, correlationId);
}

Result<Tenant> LifecycleService::suspend(const QString &tenantId, const QString &reason,
                                         const QString &actor)
{
    return ensure(tenantId, TenantStatus::Suspended, reason, actor);
}

Result<Tenant> LifecycleService::activate(const QString &tenantId, const QString &reason,
                                          const QString &actor)
{
    return ensure(tenantId, TenantStatus::Active, reason, actor);
}

Result<Tenant> LifecycleService::ensure(const QString &tenantId, TenantStatus target,
                                        const QString &reason, const QString &actor)
{
    if (Status s = checkReason(QStringLiteral("reason"), reason, true); !s)
        return s.error();
    const Result<Tenant> current = m_tenants.get(tenantId);
    if (!current)
        return current.error();
    if (current->status != target || !m_cascade)
        return transition(tenantId, target, reason, actor);
    // Already there: make sure every system agrees, which changes nothing
    // when they do. No transition is recorded.
    if (Status brought = m_cascade->bring(
            tenantId, target, QUuid::createUuid().toString(QUuid::WithoutBraces), actor, reason);
        !brought)
        return brought.error();
    return current;
}

Status LifecycleService::checkTransition(const Tenant &tenant, TenantStatus target,
                                         bool confirmed) const
{
    const TenantStatus from = tenant.status;
    if (!LifecycleRules::isValid(from, target))
        return Error::rule(Messages::tr("cannot move %1 from %2 to %3; valid targets: %4")
                               .arg(quoted(tenant.tenantId), nameOf(from), nameOf(target),
                                    names(LifecycleRules::validTargets(from))));
    if (from == TenantStatus::Archived && target == TenantStatus::Deleted) {
        const QDateTime ends = LifecycleRules::retentionEnds(tenant);
        if (m_clock() < ends)
            return Error::rule(
                Messages::tr("cannot delete %1: its retention period of %2 days runs until %3")
                    .arg(quoted(tenant.tenantId))
                    .arg(tenant.retentionDays)
                    .arg(ends.toString(Qt::ISODate)));
    }
    if (LifecycleRules::needsConfirmation(from, target) && !confirmed)
        return Error::rule(
            Messages::tr("deleting %1 is permanent; confirm it explicitly (--confirm)")
                .arg(quoted(tenant.tenantId)));
    return success();
}

Result<Tenant> LifecycleService::writeTransition(const QString &tenantId, TenantStatus target,
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
    if (Status allowed = checkTransition(before.value(), target, confirmed); !allowed)
        return allowed.error();

    Tenant changed = before.value();
    changed.status = target;
    if (target == TenantStatus::Archived)
        changed.archivedAt = m_clock();
    const Result<Tenant> after =
        m_tenants.store(tx, before.value(), changed, actor,
                        {AuditAction::lifecyclePrefix + nameOf(target), reason, correlationId});
    if (!after)
        return after;
    if (Status s = tx.commit(); !s)
        return s.error();
    m_tenants.notifier().announceStatusChanged(tenantId, from, target);
    m_tenants.notifier().announceTenantChanged(tenantId);
    return after;
}

} // namespace tenant
