#pragma once

#include "auditlog.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tenant {

class Workspace;

/// The audit log as a table, newest last. Loads on a worker thread, then
/// appends new entries (rowsInserted) whenever a service reports a change.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TenantColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, SeqRole };

    explicit AuditTableModel(Workspace &workspace, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuditTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void reload();
    /// Appends entries written since the last load.
    void fetchNew();
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    /// -1 when `seq` is not loaded.
    int rowOfSeq(qint64 seq) const;
    /// Distinct action names seen, sorted (for the action filter).
    QStringList actions() const;

signals:
    void loaded();

private:
    Workspace &m_workspace;
    QList<AuditEntry> m_entries;
    bool m_loading = false;
};

/// Filters audit entries by tenant, action, actor and time range.
class AuditFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxyModel(QObject *parent = nullptr);

    void setTenant(const QString &tenantId);
    void setAction(const QString &action);
    void setActor(const QString &actor);
    void setTimeRange(const QDateTime &from, const QDateTime &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_tenant;
    QString m_action;
    QString m_actor;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace tenant
