#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tenant {

class Workspace;
struct CascadeReport;

/// A downstream system that does not hold the state the registry wants for
/// a tenant: expected "suspended", found "active" is the seed's incident
/// (suspended in the registry, Redis still serving it).
struct DriftFinding
{
    QString tenantId;
    QString system;
    QString expected; ///< "active" or "suspended"
    QString found;    ///< "active", "suspended" or "unreachable"
    QString detail;   ///< why it could not be read, for "unreachable"
    QDateTime since;  ///< first seen, kept across checks while it lasts
    QDateTime lastSeen;

    QJsonObject toJson() const;
};

/// What one check read.
struct DriftCheck
{
    int tenantsChecked = 0;
    int systemsRead = 0;
    QList<DriftFinding> findings;
    qint64 durationMs = 0;
    bool stored = true; ///< false: the login may not record findings (a viewer)
};

/// What one tenant's reconcile did.
struct Reconciliation
{
    QString tenantId;
    QString expected;
    bool converged = false;
    QStringList repaired; ///< systems brought back into the wanted state
    QString error;        ///< systems that could not be, with why
    QJsonObject toJson() const;
};

/// Compares each tenant's downstream systems with the registry's desired
/// state (active tenants active everywhere; suspended and archived ones
/// suspended) by reading every system back through the cascade's adapters,
/// keeps the mismatches with the time each was first seen, and repairs them
/// through the same idempotent adapters, audited. Blocking: front ends run
/// it off the GUI thread.
class DriftService final
{
public:
    explicit DriftService(Workspace &ws)
        : m_ws(ws)
    {}

    /// Reads back `tenantIds` (every tenant with a desired state when empty)
    /// and stores what differs; findings of those tenants that no longer
    /// differ are cleared.
    Result<DriftCheck> check(const QStringList &tenantIds = {});
    /// The findings as last stored, by tenant and system.
    Result<QList<DriftFinding>> findings() const;

    /// Brings `tenantId`'s systems to its desired state, audited as
    /// drift.reconcile with the cascade's steps under one correlation id,
    /// then checks it again.
    Result<Reconciliation> reconcile(const QString &tenantId, const QString &actor);
    /// check(), then reconcile() of every tenant with a finding.
    Result<QList<Reconciliation>> reconcileAll(const QString &actor);

private:
    /// Tenants and the state each should be in downstream.
    Result<QList<std::pair<QString, QString>>> desiredStates(const QStringList &tenantIds) const;
    Status store(const QStringList &tenantIds, const QList<DriftFinding> &findings);

    Workspace &m_ws;
};

} // namespace tenant
