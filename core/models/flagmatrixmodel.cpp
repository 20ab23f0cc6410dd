#include "flagmatrixmodel.h"

#include "changenotifier.h"

#include "background.h"
#include "flagservice.h"
#include "tenantrepository.h"
#include "tenanttablemodel.h"

namespace tenant {

struct FlagMatrixModel::Snapshot
{
    Status status = success();
    QList<FlagMatrix::TenantKey> rows;
    QStringList columns;
    FlagMatrix cells;
};

FlagMatrixModel::FlagMatrixModel(FlagService &flags, TenantRepository &tenants, QThreadPool &pool,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_flags(flags)
    , m_tenants(tenants)
    , m_pool(pool)
{
    connect(&m_flags.notifier(), &ChangeNotifier::flagsChanged, this, &FlagMatrixModel::reload);
    connect(&m_tenants.notifier(), &ChangeNotifier::tenantCreated, this, &FlagMatrixModel::reload);
    connect(&m_tenants.notifier(), &ChangeNotifier::tenantChanged, this,
            &FlagMatrixModel::tenantChanged);
    connect(&m_tenants.notifier(), &ChangeNotifier::tenantsImported, this,
            &FlagMatrixModel::reload);
    reload();
}

int FlagMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FlagMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

void FlagMatrixModel::reload()
{
    if (!m_load.begin())
        return; // runs again when the current load ends
    FlagService *flags = &m_flags;
    TenantRepository *tenants = &m_tenants;
    runInBackground<Snapshot>(
        m_pool, this,
        [flags, tenants] {
            Snapshot snapshot;
            snapshot.status = tenants->summaries(TenantTableModel::batchSize,
                                                 [&snapshot](QList<TenantSummary> &&batch) {
                                                     for (const TenantSummary &t : batch)
                                                         snapshot.rows.append({t.tenantId, t.tier});
                                                     return true;
                                                 });
            if (!snapshot.status)
                return snapshot;
            Result<FlagMatrix> cells = flags->matrix(snapshot.rows, &snapshot.columns);
            if (!cells)
                snapshot.status = cells.error();
            else
                snapshot.cells = std::move(cells).value();
            return snapshot;
        },
        [this](Snapshot snapshot) { apply(std::move(snapshot)); });
}

void FlagMatrixModel::apply(Snapshot snapshot)
{
    if (m_load.end()) {
        reload();
        return;
    }
    if (!snapshot.status)
        return; // keeps what it showed; the next change tries again
    const bool sameShape =
        snapshot.columns == m_columns && snapshot.rows.size() == m_rows.size() &&
        std::equal(snapshot.rows.cbegin(), snapshot.rows.cend(), m_rows.cbegin(),
                   [](const auto &a, const auto &b) { return a.tenantId == b.tenantId; });
    if (sameShape) {
        m_rows = std::move(snapshot.rows);
        m_cells = std::move(snapshot.cells);
        if (!m_rows.isEmpty() && !m_columns.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    } else {
        beginResetModel();
        m_rows = std::move(snapshot.rows);
        m_columns = std::move(snapshot.columns);
        m_cells = std::move(snapshot.cells);
        endResetModel();
    }
    emit loaded();
}

void FlagMatrixModel::tenantChanged(const QString &tenantId)
{
    TenantRepository *tenants = &m_tenants;
    runInBackground<Result<TenantSummary>>(
        m_pool, this, [tenants, tenantId] { return tenants->summary(tenantId); },
        [this, tenantId](Result<TenantSummary> now) {
            const int row = rowOf(tenantId);
            if (row >= 0 && now && now->tier == m_rows.at(row).tier)
                return;
            reload(); // a tier change, or a tenant that came or went
        });
}

int FlagMatrixModel::rowOf(const QString &tenantId) const
{
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), tenantId,
        [](const FlagMatrix::TenantKey &k, const QString &id) { return k.tenantId < id; });
    return it != m_rows.cend() && it->tenantId == tenantId ? static_cast<int>(it - m_rows.cbegin())
                                                           : -1;
}

QVariant FlagMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool enabled = m_cells.isEnabled(row, column);
    const FlagSource source = m_cells.source(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return enabled ? tr("on") : tr("off");
    case RawValueRole:
        return enabled;
    case SourceRole:
        return static_cast<int>(source);
    case TenantIdRole:
        return m_rows.at(row).tenantId;
    case FlagNameRole:
        return m_columns.at(column);
    case Qt::ToolTipRole: {
        QString level;
        switch (source) {
        case FlagSource::Tenant:
            level = tr("a tenant override");
            break;
        case FlagSource::Tier:
            level = tr("the %1 tier default").arg(nameOf(m_rows.at(row).tier));
            break;
        case FlagSource::Global:
            level = tr("the global default");
            break;
        case FlagSource::Default:
            level = tr("the built-in default (nothing set)");
            break;
        }
        QString text = tr("%1 for %2: %3, decided by %4")
                           .arg(m_columns.at(column), m_rows.at(row).tenantId,
                                enabled ? tr("on") : tr("off"), level);
        const int rollout = m_cells.rolloutPercentage(row, column);
        if (rollout < 100 && source != FlagSource::Default)
            text += tr(" (rollout %1 %)").arg(rollout);
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    }
    return {};
}

QVariant FlagMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return section < m_rows.size() ? QVariant(m_rows.at(section).tenantId) : QVariant();
}

QModelIndex FlagMatrixModel::cell(const QString &tenantId, const QString &flag) const
{
    const int column = static_cast<int>(m_columns.indexOf(flag));
    const int row = rowOf(tenantId);
    return row >= 0 && column >= 0 ? index(row, column) : QModelIndex();
}

} // namespace tenant
