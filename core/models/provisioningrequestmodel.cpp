#include "provisioningrequestmodel.h"

#include "changenotifier.h"

#include "background.h"
#include "chargebackmodels.h"
#include "plancatalog.h"
#include "provisioningservice.h"

#include <QLocale>

namespace tenant {

ProvisioningRequestModel::ProvisioningRequestModel(ProvisioningService &service, QThreadPool &pool,
                                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_pool(pool)
{
    connect(&m_service.notifier(), &ChangeNotifier::requestChanged, this,
            &ProvisioningRequestModel::refreshRequest);
}

int ProvisioningRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProvisioningRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProvisioningRequestModel::displayName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending:
        return tr("Pending approval");
    case RequestStatus::Approved:
        return tr("Approved");
    case RequestStatus::Rejected:
        return tr("Rejected");
    case RequestStatus::Provisioning:
        return tr("Provisioning");
    case RequestStatus::RollingBack:
        return tr("Rolling back");
    case RequestStatus::Active:
        return tr("Active");
    case RequestStatus::RolledBack:
        return tr("Rolled back");
    }
    return {};
}

QVariant ProvisioningRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProvisioningRequest &r = m_rows.at(index.row());
    switch (role) {
    case RequestIdRole:
        return r.requestId;
    case StatusRole:
        return static_cast<int>(r.status);
    case StatusNameRole:
        return nameOf(r.status);
    case Qt::TextAlignmentRole:
        return index.column() == EstimateColumn || index.column() == BudgetColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case RawValueRole:
        switch (index.column()) {
        case TierColumn:
            return static_cast<int>(r.tier);
        case EstimateColumn:
            return r.estimatedCost;
        case BudgetColumn:
            return r.budget;
        case StatusColumn:
            return static_cast<int>(r.status);
        case RequestedAtColumn:
            return r.requestedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequestColumn:
            return r.requestId;
        case TenantColumn:
            return r.tenantId;
        case NameColumn:
            return r.tenantName;
        case TierColumn:
            return nameOf(r.tier);
        case RegionColumn:
            return r.region;
        case EstimateColumn:
            return moneyText(double(r.estimatedCost));
        case BudgetColumn:
            return moneyText(double(r.budget));
        case StatusColumn:
            return displayName(r.status);
        case RequestedByColumn:
            return r.requestedBy;
        case RequestedAtColumn:
            return QLocale().toString(r.requestedAt.toLocalTime(), QLocale::ShortFormat);
        case StageColumn:
            return r.outcome.isEmpty() ? r.stage : r.outcome;
        case ApprovalsColumn:
            return approvalsText(r);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ApprovalsColumn)
            return approvalsDetail(r);
        if (index.column() == StatusColumn && !r.decisionComment.isEmpty())
            return tr("%1 by %2: %3").arg(displayName(r.status), r.decidedBy, r.decisionComment);
        return index.column() == StageColumn ? data(index, Qt::DisplayRole) : QVariant();
    }
    return {};
}

QString ProvisioningRequestModel::approvalsText(const ProvisioningRequest &r)
{
    if (r.requiredAuthorities.isEmpty())
        return tr("none needed");
    for (const Approval &a : r.approvals)
        if (!a.approved)
            return tr("refused by %1 (%2)").arg(a.approver, a.authority);
    const QStringList waiting = r.outstandingAuthorities();
    const int given = int(r.requiredAuthorities.size() - waiting.size());
    if (waiting.isEmpty())
        return tr("all %n given", nullptr, given);
    return tr("%1 of %2 — waits for %3")
        .arg(given)
        .arg(r.requiredAuthorities.size())
        .arg(waiting.join(QStringLiteral(", ")));
}

QString ProvisioningRequestModel::approvalsDetail(const ProvisioningRequest &r)
{
    QStringList lines;
    for (const QString &authority : r.requiredAuthorities) {
        QString line = tr("%1: still needed").arg(authority);
        for (const Approval &a : r.approvals)
            if (a.authority == authority)
                line = (a.approved ? tr("%1: given by %2 — %3") : tr("%1: refused by %2 — %3"))
                           .arg(authority, a.approver, a.comment);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant ProvisioningRequestModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {
        QT_TR_NOOP("Request"),   QT_TR_NOOP("Tenant"),          QT_TR_NOOP("Business unit"),
        QT_TR_NOOP("Tier"),      QT_TR_NOOP("Region"),          QT_TR_NOOP("Estimate / month"),
        QT_TR_NOOP("Budget"),    QT_TR_NOOP("Status"),          QT_TR_NOOP("Requested by"),
        QT_TR_NOOP("Requested"), QT_TR_NOOP("Stage / outcome"), QT_TR_NOOP("Approvals")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

void ProvisioningRequestModel::reload()
{
    if (!m_gate.begin())
        return; // runs again once the current load ends
    emit loadingChanged(true);
    load();
}

void ProvisioningRequestModel::load()
{
    ProvisioningService *service = &m_service;
    runInBackground<Result<QList<ProvisioningRequest>>>(
        m_pool, this, [service] { return service->list(); },
        [this](Result<QList<ProvisioningRequest>> requests) {
            if (m_gate.end()) { // asked for again meanwhile: this one is stale
                m_gate.begin();
                load();
                return;
            }
            if (!requests)
                emit loadFailed(requests.error().message);
            else
                setRequests(requests.value());
            m_showsAll = requests.ok();
            emit loadingChanged(false);
            // Requests that changed while the load ran: read again now.
            for (const QString &requestId : std::exchange(m_pendingRefresh, {}))
                refreshRequest(requestId);
        });
}

void ProvisioningRequestModel::setRequests(const QList<ProvisioningRequest> &requests)
{
    beginResetModel();
    m_rows = requests;
    m_showsAll = false;
    endResetModel();
}

int ProvisioningRequestModel::rowOf(const QString &requestId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).requestId == requestId)
            return i;
    return -1;
}

void ProvisioningRequestModel::refreshRequest(const QString &requestId)
{
    if (m_gate.isLoading()) {
        m_pendingRefresh.insert(requestId); // after the load, which may not have it
        return;
    }
    if (!m_showsAll && rowOf(requestId) < 0)
        return; // a chosen set (setRequests) does not grow: nothing to read
    const quint64 generation = ++m_refreshGeneration[requestId];
    ProvisioningService *service = &m_service;
    runInBackground<Result<ProvisioningRequest>>(
        m_pool, this, [service, requestId] { return service->get(requestId); },
        [this, requestId, generation](Result<ProvisioningRequest> fresh) {
            if (m_refreshGeneration.value(requestId) != generation)
                return; // a later read of the same request is on its way
            m_refreshGeneration.remove(requestId);
            if (m_gate.isLoading()) { // a load began meanwhile: after it, again
                m_pendingRefresh.insert(requestId);
                return;
            }
            if (fresh)
                applyRequest(requestId, fresh.value());
        }); // a failure shows at the next reload()
}

void ProvisioningRequestModel::applyRequest(const QString &requestId,
                                            const ProvisioningRequest &fresh)
{
    if (const int row = rowOf(requestId); row >= 0) {
        m_rows[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!m_showsAll)
        return; // a chosen set (setRequests) does not grow
    const int row = static_cast<int>(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << fresh;
    endInsertRows();
}

} // namespace tenant
