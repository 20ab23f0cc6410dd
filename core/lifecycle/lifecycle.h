#pragma once

#include "tenant.h"

#include <QObject>

#include <functional>

namespace tenant {

class Database;
class TenantRepository;

/// What must agree before the registry records a suspension or an
/// activation: the downstream systems. The cascade (workflows) implements
/// it; the lifecycle only asks, so the domain knows nothing of adapters.
class DownstreamGate
{
public:
    virtual ~DownstreamGate() = default;
    /// Puts every downstream system into the state `target` means for
    /// `tenantId` (all or nothing), or fails saying why; already there
    /// changes nothing.
    virtual Status bring(const QString &tenantId, TenantStatus target, const QString &correlationId,
                         const QString &actor, const QString &reason) = 0;
};

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
    /// Whether reaching `target` changes the downstream systems (suspend
    /// and activate: the cascade). The one place that says so.
    static bool reachesDownstream(TenantStatus target);
};

/// Moves tenants between lifecycle states: checks the rules, writes the new
/// status together with its audit entry, and emits statusChanged().
class LifecycleService final : public QObject
{
    Q_OBJECT
public:
    LifecycleService(Database &db, TenantRepository &tenants, QObject *parent = nullptr);
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

    /// Routes transitions that reach downstream through `gate`, so the
    /// downstream systems agree before the status changes; null: none.
    void setCascade(DownstreamGate *gate) { m_cascade = gate; }

    /// Replaces the clock (tests of the retention rule).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

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
    std::function<QDateTime()> m_clock;
    DownstreamGate *m_cascade = nullptr;
};

} // namespace tenant
