#pragma once

#include "healthpolicy.h"
#include "tenant.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tenant {

class TenantTableModel;

/// Filters a TenantTableModel by text (id or name), status, tier and health
/// band, reading its compact rows directly (no QVariants).
/// Filtering never touches the database.
class TenantFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TenantFilterProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(std::optional<TenantStatus> status);
    void setTier(std::optional<Tier> tier);
    void setBand(std::optional<HealthBand> band);
    /// Accepts tenants in any of `bands` (empty: any band, sampled or not).
    void setBands(const QList<HealthBand> &bands);

    /// With `inSource`, sort() sorts the TenantTableModel underneath (its
    /// compact rows, in one pass) and this proxy keeps the source's order:
    /// for the view that owns the table's order, where re-sorting 100,000
    /// rows after each filter keystroke would be too slow. Otherwise (views
    /// showing a few filtered rows in their own order) the proxy sorts.
    void setSortInSource(bool inSource) { m_sortInSource = inSource; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    TenantTableModel *m_tenants = nullptr; ///< the source, when it is one
    QString m_text;
    QString m_needle; ///< m_text case-folded
    std::optional<TenantStatus> m_status;
    std::optional<Tier> m_tier;
    QList<HealthBand> m_bands;
    bool m_sortInSource = false;
};

} // namespace tenant
