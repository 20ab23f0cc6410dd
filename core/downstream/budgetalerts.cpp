#include "budgetalerts.h"

#include "alertmanageradapter.h"

#include <QJsonArray>

namespace tenant {

BudgetAlerts::BudgetAlerts(const QUrl &alertmanager)
    : m_alertmanager(alertmanager)
{}

QJsonObject BudgetAlerts::alertFor(const BudgetForecast &f)
{
    const QDate first = QDate::fromString(f.month + QStringLiteral("-01"), Qt::ISODate);
    const QDateTime monthEnd(first.addMonths(1), QTime(0, 0), Qt::UTC);
    return {
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("alertname"), QString::fromLatin1(alertName)},
                     {QStringLiteral("tenant_id"), f.tenantId},
                     {QStringLiteral("cost_center"), f.costCenter},
                     {QStringLiteral("month"), f.month},
                     {QStringLiteral("severity"), QStringLiteral("warning")}}},
        {QStringLiteral("annotations"),
         QJsonObject{{QStringLiteral("summary"),
                      QStringLiteral("%1 forecasts %2 for %3 against a budget of %4")
                          .arg(f.tenantId, formatRupees(std::llround(f.forecast)), f.month,
                               formatRupees(f.budget))},
                     {QStringLiteral("month_to_date"), formatRupees(std::llround(f.monthToDate))}}},
        {QStringLiteral("endsAt"), monthEnd.toString(Qt::ISODateWithMs)}};
}

Status BudgetAlerts::send(const QList<BudgetForecast> &forecasts, QDeadlineTimer deadline)
{
    if (forecasts.isEmpty())
        return success();
    QJsonArray alerts;
    for (const BudgetForecast &f : forecasts)
        alerts << alertFor(f);
    return AlertmanagerAdapter(m_alertmanager).postAlerts(alerts, deadline);
}

} // namespace tenant
