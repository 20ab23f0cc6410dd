#pragma once

#include "chargeback.h"

class QChart;

namespace tenant {

/// One bar pair of a budget-versus-actual chart.
struct BudgetBar
{
    QString label;
    double chargeback = 0;
    double budget = 0;
};

/// The finance charts, built the same way for the Chargeback page and the
/// PDF report. Amounts are drawn in lakh (₹1,00,000) so axis labels stay
/// short. The caller owns the returned chart.
namespace ChargebackCharts {

/// Bars stay readable at any registry size: at most this many, the
/// largest charges (or, for quotas, the tenants closest to a limit).
constexpr int maxBars = 15;

/// The tenants with the largest chargeback, largest first.
QList<BudgetBar> byTenant(const ChargebackReport &report, int limit = maxBars);
/// The cost centres with the largest chargeback, largest first.
QList<BudgetBar> byCostCentre(const ChargebackReport &report, int limit = maxBars);
/// Budget and chargeback side by side for each bar.
QChart *budgetVersusActual(const QList<BudgetBar> &bars, const QString &title);
/// The 12 months' chargeback stacked by API, storage and compute.
QChart *costTrend(const QList<TrendMonth> &trend);
/// Quota use in % of the limit (peak queries per day, documents, active
/// users) of the tenants closest to a limit; flagged from 90 %.
QChart *quotaUse(const ChargebackReport &report, int limit = maxBars);

/// "Nov 2026" for "2026-11".
QString monthLabel(const QString &month);

} // namespace ChargebackCharts

} // namespace tenant
