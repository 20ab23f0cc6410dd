#pragma once

#include "cascadeadapter.h"
#include "tenantresource.h"

#include <QHash>
#include <QMutex>

namespace tenant {

class Database;

/// The tenant's place in PostgreSQL.
///
/// In a cascade it flips the tenant's row in tenant_access, which the
/// row-level security policy on the tenant data tables consults, so a
/// suspended tenant's database role sees and writes none of its rows.
///
/// In provisioning it creates the tenant's login role (a member of
/// tenant_data, mapped in tenant_roles), a schema the role owns (with its own
/// documents table when the plan has a dedicated namespace) and the
/// tenant_access row; its checks connect as that role. DDL cannot take bind
/// parameters, so statements are built by the server's format() with %I and
/// %L quoting. The registry's user needs CREATEROLE.
class PostgresRlsAdapter final : public CascadeAdapter, public TenantResource
{
public:
    explicit PostgresRlsAdapter(Database &db)
        : m_db(db)
    {}

    QString system() const override { return QStringLiteral("postgresql-rls"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;
    QList<ValidationCheck> checks() override;

    /// The tenant's schema: tenant_<id> with '-' as '_'.
    static QString schemaFor(const QString &tenantId);
    /// The tenant's login role: <database>_tenant_<id>, since roles are
    /// shared by every database of the cluster. Names longer than
    /// PostgreSQL's 63 characters are shortened with a hash.
    static QString roleFor(const QString &database, const QString &tenantId);

private:
    Status setSuspended(const QString &tenantId, bool suspended);
    static QString shortIdentifier(const QString &name);
    /// Runs the statement the server's format(`pattern`, args...) builds.
    Status ddl(const QString &pattern, const QStringList &args, const QString &what);
    Result<bool> exists(const QString &sql, const QString &name);
    /// The password create() set for the tenant's role; empty if none.
    QString passwordFor(const QString &tenantId);
    Result<QString> checkConnectivity(const ProvisionContext &context);
    Result<QString> checkIsolation(const ProvisionContext &context);
    Result<QString> checkLatency(const ProvisionContext &context);

    Database &m_db;
    QMutex m_passwordsMutex;
    QHash<QString, QString> m_passwords; ///< tenant -> the role's password set by create()
};

} // namespace tenant
