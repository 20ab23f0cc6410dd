#pragma once

#include "cascade/cascadeadapter.h"

namespace tenant {

class Database;

/// Demo mode's stand-in for one downstream system: the tenant's
/// suspended/active state in the registry's demo_downstream table. It is
/// labelled "(demo)" wherever it reports.
class LocalAdapter final : public CascadeAdapter
{
public:
    LocalAdapter(Database &db, const QString &system);

    QString system() const override;
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    /// Whether this system currently holds `tenantId` suspended.
    Result<bool> isSuspended(const QString &tenantId) const;

private:
    Status setSuspended(const QString &tenantId, bool suspended);

    Database &m_db;
    QString m_system;
};

} // namespace tenant
