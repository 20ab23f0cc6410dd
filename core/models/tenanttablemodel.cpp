#include "tenanttablemodel.h"

#include "chargebackmodels.h"

#include "background.h"
#include "healthservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

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
    connect(&m_repository.notifier(), &ChangeNotifier::tenantCreated, this,
            &TenantTableModel::refreshTenant);
    connect(&m_repository.notifier(), &ChangeNotifier::tenantChanged, this,
            &TenantTableModel::refreshTenant);
    connect(&m_repository.notifier(), &ChangeNotifier::healthRecorded, this,
            &TenantTableModel::refreshTenant);
    connect(&m_repository.notifier(), &ChangeNotifier::tenantsImported, this,
            &TenantTableModel::reload);
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
    if (!isIdOrder()) {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).tenantId == tenantId)
                return row;
        return -1;
    }
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), tenantId,
                         [](const TenantSummary &t, const QString &id) { return t.tenantId < id; });
    return it != m_rows.cend() && it->tenantId == tenantId ? static_cast<int>(it - m_rows.cbegin())
                                                           : -1;
}

QString TenantTableModel::searchKey(const TenantSummary &t)
{
    return QString(t.tenantId + QChar(0x1f) + t.tenantName).toCaseFolded();
}

bool TenantTableModel::before(const TenantSummary &a, const TenantSummary &b) const
{
    const int order = compareSummaries(a, b, m_sortColumn);
    if (order != 0)
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    return a.tenantId < b.tenantId; // ties keep a predictable order
}

void TenantTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::sort(permutation.begin(), permutation.end(),
              [this](int a, int b) { return before(m_rows.at(a), m_rows.at(b)); });
    QList<TenantSummary> rows;
    QStringList keys;
    rows.reserve(m_rows.size());
    keys.reserve(m_rows.size());
    std::vector<int> newRowOf(m_rows.size());
    for (int i = 0; i < static_cast<int>(permutation.size()); ++i) {
        rows << std::move(m_rows[permutation[i]]);
        keys << std::move(m_searchKeys[permutation[i]]);
        newRowOf[permutation[i]] = i;
    }
    m_rows = std::move(rows);
    m_searchKeys = std::move(keys);
    const QModelIndexList persistent = persistentIndexList();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        moved << this->index(newRowOf[index.row()], index.column());
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::optional<HealthBand> TenantTableModel::bandAt(int row) const
{
    const qint16 score = m_rows.at(row).healthScore;
    return score < 0 ? std::nullopt : std::optional(m_policy.band(score));
}

int TenantTableModel::compare(int leftRow, int rightRow, int column) const
{
    return compareSummaries(m_rows.at(leftRow), m_rows.at(rightRow), column);
}

int TenantTableModel::compareSummaries(const TenantSummary &a, const TenantSummary &b, int column)
{
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

QString TenantTableModel::displayName(TenantStatus status)
{
    switch (status) {
    case TenantStatus::Draft:
        return tr("draft");
    case TenantStatus::Active:
        return tr("active");
    case TenantStatus::Suspended:
        return tr("suspended");
    case TenantStatus::Migrating:
        return tr("migrating");
    case TenantStatus::Archived:
        return tr("archived");
    case TenantStatus::Deleted:
        return tr("deleted");
    }
    return nameOf(status);
}

QString TenantTableModel::displayName(HealthBand band)
{
    switch (band) {
    case HealthBand::Healthy:
        return tr("healthy");
    case HealthBand::Warning:
        return tr("warning");
    case HealthBand::Critical:
        return tr("critical");
    }
    return nameOf(band);
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
            return displayName(t.status);
        case HealthColumn:
            return sampled ? QVariant(int(t.healthScore)) : QVariant(tr("n/a"));
        case BudgetColumn:
            return moneyText(double(t.monthlyBudget));
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
                .arg(displayName(m_policy.band(t.healthScore)),
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
        return tr("Monthly budget");
    case UsersColumn:
        return tr("Max users");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

void TenantTableModel::reload()
{
    // One load at a time; asked again meanwhile, it loads again afterwards
    // (what the running load read may predate the change that asked).
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    // The load reads after every change announced so far: none is pending.
    m_pendingRefresh.clear();
    emit loadingChanged(true);
    TenantRepository *repository = &m_repository;
    HealthService *health = &m_health;
    struct Chunk
    {
        bool first = false;
        QList<TenantSummary> rows;
        HealthPolicy policy;
    };
    streamInBackground<Chunk, Status>(
        m_pool, this,
        [repository, health](const std::function<void(Chunk &&)> &send) -> Status {
            const Result<HealthPolicy> policy = health->policy();
            if (!policy)
                return policy.error();
            bool first = true;
            int size = firstBatchSize;
            QList<TenantSummary> pending;
            // The first rows go out at once; the rest in large batches, so
            // the views see a few structural changes rather than one per tenant.
            const Status read =
                repository->summaries(firstBatchSize, [&](QList<TenantSummary> &&batch) {
                    pending += std::move(batch);
                    if (pending.size() < size)
                        return true;
                    send({first, std::exchange(pending, {}), policy.value()});
                    first = false;
                    size = batchSize;
                    return true;
                });
            if (read && (first || !pending.isEmpty()))
                send({first, std::move(pending), policy.value()});
            return read;
        },
        [this](Chunk chunk) { receiveBatch(chunk.first, std::move(chunk.rows), chunk.policy); },
        [this](Status read) { finishLoad(read); });
}

void TenantTableModel::receiveBatch(bool first, QList<TenantSummary> batch,
                                    const HealthPolicy &policy)
{
    if (first) {
        // The old rows stay until the new ones are there: no blank table.
        QStringList keys;
        keys.reserve(batch.size());
        for (const TenantSummary &t : std::as_const(batch))
            keys << searchKey(t);
        beginResetModel();
        m_rows = std::move(batch);
        m_searchKeys = std::move(keys);
        m_policy = policy;
        endResetModel();
    } else if (!batch.isEmpty()) {
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at + static_cast<int>(batch.size()) - 1);
        for (const TenantSummary &t : std::as_const(batch))
            m_searchKeys << searchKey(t);
        m_rows += std::move(batch);
        endInsertRows();
    }
    emit loadProgress(static_cast<int>(m_rows.size()));
}

void TenantTableModel::finishLoad(const Status &status)
{
    m_loading = false;
    if (!status)
        emit loadFailed(status.error().message);
    else if (!isIdOrder())
        sort(m_sortColumn, m_sortOrder); // batches arrive in id order
    emit loadingChanged(false);
    if (std::exchange(m_reloadAgain, false)) {
        reload();
        return;
    }
    // Rows changed while the load ran: read each again now that the table
    // is whole (a row the load had not reached would otherwise come twice).
    for (const QString &tenantId : std::exchange(m_pendingRefresh, {}))
        refreshTenant(tenantId);
}

void TenantTableModel::refreshTenant(const QString &tenantId)
{
    if (m_loading) {
        m_pendingRefresh.insert(tenantId);
        return;
    }
    const quint64 generation = ++m_refreshGeneration[tenantId];
    TenantRepository *repository = &m_repository;
    runInBackground<Result<TenantSummary>>(
        m_pool, this, [repository, tenantId] { return repository->summary(tenantId); },
        [this, tenantId, generation](Result<TenantSummary> fresh) {
            if (m_refreshGeneration.value(tenantId) != generation)
                return; // a later refresh of the same row is on its way
            m_refreshGeneration.remove(tenantId);
            if (m_loading) { // a reload began meanwhile: after it, again
                m_pendingRefresh.insert(tenantId);
                return;
            }
            applyRefresh(tenantId, fresh);
        });
}

void TenantTableModel::applyRefresh(const QString &tenantId, const Result<TenantSummary> &fresh)
{
    const int row = rowOf(tenantId);
    if (!fresh) {
        if (fresh.error().kind == ErrorKind::NotFound &&
            row >= 0) { // removed (a rolled-back draft)
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_searchKeys.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    auto less = [this](const TenantSummary &a, const TenantSummary &b) { return before(a, b); };
    if (row < 0) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), fresh.value(), less);
        const int at = static_cast<int>(it - m_rows.begin());
        beginInsertRows({}, at, at);
        m_rows.insert(at, fresh.value());
        m_searchKeys.insert(at, searchKey(fresh.value()));
        endInsertRows();
        return;
    }
    m_rows[row] = fresh.value();
    m_searchKeys[row] = searchKey(fresh.value());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    // Keep the order: where the row goes among the others (both sides are sorted).
    const auto begin = m_rows.cbegin();
    const int target =
        static_cast<int>(std::lower_bound(begin, begin + row, m_rows.at(row), less) - begin) +
        static_cast<int>(std::lower_bound(begin + row + 1, m_rows.cend(), m_rows.at(row), less) -
                         (begin + row + 1));
    if (target == row)
        return;
    beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
    m_rows.move(row, target);
    m_searchKeys.move(row, target);
    endMoveRows();
}

} // namespace tenant
