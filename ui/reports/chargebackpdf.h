#pragma once

#include "chargeback.h"

namespace tenant {

/// The monthly chargeback report as a PDF, drawn with Qt's own PDF writer:
/// the title, the totals, the cost-centre table (continued over pages as
/// needed), then the budget-versus-actual chart, the 12-month cost trend
/// and the quota use. Needs a QApplication (Qt Charts draws the charts).
namespace ChargebackPdf {
Status write(const ChargebackReport &report, const QList<TrendMonth> &trend, const QString &path);
} // namespace ChargebackPdf

} // namespace tenant
