#pragma once

#include "flags/flagservice.h"

#include <QAbstractItemModel>

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

    FlagTreeModel(FlagService &flags, const QString &actor, QObject *parent = nullptr);
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

    /// Re-reads the flags; keeps the tree's shape (and so the view's
    /// expansion) when only values changed.
    void reload();
    /// The flag row of `name`, or an invalid index.
    QModelIndex indexOfFlag(const QString &name) const;
    /// The value row of (flag, scope, scopeId), or an invalid index.
    QModelIndex indexOfValue(const QString &flag, FlagScope scope, const QString &scopeId) const;
    /// Why the last in-place edit failed, empty if it did not.
    QString lastError() const { return m_lastError; }

signals:
    void editFailed(const QString &message);

private:
    static constexpr quintptr FlagRowId = 0; ///< internalId of flag rows; values use flag row + 1

    FlagService &m_flags;
    QString m_actor;
    QList<FlagReport> m_reports;
    QString m_lastError;
};

} // namespace tenant
