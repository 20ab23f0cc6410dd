#pragma once

#include "connectionprofile.h"

#include <QAbstractListModel>

namespace tenant {

/// The saved connection profiles, by name; follows the store.
class ConnectionProfileModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole, UrlRole };

    explicit ConnectionProfileModel(ConnectionProfileStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const ConnectionProfile &profileAt(int row) const { return m_profiles.at(row); }
    int rowOf(const QString &name) const;

private:
    void reload();

    ConnectionProfileStore &m_store;
    QList<ConnectionProfile> m_profiles;
};

} // namespace tenant
