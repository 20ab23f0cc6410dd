#include "flagmatrixmodel.h"

#include "flags/flagservice.h"
#include "registry/tenantrepository.h"

namespace tenant {

FlagMatrixModel::FlagMatrixModel(FlagService &flags, TenantRepository &tenants, QObject *parent)
    : QAbstractTableModel(parent)
    , m_flags(flags)
    , m_tenants(tenants)
{
    connect(&m_flags, &FlagService::flagsChanged, this, &FlagMatrixModel::reload);
    connect(&m_tenants, &TenantRepository::tenantCreated, this, &FlagMatrixModel::reload);
    connect(&m_tenants, &TenantRepository::tenantChanged, this, &FlagMatrixModel::reload);
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
    const Result<QList<Tenant>> tenants = m_tenants.list();
    const Result<QList<FlagReport>> reports = m_flags.reports();
    if (!tenants || !reports)
        return;
    QList<std::pair<QString, Tier>> rows;
    for (const Tenant &t : tenants.value())
        rows.append({t.tenantId, t.tier});
    QStringList columns;
    for (const FlagReport &r : reports.value())
        columns << r.definition.name;

    if (rows == m_rows && columns == m_columns) {
        reevaluate();
        if (!m_rows.isEmpty() && !m_columns.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_columns = columns;
    reevaluate();
    endResetModel();
}

void FlagMatrixModel::reevaluate()
{
    m_cells.clear();
    m_cells.reserve(m_rows.size() * m_columns.size());
    for (const auto &[tenantId, tier] : std::as_const(m_rows))
        for (const QString &flag : std::as_const(m_columns)) {
            const Result<FlagEvaluation> e = m_flags.evaluate(tenantId, tier, flag);
            m_cells << (e ? e.value()
                          : FlagEvaluation{tenantId, flag, false, FlagSource::Default, 100});
        }
}

QVariant FlagMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlagEvaluation &e = m_cells.at(index.row() * m_columns.size() + index.column());
    switch (role) {
    case Qt::DisplayRole:
        return e.enabled ? tr("on") : tr("off");
    case RawValueRole:
        return e.enabled;
    case SourceRole:
        return static_cast<int>(e.source);
    case TenantIdRole:
        return e.tenantId;
    case FlagNameRole:
        return e.flag;
    case Qt::ToolTipRole: {
        QString level;
        switch (e.source) {
        case FlagSource::Tenant:
            level = tr("a tenant override");
            break;
        case FlagSource::Tier:
            level = tr("the %1 tier default").arg(nameOf(m_rows.at(index.row()).second));
            break;
        case FlagSource::Global:
            level = tr("the global default");
            break;
        case FlagSource::Default:
            level = tr("the built-in default (nothing set)");
            break;
        }
        QString text = tr("%1 for %2: %3, decided by %4")
                           .arg(e.flag, e.tenantId, e.enabled ? tr("on") : tr("off"), level);
        if (e.rolloutPercentage < 100 && e.source != FlagSource::Default)
            text += tr(" (rollout %1 %)").arg(e.rolloutPercentage);
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
    return section < m_rows.size() ? QVariant(m_rows.at(section).first) : QVariant();
}

QModelIndex FlagMatrixModel::cell(const QString &tenantId, const QString &flag) const
{
    const int column = static_cast<int>(m_columns.indexOf(flag));
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).first == tenantId && column >= 0)
            return index(row, column);
    return {};
}

} // namespace tenant
