#pragma once

#include "health/healthpolicy.h"
#include "registry/tenant.h"

#include <QAbstractTableModel>

class QThreadPool;

namespace tenant {

class HealthService;
class TenantRepository;

/// All tenants as a table. Loads on a worker thread, then follows the
/// repository's and health service's signals row by row.
class TenantTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        TierColumn,
        StatusColumn,
        HealthColumn,
        RegionColumn,
        CostCenterColumn,
        BudgetColumn,
        UsersColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< sortable value of the cell (number, enum index, text)
        TenantIdRole,
        StatusRole,     ///< TenantStatus as int
        TierRole,       ///< Tier as int
        HealthBandRole, ///< HealthBand as int, or invalid when never sampled
        VersionRole,
    };

    TenantTableModel(TenantRepository &tenants, HealthService &health, QThreadPool &pool,
                     QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TenantTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Reloads every tenant in the background; loadingChanged() brackets it.
    void reload();
    bool isLoading() const { return m_loading; }

    const Tenant &tenantAt(int row) const { return m_rows.at(row); }
    /// -1 when the tenant is not in the model.
    int rowOf(const QString &tenantId) const;
    const HealthPolicy &policy() const { return m_policy; }

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void refreshTenant(const QString &tenantId);

    TenantRepository &m_repository;
    HealthService &m_health;
    QThreadPool &m_pool;
    QList<Tenant> m_rows;
    HealthPolicy m_policy;
    bool m_loading = false;
};

} // namespace tenant
