#pragma once

#include "auditlog.h"
#include "background.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace tenant {

class ChangeNotifier;

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

    /// Reads `log` on `pool`'s threads; follows `notifier`'s announcements.
    AuditTableModel(AuditLog &log, ChangeNotifier &notifier, QThreadPool &pool,
                    QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(AuditTableModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Reads every entry again (in the background).
    void reload();
    /// Appends the entries written since the last read (in the background).
    void fetchNew();
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    /// -1 when `seq` is not loaded.
    int rowOfSeq(qint64 seq) const;
    /// Distinct action names seen, sorted (for the action filter).
    QStringList actions() const;

signals:
    void loaded();

private:
    /// One read at a time; one asked for meanwhile follows it.
    void fetch();
    void apply(bool full, QList<AuditEntry> entries);

    AuditLog &m_log;
    QThreadPool &m_pool;
    QList<AuditEntry> m_entries;
    LoadGate m_gate;
    bool m_reloadWanted = false;
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
