#include "driftmodel.h"

#include "background.h"
#include "workspace.h"

#include <QLocale>

#include <utility>

namespace tenant {

DriftModel::DriftModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{}

int DriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriftModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriftFinding &f = m_rows.at(index.row());
    if (role == TenantIdRole)
        return f.tenantId;
    if (role == SortRole && index.column() == SinceColumn)
        return f.since;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TenantColumn:
        return f.tenantId;
    case SystemColumn:
        return f.system;
    case ExpectedColumn:
        return f.expected;
    case FoundColumn:
        return f.found;
    case SinceColumn:
        return QLocale().toString(f.since.toLocalTime(), QLocale::ShortFormat);
    case DetailColumn:
        return f.detail;
    }
    return {};
}

QVariant DriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Tenant"),   QT_TR_NOOP("System"),
                                   QT_TR_NOOP("Expected"), QT_TR_NOOP("Found"),
                                   QT_TR_NOOP("Since"),    QT_TR_NOOP("Detail")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

void DriftModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void DriftModel::show(QList<DriftFinding> findings)
{
    beginResetModel();
    m_rows = std::move(findings);
    endResetModel();
}

void DriftModel::check()
{
    if (m_busy)
        return;
    setBusy(true);
    Workspace *ws = &m_workspace;
    runInBackground<Result<DriftCheck>>(
        ws->pool(), this, [ws] { return DriftService(*ws).check(); },
        [this](Result<DriftCheck> done) {
            setBusy(false);
            if (!done) {
                emit failed(done.error().message);
                return;
            }
            show(done->findings);
            emit checked(done->tenantsChecked, done->systemsRead, done->durationMs);
        });
}

void DriftModel::reconcile(const QStringList &tenantIds)
{
    if (m_busy)
        return;
    setBusy(true);
    Workspace *ws = &m_workspace;
    const QString actor = ws->actor();
    struct Outcome
    {
        Result<QList<Reconciliation>> done;
        Result<QList<DriftFinding>> left;
    };
    runInBackground<Outcome>(
        ws->pool(), this,
        [ws, actor, tenantIds] {
            DriftService drift(*ws);
            Result<QList<Reconciliation>> done = QList<Reconciliation>();
            if (tenantIds.isEmpty()) {
                done = drift.reconcileAll(actor);
            } else {
                QList<Reconciliation> each;
                for (const QString &id : tenantIds) {
                    const Result<Reconciliation> r = drift.reconcile(id, actor);
                    if (!r) {
                        done = r.error();
                        break;
                    }
                    each << r.value();
                }
                if (done)
                    done = each;
            }
            return Outcome{done, drift.findings()};
        },
        [this](Outcome outcome) {
            setBusy(false);
            if (outcome.left)
                show(outcome.left.value());
            if (!outcome.done) {
                emit failed(outcome.done.error().message);
                return;
            }
            emit reconciled(outcome.done.value());
        });
}

} // namespace tenant
