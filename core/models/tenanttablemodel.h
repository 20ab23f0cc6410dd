#pragma once

#include "healthpolicy.h"
#include "tenantrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

class QThreadPool;

namespace tenant {

class HealthService;
class TenantRepository;

/// All tenants as a table, in id order. Holds a compact summary per tenant
/// (not the 29 attributes), loads on a worker thread in batches, so the first
/// rows show while the rest arrive, then follows the repository's and health
/// service's signals row by row.
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

    /// How the console names a status or a health band: translated, the
    /// lower-case stored name in English ("active", "warning").
    static QString displayName(TenantStatus status);
    static QString displayName(HealthBand band);

    TenantTableModel(TenantRepository &tenants, HealthService &health, QThreadPool &pool,
                     QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TenantTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Reloads every tenant in the background; loadingChanged() brackets it
    /// and loadProgress() reports the rows read so far. Asked for during a
    /// load, it runs again after it; rows changed during a load are read
    /// again once it ends, so no change is lost and no row comes twice.
    void reload();
    bool isLoading() const { return m_loading; }

    const TenantSummary &tenantAt(int row) const { return m_rows.at(row); }
    /// The row's id and name, case-folded: what a text filter searches.
    const QString &searchKeyAt(int row) const { return m_searchKeys.at(row); }
    /// -1 when the tenant is not in the model (a binary search in id order).
    int rowOf(const QString &tenantId) const;

    /// Sorts the rows themselves (one permutation, typed comparisons, ties by
    /// id), so proxies above need not sort 100,000 rows through QVariants.
    /// The order is kept as rows load, change and arrive.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const HealthPolicy &policy() const { return m_policy; }
    /// The health band of a row; nullopt when never sampled.
    std::optional<HealthBand> bandAt(int row) const;
    /// Orders two rows by a column's raw value (<0, 0, >0), without QVariants.
    int compare(int leftRow, int rightRow, int column) const;
    static int compareSummaries(const TenantSummary &a, const TenantSummary &b, int column);

    /// Rows in the first batch of a load: what shows at once.
    static constexpr int firstBatchSize = 500;
    static constexpr int batchSize = 20000;

signals:
    void loadingChanged(bool loading);
    void loadProgress(int rowsLoaded);
    void loadFailed(const QString &message);

private:
    /// Reads one row again in the background; during a load, after it.
    void refreshTenant(const QString &tenantId);
    void applyRefresh(const QString &tenantId, const Result<TenantSummary> &fresh);
    /// Whether `a` goes before `b` in the current order.
    bool before(const TenantSummary &a, const TenantSummary &b) const;
    bool isIdOrder() const { return m_sortColumn == IdColumn && m_sortOrder == Qt::AscendingOrder; }
    static QString searchKey(const TenantSummary &t);
    void receiveBatch(bool first, QList<TenantSummary> batch, const HealthPolicy &policy);
    void finishLoad(const Status &status);

    TenantRepository &m_repository;
    HealthService &m_health;
    QThreadPool &m_pool;
    QList<TenantSummary> m_rows;
    QStringList m_searchKeys; ///< parallel to m_rows
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    HealthPolicy m_policy;
    bool m_loading = false;
    bool m_reloadAgain = false;                  ///< a reload was asked for during the load
    QSet<QString> m_pendingRefresh;              ///< rows changed during the load
    QHash<QString, quint64> m_refreshGeneration; ///< the newest refresh per row
};

} // namespace tenant
