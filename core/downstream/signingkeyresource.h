#pragma once

#include "tenantresource.h"

namespace tenant {

class Database;

/// The tenant's API token signing key (HS256), kept in the registry
/// (tenant_signing_keys). Its check issues a token with the key and verifies
/// it, and makes sure a tampered one is refused.
class SigningKeyResource final : public TenantResource
{
public:
    explicit SigningKeyResource(Database &db)
        : m_db(db)
    {}

    QString system() const override { return QStringLiteral("auth"); }
    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;
    QList<ValidationCheck> checks() override;

    /// The tenant's key; NotFound when it has none.
    Result<QByteArray> key(const QString &tenantId) const;

private:
    Result<QString> checkTokens(const ProvisionContext &context) const;

    Database &m_db;
};

} // namespace tenant
