#pragma once

#include "usage.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QUrl>

namespace tenant {

/// What a pull read: a record per tenant, and the tenants some billed query
/// returned no series for (tenant -> the first such column).
struct PrometheusUsage
{
    QList<UsageRecord> records;
    QHash<QString, QString> missing;
};

/// A month's usage read from a Prometheus server through its HTTP query
/// API (/api/v1/query). The queries are policy data ("usage_queries"), one
/// per column; each returns one series per tenant, keyed by the tenant_id
/// label. `$range` in a query becomes the part of the month covered.
class PrometheusUsageSource final
{
public:
    explicit PrometheusUsageSource(const QUrl &baseUrl);

    /// Runs every query of `queries` for `month`, evaluated at the month's
    /// end or at `now` if that is earlier (a month-to-date pull). A tenant
    /// any billed query returns gets a record; one that another billed query
    /// does not return is named in `missing` (its figure there is not a
    /// zero); a quota figure a query did not return stays unknown. A value
    /// that is not a finite number from 0 to 2^53 is an error naming the
    /// column and the tenant.
    Result<PrometheusUsage> pull(const QJsonObject &queries, const QString &month,
                                 const QDateTime &now, QDeadlineTimer deadline) const;

    /// When the month's queries are evaluated, and the `$range` that covers
    /// the month up to then ("2678400s" for a whole 31-day month).
    static QDateTime evaluationTime(const QString &month, const QDateTime &now);
    static QString range(const QString &month, const QDateTime &now);

    QString sourceName() const; ///< "prometheus:http://host:9090"

private:
    /// One instant query: tenant_id -> value.
    Result<QHash<QString, double>> query(const QString &column, const QString &promql,
                                         const QDateTime &at, QDeadlineTimer deadline) const;

    QUrl m_base;
};

} // namespace tenant
