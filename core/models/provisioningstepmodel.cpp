#include "provisioningstepmodel.h"

#include <algorithm>

namespace tenant {

ProvisioningStepModel::ProvisioningStepModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProvisioningStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProvisioningStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProvisioningStepModel::displayName(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return tr("Running…");
    case State::Done:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Warning:
        return tr("Warning");
    case State::Removed:
        return tr("Removed");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

ProvisioningStepModel::State ProvisioningStepModel::stateOf(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return State::Running;
    case StepStatus::Done:
        return State::Done;
    case StepStatus::Failed:
        return State::Failed;
    case StepStatus::Warning:
        return State::Warning;
    case StepStatus::Removed:
        return State::Removed;
    }
    return State::Waiting;
}

QVariant ProvisioningStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case StateRole:
        return static_cast<int>(row.state);
    case PhaseRole:
        return static_cast<int>(row.step.phase);
    case BlockingRole:
        return row.step.blocking;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const bool ended =
        row.state != State::Waiting && row.state != State::Running && row.state != State::Skipped;
    switch (index.column()) {
    case PhaseColumn:
        return nameOf(row.step.phase);
    case StepColumn:
        // Checks that only warn say so: their failure does not stop the run.
        return row.step.phase == StepPhase::Validate && !row.step.blocking
                   ? tr("%1 (warns)").arg(row.step.name)
                   : row.step.name;
    case StatusColumn:
        return displayName(row.state);
    case TimeColumn:
        return ended ? tr("%1 ms").arg(row.step.durationMs) : QString();
    case DetailColumn:
        return row.step.detail;
    }
    return {};
}

QVariant ProvisioningStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Phase"), QT_TR_NOOP("Step"), QT_TR_NOOP("Status"),
                                   QT_TR_NOOP("Time"), QT_TR_NOOP("Details")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

void ProvisioningStepModel::setPlan(const QList<StepRecord> &planned)
{
    beginResetModel();
    m_rows.clear();
    for (const StepRecord &step : planned)
        m_rows << Row{step, State::Waiting};
    endResetModel();
}

void ProvisioningStepModel::setSteps(const QList<StepRecord> &steps)
{
    beginResetModel();
    m_rows.clear();
    for (const StepRecord &step : steps)
        m_rows << Row{step, stateOf(step.status)};
    endResetModel();
}

int ProvisioningStepModel::rowOf(StepPhase phase, const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).step.phase == phase && m_rows.at(i).step.name == name)
            return i;
    return -1;
}

void ProvisioningStepModel::record(const StepRecord &step)
{
    if (const int row = rowOf(step.phase, step.name); row >= 0) {
        m_rows[row] = Row{step, stateOf(step.status)};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Unplanned (a rollback step, or a check the plan did not know): after
    // the last row of its phase or an earlier one.
    const auto after = std::find_if(m_rows.crbegin(), m_rows.crend(),
                                    [&step](const Row &r) { return r.step.phase <= step.phase; });
    const int row = static_cast<int>(std::distance(after, m_rows.crend()));
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row{step, stateOf(step.status)});
    endInsertRows();
}

void ProvisioningStepModel::markUnreachedSkipped()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state != State::Waiting)
            continue;
        m_rows[row].state = State::Skipped;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ProvisioningStepModel::finishedCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) {
        return r.state != State::Waiting && r.state != State::Running;
    }));
}

QList<StepRecord> ProvisioningStepModel::steps(StepPhase phase, State state) const
{
    QList<StepRecord> found;
    for (const Row &r : m_rows)
        if (r.step.phase == phase && r.state == state)
            found << r.step;
    return found;
}

} // namespace tenant
