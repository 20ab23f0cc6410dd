#pragma once

#include "background.h"
#include "chargeback.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace tenant {

class Workspace;

/// Rupees in the locale's format: "₹25,00,000" in an Indian locale,
/// "₹2,500,000" in an American one. Whole rupees unless `paise`.
QString moneyText(double rupees, bool paise = false, const QLocale &locale = QLocale());

/// Everything the Chargeback page shows for one month, read in one go.
struct ChargebackSnapshot
{
    QString month;
    QStringList months; ///< months with usage, newest first
    ChargebackReport report;
    QList<TrendMonth> trend;
    QList<BudgetForecast> overBudget; ///< this month's run-rate forecasts over budget
};

/// Reads a month's report, its 12-month trend and this month's forecasts
/// off the GUI thread, and reads them again when usage or the rates change.
class ChargebackLoader final : public QObject
{
    Q_OBJECT
public:
    explicit ChargebackLoader(Workspace &workspace, QObject *parent = nullptr);

    /// Loads `month`; empty: the newest complete month with usage (this
    /// month when it is the only one, or there is none).
    void load(const QString &month = {});
    void reload() { load(m_snapshot.month); }
    const ChargebackSnapshot &snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_gate.isLoading(); }

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    Workspace &m_workspace;
    ChargebackSnapshot m_snapshot;
    QString m_wanted;
    LoadGate m_gate;
};

/// A month's report per tenant: usage, its cost, the multipliers, the
/// chargeback against the budget, and quota use. BudgetStatusRole tells
/// every cell of a row how its chargeback compares (the view tints the
/// over-budget ones); sorting uses SortRole.
class ChargebackTenantModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TenantColumn,
        CostCentreColumn,
        TierColumn,
        RegionColumn,
        ApiCallsColumn,
        StorageColumn,
        ComputeColumn,
        UsageCostColumn,
        RegionMultiplierColumn,
        TierMultiplierColumn,
        ChargebackColumn,
        BudgetColumn,
        VarianceColumn,
        VariancePctColumn,
        StatusColumn,
        QuotaColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, ///< the raw number (or text) of a cell
        BudgetStatusRole,        ///< BudgetStatus as int
        NearQuotaRole,           ///< bool: some quota is within 10 % of its limit
    };

    explicit ChargebackTenantModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLines(QList<ChargebackLine> lines);
    const ChargebackLine &line(int row) const { return m_lines.at(row); }

private:
    QList<ChargebackLine> m_lines;
};

/// A month's report per cost centre.
class CostCentreModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CostCentreColumn,
        TenantsColumn,
        ChargebackColumn,
        BudgetColumn,
        VarianceColumn,
        VariancePctColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, BudgetStatusRole };

    explicit CostCentreModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLines(QList<CostCentreLine> lines);

private:
    QList<CostCentreLine> m_lines;
};

} // namespace tenant
