#pragma once

#include "background.h"
#include "provisioningrequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

class QThreadPool;

namespace tenant {

class ProvisioningService;

/// Onboarding requests as a table: what was asked for, what it would cost,
/// where it stands. Loads on a worker thread, then follows the service's
/// requestChanged() row by row.
class ProvisioningRequestModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RequestColumn,
        TenantColumn,
        NameColumn,
        TierColumn,
        RegionColumn,
        EstimateColumn,
        BudgetColumn,
        StatusColumn,
        RequestedByColumn,
        RequestedAtColumn,
        StageColumn,
        ApprovalsColumn, ///< the chain: given so far, and what it waits for
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, ///< sortable value of the cell
        RequestIdRole,
        StatusRole,     ///< RequestStatus as int
        StatusNameRole, ///< "pending", "rolling_back"... (for filtering)
    };

    ProvisioningRequestModel(ProvisioningService &service, QThreadPool &pool,
                             QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProvisioningRequestModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Reloads every request in the background; loadingChanged() brackets it.
    /// Asked for during a load, it runs again after it; requests changed
    /// during a load are read again once it ends.
    void reload();
    bool isLoading() const { return m_gate.isLoading(); }
    /// Shows exactly `requests` (no loading); changes to them are followed,
    /// other requests are not added.
    void setRequests(const QList<ProvisioningRequest> &requests);

    const ProvisioningRequest &requestAt(int row) const { return m_rows.at(row); }
    /// -1 when the request is not in the model.
    int rowOf(const QString &requestId) const;

    /// "Provisioning", "Rolled back"... for a status.
    static QString displayName(RequestStatus status);
    /// The chain in a cell ("1 of 3 — waits for cto, legal") and in full.
    static QString approvalsText(const ProvisioningRequest &request);
    static QString approvalsDetail(const ProvisioningRequest &request);

    /// Shows `fresh`, as a caller that just wrote it read it back: its row
    /// changes at once instead of after the model reads it again.
    void applyRequest(const QString &requestId, const ProvisioningRequest &fresh);

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

private:
    void load();
    void refreshRequest(const QString &requestId);

    ProvisioningService &m_service;
    QThreadPool &m_pool;
    QList<ProvisioningRequest> m_rows;
    LoadGate m_gate;
    QSet<QString> m_pendingRefresh;              ///< requests changed during a load
    bool m_showsAll = false;                     ///< loaded by reload(): new requests are added
    QHash<QString, quint64> m_refreshGeneration; ///< the newest read per request
};

} // namespace tenant
