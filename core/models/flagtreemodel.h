#pragma once

#include "flagservice.h"

#include "background.h"

#include <QAbstractItemModel>

class QThreadPool;

namespace tenant {

/// Flags as a two-level tree: each flag, and under it the values set at the
/// global, tier and tenant scopes. A value's on/off (check state) and its
/// rollout percentage are editable in place; edits go through FlagService.
class FlagTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EnabledColumn, RolloutColumn, OwnerColumn, StateColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole,
        FlagNameRole,
        IsValueRole, ///< true on a value row, false on a flag row
        ScopeRole,   ///< FlagScope as int (value rows)
        ScopeIdRole,
        StaleRole,
        ExpiredRole,
    };

    FlagTreeModel(FlagService &flags, const QString &actor, QThreadPool &pool,
                  QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FlagTreeModel)

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Re-reads the flags on a worker thread (500 flags with their tenant
    /// values are most of a second); keeps the tree's shape (and so the
    /// view's expansion) when only values changed. loaded() follows; a reload
    /// asked for meanwhile runs after it.
    void reload();
    bool isLoading() const { return m_load.isLoading(); }
    /// The flag row of `name`, or an invalid index.
    QModelIndex indexOfFlag(const QString &name) const;
    /// The value row of (flag, scope, scopeId), or an invalid index.
    QModelIndex indexOfValue(const QString &flag, FlagScope scope, const QString &scopeId) const;
    /// Why the last in-place edit failed, empty if it did not.
    QString lastError() const { return m_lastError; }

signals:
    void editFailed(const QString &message);
    void loaded();

private:
    static constexpr quintptr FlagRowId = 0; ///< internalId of flag rows; values use flag row + 1
    void apply(Result<QList<FlagReport>> reports);

    FlagService &m_flags;
    QString m_actor;
    QThreadPool &m_pool;
    QList<FlagReport> m_reports;
    QString m_lastError;
    LoadGate m_load;
};

} // namespace tenant
