#pragma once

#include "drift.h"

#include <QAbstractTableModel>

namespace tenant {

class Workspace;

/// The drift findings: tenant, system, expected, found, since when. A
/// check reads every downstream system back and a reconcile repairs
/// tenants, both on the workspace's pool; the rows are what was stored last.
class DriftModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TenantColumn,
        SystemColumn,
        ExpectedColumn,
        FoundColumn,
        SinceColumn,
        DetailColumn,
        ColumnCount
    };
    /// SortRole: the value to sort by (the time, for Since).
    enum Role { SortRole = Qt::UserRole, TenantIdRole };

    DriftModel(Workspace &workspace, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DriftModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const DriftFinding &finding(int row) const { return m_rows.at(row); }
    /// A check or reconcile is running (one at a time).
    bool isBusy() const { return m_busy; }

public slots:
    /// Reads every system back and shows what differs.
    void check();
    /// Repairs these tenants (all with a finding when empty), then checks.
    void reconcile(const QStringList &tenantIds);

signals:
    void busyChanged(bool busy);
    void checked(int tenantsChecked, int systemsRead, qint64 milliseconds);
    void reconciled(const QList<tenant::Reconciliation> &done);
    void failed(const QString &message);

private:
    void show(QList<DriftFinding> findings);
    void setBusy(bool busy);

    Workspace &m_workspace;
    QList<DriftFinding> m_rows;
    bool m_busy = false;
};

} // namespace tenant
