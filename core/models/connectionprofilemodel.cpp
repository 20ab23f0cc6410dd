#include "connectionprofilemodel.h"

namespace tenant {

ConnectionProfileModel::ConnectionProfileModel(ConnectionProfileStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &ConnectionProfileStore::profilesChanged, this,
            &ConnectionProfileModel::reload);
    m_profiles = m_store.profiles();
}

void ConnectionProfileModel::reload()
{
    beginResetModel();
    m_profiles = m_store.profiles();
    endResetModel();
}

int ConnectionProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant ConnectionProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        return p.name;
    case UrlRole:
    case Qt::ToolTipRole:
        return p.url().toDisplayString();
    }
    return {};
}

int ConnectionProfileModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row)
        if (m_profiles.at(row).name == name)
            return row;
    return -1;
}

} // namespace tenant
