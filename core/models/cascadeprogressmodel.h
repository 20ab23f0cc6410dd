#pragma once

#include "cascadecoordinator.h"

#include <QAbstractTableModel>

namespace tenant {

/// The steps of one running cascade, one row per downstream system in the
/// coordinator's order: waiting, running, then how it ended, and whether it
/// was rolled back. Fed by the coordinator's stepStarted/stepFinished.
class CascadeProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SystemColumn, StatusColumn, TimeColumn, MessageColumn, ColumnCount };
    /// What a row shows: a step not reached (yet), running, or how it ended.
    enum class State { Waiting, Running, Applied, Unchanged, Failed, Compensated, RollbackFailed };
    Q_ENUM(State)
    enum Role {
        StateRole = Qt::UserRole, ///< State as int
        StateNameRole,            ///< "waiting", "applied", "rollback_failed"...
    };
    static State stateOf(StepOutcome::State outcome);

    explicit CascadeProgressModel(const QStringList &systems, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CascadeProgressModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void stepStarted(const QString &system);
    void stepFinished(const tenant::StepOutcome &outcome);

    /// Steps that have finished their forward run (applied, unchanged or failed).
    int finishedSteps() const;
    int rolledBackSteps() const;

private:
    struct Row
    {
        QString system;
        State state = State::Waiting;
        qint64 applyMs = -1;
        qint64 rollbackMs = -1;
        QString message;
    };
    int rowOf(const QString &system) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace tenant
