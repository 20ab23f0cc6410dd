#include "flagtreemodel.h"

#include "changenotifier.h"

#include "background.h"

#include <QLocale>

#include <algorithm>

namespace tenant {

namespace {

QString scopeLabel(const FlagValue &v)
{
    switch (v.scope) {
    case FlagScope::Global:
        return QObject::tr("global default");
    case FlagScope::Tier:
        return QObject::tr("tier: %1").arg(v.scopeId);
    case FlagScope::Tenant:
        return QObject::tr("tenant: %1").arg(v.scopeId);
    }
    return {};
}

/// Same flags with the same value keys in the same order: then a reload
/// can be a dataChanged. Compared in place, without building strings.
bool sameShape(const QList<FlagReport> &a, const QList<FlagReport> &b)
{
    return std::equal(
        a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const FlagReport &x, const FlagReport &y) {
            return x.definition.name == y.definition.name &&
                   std::equal(x.values.cbegin(), x.values.cend(), y.values.cbegin(),
                              y.values.cend(), [](const FlagValue &v, const FlagValue &w) {
                                  return v.scope == w.scope && v.scopeId == w.scopeId;
                              });
        });
}

} // namespace

FlagTreeModel::FlagTreeModel(FlagService &flags, const QString &actor, QThreadPool &pool,
                             QObject *parent)
    : QAbstractItemModel(parent)
    , m_flags(flags)
    , m_actor(actor)
    , m_pool(pool)
{
    connect(&m_flags.notifier(), &ChangeNotifier::flagsChanged, this, &FlagTreeModel::reload);
    reload();
}

void FlagTreeModel::reload()
{
    if (!m_load.begin())
        return; // runs again when the current load ends
    FlagService *flags = &m_flags;
    runInBackground<Result<QList<FlagReport>>>(
        m_pool, this, [flags] { return flags->reports(); },
        [this](Result<QList<FlagReport>> reports) { apply(std::move(reports)); });
}

void FlagTreeModel::apply(Result<QList<FlagReport>> reports)
{
    if (m_load.end()) {
        reload();
        return;
    }
    if (!reports) {
        m_lastError = reports.error().message;
        emit editFailed(m_lastError);
        return;
    }
    if (sameShape(reports.value(), m_reports)) {
        m_reports = std::move(reports).value();
        for (int row = 0; row < m_reports.size(); ++row) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            const QModelIndex flag = index(row, 0);
            if (!m_reports.at(row).values.isEmpty())
                emit dataChanged(index(0, 0, flag),
                                 index(static_cast<int>(m_reports.at(row).values.size()) - 1,
                                       ColumnCount - 1, flag));
        }
        emit loaded();
        return;
    }
    beginResetModel();
    m_reports = std::move(reports).value();
    endResetModel();
    emit loaded();
}

QModelIndex FlagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, FlagRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex FlagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == FlagRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, FlagRowId);
}

int FlagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_reports.size());
    if (parent.internalId() != FlagRowId || parent.column() != 0)
        return 0;
    return static_cast<int>(m_reports.at(parent.row()).values.size());
}

int FlagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FlagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isValue = index.internalId() != FlagRowId;
    const FlagReport &report =
        m_reports.at(isValue ? static_cast<int>(index.internalId() - 1) : index.row());
    switch (role) {
    case FlagNameRole:
        return report.definition.name;
    case IsValueRole:
        return isValue;
    case StaleRole:
        return report.stale;
    case ExpiredRole:
        return report.expired;
    default:
        break;
    }
    if (!isValue) {
        switch (role) {
        case Qt::DisplayRole:
        case RawValueRole:
            switch (index.column()) {
            case NameColumn:
                return report.definition.name;
            case OwnerColumn:
                return report.definition.owner;
            case StateColumn:
                return report.expired ? tr("expired") : report.stale ? tr("stale") : QString();
            }
            return {};
        case Qt::ToolTipRole:
            if (index.column() == StateColumn && report.stale)
                return tr("Created %1: older than the flag policy allows; clean it up.")
                    .arg(QLocale().toString(report.definition.createdAt.toLocalTime(),
                                            QLocale::ShortFormat));
            return report.definition.description.isEmpty() ? QVariant()
                                                           : report.definition.description;
        }
        return {};
    }
    const FlagValue &value = report.values.at(index.row());
    switch (role) {
    case ScopeRole:
        return static_cast<int>(value.scope);
    case ScopeIdRole:
        return value.scopeId;
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return value.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return scopeLabel(value);
        case EnabledColumn:
            return value.enabled ? tr("on") : tr("off");
        case RolloutColumn:
            return QStringLiteral("%1 %").arg(value.rolloutPercentage);
        }
        return {};
    case Qt::EditRole:
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return scopeLabel(value);
        case EnabledColumn:
            return value.enabled;
        case RolloutColumn:
            return value.rolloutPercentage;
        }
        return {};
    }
    return {};
}

Qt::ItemFlags FlagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == FlagRowId)
        return f;
    if (index.column() == EnabledColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == RolloutColumn)
        f |= Qt::ItemIsEditable;
    return f | Qt::ItemNeverHasChildren;
}

bool FlagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == FlagRowId)
        return false;
    const FlagReport &report = m_reports.at(static_cast<int>(index.internalId() - 1));
    const FlagValue &current = report.values.at(index.row());
    FlagChange change;
    change.flag = current.flagName;
    change.scope = current.scope;
    change.scopeId = current.scopeId;
    change.enabled = current.enabled;
    change.rolloutPercentage = current.rolloutPercentage;
    if (index.column() == EnabledColumn && role == Qt::CheckStateRole)
        change.enabled = value.value<Qt::CheckState>() == Qt::Checked;
    else if (index.column() == RolloutColumn && role == Qt::EditRole)
        change.rolloutPercentage = value.toInt();
    else
        return false;
    // What needs no registry is refused at once; the service then
    // validates, writes and audits off the GUI thread and announces
    // flagsChanged, from which the model refreshes (no direct mutation).
    if (Status s = FlagService::checkChange(change); !s) {
        m_lastError = s.error().message;
        emit editFailed(m_lastError);
        return false;
    }
    m_lastError.clear();
    FlagService *flags = &m_flags;
    runInBackground<Result<FlagValue>>(
        m_pool, this, [flags, change, actor = m_actor] { return flags->set(change, actor); },
        [this](Result<FlagValue> set) {
            if (set)
                return;
            m_lastError = set.error().message;
            emit editFailed(m_lastError);
            reload(); // show what is stored, not the refused edit
        });
    return true;
}

QVariant FlagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Flag / level");
    case EnabledColumn:
        return tr("Value");
    case RolloutColumn:
        return tr("Rollout");
    case OwnerColumn:
        return tr("Owner");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QModelIndex FlagTreeModel::indexOfFlag(const QString &name) const
{
    for (int row = 0; row < m_reports.size(); ++row)
        if (m_reports.at(row).definition.name == name)
            return index(row, 0);
    return {};
}

QModelIndex FlagTreeModel::indexOfValue(const QString &flag, FlagScope scope,
                                        const QString &scopeId) const
{
    const QModelIndex parent = indexOfFlag(flag);
    if (!parent.isValid())
        return {};
    const QList<FlagValue> &values = m_reports.at(parent.row()).values;
    for (int row = 0; row < values.size(); ++row)
        if (values.at(row).scope == scope && values.at(row).scopeId == scopeId)
            return index(row, 0, parent);
    return {};
}

} // namespace tenant
