#pragma once

#include "plancatalog.h"

#include <QAbstractTableModel>

namespace tenant {

/// The plan table a tier is chosen from: one row per tier, its model and
/// limits, its latency SLA and cost multiplier, then one checkable column per
/// feature of the matrix.
class TierPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TierColumn,
        ModelColumn,
        QueriesColumn,
        DocumentsColumn,
        TokensColumn,
        NamespaceColumn,
        SlaColumn,
        MultiplierColumn,
        FirstFeatureColumn ///< then one column per TierPlan::allFeatures()
    };
    enum Role { TierRole = Qt::UserRole }; ///< Tier as int

    explicit TierPlanModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TierPlanModel)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPlans(const QList<TierPlan> &plans);
    /// -1 when no plan is for `tier`.
    int rowOf(Tier tier) const;
    const TierPlan &planAt(int row) const { return m_plans.at(row); }

private:
    QList<TierPlan> m_plans;
    QStringList m_features;
};

} // namespace tenant
