#include "tenanttablemodel.h"

#include "background.h"
#include "health/healthservice.h"
#include "registry/tenantrepository.h"

#include <QLocale>

namespace tenant {

namespace {
struct Snapshot
{
    Result<QList<Tenant>> tenants;
    Result<HealthPolicy> policy;
};
} // namespace

TenantTableModel::TenantTableModel(TenantRepository &tenants, HealthService &health,
                                   QThreadPool &pool, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(tenants)
    , m_health(health)
    , m_pool(pool)
{
    connect(&m_repository, &TenantRepository::tenantCreated, this,
            &TenantTableModel::refreshTenant);
    connect(&m_repository, &TenantRepository::tenantChanged, this,
            &TenantTableModel::refreshTenant);
    connect(&m_health, &HealthService::healthRecorded, this, &TenantTableModel::refreshTenant);
}

int TenantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TenantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TenantTableModel::rowOf(const QString &tenantId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).tenantId == tenantId)
            return row;
    return -1;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tenant &t = m_rows.at(index.row());
    switch (role) {
    case TenantIdRole:
        return t.tenantId;
    case StatusRole:
        return static_cast<int>(t.status);
    case TierRole:
        return static_cast<int>(t.tier);
    case HealthBandRole:
        return t.healthScore ? QVariant(static_cast<int>(m_policy.band(*t.healthScore)))
                             : QVariant();
    case VersionRole:
        return t.version;
    case RawValueRole:
        switch (index.column()) {
        case IdColumn:
            return t.tenantId;
        case NameColumn:
            return t.tenantName;
        case TierColumn:
            return static_cast<int>(t.tier);
        case StatusColumn:
            return static_cast<int>(t.status);
        case HealthColumn:
            return t.healthScore ? *t.healthScore : -1; // never sampled sorts first
        case RegionColumn:
            return t.region;
        case CostCenterColumn:
            return t.costCenter;
        case BudgetColumn:
            return t.monthlyBudget;
        case UsersColumn:
            return t.maxUsers;
        case UpdatedColumn:
            return t.updatedAt;
        }
        return {};
    case Qt::DisplayRole:
        // Text where it differs from the raw value; the raw value otherwise.
        switch (index.column()) {
        case TierColumn:
            return nameOf(t.tier);
        case StatusColumn:
            return nameOf(t.status);
        case HealthColumn:
            return t.healthScore ? QVariant(*t.healthScore) : QVariant(tr("n/a"));
        case BudgetColumn:
            return QLocale().toString(t.monthlyBudget);
        case UsersColumn:
            return QLocale().toString(t.maxUsers);
        case UpdatedColumn:
            return QLocale().toString(t.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return data(index, RawValueRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn && t.healthScore)
            return tr("%1 (%2), last sample %3")
                .arg(*t.healthScore)
                .arg(nameOf(m_policy.band(*t.healthScore)),
                     QLocale().toString(t.lastSampleAt.toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BudgetColumn || index.column() == UsersColumn ||
            index.column() == HealthColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TenantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Tenant");
    case NameColumn:
        return tr("Name");
    case TierColumn:
        return tr("Tier");
    case StatusColumn:
        return tr("Status");
    case HealthColumn:
        return tr("Health");
    case RegionColumn:
        return tr("Region");
    case CostCenterColumn:
        return tr("Cost centre");
    case BudgetColumn:
        return tr("Budget (₹/month)");
    case UsersColumn:
        return tr("Max users");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

void TenantTableModel::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    emit loadingChanged(true);
    TenantRepository *repository = &m_repository;
    HealthService *health = &m_health;
    runInBackground<Snapshot>(
        m_pool, this,
        [repository, health] {
            return Snapshot{repository->list(), health->policy()};
        },
        [this](Snapshot snapshot) {
            m_loading = false;
            if (!snapshot.tenants || !snapshot.policy) {
                emit loadFailed(snapshot.tenants ? snapshot.policy.error().message
                                                 : snapshot.tenants.error().message);
                emit loadingChanged(false);
                return;
            }
            beginResetModel();
            m_rows = std::move(snapshot.tenants).value();
            m_policy = snapshot.policy.value();
            endResetModel();
            emit loadingChanged(false);
        });
}

void TenantTableModel::refreshTenant(const QString &tenantId)
{
    const Result<Tenant> fresh = m_repository.get(tenantId);
    const int row = rowOf(tenantId);
    if (!fresh) {
        if (fresh.error().kind == ErrorKind::NotFound &&
            row >= 0) { // removed (a rolled-back draft)
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        m_rows[row] = fresh.value();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Keep the id order of a fresh load: insert where it sorts.
    const auto it =
        std::lower_bound(m_rows.begin(), m_rows.end(), tenantId,
                         [](const Tenant &t, const QString &id) { return t.tenantId < id; });
    const int at = static_cast<int>(it - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, fresh.value());
    endInsertRows();
}

} // namespace tenant
