#include "prometheususage.h"

#include "httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <cmath>

namespace tenant {

PrometheusUsageSource::PrometheusUsageSource(const QUrl &baseUrl)
    : m_base(baseUrl)
{}

QString PrometheusUsageSource::sourceName() const
{
    return QStringLiteral("prometheus:") + displayUrl(m_base);
}

QDateTime PrometheusUsageSource::evaluationTime(const QString &month, const QDateTime &now)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const QDateTime end(first.addMonths(1), QTime(0, 0), Qt::UTC);
    return std::min(end, now.toUTC());
}

QString PrometheusUsageSource::range(const QString &month, const QDateTime &now)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const QDateTime start(first, QTime(0, 0), Qt::UTC);
    // At least a minute: Prometheus refuses an empty range.
    return QStringLiteral("%1s").arg(
        std::max<qint64>(60, start.secsTo(evaluationTime(month, now))));
}

Result<QHash<QString, double>> PrometheusUsageSource::query(const QString &column,
                                                            const QString &promql,
                                                            const QDateTime &at,
                                                            QDeadlineTimer deadline) const
{
    QUrl url = m_base;
    url.setPath(url.path() + QStringLiteral("/api/v1/query"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("query"), promql);
    form.addQueryItem(QStringLiteral("time"), QString::number(at.toSecsSinceEpoch()));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/x-www-form-urlencoded"));
    const Result<HttpReply> reply =
        httpExchange("POST", request, form.toString(QUrl::FullyEncoded).toUtf8(), deadline);
    if (!reply)
        return reply.error();
    const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
    if (reply->status != 200 ||
        body.value(QStringLiteral("status")).toString() != QLatin1String("success")) {
        const QString why = body.value(QStringLiteral("error")).toString();
        return Error::make(ErrorKind::Validation,
                           QStringLiteral("the %1 query failed at %2 (HTTP %3): %4")
                               .arg(column, displayUrl(m_base))
                               .arg(reply->status)
                               .arg(why.isEmpty() ? QString::fromUtf8(reply->body.left(200)) : why),
                           column);
    }
    const QJsonObject data = body.value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("resultType")).toString() != QLatin1String("vector"))
        return Error::make(ErrorKind::Validation,
                           QStringLiteral("the %1 query must return an instant vector, not %2")
                               .arg(column, data.value(QStringLiteral("resultType")).toString()),
                           column);
    QHash<QString, double> values;
    for (const QJsonValue &v : data.value(QStringLiteral("result")).toArray()) {
        const QJsonObject series = v.toObject();
        const QString tenant = series.value(QStringLiteral("metric"))
                                   .toObject()
                                   .value(UsageColumn::tenantId)
                                   .toString();
        if (tenant.isEmpty())
            continue; // not a tenant's series
        // [timestamp, "value"]: Prometheus sends the value as text.
        const QString text = series.value(QStringLiteral("value")).toArray().at(1).toString();
        bool ok = false;
        const double value = text.toDouble(&ok);
        // Counts are stored exactly up to 2^53; a larger figure is refused
        // as Prometheus sent it, before any conversion could overflow.
        if (!ok || !std::isfinite(value) || value < 0 || value > 9007199254740991.0)
            return Error::make(ErrorKind::Validation,
                               QStringLiteral("the %1 query returned %2 for tenant %3: usage "
                                              "is a finite number from 0 to 2^53")
                                   .arg(column, quoted(text, 40), quoted(tenant, 64)),
                               column);
        if (values.contains(tenant))
            return Error::make(ErrorKind::Validation,
                               QStringLiteral("the %1 query returned two series for tenant %2: "
                                              "aggregate by (tenant_id)")
                                   .arg(column, quoted(tenant, 64)),
                               column);
        values.insert(tenant, value);
    }
    return values;
}

Result<PrometheusUsage> PrometheusUsageSource::pull(const QJsonObject &queries,
                                                    const QString &month, const QDateTime &now,
                                                    QDeadlineTimer deadline) const
{
    const QDateTime at = evaluationTime(month, now);
    const QString window = range(month, now);
    QHash<QString, QHash<QString, double>> byColumn;
    for (const QString &column : UsageColumn::billed() + UsageColumn::quota()) {
        if (!queries.contains(column))
            continue;
        QString promql = queries.value(column).toString();
        promql.replace(QStringLiteral("$range"), window);
        Result<QHash<QString, double>> values = query(column, promql, at, deadline);
        if (!values)
            return values.error();
        byColumn.insert(column, std::move(values).value());
    }
    QSet<QString> seen;
    for (const QString &column : UsageColumn::billed()) {
        const QHash<QString, double> values = byColumn.value(column);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            seen.insert(it.key());
    }
    QStringList tenants(seen.cbegin(), seen.cend());
    tenants.sort();
    // A series that is missing is not a zero: the caller refuses it for a
    // tenant it stores (one it does not hold is skipped anyway).
    PrometheusUsage result;
    for (const QString &column : UsageColumn::billed()) {
        const QHash<QString, double> values = byColumn.value(column);
        for (const QString &tenant : std::as_const(tenants))
            if (!values.contains(tenant) && !result.missing.contains(tenant))
                result.missing.insert(tenant, column);
    }
    for (const QString &tenant : std::as_const(tenants)) {
        UsageRecord u;
        u.tenantId = tenant;
        u.month = month;
        u.apiCalls = std::llround(byColumn.value(UsageColumn::apiCalls).value(tenant));
        u.storageGb = byColumn.value(UsageColumn::storageGb).value(tenant);
        u.computeHours = byColumn.value(UsageColumn::computeHours).value(tenant);
        const std::pair<QString, std::optional<qint64> *> quota[] = {
            {UsageColumn::peakQueriesPerDay, &u.peakQueriesPerDay},
            {UsageColumn::documents, &u.documents},
            {UsageColumn::activeUsers, &u.activeUsers}};
        for (const auto &[column, field] : quota) {
            const QHash<QString, double> values = byColumn.value(column);
            if (const auto found = values.constFind(tenant); found != values.cend())
                *field = std::llround(found.value());
        }
        result.records << u;
    }
    return result;
}

} // namespace tenant
