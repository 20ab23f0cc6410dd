#include "cascadeprogressmodel.h"

#include "enumnames.h"

namespace tenant {

namespace {
bool isRollback(StepOutcome::State state)
{
    return state == StepOutcome::State::Compensated ||
           state == StepOutcome::State::CompensationFailed;
}

QString displayState(CascadeProgressModel::State state)
{
    using State = CascadeProgressModel::State;
    switch (state) {
    case State::Waiting:
        return CascadeProgressModel::tr("Waiting");
    case State::Running:
        return CascadeProgressModel::tr("Running…");
    case State::Applied:
        return CascadeProgressModel::tr("Done");
    case State::Unchanged:
        return CascadeProgressModel::tr("Already done");
    case State::Failed:
        return CascadeProgressModel::tr("Failed");
    case State::Compensated:
        return CascadeProgressModel::tr("Rolled back");
    case State::RollbackFailed:
        return CascadeProgressModel::tr("Rollback failed");
    }
    return {};
}
} // namespace

CascadeProgressModel::State CascadeProgressModel::stateOf(StepOutcome::State outcome)
{
    switch (outcome) {
    case StepOutcome::State::Applied:
        return State::Applied;
    case StepOutcome::State::Unchanged:
        return State::Unchanged;
    case StepOutcome::State::Failed:
        return State::Failed;
    case StepOutcome::State::Compensated:
        return State::Compensated;
    case StepOutcome::State::CompensationFailed:
        return State::RollbackFailed;
    }
    return State::Failed;
}

CascadeProgressModel::CascadeProgressModel(const QStringList &systems, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const QString &system : systems)
        m_rows.append(Row{system, State::Waiting, -1, -1, {}});
}

int CascadeProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CascadeProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CascadeProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == StateRole)
        return static_cast<int>(row.state);
    if (role == StateNameRole)
        return enumName(row.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SystemColumn:
        return row.system;
    case StatusColumn:
        return displayState(row.state);
    case TimeColumn:
        if (row.applyMs < 0)
            return QString();
        return row.rollbackMs < 0
                   ? tr("%1 ms").arg(row.applyMs)
                   : tr("%1 ms + %2 ms rollback").arg(row.applyMs).arg(row.rollbackMs);
    case MessageColumn:
        return row.message;
    }
    return {};
}

QVariant CascadeProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("System"), QT_TR_NOOP("Status"), QT_TR_NOOP("Time"),
                                   QT_TR_NOOP("Details")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

int CascadeProgressModel::rowOf(const QString &system) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).system == system)
            return i;
    return -1;
}

void CascadeProgressModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CascadeProgressModel::stepStarted(const QString &system)
{
    const int row = rowOf(system);
    if (row < 0)
        return;
    m_rows[row].state = State::Running;
    changed(row);
}

void CascadeProgressModel::stepFinished(const StepOutcome &outcome)
{
    const int row = rowOf(outcome.system);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.state = stateOf(outcome.state);
    if (isRollback(outcome.state)) {
        r.rollbackMs = outcome.milliseconds;
        if (!outcome.message.isEmpty())
            r.message = outcome.message;
    } else {
        r.applyMs = outcome.milliseconds;
        r.message = outcome.message;
    }
    changed(row);
}

int CascadeProgressModel::finishedSteps() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.applyMs >= 0; }));
}

int CascadeProgressModel::rolledBackSteps() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.state == State::Compensated;
    }));
}

} // namespace tenant
