#pragma once

#include "runjournal.h"

#include <QAbstractTableModel>

namespace tenant {

/// The steps of one provisioning run, one row each: first the steps the
/// workflow plans to take (waiting), then as stepChanged() reports them
/// running and finished, and the rollback's steps when it undoes the run.
/// Also shows a persisted run's journal (setSteps()).
class ProvisioningStepModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PhaseColumn, StepColumn, StatusColumn, TimeColumn, DetailColumn, ColumnCount };
    /// What a row shows: a step not reached (yet), or a StepStatus.
    enum class State { Waiting, Running, Done, Failed, Warning, Removed, Skipped };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole, ///< State as int
        PhaseRole,                ///< StepPhase as int
        BlockingRole,             ///< bool
    };

    explicit ProvisioningStepModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProvisioningStepModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Shows `planned` as waiting rows (ProvisioningWorkflow::plannedSteps()).
    void setPlan(const QList<StepRecord> &planned);
    /// Shows a persisted run as it was recorded.
    void setSteps(const QList<StepRecord> &steps);
    /// A step started or finished: updates its row, or adds it after the
    /// rows of its phase.
    void record(const tenant::StepRecord &step);
    /// The run ended: steps it never reached are shown as skipped.
    void markUnreachedSkipped();

    State stateAt(int row) const { return m_rows.at(row).state; }
    const StepRecord &stepAt(int row) const { return m_rows.at(row).step; }
    /// Rows whose step has ended (done, failed, warning, removed, skipped).
    int finishedCount() const;
    /// The rows of `phase` in `state`.
    QList<StepRecord> steps(StepPhase phase, State state) const;

    static QString displayName(State state);
    /// -1 when no row is that step.
    int rowOf(StepPhase phase, const QString &name) const;

private:
    struct Row
    {
        StepRecord step;
        State state = State::Waiting;
    };
    static State stateOf(StepStatus status);

    QList<Row> m_rows;
};

} // namespace tenant
