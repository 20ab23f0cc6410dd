#pragma once

#include "registry/tenant.h"

#include <QObject>

#include <functional>

namespace tenant {

class AuditLog;
class CascadeCoordinator;
class Database;
class TenantRepository;

/// The tenant state machine of the design:
///   draft -> active | deleted;  active <-> suspended;  active -> migrating;
///   migrating -> active | suspended;  suspended -> archived;
///   archived -> deleted (retention elapsed, explicit confirmation).
class LifecycleRules final
{
public:
    static QList<TenantStatus> validTargets(TenantStatus from);
    static bool isValid(TenantStatus from, TenantStatus to);
    /// Transitions that destroy data and so need an explicit confirmation.
    static bool needsConfirmation(TenantStatus from, TenantStatus to);
    /// When an archived tenant's retention period ends.
    static QDateTime retentionEnds(const Tenant &tenant);
};

/// Moves tenants between lifecycle states: checks the rules, writes the new
/// status together with its audit entry, and emits statusChanged().
class LifecycleService final : public QObject
{
    Q_OBJECT
public:
    LifecycleService(Database &db, TenantRepository &tenants, AuditLog &audit,
                     QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(LifecycleService)

    /// Rejected transitions fail with a Rule error naming the valid targets.
    Result<Tenant> transition(const QString &tenantId, TenantStatus target, const QString &reason,
                              const QString &actor, bool confirmed = false,
                              const QString &correlationId = {});

    /// The suspend and activate operations: a transition through the
    /// cascade, or, when the tenant is already there, a cascade that only
    /// confirms (or repairs) the downstream systems. Repeating one changes nothing.
    Result<Tenant> suspend(const QString &tenantId, const QString &reason, const QString &actor);
    Result<Tenant> activate(const QString &tenantId, const QString &reason, const QString &actor);

    /// The states `tenantId` may move to now.
    Result<QList<TenantStatus>> nextStates(const QString &tenantId) const;

    /// Routes transitions to suspended and active through `cascade`, so
    /// the downstream systems agree before the status changes.
    void setCascade(CascadeCoordinator *cascade) { m_cascade = cascade; }

    /// Replaces the clock (tests of the retention rule).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    void statusChanged(const QString &tenantId, tenant::TenantStatus from, tenant::TenantStatus to);

private:
    Result<Tenant> ensure(const QString &tenantId, TenantStatus target, const QString &reason,
                          const QString &actor);
    /// The rule checks of a transition (valid target, retention, confirmation).
    Status checkTransition(const Tenant &tenant, TenantStatus target, bool confirmed) const;
    /// Writes the new status and its audit entry in one transaction.
    Result<Tenant> writeTransition(const QString &tenantId, TenantStatus target,
                                   const QString &reason, const QString &actor, bool confirmed,
                                   const QString &correlationId);

    Database &m_db;
    TenantRepository &m_tenants;
    AuditLog &m_audit;
    std::function<QDateTime()> m_clock;
    CascadeCoordinator *m_cascade = nullptr;
};

} // namespace tenant
