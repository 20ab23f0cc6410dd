#pragma once

#include "access.h"

#include <QAbstractTableModel>

class QThreadPool;

namespace tenant {

class AccessControl;

/// Who holds which role where: every grant the session may see (all of
/// them for a platform admin, one's own otherwise), read off the GUI thread.
class MembershipModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LoginColumn,
        RoleColumn,
        TenantColumn,
        AuthorityColumn,
        GrantedByColumn,
        GrantedAtColumn,
        ColumnCount
    };
    /// The tenant a row is held for; empty for every tenant.
    enum Role { TenantIdRole = Qt::UserRole };

    MembershipModel(AccessControl &access, QThreadPool &pool, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MembershipModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Membership &membership(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }

public slots:
    void reload();

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    AccessControl &m_access;
    QThreadPool &m_pool;
    QList<Membership> m_rows;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace tenant
