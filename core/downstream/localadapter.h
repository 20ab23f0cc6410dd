#pragma once

#include "cascadeadapter.h"
#include "tenantresource.h"

namespace tenant {

class Database;

/// Demo mode's stand-in for one downstream system: the tenant's
/// suspended/active state in the registry's demo_downstream table, and the
/// names of what provisioning would create there in demo_resources. It is
/// labelled "(demo)" wherever it reports, its checks included: they confirm
/// the demo records and say that no real system was checked.
class LocalAdapter final : public CascadeAdapter, public TenantResource
{
public:
    LocalAdapter(Database &db, const QString &system);

    QString system() const override;
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;
    QList<ValidationCheck> checks() override;

    /// Whether this system currently holds `tenantId` suspended.
    Result<bool> isSuspended(const QString &tenantId) const;

private:
    Status setSuspended(const QString &tenantId, bool suspended);
    /// What the real system would hold for the tenant ("bucket tenant-acme", ...).
    QStringList resourceNames(const ProvisionContext &context) const;
    Result<QString> demoCheck(CheckKind kind, const ProvisionContext &context);

    Database &m_db;
    QString m_system;
};

} // namespace tenant
