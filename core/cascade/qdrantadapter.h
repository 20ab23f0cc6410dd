#pragma once

#include "cascade/cascadeadapter.h"

#include <QNetworkRequest>
#include <QUrl>

namespace tenant {

/// The vector DB step, through Qdrant's REST API: suspend deletes the
/// tenant's collection alias (alias = tenant id, collection = tenant_<id>)
/// so queries by alias stop resolving; activate re-creates it.
class QdrantAdapter final : public CascadeAdapter
{
public:
    QdrantAdapter(const QUrl &baseUrl, const QString &apiKey = {});

    QString system() const override { return QStringLiteral("vector"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    static QString collectionFor(const QString &tenantId);
    /// The collection the tenant's alias points at; empty when there is no alias.
    Result<QString> aliasTarget(const QString &tenantId, QDeadlineTimer deadline);

private:
    Status setAlias(const CascadeContext &context, bool present);
    QNetworkRequest request(const QString &path) const;

    QUrl m_base;
    QString m_apiKey;
};

} // namespace tenant
