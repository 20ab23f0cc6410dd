#pragma once

#include "chargeback.h"

#include <QDeadlineTimer>
#include <QUrl>

namespace tenant {

/// Tells Alertmanager about tenants whose run rate forecasts more than
/// their budget: one alert each, named TenantBudgetForecast and labelled
/// tenant_id and cost_center, active until the month ends. Sending the same
/// forecast again refreshes the alert instead of adding one.
class BudgetAlerts final
{
public:
    explicit BudgetAlerts(const QUrl &alertmanager);

    Status send(const QList<BudgetForecast> &forecasts, QDeadlineTimer deadline);

    static constexpr const char *alertName = "TenantBudgetForecast";
    /// The alert Alertmanager is sent for `forecast`.
    static QJsonObject alertFor(const BudgetForecast &forecast);

private:
    QUrl m_alertmanager;
};

} // namespace tenant
