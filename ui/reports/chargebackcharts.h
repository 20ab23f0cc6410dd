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

QList<BudgetBar> byTenant(const ChargebackReport &report);
QList<BudgetBar> byCostCentre(const ChargebackReport &report);
/// Budget and chargeback side by side for each bar.
QChart *budgetVersusActual(const QList<BudgetBar> &bars, const QString &title);
/// The 12 months' chargeback stacked by API, storage and compute.
QChart *costTrend(const QList<TrendMonth> &trend);
/// Each tenant's quota use in % of its limit (peak queries per day,
/// documents, active users), with the 90 % line past which it is flagged.
QChart *quotaUse(const ChargebackReport &report);

/// "Nov 2026" for "2026-11".
QString monthLabel(const QString &month);

} // namespace ChargebackCharts

} // namespace tenant
