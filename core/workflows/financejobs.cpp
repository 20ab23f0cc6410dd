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
    // Refused before reading: the database refuses it too.
    if (Status s = ws.access().require(Action::RecordUsage); !s)
        return s.error();
    const Result<QList<UsageRecord>> records = UsageCsv::parse(bytes, QDate::currentDate());
    if (!records)
        return records.error();
    // A file name is data: control and format characters are not kept.
    QString name = fileName;
    for (QChar &c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char('?');
    return ws.usage().import(records.value(), QStringLiteral("csv:") + name.left(250), ws.actor());
}

Result<UsagePull> FinanceJobs::pullUsage(Workspace &ws, const QUrl &prometheus,
                                         const QString &month, QDeadlineTimer deadline)
{
    if (Status s = ws.access().require(Action::RecordUsage); !s)
        return s.error();
    const Result<QJsonObject> queries = ws.usage().queries();
    if (!queries)
        return queries.error();
    const PrometheusUsageSource source(prometheus);
    const Result<PrometheusUsage> pulled =
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
    for (const UsageRecord &u : pulled->records) {
        if (!known.contains(u.tenantId)) {
            result.unknownTenants << u.tenantId;
            continue;
        }
        if (const auto gap = pulled->missing.constFind(u.tenantId); gap != pulled->missing.cend())
            return Error::make(ErrorKind::Validation,
                               QStringLiteral("the %1 query returned no series for tenant %2: "
                                              "every billed column needs one; nothing was stored")
                                   .arg(gap.value(), quoted(u.tenantId, 64)),
                               gap.value());
        records << u;
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
