#include "tenantfilterproxymodel.h"

#include "tenanttablemodel.h"

namespace tenant {

TenantFilterProxyModel::TenantFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TenantTableModel::RawValueRole);
}

void TenantFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_sortInSource && m_tenants)
        m_tenants->sort(column, order);
    else
        QSortFilterProxyModel::sort(column, order);
}

void TenantFilterProxyModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    m_needle = m_text.toCaseFolded();
    refilter();
}

void TenantFilterProxyModel::setStatus(std::optional<TenantStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void TenantFilterProxyModel::setTier(std::optional<Tier> tier)
{
    if (m_tier == tier)
        return;
    m_tier = tier;
    refilter();
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
    refilter();
}

void TenantFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_tenants = qobject_cast<TenantTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void TenantFilterProxyModel::refilter()
{
    // One re-mapping and a layout change, rather than QSortFilterProxyModel's
    // row-by-row removals and insertions: a keystroke can hide tens of
    // thousands of scattered rows, each range a signal and a vector shift.
    // Persistent indexes (the selection) follow; hidden ones become invalid.
    invalidate();
}

// Both read the source's compact rows directly: at 100,000 tenants a filter
// keystroke or a sort makes millions of these calls, too many for QVariants.
bool TenantFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const TenantTableModel *model = m_tenants; // null when the source is another model
    if (!model)
        return true;
    const TenantSummary &t = model->tenantAt(sourceRow);
    if (m_status && t.status != *m_status)
        return false;
    if (m_tier && t.tier != *m_tier)
        return false;
    if (!m_bands.isEmpty()) {
        const std::optional<HealthBand> band = model->bandAt(sourceRow);
        if (!band || !m_bands.contains(*band))
            return false;
    }
    // A case-sensitive search of pre-folded text takes Qt's fast path.
    return m_needle.isEmpty() || model->searchKeyAt(sourceRow).contains(m_needle);
}

bool TenantFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const TenantTableModel *model = m_tenants; // null when the source is another model
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = model->compare(left.row(), right.row(), left.column());
    if (order != 0)
        return order < 0;
    // Stable tie-break on the tenant id, so equal values keep a predictable order.
    return model->tenantAt(left.row()).tenantId < model->tenantAt(right.row()).tenantId;
}

} // namespace tenant
