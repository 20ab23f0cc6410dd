#include "membershipmodel.h"

#include "accesscontrol.h"
#include "background.h"

#include <QLocale>

#include <utility>

namespace tenant {

MembershipModel::MembershipModel(AccessControl &access, QThreadPool &pool, QObject *parent)
    : QAbstractTableModel(parent)
    , m_access(access)
    , m_pool(pool)
{}

int MembershipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembershipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Membership &m = m_rows.at(index.row());
    if (role == TenantIdRole)
        return m.tenantId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LoginColumn:
        return m.login;
    case RoleColumn:
        return m.role;
    case TenantColumn:
        return m.isGlobal() ? tr("every tenant") : m.tenantId;
    case AuthorityColumn:
        return m.authority;
    case GrantedByColumn:
        return m.grantedBy;
    case GrantedAtColumn:
        return QLocale().toString(m.grantedAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant MembershipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Login"),      QT_TR_NOOP("Role"),
                                   QT_TR_NOOP("Tenant"),     QT_TR_NOOP("Authority"),
                                   QT_TR_NOOP("Granted by"), QT_TR_NOOP("Granted")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

void MembershipModel::reload()
{
    if (m_loading) {
        m_reloadAgain = true; // a change arrived during the load
        return;
    }
    m_loading = true;
    AccessControl *access = &m_access;
    runInBackground<Result<QList<Membership>>>(
        m_pool, this, [access] { return access->memberships(); },
        [this](Result<QList<Membership>> read) {
            m_loading = false;
            if (std::exchange(m_reloadAgain, false)) {
                reload();
                return;
            }
            if (!read) {
                emit loadFailed(read.error().message);
                return;
            }
            beginResetModel();
            m_rows = std::move(read).value();
            endResetModel();
            emit loaded();
        });
}

} // namespace tenant
