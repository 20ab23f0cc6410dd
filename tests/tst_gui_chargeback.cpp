// The Chargeback page and the Overview's budget forecasts on the demo
// registry, driven through real widgets: the month picker, sorting and
// filtering, over-budget rows, money in an Indian locale, importing a CSV
// file (a bad one refused with nothing changed), and the PDF export. Both
// models run under QAbstractItemModelTester.
#include "chargebackcharts.h"
#include "chargebackmodels.h"
#include "chargebackpage.h"
#include "democonsole.h"
#include "overviewpage.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace tenant;

class TestGuiChargeback : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;
    QTemporaryDir m_files;

    ui::ChargebackPage *page() const { return m_console.window->chargebackPage(); }

    /// The row of `tenantId` in the page's (sorted, filtered) tenant table.
    int rowOf(const QString &tenantId) const
    {
        const QAbstractItemModel *m = page()->tenantView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, ChargebackTenantModel::TenantColumn).data().toString() == tenantId)
                return r;
        return -1;
    }
    QString cell(const QString &tenantId, int column) const
    {
        const QAbstractItemModel *m = page()->tenantView()->model();
        return m->index(rowOf(tenantId), column).data().toString();
    }

    /// Waits for the page's next import or export to finish.
    std::pair<bool, QString> waitFinished()
    {
        QSignalSpy done(page(), &ui::ChargebackPage::finished);
        if (!done.wait(20000))
            return {false, QStringLiteral("timed out")};
        return {done.at(0).at(0).toBool(), done.at(0).at(1).toString()};
    }

private slots:
    void initTestCase()
    {
        // Money as the seeds write it: ₹25,00,000.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
        QVERIFY(m_console.open(m_databases));
        m_console.window->showPage(QStringLiteral("chargeback"));
        QTRY_VERIFY_WITH_TIMEOUT(page()->tenantModel()->rowCount() == 5, 10000);
        new QAbstractItemModelTester(page()->tenantModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(page()->costCentreModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(page()->tenantProxy(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }
    void cleanupTestCase() { m_console.close(); }

    void showsLastCompleteMonthWithFinanceOverBudget()
    {
        const QString last = usageMonthText(QDate::currentDate().addMonths(-1));
        QCOMPARE(page()->monthPicker()->currentData().toString(), last);
        // Twelve complete months and this one so far.
        QCOMPARE(page()->monthPicker()->count(), 13);
        // Sorted by variance, worst first: finance drifted 17.5 % over.
        QCOMPARE(page()->tenantView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("finance"));
        QCOMPARE(cell("finance", ChargebackTenantModel::VariancePctColumn),
                 QStringLiteral("+17.5 %"));
        QCOMPARE(cell("finance", ChargebackTenantModel::StatusColumn),
                 QStringLiteral("over budget by more than 10 %"));
        QCOMPARE(page()
                     ->tenantView()
                     ->model()
                     ->index(0, 0)
                     .data(ChargebackTenantModel::BudgetStatusRole)
                     .toInt(),
                 int(BudgetStatus::FarOver));
        // Indian grouping: finance's ₹25,00,000 budget.
        QCOMPARE(cell("finance", ChargebackTenantModel::BudgetColumn),
                 QStringLiteral("₹25,00,000"));
        // Legal stays just under.
        QCOMPARE(page()->tenantView()
                         ->model()
                         ->index(rowOf("legal"), ChargebackTenantModel::VariancePctColumn)
                         .data(ChargebackTenantModel::SortRole)
                         .toDouble() < 0,
                 true);
        QVERIFY2(page()->summary()->text().contains(
                     QRegularExpression("1 tenant(\\(s\\))? over budget")),
                 qPrintable(page()->summary()->text()));
        // Marketing's documents are within 10 % of max_documents.
        QVERIFY(cell("marketing", ChargebackTenantModel::QuotaColumn).startsWith("documents 9"));
        // The cost-centre table has one row per centre.
        QCOMPARE(page()->costCentreView()->model()->rowCount(), 5);
        // The charts are drawn from the same month.
        QCOMPARE(page()->trendChart()->chart()->series().size(), 1);
        QVERIFY(page()->budgetChart()->chart()->title().contains("Budget"));
    }

    void chartsShowTheLargestAtAnySize()
    {
        ChargebackReport report;
        for (int i = 1; i <= 40; ++i) {
            ChargebackLine l;
            l.tenantId = QStringLiteral("t%1").arg(i);
            l.budget.chargeback = i * 1000;
            l.quotas << QuotaUse{UsageColumn::documents, i, 40};
            report.tenants << l;
        }
        const QList<BudgetBar> top = ChargebackCharts::byTenant(report);
        QCOMPARE(top.size(), ChargebackCharts::maxBars);
        QCOMPARE(top.first().label, QStringLiteral("t40"));
        QCOMPARE(top.last().label, QStringLiteral("t26"));
        std::unique_ptr<QChart> quota(ChargebackCharts::quotaUse(report));
        auto *axis = qobject_cast<QBarCategoryAxis *>(quota->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->count(), ChargebackCharts::maxBars);
        QCOMPARE(axis->categories().last(), QStringLiteral("t40")); // the closest on top
    }

    void sortsAndFilters()
    {
        QTableView *view = page()->tenantView();
        view->sortByColumn(ChargebackTenantModel::ChargebackColumn, Qt::AscendingOrder);
        // By amount, not by text: marketing's ₹2.4L before ops' ₹9.2L.
        const auto *m = view->model();
        QVERIFY(m->index(0, ChargebackTenantModel::ChargebackColumn)
                    .data(ChargebackTenantModel::SortRole)
                    .toDouble() < m->index(4, ChargebackTenantModel::ChargebackColumn)
                                      .data(ChargebackTenantModel::SortRole)
                                      .toDouble());
        QCOMPARE(m->index(4, 0).data().toString(), QStringLiteral("finance"));
        QTest::keyClicks(page()->filter(), QStringLiteral("CC-LEG"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("legal"));
        QCOMPARE(page()->costCentreView()->model()->rowCount(), 1);
        page()->filter()->clear();
        QCOMPARE(view->model()->rowCount(), 5);
    }

    void monthPickerLoadsThatMonth()
    {
        QComboBox *picker = page()->monthPicker();
        const QString yearAgo = usageMonthText(QDate::currentDate().addMonths(-12));
        const int index = picker->findData(yearAgo);
        QVERIFY(index >= 0);
        picker->setFocus();
        picker->setCurrentIndex(index);
        emit picker->activated(index);
        QTRY_COMPARE_WITH_TIMEOUT(page()->monthPicker()->currentData().toString(), yearAgo, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell("finance", ChargebackTenantModel::VariancePctColumn),
                                  QStringLiteral("-10.0 %"), 10000);
    }

    void badImportChangesNothing()
    {
        const QString before = cell("finance", ChargebackTenantModel::ChargebackColumn);
        const QString bad =
            test::writeFile(m_files, "bad.csv",
                            "tenant_id,month,api_calls,storage_gb,compute_hours\nfinance," +
                                page()->monthPicker()->currentData().toString().toUtf8() +
                                ",1,1,1\nlegal,2025-13,1,1,1\n");
        page()->importCsv(bad);
        const auto [ok, message] = waitFinished();
        QVERIFY(!ok);
        QVERIFY2(message.contains("line 3, column month"), qPrintable(message));
        QTest::qWait(100);
        QCOMPARE(cell("finance", ChargebackTenantModel::ChargebackColumn), before);
    }

    void importUpdatesTheTable()
    {
        const QString month = page()->monthPicker()->currentData().toString();
        // finance's usage replaced: 1,000,000 API calls x 0.50 x 1.2 = ₹6,00,000.
        const QString csv =
            test::writeFile(m_files, "fix.csv",
                            "tenant_id,month,api_calls,storage_gb,compute_hours\nfinance," +
                                month.toUtf8() + ",1000000,0,0\n");
        page()->importCsv(csv);
        const auto [ok, message] = waitFinished();
        QVERIFY2(ok, qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(cell("finance", ChargebackTenantModel::ChargebackColumn),
                                  QStringLiteral("₹6,00,000"), 10000);
        QCOMPARE(cell("finance", ChargebackTenantModel::StatusColumn),
                 QStringLiteral("under budget"));
    }

    void exportsCsvAndPdf()
    {
        const QString csv = m_files.filePath("out.csv");
        page()->exportCsv(csv);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readAll().contains(",finance,"));
        const QString pdf = m_files.filePath("out.pdf");
        QSignalSpy done(page(), &ui::ChargebackPage::finished);
        page()->exportPdf(pdf);
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
    }

    void overviewListsTheForecastOverBudget()
    {
        m_console.window->showPage(QStringLiteral("overview"));
        auto *overview = m_console.window->findChild<ui::OverviewPage *>();
        QVERIFY(overview);
        QListWidget *forecasts = overview->budgetForecasts();
        QTRY_VERIFY_WITH_TIMEOUT(forecasts->count() >= 1, 10000);
        QCOMPARE(forecasts->item(0)->data(Qt::UserRole).toString(), QStringLiteral("finance"));
        QVERIFY2(forecasts->item(0)->text().contains("against a budget of ₹25,00,000"),
                 qPrintable(forecasts->item(0)->text()));
    }
};

QTEST_MAIN(TestGuiChargeback)
#include "tst_gui_chargeback.moc"
