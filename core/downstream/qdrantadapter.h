#pragma once

#include "cascadeadapter.h"
#include "tenantresource.h"

#include <QNetworkRequest>
#include <QUrl>

namespace tenant {

/// The vector DB, through Qdrant's REST API.
///
/// In a cascade, suspend deletes the tenant's collection alias (alias =
/// tenant id, collection = tenant_<id>) so queries by alias stop resolving;
/// activate re-creates it.
///
/// In provisioning it creates the collection and the alias; removal deletes
/// both. Its check upserts a probe point and finds it again by searching
/// through the alias.
class QdrantAdapter final : public CascadeAdapter, public TenantResource
{
public:
    QdrantAdapter(const QUrl &baseUrl, const QString &apiKey = {});

    QString system() const override { return QStringLiteral("vector"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;
    QList<ValidationCheck> checks() override;

    /// Dimensions of a tenant collection's vectors.
    static constexpr int vectorSize = 8;

    static QString collectionFor(const QString &tenantId);
    /// The collection the tenant's alias points at; empty when there is no alias.
    Result<QString> aliasTarget(const QString &tenantId, QDeadlineTimer deadline);

private:
    Status setAlias(const QString &tenantId, bool present, QDeadlineTimer deadline);
    Result<bool> collectionExists(const QString &name, QDeadlineTimer deadline);
    Result<QString> checkSearch(const ProvisionContext &context);
    QNetworkRequest request(const QString &path, const QString &query = {}) const;

    QUrl m_base;
    QString m_apiKey;
};

} // namespace tenant
