#include "tenantresource.h"

namespace tenant {

QString nameOf(CheckKind kind)
{
    switch (kind) {
    case CheckKind::DatabaseConnectivity:
        return QStringLiteral("database connectivity");
    case CheckKind::CrossTenantIsolation:
        return QStringLiteral("cross-tenant isolation");
    case CheckKind::VectorSearch:
        return QStringLiteral("vector search");
    case CheckKind::TokenAuthentication:
        return QStringLiteral("token authentication");
    case CheckKind::QueryLatency:
        return QStringLiteral("query latency");
    case CheckKind::ObjectStore:
        return QStringLiteral("object store");
    case CheckKind::MetricsCollection:
        return QStringLiteral("metrics collection");
    case CheckKind::CostTags:
        return QStringLiteral("cost tags");
    }
    return {};
}

bool isBlocking(CheckKind kind)
{
    return kind <= CheckKind::QueryLatency;
}

QList<CheckKind> allCheckKinds()
{
    return {CheckKind::DatabaseConnectivity, CheckKind::CrossTenantIsolation,
            CheckKind::VectorSearch,         CheckKind::TokenAuthentication,
            CheckKind::QueryLatency,         CheckKind::ObjectStore,
            CheckKind::MetricsCollection,    CheckKind::CostTags};
}

} // namespace tenant
