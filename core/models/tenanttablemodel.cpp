#include "tenanttablemodel.h"

#include "health/healthservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace tenant {

namespace {
QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}
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
    connect(&m_repository, &TenantRepository::tenantsImported, this, &TenantTableModel::reload);
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
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), tenantId,
        [](const TenantSummary &t, const QString &id) { return t.tenantId < id; });
    return it != m_rows.cend() && it->tenantId == tenantId
               ? static_cast<int>(it - m_rows.cbegin())
               : -1;
}

std::optional<HealthBand> TenantTableModel::bandAt(int row) const
{
    const qint16 score = m_rows.at(row).healthScore;
    return score < 0 ? std::nullopt : std::optional(m_policy.band(score));
}

int TenantTableModel::compare(int leftRow, int rightRow, int column) const
{
    const TenantSummary &a = m_rows.at(leftRow);
    const TenantSummary &b = m_rows.at(rightRow);
    switch (column) {
    case IdColumn:
        return threeWay(a.tenantId, b.tenantId);
    case NameColumn:
        return a.tenantName.localeAwareCompare(b.tenantName);
    case TierColumn:
        return threeWay(a.tier, b.tier);
    case StatusColumn:
        return threeWay(a.status, b.status);
    case HealthColumn:
        return threeWay(a.healthScore, b.healthScore); // never sampled (-1) first
    case RegionColumn:
        return threeWay(a.region, b.region);
    case CostCenterColumn:
        return threeWay(a.costCenter, b.costCenter);
    case BudgetColumn:
        return threeWay(a.monthlyBudget, b.monthlyBudget);
    case UsersColumn:
        return threeWay(a.maxUsers, b.maxUsers);
    case UpdatedColumn:
        return threeWay(a.updatedAtMs, b.updatedAtMs);
    }
    return 0;
}

QVariant TenantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantSummary &t = m_rows.at(index.row());
    const bool sampled = t.healthScore >= 0;
    switch (role) {
    case TenantIdRole:
        return t.tenantId;
    case StatusRole:
        return static_cast<int>(t.status);
    case TierRole:
        return static_cast<int>(t.tier);
    case HealthBandRole:
        return sampled ? QVariant(static_cast<int>(m_policy.band(t.healthScore))) : QVariant();
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
            return int(t.healthScore); // never sampled (-1) sorts first
        case RegionColumn:
            return t.region;
        case CostCenterColumn:
            return t.costCenter;
        case BudgetColumn:
            return t.monthlyBudget;
        case UsersColumn:
            return t.maxUsers;
        case UpdatedColumn:
            return utc(t.updatedAtMs);
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
            return sampled ? QVariant(int(t.healthScore)) : QVariant(tr("n/a"));
        case BudgetColumn:
            return QLocale().toString(t.monthlyBudget);
        case UsersColumn:
            return QLocale().toString(t.maxUsers);
        case UpdatedColumn:
            return QLocale().toString(utc(t.updatedAtMs).toLocalTime(), QLocale::ShortFormat);
        default:
            return data(index, RawValueRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == HealthColumn && sampled)
            return tr("%1 (%2), last sample %3")
                .arg(t.healthScore)
                .arg(nameOf(m_policy.band(t.healthScore)),
                     QLocale().toString(utc(t.lastSampleAtMs).toLocalTime(), QLocale::ShortFormat));
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
    const int generation = ++m_generation;
    TenantRepository *repository = &m_repository;
    HealthService *health = &m_health;
    // Batches are posted to the application object (alive for the whole run)
    // and reach this model only if it still exists then.
    const QPointer<TenantTableModel> self(this);
    m_pool.start([repository, health, self, generation] {
        auto post = [](std::function<void()> call) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), std::move(call),
                                      Qt::QueuedConnection);
        };
        const Result<HealthPolicy> policy = health->policy();
        if (!policy) {
            post([self, generation, error = policy.error()] {
                if (self)
                    self->finishLoad(generation, error);
            });
            return;
        }
        bool first = true;
        int size = firstBatchSize;
        QList<TenantSummary> pending;
        // The first rows go out at once; the rest in large batches, so the
        // views see a few structural changes rather than one per tenant.
        const Status read =
            repository->summaries(firstBatchSize, [&](QList<TenantSummary> &&batch) {
                pending += std::move(batch);
                if (pending.size() < size)
                    return true;
                post([self, generation, first, rows = std::move(pending), p = policy.value()] {
                    if (self)
                        self->receiveBatch(generation, first, rows, p);
                });
                pending = {};
                first = false;
                size = batchSize;
                return true;
            });
        post([self, generation, first, rows = std::move(pending), p = policy.value(), read] {
            if (!self)
                return;
            if (read)
                self->receiveBatch(generation, first, rows, p);
            self->finishLoad(generation, read);
        });
    });
}

void TenantTableModel::receiveBatch(int generation, bool first, QList<TenantSummary> batch,
                                    const HealthPolicy &policy)
{
    if (generation != m_generation)
        return;
    if (first) {
        // The old rows stay until the new ones are there: no blank table.
        beginResetModel();
        m_rows = std::move(batch);
        m_policy = policy;
        endResetModel();
    } else if (!batch.isEmpty()) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at + static_cast<int>(batch.size()) - 1);
        m_rows += std::move(batch);
        endInsertRows();
    }
    emit loadProgress(static_cast<int>(m_rows.size()));
}

void TenantTableModel::finishLoad(int generation, const Status &status)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (!status)
        emit loadFailed(status.error().message);
    emit loadingChanged(false);
}

void TenantTableModel::refreshTenant(const QString &tenantId)
{
    const Result<TenantSummary> fresh = m_repository.summary(tenantId);
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
    const auto it = std::lower_bound(
        m_rows.begin(), m_rows.end(), tenantId,
        [](const TenantSummary &t, const QString &id) { return t.tenantId < id; });
    const int at = static_cast<int>(it - m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, fresh.value());
    endInsertRows();
}

} // namespace tenant
