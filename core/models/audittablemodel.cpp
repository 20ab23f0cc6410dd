#include "audittablemodel.h"

#include "background.h"
#include "changenotifier.h"

#include <QLocale>

namespace tenant {

AuditTableModel::AuditTableModel(AuditLog &log, ChangeNotifier &notifier, QThreadPool &pool,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_pool(pool)
{
    // Every change writes an audit entry; each announcement fetches the new ones.
    for (auto signal : {&ChangeNotifier::tenantCreated, &ChangeNotifier::tenantChanged,
                        &ChangeNotifier::healthRecorded, &ChangeNotifier::requestChanged})
        connect(&notifier, signal, this, &AuditTableModel::fetchNew);
    connect(&notifier, &ChangeNotifier::flagsChanged, this, &AuditTableModel::fetchNew);
    connect(&notifier, &ChangeNotifier::tenantsImported, this, &AuditTableModel::fetchNew);
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
    m_reloadWanted = true;
    fetch();
}

void AuditTableModel::fetchNew()
{
    fetch();
}

void AuditTableModel::fetch()
{
    if (!m_gate.begin())
        return;
    const bool full = std::exchange(m_reloadWanted, false);
    const qint64 after = full || m_entries.isEmpty() ? 0 : m_entries.last().seq;
    AuditLog *log = &m_log;
    runInBackground<Result<QList<AuditEntry>>>(
        m_pool, this, [log, after] { return log->list({}, after); },
        [this, full](Result<QList<AuditEntry>> entries) {
            // Even when more was asked for meanwhile, what came is true:
            // keep it, then read what came after.
            const bool again = m_gate.end();
            if (entries)
                apply(full, std::move(entries).value());
            if (again)
                fetch();
        });
}

void AuditTableModel::apply(bool full, QList<AuditEntry> entries)
{
    if (full) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        emit loaded();
        return;
    }
    const qint64 last = m_entries.isEmpty() ? 0 : m_entries.last().seq;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [last](const AuditEntry &e) { return e.seq <= last; }),
                  entries.end());
    if (entries.isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(entries.size()) - 1);
    m_entries.append(std::move(entries));
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
