#pragma once

#include "health/healthpolicy.h"
#include "registry/tenant.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace tenant {

class TenantTableModel;

/// Filters a TenantTableModel by text (id or name), status, tier and health
/// band, and sorts on raw values. Filtering never touches the database.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const TenantTableModel *tenants() const;

    QString m_text;
    std::optional<TenantStatus> m_status;
    std::optional<Tier> m_tier;
    QList<HealthBand> m_bands;
};

} // namespace tenant
