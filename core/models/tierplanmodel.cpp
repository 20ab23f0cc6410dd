#include "tierplanmodel.h"

#include <QLocale>

namespace tenant {

TierPlanModel::TierPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_features(TierPlan::allFeatures())
{}

int TierPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

int TierPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstFeatureColumn + static_cast<int>(m_features.size());
}

QVariant TierPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierPlan &plan = m_plans.at(index.row());
    if (role == TierRole)
        return static_cast<int>(plan.tier);
    if (index.column() >= FirstFeatureColumn) {
        const bool offered =
            plan.features.contains(m_features.at(index.column() - FirstFeatureColumn));
        if (role == Qt::CheckStateRole)
            return offered ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return offered ? tr("included") : tr("not included");
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= QueriesColumn && index.column() != NamespaceColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case TierColumn:
        return nameOf(plan.tier);
    case ModelColumn:
        return plan.model;
    case QueriesColumn:
        return locale.toString(plan.queriesPerMinute);
    case DocumentsColumn:
        return locale.toString(plan.documentsPerMonth);
    case TokensColumn:
        return locale.toString(plan.maxTokens);
    case NamespaceColumn:
        return plan.dedicatedNamespace ? tr("dedicated") : tr("shared");
    case SlaColumn:
        return tr("%1 ms").arg(plan.latencySlaMs);
    case MultiplierColumn:
        return QStringLiteral("×%1").arg(locale.toString(plan.costMultiplier, 'f', 2));
    }
    return {};
}

QVariant TierPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Tier"),        QT_TR_NOOP("Model"),
                                   QT_TR_NOOP("Queries/min"), QT_TR_NOOP("Documents/month"),
                                   QT_TR_NOOP("Max tokens"),  QT_TR_NOOP("Namespace"),
                                   QT_TR_NOOP("p95 SLA"),     QT_TR_NOOP("Cost")};
    if (section >= 0 && section < FirstFeatureColumn)
        return tr(titles[section]);
    if (section >= FirstFeatureColumn && section < columnCount()) // "advanced\nsearch": narrow
        return QString(m_features.at(section - FirstFeatureColumn))
            .replace(QLatin1Char('_'), QLatin1Char('\n'));
    return {};
}

void TierPlanModel::setPlans(const QList<TierPlan> &plans)
{
    beginResetModel();
    m_plans = plans;
    endResetModel();
}

int TierPlanModel::rowOf(Tier tier) const
{
    for (int i = 0; i < m_plans.size(); ++i)
        if (m_plans.at(i).tier == tier)
            return i;
    return -1;
}

} // namespace tenant
