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
    /// The row's state name ("waiting", "running", or a StepOutcome state name).
    enum Role { StateRole = Qt::UserRole };

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
        QString state = QStringLiteral("waiting");
        qint64 applyMs = -1;
        qint64 rollbackMs = -1;
        QString message;
    };
    int rowOf(const QString &system) const;
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace tenant
