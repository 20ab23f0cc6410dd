#include "overviewpage.h"

#include "badgedelegate.h"
#include "chargebackmodels.h"
#include "chartviews.h"
#include "palette.h"
#include "tenantfilterproxymodel.h"
#include "tenanttablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPieSeries>
#include <QTableView>
#include <QValueAxis>

namespace tenant::ui {

OverviewPage::OverviewPage(TenantTableModel &model, ChargebackLoader &finance, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_finance(finance)
{
    auto *layout = new QGridLayout(this);
    const std::pair<const char *, QString> cards[] = {{"total", tr("Tenants")},
                                                      {"active", tr("Active")},
                                                      {"suspended", tr("Suspended")},
                                                      {"average", tr("Average health")},
                                                      {"attention", tr("Need attention")}};
    int column = 0;
    for (const auto &[key, title] : cards)
        layout->addWidget(makeCard(QString::fromLatin1(key), title), 0, column++);

    m_tierChart = makeChartView(this);
    m_tierChart->setMinimumHeight(260);
    m_statusChart = makeChartView(this);
    layout->addWidget(m_tierChart, 1, 0, 1, 2);
    layout->addWidget(m_statusChart, 1, 2, 1, 3);

    m_attentionProxy = new TenantFilterProxyModel(this);
    m_attentionProxy->setSourceModel(&m_model);
    m_attentionProxy->setBands({HealthBand::Warning, HealthBand::Critical});
    m_attentionProxy->sort(TenantTableModel::HealthColumn, Qt::AscendingOrder);
    m_attention = new QTableView(this);
    m_attention->setModel(m_attentionProxy);
    m_attention->setItemDelegate(new BadgeDelegate(m_attention));
    m_attention->verticalHeader()->hide();
    m_attention->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attention->horizontalHeader()->setStretchLastSection(true);
    for (int c = TenantTableModel::RegionColumn; c < TenantTableModel::ColumnCount; ++c)
        m_attention->hideColumn(c);
    auto *attentionTitle = new QLabel(tr("<b>Tenants in the warning or critical band</b>"), this);
    layout->addWidget(attentionTitle, 2, 0, 1, 5);
    layout->addWidget(m_attention, 3, 0, 1, 5);
    layout->setRowStretch(3, 1);

    // This month's run rates that forecast more than the budget (the same
    // forecasts go to Alertmanager after each usage import).
    m_forecastTitle = new QLabel(this);
    layout->addWidget(m_forecastTitle, 4, 0, 1, 5);
    m_forecasts = new QListWidget(this);
    m_forecasts->setObjectName(QStringLiteral("budgetForecasts"));
    m_forecasts->setMaximumHeight(110);
    layout->addWidget(m_forecasts, 5, 0, 1, 5);
    connect(&m_finance, &ChargebackLoader::loaded, this, &OverviewPage::showForecasts);
    showForecasts();

    connect(&m_model, &QAbstractItemModel::modelReset, this, &OverviewPage::recompute);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &OverviewPage::recompute);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &OverviewPage::recompute);
    recompute();
}

void OverviewPage::showForecasts()
{
    const QList<BudgetForecast> &over = m_finance.snapshot().overBudget;
    m_forecastTitle->setText(
        tr("<b>Budget forecasts this month</b> — %n tenant(s) on course to exceed the budget",
           nullptr, int(over.size())));
    m_forecasts->clear();
    for (const BudgetForecast &f : over) {
        auto *item =
            new QListWidgetItem(tr("%1 (%2): %3 so far, forecast %4 against a budget of %5")
                                    .arg(f.tenantId, f.costCenter, moneyText(f.monthToDate),
                                         moneyText(f.forecast), moneyText(double(f.budget))),
                                m_forecasts);
        item->setData(Qt::UserRole, f.tenantId);
        item->setForeground(errorTextColor());
    }
}

QWidget *OverviewPage::makeCard(const QString &key, const QString &title)
{
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *value = new QLabel(QStringLiteral("–"), card);
    value->setObjectName(QStringLiteral("card-") + key);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    layout->addWidget(value);
    layout->addWidget(new QLabel(title, card));
    m_cards.insert(key, value);
    return card;
}

QString OverviewPage::cardValue(const QString &card) const
{
    return m_cards.value(card) ? m_cards.value(card)->text() : QString();
}

void OverviewPage::recompute()
{
    QHash<TenantStatus, int> byStatus;
    QHash<Tier, int> byTier;
    int scored = 0;
    int attention = 0;
    double sum = 0;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const TenantSummary &t = m_model.tenantAt(row);
        ++byStatus[t.status];
        ++byTier[t.tier];
        if (t.healthScore >= 0) {
            sum += t.healthScore;
            ++scored;
            if (m_model.policy().band(t.healthScore) != HealthBand::Healthy)
                ++attention;
        }
    }
    const QLocale locale;
    m_cards.value(QStringLiteral("total"))->setText(locale.toString(m_model.rowCount()));
    m_cards.value(QStringLiteral("active"))
        ->setText(locale.toString(byStatus.value(TenantStatus::Active)));
    m_cards.value(QStringLiteral("suspended"))
        ->setText(locale.toString(byStatus.value(TenantStatus::Suspended)));
    m_cards.value(QStringLiteral("average"))
        ->setText(scored ? locale.toString(sum / scored, 'f', 0) : QStringLiteral("–"));
    m_cards.value(QStringLiteral("attention"))->setText(locale.toString(attention));

    auto *tierChart = new QChart;
    tierChart->setTitle(tr("Tenants by tier"));
    auto *pie = new QPieSeries(tierChart);
    for (const QString &name : allTierNames()) {
        const Tier tier = *tierFromString(name);
        if (byTier.value(tier) == 0)
            continue;
        QPieSlice *slice = pie->append(QStringLiteral("%1 (%2)").arg(name).arg(byTier.value(tier)),
                                       byTier.value(tier));
        slice->setColor(colorFor(tier));
        slice->setLabelVisible(true);
    }
    tierChart->addSeries(pie);
    tierChart->legend()->hide();
    replaceChart(m_tierChart, tierChart);

    auto *statusChart = new QChart;
    statusChart->setTitle(tr("Tenants by status"));
    auto *set = new QBarSet(tr("Tenants"));
    QStringList categories;
    int highest = 0;
    for (const QString &name : allStatusNames()) {
        const TenantStatus status = *statusFromString(name);
        const int count = byStatus.value(status);
        *set << count;
        categories << TenantTableModel::displayName(status);
        highest = std::max(highest, count);
    }
    set->setColor(QColor(0x15, 0x65, 0xc0));
    auto *bars = new QBarSeries(statusChart);
    bars->append(set);
    statusChart->addSeries(bars);
    auto *xAxis = new QBarCategoryAxis(statusChart);
    xAxis->append(categories);
    auto *yAxis = new QValueAxis(statusChart);
    yAxis->setRange(0, std::max(1, highest));
    yAxis->setTickCount(std::min(highest, 10) + 1);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    statusChart->addAxis(xAxis, Qt::AlignBottom);
    statusChart->addAxis(yAxis, Qt::AlignLeft);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    statusChart->legend()->hide();
    replaceChart(m_statusChart, statusChart);
}

} // namespace tenant::ui
