#pragma once

#include <QHash>
#include <QWidget>

class QChartView;
class QLabel;
class QListWidget;
class QTableView;

namespace tenant {
class ChargebackLoader;
class TenantFilterProxyModel;
class TenantTableModel;
} // namespace tenant

namespace tenant::ui {

/// The dashboard: counts by status and tier, average health, and the
/// tenants in the warning or critical band, and the tenants whose run rate
/// this month forecasts more than their budget. Recomputed from the
/// models' signals, never from the database directly.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(TenantTableModel &model, ChargebackLoader &finance, QWidget *parent = nullptr);

    /// The figure shown on a card ("total", "active", "suspended", "average", "attention").
    QString cardValue(const QString &card) const;
    QTableView *attentionView() const { return m_attention; }
    QListWidget *budgetForecasts() const { return m_forecasts; }

private:
    void recompute();
    void showForecasts();
    QWidget *makeCard(const QString &key, const QString &title);

    TenantTableModel &m_model;
    ChargebackLoader &m_finance;
    TenantFilterProxyModel *m_attentionProxy = nullptr;
    QHash<QString, QLabel *> m_cards;
    QChartView *m_tierChart = nullptr;
    QChartView *m_statusChart = nullptr;
    QTableView *m_attention = nullptr;
    QLabel *m_forecastTitle = nullptr;
    QListWidget *m_forecasts = nullptr;
};

} // namespace tenant::ui
