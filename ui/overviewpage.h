#pragma once

#include <QHash>
#include <QWidget>

class QChartView;
class QLabel;
class QTableView;

namespace tenant {
class TenantFilterProxyModel;
class TenantTableModel;
} // namespace tenant

namespace tenant::ui {

/// The dashboard: counts by status and tier, average health, and the
/// tenants in the warning or critical band. Recomputed from the model's
/// signals, never from the database directly.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(TenantTableModel &model, QWidget *parent = nullptr);

    /// The figure shown on a card ("total", "active", "suspended", "average", "attention").
    QString cardValue(const QString &card) const;
    QTableView *attentionView() const { return m_attention; }

private:
    void recompute();
    QWidget *makeCard(const QString &key, const QString &title);

    TenantTableModel &m_model;
    TenantFilterProxyModel *m_attentionProxy = nullptr;
    QHash<QString, QLabel *> m_cards;
    QChartView *m_tierChart = nullptr;
    QChartView *m_statusChart = nullptr;
    QTableView *m_attention = nullptr;
};

} // namespace tenant::ui
