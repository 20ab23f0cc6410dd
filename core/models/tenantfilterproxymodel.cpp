#include "tenantfilterproxymodel.h"

#include "models/tenanttablemodel.h"

namespace tenant {

TenantFilterProxyModel::TenantFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TenantTableModel::RawValueRole);
}

void TenantFilterProxyModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void TenantFilterProxyModel::setStatus(std::optional<TenantStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void TenantFilterProxyModel::setTier(std::optional<Tier> tier)
{
    if (m_tier == tier)
        return;
    m_tier = tier;
    invalidateRowsFilter();
}

void TenantFilterProxyModel::setBand(std::optional<HealthBand> band)
{
    setBands(band ? QList<HealthBand>{*band} : QList<HealthBand>{});
}

void TenantFilterProxyModel::setBands(const QList<HealthBand> &bands)
{
    if (m_bands == bands)
        return;
    m_bands = bands;
    invalidateRowsFilter();
}

bool TenantFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex row = source->index(sourceRow, 0, sourceParent);
    if (m_status && row.data(TenantTableModel::StatusRole).toInt() != static_cast<int>(*m_status))
        return false;
    if (m_tier && row.data(TenantTableModel::TierRole).toInt() != static_cast<int>(*m_tier))
        return false;
    if (!m_bands.isEmpty()) {
        const QVariant band = row.data(TenantTableModel::HealthBandRole);
        if (!band.isValid() || !m_bands.contains(static_cast<HealthBand>(band.toInt())))
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString id = row.data(TenantTableModel::TenantIdRole).toString();
        const QString name =
            source->index(sourceRow, TenantTableModel::NameColumn, sourceParent).data().toString();
        if (!id.contains(m_text, Qt::CaseInsensitive) &&
            !name.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TenantFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(TenantTableModel::RawValueRole);
    const QVariant b = right.data(TenantTableModel::RawValueRole);
    const int order = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                      : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                             : 0;
    if (order != 0)
        return order < 0;
    // Stable tie-break on the tenant id, so equal values keep a predictable order.
    return left.data(TenantTableModel::TenantIdRole).toString() <
           right.data(TenantTableModel::TenantIdRole).toString();
}

} // namespace tenant
