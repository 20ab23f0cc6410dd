#include "chargebackmodels.h"

#include "changenotifier.h"
#include "workspace.h"

#include <QRegularExpression>

namespace tenant {

QString moneyText(double rupees, bool paise, const QLocale &locale)
{
    return locale.toCurrencyString(paise ? rupees : std::round(rupees), QStringLiteral("₹"),
                                   paise ? 2 : 0);
}

namespace {

QString pctText(const std::optional<double> &pct)
{
    if (!pct)
        return QStringLiteral("–");
    return (*pct > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*pct, 'f', 1) +
           QStringLiteral(" %");
}

QVariant pctSort(const std::optional<double> &pct)
{
    return pct ? QVariant(*pct) : QVariant(-1e300);
}

QString quotaText(const QList<QuotaUse> &quotas)
{
    QStringList near;
    for (const QuotaUse &q : quotas)
        if (q.nearLimit())
            near << QStringLiteral("%1 %2 %").arg(q.quota).arg(std::round(q.fraction() * 100));
    return near.join(QStringLiteral(", "));
}

} // namespace

ChargebackLoader::ChargebackLoader(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    connect(&workspace.notifier(), &ChangeNotifier::usageChanged, this, [this] { reload(); });
}

void ChargebackLoader::load(const QString &month)
{
    m_wanted = month;
    if (!m_gate.begin())
        return;
    Workspace *ws = &m_workspace;
    runInBackground<Result<ChargebackSnapshot>>(
        m_workspace.pool(), this,
        [ws, month]() -> Result<ChargebackSnapshot> {
            ChargebackSnapshot s;
            const Result<QStringList> months = ws->usage().months();
            if (!months)
                return months.error();
            s.months = months.value();
            // By default the newest complete month: this month so far is
            // only a forecast's input.
            const QString current = usageMonthText(QDate::currentDate());
            const QStringList complete = s.months.filter(QRegularExpression(
                QStringLiteral("^(?!%1$)").arg(QRegularExpression::escape(current))));
            s.month = !month.isEmpty()      ? month
                      : !complete.isEmpty() ? complete.first()
                      : !s.months.isEmpty() ? s.months.first()
                                            : current;
            Result<ChargebackReport> report = ws->chargeback().report(s.month);
            if (!report)
                return report.error();
            s.report = std::move(report).value();
            Result<QList<TrendMonth>> trend = ws->chargeback().trend(s.month);
            if (!trend)
                return trend.error();
            s.trend = std::move(trend).value();
            Result<QList<BudgetForecast>> over =
                ws->chargeback().overBudgetForecasts(QDateTime::currentDateTimeUtc());
            if (!over)
                return over.error();
            s.overBudget = std::move(over).value();
            return s;
        },
        [this, month](Result<ChargebackSnapshot> result) {
            if (m_gate.end() || m_wanted != month) {
                load(m_wanted);
                return;
            }
            if (!result) {
                emit loadFailed(result.error().message);
                return;
            }
            m_snapshot = std::move(result).value();
            emit loaded();
        });
}

ChargebackTenantModel::ChargebackTenantModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ChargebackTenantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ChargebackTenantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChargebackTenantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChargebackLine &l = m_lines.at(index.row());
    const QLocale locale;
    if (role == BudgetStatusRole)
        return int(l.budget.status());
    if (role == NearQuotaRole)
        return std::any_of(l.quotas.cbegin(), l.quotas.cend(),
                           [](const QuotaUse &q) { return q.nearLimit(); });
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ApiCallsColumn && index.column() <= VariancePctColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return tr("%1 of a budget of %2")
            .arg(moneyText(l.budget.chargeback, true), moneyText(double(l.budget.budget)));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case TenantColumn:
        return l.tenantId;
    case CostCentreColumn:
        return l.costCenter;
    case TierColumn:
        return nameOf(l.tier);
    case RegionColumn:
        return l.region;
    case ApiCallsColumn:
        return display ? QVariant(locale.toString(l.usage.apiCalls)) : QVariant(l.usage.apiCalls);
    case StorageColumn:
        return display ? QVariant(locale.toString(l.usage.storageGb, 'f', 1))
                       : QVariant(l.usage.storageGb);
    case ComputeColumn:
        return display ? QVariant(locale.toString(l.usage.computeHours, 'f', 1))
                       : QVariant(l.usage.computeHours);
    case UsageCostColumn:
        return display ? QVariant(moneyText(l.cost.usageCost())) : QVariant(l.cost.usageCost());
    case RegionMultiplierColumn:
        return display ? QVariant(QStringLiteral("×") + locale.toString(l.cost.regionMultiplier))
                       : QVariant(l.cost.regionMultiplier);
    case TierMultiplierColumn:
        return display ? QVariant(QStringLiteral("×") + locale.toString(l.cost.tierMultiplier))
                       : QVariant(l.cost.tierMultiplier);
    case ChargebackColumn:
        return display ? QVariant(moneyText(l.budget.chargeback)) : QVariant(l.budget.chargeback);
    case BudgetColumn:
        return display ? QVariant(moneyText(double(l.budget.budget))) : QVariant(l.budget.budget);
    case VarianceColumn:
        return display ? QVariant(moneyText(l.budget.variance())) : QVariant(l.budget.variance());
    case VariancePctColumn:
        return display ? QVariant(pctText(l.budget.variancePct()))
                       : pctSort(l.budget.variancePct());
    case StatusColumn:
        return display ? QVariant(describe(l.budget.status())) : QVariant(int(l.budget.status()));
    case QuotaColumn:
        return quotaText(l.quotas);
    }
    return {};
}

QVariant ChargebackTenantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case CostCentreColumn:
        return tr("Cost centre");
    case TierColumn:
        return tr("Tier");
    case RegionColumn:
        return tr("Region");
    case ApiCallsColumn:
        return tr("API calls");
    case StorageColumn:
        return tr("Storage (GB)");
    case ComputeColumn:
        return tr("Compute (h)");
    case UsageCostColumn:
        return tr("Usage cost");
    case RegionMultiplierColumn:
        return tr("Region ×");
    case TierMultiplierColumn:
        return tr("Tier ×");
    case ChargebackColumn:
        return tr("Chargeback");
    case BudgetColumn:
        return tr("Budget");
    case VarianceColumn:
        return tr("Variance");
    case VariancePctColumn:
        return tr("Variance %");
    case StatusColumn:
        return tr("Status");
    case QuotaColumn:
        return tr("Near a quota");
    }
    return {};
}

void ChargebackTenantModel::setLines(QList<ChargebackLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

CostCentreModel::CostCentreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CostCentreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int CostCentreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostCentreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostCentreLine &c = m_lines.at(index.row());
    if (role == BudgetStatusRole)
        return int(c.budget.status());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= TenantsColumn && index.column() <= VariancePctColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (index.column()) {
    case CostCentreColumn:
        return c.costCenter;
    case TenantsColumn:
        return c.tenants;
    case ChargebackColumn:
        return display ? QVariant(moneyText(c.budget.chargeback)) : QVariant(c.budget.chargeback);
    case BudgetColumn:
        return display ? QVariant(moneyText(double(c.budget.budget))) : QVariant(c.budget.budget);
    case VarianceColumn:
        return display ? QVariant(moneyText(c.budget.variance())) : QVariant(c.budget.variance());
    case VariancePctColumn:
        return display ? QVariant(pctText(c.budget.variancePct()))
                       : pctSort(c.budget.variancePct());
    case StatusColumn:
        return display ? QVariant(describe(c.budget.status())) : QVariant(int(c.budget.status()));
    }
    return {};
}

QVariant CostCentreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CostCentreColumn:
        return tr("Cost centre");
    case TenantsColumn:
        return tr("Tenants");
    case ChargebackColumn:
        return tr("Chargeback");
    case BudgetColumn:
        return tr("Budget");
    case VarianceColumn:
        return tr("Variance");
    case VariancePctColumn:
        return tr("Variance %");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void CostCentreModel::setLines(QList<CostCentreLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

} // namespace tenant
