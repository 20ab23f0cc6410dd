#pragma once

#include "cascade/cascadeadapter.h"

namespace tenant {

class Database;

/// The PostgreSQL step: flips the tenant's row in tenant_access, which the
/// row-level security policy on the tenant data tables consults, so a
/// suspended tenant's database role sees and writes none of its rows.
class PostgresRlsAdapter final : public CascadeAdapter
{
public:
    explicit PostgresRlsAdapter(Database &db)
        : m_db(db)
    {}

    QString system() const override { return QStringLiteral("postgresql-rls"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

private:
    Status setSuspended(const QString &tenantId, bool suspended);

    Database &m_db;
};

} // namespace tenant
