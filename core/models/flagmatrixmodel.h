#pragma once

#include "flagmatrix.h"
#include "tenant.h"

#include "background.h"

#include <QAbstractTableModel>

class QThreadPool;

namespace tenant {

class FlagService;
class TenantRepository;

/// The effective value of every flag for every tenant: rows are tenants (in
/// id order), columns flags. Each cell also says which level decided it. The
/// cells are one FlagMatrix, computed in one pass (not cell by cell).
class FlagMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, ///< bool: enabled
        SourceRole,                  ///< FlagSource as int
        TenantIdRole,
        FlagNameRole,
    };

    FlagMatrixModel(FlagService &flags, TenantRepository &tenants, QThreadPool &pool,
                    QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FlagMatrixModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Re-reads tenants and flags and re-evaluates every cell, on a worker
    /// thread (100,000 tenants x 500 flags is most of a second); loaded()
    /// follows. A reload asked for while one runs is run after it.
    void reload();
    bool isLoading() const { return m_load.isLoading(); }
    /// The cell of (tenant, flag), or an invalid index.
    QModelIndex cell(const QString &tenantId, const QString &flag) const;

signals:
    void loaded();

private:
    struct Snapshot;
    void apply(Snapshot snapshot);
    /// A tenant edit changes the matrix only when it moves the tenant to
    /// another tier.
    void tenantChanged(const QString &tenantId);
    int rowOf(const QString &tenantId) const;

    FlagService &m_flags;
    TenantRepository &m_tenants;
    QList<FlagMatrix::TenantKey> m_rows; ///< tenant id and tier, in id order
    QStringList m_columns;               ///< flag names
    FlagMatrix m_cells;
    QThreadPool &m_pool;
    LoadGate m_load;
};

} // namespace tenant
