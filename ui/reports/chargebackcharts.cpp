#include "chargebackcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace tenant {

namespace {

constexpr double lakh = 100000;

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QValueAxis *lakhAxis(double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(QObject::tr("₹ lakh"));
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setRange(0, std::max(1.0, max / lakh * 1.1));
    axis->applyNiceNumbers();
    return axis;
}

/// Adds `series` with `labels` along the bottom and amounts up to `max`
/// rupees, in lakh, up the left.
void addWithLakhAxes(QChart *chart, QAbstractBarSeries *series, const QStringList &labels,
                     double max)
{
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis *values = lakhAxis(max);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

} // namespace

QString ChargebackCharts::monthLabel(const QString &month)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QLocale().toString(first, QStringLiteral("MMM yyyy"));
}

namespace {
QList<BudgetBar> largest(QList<BudgetBar> bars, int limit)
{
    const auto bigger = [](const BudgetBar &a, const BudgetBar &b) {
        return a.chargeback > b.chargeback;
    };
    if (bars.size() > limit) {
        std::partial_sort(bars.begin(), bars.begin() + limit, bars.end(), bigger);
        bars.resize(limit);
    } else {
        std::sort(bars.begin(), bars.end(), bigger);
    }
    return bars;
}

double closestToLimit(const ChargebackLine &l)
{
    double most = 0;
    for (const QuotaUse &q : l.quotas)
        most = std::max(most, q.fraction());
    return most;
}
} // namespace

QList<BudgetBar> ChargebackCharts::byTenant(const ChargebackReport &report, int limit)
{
    QList<BudgetBar> bars;
    bars.reserve(report.tenants.size());
    for (const ChargebackLine &l : report.tenants)
        bars << BudgetBar{l.tenantId, l.budget.chargeback, double(l.budget.budget)};
    return largest(std::move(bars), limit);
}

QList<BudgetBar> ChargebackCharts::byCostCentre(const ChargebackReport &report, int limit)
{
    QList<BudgetBar> bars;
    for (const CostCentreLine &c : report.costCentres)
        bars << BudgetBar{c.costCenter, c.budget.chargeback, double(c.budget.budget)};
    return largest(std::move(bars), limit);
}

QChart *ChargebackCharts::budgetVersusActual(const QList<BudgetBar> &bars, const QString &title)
{
    QChart *chart = newChart(title);
    auto *budget = new QBarSet(QObject::tr("Budget"));
    auto *actual = new QBarSet(QObject::tr("Chargeback"));
    budget->setColor(QColor(0x90, 0xa4, 0xae));
    actual->setColor(QColor(0x1e, 0x88, 0xe5));
    QStringList labels;
    double max = 0;
    for (const BudgetBar &b : bars) {
        *budget << b.budget / lakh;
        *actual << b.chargeback / lakh;
        labels << b.label;
        max = std::max({max, b.budget, b.chargeback});
    }
    auto *series = new QBarSeries;
    series->append(budget);
    series->append(actual);
    addWithLakhAxes(chart, series, labels, max);
    return chart;
}

QChart *ChargebackCharts::costTrend(const QList<TrendMonth> &trend)
{
    QChart *chart = newChart(QObject::tr("Chargeback over 12 months"));
    auto *api = new QBarSet(QObject::tr("API calls"));
    auto *storage = new QBarSet(QObject::tr("Storage"));
    auto *compute = new QBarSet(QObject::tr("Compute"));
    api->setColor(QColor(0x1e, 0x88, 0xe5));
    storage->setColor(QColor(0x43, 0xa0, 0x47));
    compute->setColor(QColor(0xfb, 0x8c, 0x00));
    QStringList labels;
    double max = 0;
    for (const TrendMonth &m : trend) {
        *api << m.apiCost / lakh;
        *storage << m.storageCost / lakh;
        *compute << m.computeCost / lakh;
        labels << monthLabel(m.month).left(3);
        max = std::max(max, m.chargeback());
    }
    auto *series = new QStackedBarSeries;
    series->append(api);
    series->append(storage);
    series->append(compute);
    addWithLakhAxes(chart, series, labels, max);
    return chart;
}

QChart *ChargebackCharts::quotaUse(const ChargebackReport &report, int limit)
{
    QList<const ChargebackLine *> shown;
    for (const ChargebackLine &l : report.tenants)
        if (!l.quotas.isEmpty())
            shown << &l;
    const auto closer = [](const ChargebackLine *a, const ChargebackLine *b) {
        return closestToLimit(*a) > closestToLimit(*b);
    };
    if (shown.size() > limit) {
        std::partial_sort(shown.begin(), shown.begin() + limit, shown.end(), closer);
        shown.resize(limit);
    }
    // Bars run bottom to top: the closest to a limit ends on top.
    std::sort(shown.begin(), shown.end(),
              [&closer](const ChargebackLine *a, const ChargebackLine *b) { return closer(b, a); });
    QChart *chart = newChart(QObject::tr("Quota use (%) — flagged from 90 %"));
    const QList<std::pair<QString, QString>> quotas = {
        {UsageColumn::peakQueriesPerDay, QObject::tr("Peak queries per day")},
        {UsageColumn::documents, QObject::tr("Documents")},
        {UsageColumn::activeUsers, QObject::tr("Active users")}};
    const QColor colours[] = {QColor(0x1e, 0x88, 0xe5), QColor(0x43, 0xa0, 0x47),
                              QColor(0x8e, 0x24, 0xaa)};
    auto *series = new QHorizontalBarSeries;
    QStringList labels;
    double max = 100;
    for (const ChargebackLine *l : std::as_const(shown))
        labels << l->tenantId;
    for (int q = 0; q < quotas.size(); ++q) {
        auto *set = new QBarSet(quotas.at(q).second);
        set->setColor(colours[q]);
        for (const ChargebackLine *l : std::as_const(shown)) {
            double percent = 0;
            for (const QuotaUse &use : l->quotas)
                if (use.quota == quotas.at(q).first)
                    percent = use.fraction() * 100;
            *set << percent;
            max = std::max(max, percent);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *percent = new QValueAxis;
    percent->setRange(0, std::ceil(max / 10) * 10);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
    return chart;
}

} // namespace tenant
