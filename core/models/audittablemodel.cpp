#include "audittablemodel.h"

#include "background.h"
#include "workspace.h"

#include <QLocale>

namespace tenant {

AuditTableModel::AuditTableModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    // Every service that writes audit entries says so with a signal.
    connect(&workspace.tenants(), &TenantRepository::tenantCreated, this,
            &AuditTableModel::fetchNew);
    connect(&workspace.tenants(), &TenantRepository::tenantChanged, this,
            &AuditTableModel::fetchNew);
    connect(&workspace.flags(), &FlagService::flagsChanged, this, &AuditTableModel::fetchNew);
    connect(&workspace.health(), &HealthService::healthRecorded, this, &AuditTableModel::fetchNew);
    connect(&workspace.provisioning(), &ProvisioningService::requestChanged, this,
            &AuditTableModel::fetchNew);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AuditTableModel::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    AuditLog *log = &m_workspace.audit();
    runInBackground<Result<QList<AuditEntry>>>(
        m_workspace.pool(), this, [log] { return log->list(); },
        [this](Result<QList<AuditEntry>> entries) {
            m_loading = false;
            if (!entries)
                return;
            beginResetModel();
            m_entries = std::move(entries).value();
            endResetModel();
            emit loaded();
        });
}

void AuditTableModel::fetchNew()
{
    if (m_loading)
        return; // the running load will include them
    const qint64 last = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    const Result<QList<AuditEntry>> fresh = m_workspace.audit().list({}, last);
    if (!fresh || fresh->isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh->size()) - 1);
    m_entries.append(fresh.value());
    endInsertRows();
}

int AuditTableModel::rowOfSeq(qint64 seq) const
{
    // Entries are in sequence order, usually without gaps.
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), seq,
                                     [](const AuditEntry &e, qint64 s) { return e.seq < s; });
    return it != m_entries.cend() && it->seq == seq ? static_cast<int>(it - m_entries.cbegin())
                                                    : -1;
}

QStringList AuditTableModel::actions() const
{
    QStringList names;
    for (const AuditEntry &e : m_entries)
        names << e.action;
    names.sort();
    names.removeDuplicates();
    return names;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == RawValueRole) {
        switch (index.column()) {
        case SeqColumn:
            return e.seq;
        case TimeColumn:
            return QDateTime::fromString(e.occurredAt, Qt::ISODateWithMs);
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return e.action;
        case TenantColumn:
            return e.tenantId;
        case ReasonColumn:
            return e.reason;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == SeqColumn)
        return tr("hash %1\ncorrelation %2").arg(e.hash, e.correlationId);
    if (role != Qt::DisplayRole)
        return {};
    // Only the time reads differently from its raw value.
    if (index.column() == TimeColumn)
        return QLocale().toString(
            QDateTime::fromString(e.occurredAt, Qt::ISODateWithMs).toLocalTime(),
            QLocale::ShortFormat);
    return data(index, RawValueRole);
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("#"),      QT_TR_NOOP("Time"),
                                   QT_TR_NOOP("Actor"),  QT_TR_NOOP("Action"),
                                   QT_TR_NOOP("Tenant"), QT_TR_NOOP("Reason")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

AuditFilterProxyModel::AuditFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditTableModel::RawValueRole);
}

void AuditFilterProxyModel::setTenant(const QString &tenantId)
{
    m_tenant = tenantId.trimmed();
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setAction(const QString &action)
{
    m_action = action;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setActor(const QString &actor)
{
    m_actor = actor.trimmed();
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto raw = [&](int column) {
        return sourceModel()
            ->index(sourceRow, column, sourceParent)
            .data(AuditTableModel::RawValueRole);
    };
    if (!m_tenant.isEmpty() &&
        !raw(AuditTableModel::TenantColumn).toString().contains(m_tenant, Qt::CaseInsensitive))
        return false;
    if (!m_action.isEmpty() && raw(AuditTableModel::ActionColumn).toString() != m_action)
        return false;
    if (!m_actor.isEmpty() &&
        !raw(AuditTableModel::ActorColumn).toString().contains(m_actor, Qt::CaseInsensitive))
        return false;
    const QDateTime at = raw(AuditTableModel::TimeColumn).toDateTime();
    if (m_from.isValid() && at < m_from)
        return false;
    if (m_to.isValid() && at > m_to)
        return false;
    return true;
}

} // namespace tenant
