#pragma once

#include "plancatalog.h"
#include "usage.h"

#include <QJsonObject>

#include <optional>

namespace tenant {

class AuditLog;
class ChangeNotifier;
class Database;

/// How a charge compares with its budget.
enum class BudgetStatus {
    Under,   ///< at or below the budget
    Over,    ///< above it by at most 10 %
    FarOver, ///< above it by more than 10 % (or any charge on no budget)
};
/// "under", "over", "over_10pct": the report's `status`.
QString nameOf(BudgetStatus status);
/// "under budget", "over budget", "over budget by more than 10 %".
QString describe(BudgetStatus status);

/// A charge against a budget: variance = charge - budget, and the share
/// of the budget that is (none for a zero budget).
struct BudgetComparison
{
    double chargeback = 0; ///< rupees, to the paisa
    qint64 budget = 0;     ///< rupees per month
    double variance() const;
    std::optional<double> variancePct() const; ///< to one decimal
    BudgetStatus status() const;
    static constexpr double farOverPct = 10;
};

/// One quota figure against its limit.
struct QuotaUse
{
    QString quota; ///< "peak_queries_per_day", "documents", "active_users"
    qint64 used = 0;
    qint64 limit = 0;
    double fraction() const { return limit > 0 ? double(used) / double(limit) : 0; }
    /// Within 10 % of the limit, or past it.
    bool nearLimit() const { return limit > 0 && fraction() >= 1.0 - nearLimitShare; }
    static constexpr double nearLimitShare = 0.10;
};

/// One tenant's line of a month's report.
struct ChargebackLine
{
    QString tenantId;
    QString tenantName;
    QString costCenter;
    Tier tier = Tier::Bronze;
    QString region;
    UsageRecord usage;
    CostBreakdown cost;
    BudgetComparison budget;
    QList<QuotaUse> quotas; ///< the quota figures the usage has

    QJsonObject toJson() const;
};

/// A cost centre's (or the whole report's) sums.
struct CostCentreLine
{
    QString costCenter;
    int tenants = 0;
    double usageCost = 0;
    BudgetComparison budget;

    QJsonObject toJson() const;
};

/// The chargeback report for one month: every tenant with usage recorded
/// for it, priced on the terms (tier, region, cost centre, budget) the
/// tenant had when the usage was recorded; their cost centres; the total.
struct ChargebackReport
{
    QString month;
    QList<ChargebackLine> tenants;     ///< by tenant id
    QList<CostCentreLine> costCentres; ///< by cost centre
    CostCentreLine total;

    /// {"month", "tenants": [...], "cost_centres": [...], "total": {...}}.
    QJsonObject toJson() const;
    enum class By { Tenant, CostCentre };
    /// The table as CSV: a header row, then one row per tenant or cost
    /// centre, amounts as plain numbers (rupees to the paisa).
    QByteArray toCsv(By by) const;
};

/// One month of the cost trend: the chargeback split by what it pays for
/// (each part times its tenants' multipliers), and the budgets.
struct TrendMonth
{
    QString month;
    double apiCost = 0;
    double storageCost = 0;
    double computeCost = 0;
    qint64 budget = 0; ///< the budgets of the tenants with usage that month
    int tenants = 0;
    double chargeback() const { return apiCost + storageCost + computeCost; }
};

/// A tenant whose month-to-date run rate forecasts more than its budget.
struct BudgetForecast
{
    QString tenantId;
    QString costCenter;
    QString month;
    double monthToDate = 0; ///< the chargeback of the usage recorded so far
    double forecast = 0;    ///< monthToDate over the share of the month it covers
    qint64 budget = 0;
    double coveredShare = 1; ///< of the month the recorded usage covers
    QJsonObject toJson() const;
};

/// The pure arithmetic of the report, for any usage and catalog.
namespace Chargeback {
/// "+17.5 %", "-0.3 %", or `none` for a zero budget (plain text reports).
QString percentText(const std::optional<double> &pct, const QString &none);
/// Sums lines by cost centre (sorted by name) and in total.
QList<CostCentreLine> byCostCentre(const QList<ChargebackLine> &lines, CostCentreLine *total);
/// The share of `month` that usage recorded at `recordedAt` covers: from
/// one day's worth up to the whole month.
double coveredShare(const QString &month, const QDateTime &recordedAt);
/// Money rounded to the paisa.
double toPaise(double rupees);
} // namespace Chargeback

/// The finance view over the registry: monthly reports, the 12-month
/// trend, budget forecasts, and the rates and multipliers as policy data.
class ChargebackService final
{
public:
    ChargebackService(Database &db, AuditLog &audit, ChangeNotifier &notifier);

    Result<ChargebackReport> report(const QString &month) const;
    /// The `count` months ending with `lastMonth`, oldest first; months
    /// without usage are zero.
    Result<QList<TrendMonth>> trend(const QString &lastMonth, int count = 12) const;
    /// The tenants of `asOf`'s month whose run rate forecasts more than
    /// their budget, by tenant id.
    Result<QList<BudgetForecast>> overBudgetForecasts(const QDateTime &asOf) const;

    /// {"api_call_rate", "storage_gb_rate", "compute_hour_rate",
    ///  "region_multipliers": {region: m}, "tier_multipliers": {tier: m}}.
    Result<QJsonObject> policy() const;
    /// Replaces the rates and the multipliers named (audited; a platform
    /// admin's). Rates lie in [0, 1,000,000] rupees, multipliers in (0, 100];
    /// an unknown region or tier is refused.
    Status setPolicy(const QJsonObject &document, const QString &actor);

private:
    /// report(); `withRecordedAt` also reads when each row was recorded.
    Result<ChargebackReport> report(const QString &month, bool withRecordedAt) const;

    Database &m_db;
    AuditLog &m_audit;
    ChangeNotifier &m_notifier;
};

} // namespace tenant
