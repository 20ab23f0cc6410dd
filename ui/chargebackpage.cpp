#include "chargebackpage.h"

#include "appearance.h"
#include "background.h"
#include "chargebackcharts.h"
#include "chargebackmodels.h"
#include "chargebackpdf.h"
#include "chartviews.h"
#include "financejobs.h"
#include "palette.h"
#include "permissions.h"
#include "workspace.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tenant::ui {

namespace {

constexpr int networkTimeoutMs = 30000;

/// Tints the rows whose chargeback is over budget: amber when over, red
/// when over by more than 10 %; light tints with dark text in a light
/// theme, deep ones with light text in a dark theme.
class BudgetTintDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status =
            BudgetStatus(index.data(ChargebackTenantModel::BudgetStatusRole).toInt());
        if (status == BudgetStatus::Under)
            return;
        const bool dark = appearance::isDark(option->palette);
        const bool over = status == BudgetStatus::Over;
        option->backgroundBrush =
            dark ? (over ? QColor(0x6b, 0x4a, 0x00) : QColor(0x7a, 0x1f, 0x1f))
                 : (over ? QColor(0xff, 0xe0, 0xb2) : QColor(0xff, 0xcd, 0xd2));
        const QColor text = dark ? QColor(0xfc, 0xfc, 0xfc) : QColor(0x21, 0x21, 0x21);
        for (const QPalette::ColorRole role :
             {QPalette::Text, QPalette::WindowText, QPalette::HighlightedText})
            option->palette.setColor(role, text);
    }
};

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setItemDelegate(new BudgetTintDelegate(view));
    return view;
}

} // namespace

ChargebackPage::ChargebackPage(Workspace &workspace, ChargebackLoader &loader, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_loader(loader)
{
    m_tenants = new ChargebackTenantModel(this);
    m_centres = new CostCentreModel(this);
    m_tenantProxy = new QSortFilterProxyModel(this);
    m_tenantProxy->setSourceModel(m_tenants);
    m_tenantProxy->setSortRole(ChargebackTenantModel::SortRole);
    m_tenantProxy->setFilterKeyColumn(-1);
    m_tenantProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_centreProxy = new QSortFilterProxyModel(this);
    m_centreProxy->setSourceModel(m_centres);
    m_centreProxy->setSortRole(CostCentreModel::SortRole);
    m_centreProxy->setFilterKeyColumn(-1);
    m_centreProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr("Month: "), toolbar));
    m_month = new QComboBox(toolbar);
    m_month->setObjectName(QStringLiteral("monthPicker"));
    m_month->setMinimumContentsLength(10);
    toolbar->addWidget(m_month);
    toolbar->addSeparator();
    m_import = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                  tr("&Import usage…"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setToolTip(tr("Import a usage CSV file (%1)")
                             .arg(m_import->shortcut().toString(QKeySequence::NativeText)));
    m_pull = toolbar->addAction(QIcon::fromTheme(QStringLiteral("download")),
                                tr("Pull from &Prometheus…"));
    toolbar->addSeparator();
    m_exportCsv =
        toolbar->addAction(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Export &CSV…"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPdf = toolbar->addAction(QIcon::fromTheme(QStringLiteral("application-pdf")),
                                     tr("Export P&DF report…"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_filter = new QLineEdit(toolbar);
    m_filter->setObjectName(QStringLiteral("chargebackFilter"));
    m_filter->setPlaceholderText(tr("Filter tenants and cost centres…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    toolbar->addSeparator();
    toolbar->addWidget(m_filter);

    m_summary = new QLabel(tr("Loading…"), this);
    m_summary->setObjectName(QStringLiteral("chargebackSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_tenantView = makeTable(m_tenantProxy, this);
    m_tenantView->setObjectName(QStringLiteral("chargebackTenants"));
    m_tenantView->sortByColumn(ChargebackTenantModel::VariancePctColumn, Qt::DescendingOrder);
    m_centreView = makeTable(m_centreProxy, this);
    m_centreView->setObjectName(QStringLiteral("chargebackCostCentres"));
    m_centreView->sortByColumn(CostCentreModel::CostCentreColumn, Qt::AscendingOrder);

    m_budgetChart = makeChartView(this);
    m_trendChart = makeChartView(this);
    m_quotaChart = makeChartView(this);
    for (QChartView *view : {m_budgetChart, m_trendChart, m_quotaChart})
        view->setMinimumHeight(260);
    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->addWidget(m_budgetChart, 0, 0);
    grid->addWidget(m_trendChart, 0, 1);
    grid->addWidget(m_quotaChart, 1, 0, 1, 2);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(new QLabel(tr("<b>By cost centre</b>"), tables));
    tablesLayout->addWidget(m_centreView, 1);
    tablesLayout->addWidget(new QLabel(tr("<b>By tenant</b> — tinted rows are over budget; "
                                          "the last column flags quotas within 10 % of their "
                                          "limit"),
                                       tables));
    tablesLayout->addWidget(m_tenantView, 2);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(tables, tr("Ta&bles"));
    m_tabs->addTab(charts, tr("Ch&arts"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_tenantProxy->setFilterFixedString(text);
        m_centreProxy->setFilterFixedString(text);
    });
    connect(m_month, &QComboBox::activated, this,
            [this](int index) { m_loader.load(m_month->itemData(index).toString()); });
    connect(&m_loader, &ChargebackLoader::loaded, this, &ChargebackPage::showSnapshot);
    connect(&m_loader, &ChargebackLoader::loadFailed, this, [this](const QString &message) {
        m_summary->setText(tr("Cannot read the chargeback: %1").arg(message.toHtmlEscaped()));
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import usage"), {},
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(m_pull, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString url =
            QInputDialog::getText(this, tr("Pull usage from Prometheus"),
                                  tr("Prometheus URL for %1:").arg(m_loader.snapshot().month),
                                  QLineEdit::Normal, QStringLiteral("http://127.0.0.1:9090"), &ok);
        if (ok && !url.isEmpty())
            pullFromPrometheus(url, m_loader.snapshot().month);
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chargeback as CSV"),
            QStringLiteral("chargeback-%1.csv").arg(m_loader.snapshot().month),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_exportPdf, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the chargeback report"),
            QStringLiteral("chargeback-%1.pdf").arg(m_loader.snapshot().month),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    updateActions();
    if (m_loader.snapshot().month.isEmpty())
        m_loader.load();
    else
        showSnapshot();
}

void ChargebackPage::showView(const QString &view)
{
    m_tabs->setCurrentIndex(view == QLatin1String("charts") ? 1 : 0);
}

void ChargebackPage::updateActions()
{
    const Identity &me = m_workspace.identity();
    const bool loaded = !m_loader.snapshot().month.isEmpty();
    applyPermission(m_import, me, Action::RecordUsage, {}, !m_busy);
    applyPermission(m_pull, me, Action::RecordUsage, {}, !m_busy && loaded);
    const bool hasRows = !m_loader.snapshot().report.tenants.isEmpty();
    m_exportCsv->setEnabled(!m_busy && hasRows);
    m_exportPdf->setEnabled(!m_busy && hasRows);
}

void ChargebackPage::showSnapshot()
{
    const ChargebackSnapshot &s = m_loader.snapshot();
    QStringList months = s.months;
    if (!months.contains(s.month))
        months.prepend(s.month);
    std::sort(months.begin(), months.end(), std::greater<>());
    m_month->clear();
    for (const QString &m : std::as_const(months))
        m_month->addItem(ChargebackCharts::monthLabel(m), m);
    m_month->setCurrentIndex(m_month->findData(s.month));

    m_tenants->setLines(s.report.tenants);
    m_centres->setLines(s.report.costCentres);

    const CostCentreLine &t = s.report.total;
    const auto over = std::count_if(
        s.report.tenants.cbegin(), s.report.tenants.cend(),
        [](const ChargebackLine &l) { return l.budget.status() != BudgetStatus::Under; });
    const auto nearQuota = std::count_if(
        s.report.tenants.cbegin(), s.report.tenants.cend(), [](const ChargebackLine &l) {
            return std::any_of(l.quotas.cbegin(), l.quotas.cend(),
                               [](const QuotaUse &q) { return q.nearLimit(); });
        });
    if (s.report.tenants.isEmpty()) {
        m_summary->setText(tr("No usage is recorded for %1. Import a usage CSV file or pull "
                              "it from Prometheus.")
                               .arg(ChargebackCharts::monthLabel(s.month)));
    } else {
        const QString variance = t.budget.variancePct()
                                     ? QLocale().toString(*t.budget.variancePct(), 'f', 1)
                                     : QString();
        const bool soFar = s.month == usageMonthText(QDate::currentDate());
        m_summary->setText(
            tr("<b>%1</b>: chargeback <b>%2</b> against a budget of %3 (%4 %, %5) · "
               "<span style='color:%8'>%6 over budget</span> · %7")
                .arg(soFar ? tr("%1 so far").arg(ChargebackCharts::monthLabel(s.month))
                           : ChargebackCharts::monthLabel(s.month),
                     moneyText(t.budget.chargeback), moneyText(double(t.budget.budget)), variance,
                     describe(t.budget.status()), tr("%n tenant(s)", nullptr, int(over)),
                     tr("%n near a quota", nullptr, int(nearQuota)))
                .arg(errorTextColor().name()));
    }

    replaceChart(m_budgetChart, ChargebackCharts::budgetVersusActual(
                                    ChargebackCharts::byTenant(s.report),
                                    tr("Budget versus chargeback (the largest)")));
    replaceChart(m_trendChart, ChargebackCharts::costTrend(s.trend));
    replaceChart(m_quotaChart, ChargebackCharts::quotaUse(s.report));
    m_tenantView->resizeColumnsToContents();
    m_centreView->resizeColumnsToContents();
    updateActions();
}

void ChargebackPage::finish(bool ok, const QString &message)
{
    m_busy = false;
    updateActions();
    emit statusMessage(message);
    emit finished(ok, message);
}

void ChargebackPage::importCsv(const QString &path)
{
    m_busy = true;
    updateActions();
    emit statusMessage(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    Workspace *ws = &m_workspace;
    runInBackground<QString>(
        m_workspace.pool(), this,
        [ws, path]() -> QString {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return tr("Cannot read %1: %2").arg(path, file.errorString());
            if (file.size() > UsageCsv::maxBytes)
                return tr("%1 is larger than %2 MiB").arg(path).arg(UsageCsv::maxBytes >> 20);
            const Result<UsageImport> stored =
                FinanceJobs::importCsv(*ws, file.readAll(), QFileInfo(path).fileName());
            if (!stored)
                return tr("%1 was not imported: %2")
                    .arg(QFileInfo(path).fileName(), stored.error().message);
            // A failed alert does not undo the import; it is reported.
            const Result<QList<BudgetForecast>> alerts = FinanceJobs::checkBudgets(
                *ws, ws->downstreamEndpoints().monitoring, QDeadlineTimer(networkTimeoutMs));
            return alerts ? QString()
                          : tr("imported; budget alerts not sent: %1").arg(alerts.error().message);
        },
        [this, path](const QString &error) {
            if (error.isEmpty())
                finish(true, tr("Imported usage from %1").arg(QFileInfo(path).fileName()));
            else
                finish(error.startsWith(QLatin1String("imported;")), error);
        });
}

void ChargebackPage::pullFromPrometheus(const QString &url, const QString &month)
{
    const QUrl prometheus(url, QUrl::StrictMode);
    if (!prometheus.isValid() || (prometheus.scheme() != QLatin1String("http") &&
                                  prometheus.scheme() != QLatin1String("https"))) {
        finish(false, tr("%1 is not an http(s) URL").arg(url));
        return;
    }
    m_busy = true;
    updateActions();
    emit statusMessage(tr("Pulling %1 from %2…").arg(month, prometheus.host()));
    Workspace *ws = &m_workspace;
    runInBackground<QString>(
        m_workspace.pool(), this,
        [ws, prometheus, month]() -> QString {
            const Result<UsagePull> pulled =
                FinanceJobs::pullUsage(*ws, prometheus, month, QDeadlineTimer(networkTimeoutMs));
            if (!pulled)
                return tr("Nothing was pulled: %1").arg(pulled.error().message);
            const Result<QList<BudgetForecast>> alerts = FinanceJobs::checkBudgets(
                *ws, ws->downstreamEndpoints().monitoring, QDeadlineTimer(networkTimeoutMs));
            return alerts ? QString()
                          : tr("pulled; budget alerts not sent: %1").arg(alerts.error().message);
        },
        [this, month](const QString &error) {
            if (error.isEmpty())
                finish(true, tr("Pulled the usage for %1").arg(month));
            else
                finish(error.startsWith(QLatin1String("pulled;")), error);
        });
}

void ChargebackPage::exportCsv(const QString &path)
{
    const ChargebackSnapshot &s = m_loader.snapshot();
    QSaveFile out(path);
    const QByteArray bytes = s.report.toCsv(ChargebackReport::By::Tenant);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        finish(false, tr("Cannot write %1: %2").arg(path, out.errorString()));
        return;
    }
    finish(true, tr("Exported %1").arg(QFileInfo(path).fileName()));
}

void ChargebackPage::exportPdf(const QString &path)
{
    const ChargebackSnapshot &s = m_loader.snapshot();
    // Drawing needs the GUI thread (Qt Charts); the figures are in memory.
    const Status written = ChargebackPdf::write(s.report, s.trend, path);
    finish(bool(written),
           written ? tr("Exported %1").arg(QFileInfo(path).fileName()) : written.error().message);
}

} // namespace tenant::ui
