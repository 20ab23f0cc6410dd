#pragma once

#include "chargeback.h"
#include "usageservice.h"

#include <QDeadlineTimer>
#include <QUrl>

namespace tenant {

class Workspace;

/// What a pull from Prometheus stored.
struct UsagePull
{
    UsageImport stored;
    QStringList unknownTenants; ///< series for tenants the registry does not hold, skipped
};

/// The finance jobs a front end runs, off its GUI thread: a pull from
/// Prometheus, and the budget check that follows every import.
namespace FinanceJobs {

/// A usage CSV file (its bytes) stored as one import, from the source
/// "csv:FILENAME". Usage is recorded by an operator of every tenant: a
/// tenant's own operator is refused first, naming the role (the database
/// refuses it too).
Result<UsageImport> importCsv(Workspace &ws, const QByteArray &bytes, const QString &fileName);

/// Pulls `month`'s usage from the Prometheus server at `prometheus` with
/// the registry's queries and stores it as one import. Series for tenants
/// the registry does not hold are skipped and named.
Result<UsagePull> pullUsage(Workspace &ws, const QUrl &prometheus, const QString &month,
                            QDeadlineTimer deadline);

/// The tenants whose run rate this month forecasts more than their budget;
/// when `alertmanager` is set, each is sent there as an alert.
Result<QList<BudgetForecast>> checkBudgets(Workspace &ws, const QUrl &alertmanager,
                                           QDeadlineTimer deadline);

} // namespace FinanceJobs

} // namespace tenant
