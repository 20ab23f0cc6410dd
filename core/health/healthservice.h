#pragma once

#include "healthpolicy.h"

#include <QObject>

namespace tenant {

class AuditLog;
class ChangeNotifier;
class Database;
class Transaction;
class TenantRepository;

/// Records health samples and keeps each tenant's score current. Recording
/// does not bump the tenant's version: health is not an admin edit.
class HealthService final : public QObject
{
    Q_OBJECT
public:
    HealthService(Database &db, TenantRepository &tenants, AuditLog &audit,
                  QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HealthService)

    /// The stored `health` policy document.
    Result<HealthPolicy> policy() const;

    /// Stores one sample, updates the tenant's score, audits it.
    Result<HealthSample> record(const QString &tenantId, const HealthSignals &values,
                                const QString &actor, const QDateTime &at = {});
    /// Stores many samples of one tenant in one transaction with one audit entry.
    Result<int> importSamples(const QString &tenantId,
                              const QList<std::pair<QDateTime, HealthSignals>> &samples,
                              const QString &actor);

    /// Samples of a tenant in time order, optionally since `from`.
    Result<QList<HealthSample>> samples(const QString &tenantId, const QDateTime &from = {}) const;

    /// Where this service's committed changes are announced.
    ChangeNotifier &notifier() const;

private:
    Status insertSample(Transaction &tx, const HealthSample &sample);
    Status updateTenantScore(Transaction &tx, const QString &tenantId, int score,
                             const QDateTime &at);

    Database &m_db;
    TenantRepository &m_tenants;
    AuditLog &m_audit;
};

} // namespace tenant
