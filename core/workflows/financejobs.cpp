#include "financejobs.h"

#include "budgetalerts.h"
#include "httpcall.h"
#include "prometheususage.h"
#include "workspace.h"

#include <QSet>

namespace tenant {

Result<UsageImport> FinanceJobs::importCsv(Workspace &ws, const QByteArray &bytes,
                                           const QString &fileName)
{
    const Result<QList<UsageRecord>> records = UsageCsv::parse(bytes, QDate::currentDate());
    if (!records)
        return records.error();
    QStringList checked;
    for (const UsageRecord &u : records.value()) {
        if (checked.contains(u.tenantId))
            continue;
        checked << u.tenantId;
        if (Status s = ws.access().require(Action::EditTenant, u.tenantId); !s)
            return s.error();
    }
    return ws.usage().import(records.value(), QStringLiteral("csv:") + fileName, ws.actor());
}

Result<UsagePull> FinanceJobs::pullUsage(Workspace &ws, const QUrl &prometheus,
                                         const QString &month, QDeadlineTimer deadline)
{
    const Result<QJsonObject> queries = ws.usage().queries();
    if (!queries)
        return queries.error();
    const PrometheusUsageSource source(prometheus);
    const Result<QList<UsageRecord>> pulled =
        source.pull(queries.value(), month, QDateTime::currentDateTimeUtc(), deadline);
    if (!pulled)
        return pulled.error();
    const Result<QList<Tenant>> tenants = ws.tenants().list();
    if (!tenants)
        return tenants.error();
    QSet<QString> known;
    for (const Tenant &t : tenants.value())
        known.insert(t.tenantId);
    UsagePull result;
    QList<UsageRecord> records;
    for (const UsageRecord &u : pulled.value()) {
        if (known.contains(u.tenantId))
            records << u;
        else
            result.unknownTenants << u.tenantId;
    }
    if (records.isEmpty())
        return Error::notFound(
            QStringLiteral("Prometheus at %1 has no usage for %2 of any tenant in the registry")
                .arg(displayUrl(prometheus), month));
    Result<UsageImport> stored = ws.usage().import(records, source.sourceName(), ws.actor());
    if (!stored)
        return stored.error();
    result.stored = std::move(stored).value();
    return result;
}

Result<QList<BudgetForecast>> FinanceJobs::checkBudgets(Workspace &ws, const QUrl &alertmanager,
                                                        QDeadlineTimer deadline)
{
    Result<QList<BudgetForecast>> over =
        ws.chargeback().overBudgetForecasts(QDateTime::currentDateTimeUtc());
    if (!over)
        return over;
    if (!alertmanager.isEmpty())
        if (Status sent = BudgetAlerts(alertmanager).send(over.value(), deadline); !sent)
            return sent.error();
    return over;
}

} // namespace tenant
