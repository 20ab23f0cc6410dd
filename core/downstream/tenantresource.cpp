#include "tenantresource.h"

#include <QElapsedTimer>

#include <algorithm>

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

Result<QString> checkQueryLatency(int slaMs, const QString &what,
                                  const std::function<Status()> &query)
{
    constexpr int runs = 20;
    QList<qint64> micros;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = query(); !s)
            return s.error();
        micros << timer.nsecsElapsed() / 1000;
    }
    std::sort(micros.begin(), micros.end());
    const double p95 = micros.at(runs * 95 / 100 - 1) / 1000.0;
    if (p95 > slaMs)
        return Error::storage(
            QStringLiteral("p95 %1 ms is over the %2 ms SLA").arg(p95, 0, 'f', 1).arg(slaMs));
    return QStringLiteral("p95 %1 ms over %2 %3 (SLA %4 ms)")
        .arg(p95, 0, 'f', 1)
        .arg(runs)
        .arg(what)
        .arg(slaMs);
}

} // namespace tenant
