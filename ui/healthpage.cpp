#include "healthpage.h"

#include "background.h"
#include "chartviews.h"
#include "healthsamplemodel.h"
#include "palette.h"
#include "tenanttablemodel.h"
#include "workspace.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <numeric>

namespace tenant::ui {

RecordSampleDialog::RecordSampleDialog(const QString &tenantId, const HealthPolicy &policy,
                                       QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
{
    setWindowTitle(tr("Record health sample for %1").arg(tenantId));
    auto *form = new QFormLayout(this);
    auto spin = [this](double max, int decimals, const QString &suffix, double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0, max);
        box->setDecimals(decimals);
        box->setSuffix(suffix);
        box->setValue(value);
        connect(box, &QDoubleSpinBox::valueChanged, this, &RecordSampleDialog::updatePreview);
        return box;
    };
    m_latency = spin(600000, 0, tr(" ms"), 300);
    m_errorRate = spin(100, 2, tr(" %"), 0.5);
    m_successRate = spin(100, 2, tr(" %"), 99);
    m_storage = spin(100, 1, tr(" %"), 60);
    form->addRow(tr("Latency p95:"), m_latency);
    form->addRow(tr("Error rate:"), m_errorRate);
    form->addRow(tr("Query success:"), m_successRate);
    form->addRow(tr("Storage used:"), m_storage);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    form->addRow(tr("Score:"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    updatePreview();
}

HealthSignals RecordSampleDialog::values() const
{
    // The form shows percentages; the core takes fractions.
    return {m_latency->value(), m_errorRate->value() / 100, m_successRate->value() / 100,
            m_storage->value() / 100};
}

QString RecordSampleDialog::preview() const
{
    return m_preview->text();
}

void RecordSampleDialog::updatePreview()
{
    const int score = m_policy.score(values());
    const HealthBand band = m_policy.band(score);
    m_preview->setText(
        QStringLiteral("%1 (%2)").arg(score).arg(TenantTableModel::displayName(band)));
    m_preview->setStyleSheet(
        QStringLiteral("font-weight: bold; color: %1;").arg(colorFor(band).name()));
}

namespace {

/// A horizontal band from `low` to `high` across [from, to], drawn behind the data.
QAreaSeries *band(QChart *chart, qint64 from, qint64 to, double low, double high,
                  const QColor &color)
{
    auto *upper = new QLineSeries(chart);
    auto *lower = new QLineSeries(chart);
    upper->append(from, high);
    upper->append(to, high);
    lower->append(from, low);
    lower->append(to, low);
    auto *area = new QAreaSeries(upper, lower);
    QColor fill = color;
    fill.setAlpha(45);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    return area;
}

} // namespace

HealthPage::HealthPage(Workspace &workspace, TenantTableModel &tenants, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tenants(tenants)
{
    m_samples = new HealthSampleModel(workspace.health(), workspace.pool(), this);
    m_tenantPicker = new QComboBox(this);
    m_tenantPicker->setModel(&m_tenants);
    m_tenantPicker->setModelColumn(TenantTableModel::IdColumn);
    m_tenantPicker->setMinimumWidth(180);
    auto *record = new QPushButton(tr("Record sample…"), this);
    connect(record, &QPushButton::clicked, this, &HealthPage::recordSample);
    connect(m_tenantPicker, &QComboBox::currentTextChanged, this, [this](const QString &id) {
        if (!id.isEmpty() && id != m_samples->tenant())
            m_samples->setTenant(id);
    });

    m_scoreChart = makeChartView(this);
    m_scoreChart->setMinimumHeight(260);
    for (int i = 0; i < 4; ++i)
        m_signalCharts << makeChartView(this);
    m_allTenantsChart = makeChartView(this);

    auto *layout = new QGridLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Tenant:"), this));
    top->addWidget(m_tenantPicker);
    top->addWidget(record);
    top->addStretch();
    layout->addLayout(top, 0, 0, 1, 4);
    layout->addWidget(m_scoreChart, 1, 0, 1, 2);
    layout->addWidget(m_allTenantsChart, 1, 2, 1, 2);
    for (int i = 0; i < 4; ++i)
        layout->addWidget(m_signalCharts.at(i), 2, i);
    layout->setRowStretch(1, 3);
    layout->setRowStretch(2, 2);

    connect(m_samples, &QAbstractItemModel::modelReset, this, &HealthPage::rebuildTenantCharts);
    connect(m_samples, &QAbstractItemModel::rowsInserted, this, &HealthPage::rebuildTenantCharts);
    connect(&m_tenants, &QAbstractItemModel::modelReset, this, &HealthPage::rebuildOverviewChart);
    connect(&m_tenants, &QAbstractItemModel::dataChanged, this, &HealthPage::rebuildOverviewChart);
    connect(&m_tenants, &QAbstractItemModel::rowsInserted, this, &HealthPage::rebuildOverviewChart);
    rebuildTenantCharts();
    rebuildOverviewChart();
}

QString HealthPage::currentTenant() const
{
    return m_samples->tenant();
}

void HealthPage::showTenant(const QString &tenantId)
{
    const int row = m_tenants.rowOf(tenantId);
    if (row >= 0)
        m_tenantPicker->setCurrentIndex(row);
    if (m_samples->tenant() != tenantId)
        m_samples->setTenant(tenantId);
}

void HealthPage::rebuildTenantCharts()
{
    const HealthPolicy &policy = m_tenants.policy();
    const int n = m_samples->rowCount();
    const qint64 from = n ? m_samples->sampleAt(0).sampledAt.toMSecsSinceEpoch() : 0;
    const qint64 to = n ? m_samples->sampleAt(n - 1).sampledAt.toMSecsSinceEpoch() : 1;

    auto *chart = new QChart;
    chart->setTitle(tr("Health score of %1").arg(m_samples->tenant()));
    chart->legend()->hide();
    auto *critical = band(chart, from, to, 0, policy.warningFrom(), colorFor(HealthBand::Critical));
    auto *warning = band(chart, from, to, policy.warningFrom(), policy.healthyFrom(),
                         colorFor(HealthBand::Warning));
    m_scoreSeries = new QLineSeries(chart);
    m_scoreSeries->setName(tr("score"));
    m_scoreSeries->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    for (int row = 0; row < n; ++row)
        m_scoreSeries->append(m_samples->sampleAt(row).sampledAt.toMSecsSinceEpoch(),
                              m_samples->sampleAt(row).score);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("dd MMM"));
    x->setTickCount(6);
    x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(critical), static_cast<QAbstractSeries *>(warning),
          static_cast<QAbstractSeries *>(m_scoreSeries)}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    replaceChart(m_scoreChart, chart);

    struct SignalChart
    {
        QString title;
        int column;
        double scale;
    };
    const SignalChart signalCharts[] = {
        {tr("Latency p95 (ms)"), HealthSampleModel::LatencyColumn, 1},
        {tr("Error rate (%)"), HealthSampleModel::ErrorRateColumn, 100},
        {tr("Query success (%)"), HealthSampleModel::SuccessRateColumn, 100},
        {tr("Storage used (%)"), HealthSampleModel::StorageColumn, 100}};
    for (int i = 0; i < 4; ++i) {
        auto *small = new QChart;
        small->setTitle(signalCharts[i].title);
        small->legend()->hide();
        auto *series = new QLineSeries(small);
        double low = 0;
        double high = 1;
        for (int row = 0; row < n; ++row) {
            const double v = m_samples->index(row, signalCharts[i].column)
                                 .data(HealthSampleModel::RawValueRole)
                                 .toDouble() *
                             signalCharts[i].scale;
            series->append(m_samples->sampleAt(row).sampledAt.toMSecsSinceEpoch(), v);
            low = row == 0 ? v : std::min(low, v);
            high = std::max(high, v);
        }
        small->addSeries(series);
        auto *sx = new QDateTimeAxis(small);
        sx->setFormat(QStringLiteral("dd"));
        sx->setTickCount(4);
        auto *sy = new QValueAxis(small);
        const double top = std::ceil(high * 1.05);
        sy->setRange(std::floor(low * 0.95),
                     signalCharts[i].scale == 100 ? std::min(top, 100.0) : top);
        small->addAxis(sx, Qt::AlignBottom);
        small->addAxis(sy, Qt::AlignLeft);
        series->attachAxis(sx);
        series->attachAxis(sy);
        replaceChart(m_signalCharts.at(i), small);
    }
}

void HealthPage::rebuildOverviewChart()
{
    const HealthPolicy &policy = m_tenants.policy();
    auto *chart = new QChart;
    // A bar per tenant while they fit; beyond that the ones needing attention
    // most: the lowest sampled scores.
    constexpr int maxBars = 40;
    QList<int> rows(m_tenants.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    if (rows.size() > maxBars) {
        auto score = [this](int row) {
            const qint16 s = m_tenants.tenantAt(row).healthScore;
            return s < 0 ? 1000 : s; // never sampled: last
        };
        std::partial_sort(rows.begin(), rows.begin() + maxBars, rows.end(),
                          [&score](int a, int b) { return score(a) < score(b); });
        rows.resize(maxBars);
        chart->setTitle(tr("The %1 lowest scores of %Ln tenant(s)", nullptr, m_tenants.rowCount())
                            .arg(maxBars));
    } else {
        chart->setTitle(tr("Current score by tenant"));
    }
    QBarSet *sets[3] = {new QBarSet(tr("healthy")), new QBarSet(tr("warning")),
                        new QBarSet(tr("critical"))};
    const HealthBand bands[3] = {HealthBand::Healthy, HealthBand::Warning, HealthBand::Critical};
    QStringList categories;
    for (int row : std::as_const(rows)) {
        const TenantSummary &t = m_tenants.tenantAt(row);
        categories << t.tenantId;
        const int score = std::max<int>(t.healthScore, 0);
        const HealthBand b = policy.band(score);
        for (int i = 0; i < 3; ++i)
            *sets[i] << (t.healthScore >= 0 && bands[i] == b ? score : 0);
    }
    auto *series = new QStackedBarSeries(chart);
    for (int i = 0; i < 3; ++i) {
        sets[i]->setColor(colorFor(bands[i]));
        series->append(sets[i]);
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis(chart);
    x->append(categories);
    auto *y = new QValueAxis(chart);
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_allTenantsChart, chart);
    if (m_samples->tenant().isEmpty() && m_tenants.rowCount() > 0)
        showTenant(m_tenants.tenantAt(0).tenantId);
}

void HealthPage::recordSample()
{
    const QString tenantId = currentTenant();
    if (tenantId.isEmpty())
        return;
    RecordSampleDialog dialog(tenantId, m_tenants.policy(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    HealthService *health = &m_workspace.health();
    const Result<HealthSample> recorded = awaitInBackground<Result<HealthSample>>(
        m_workspace.pool(),
        [health, tenantId, values = dialog.values(), actor = m_workspace.actor()] {
            return health->record(tenantId, values, actor);
        });
    if (!recorded) {
        QMessageBox::warning(this, dialog.windowTitle(), recorded.error().message);
        return;
    }
    emit statusMessage(tr("Recorded a sample for %1: score %2").arg(tenantId).arg(recorded->score));
}

} // namespace tenant::ui
