// Usage pulled from a real Prometheus server and budget alerts sent to a
// real Alertmanager, through the tenantctl binary. The test starts Debian's
// prometheus on a TSDB it backfills with `promtool tsdb create-blocks-from
// openmetrics`, so every figure the queries return is known; Alertmanager
// is the suite's (TENANT_TEST_ALERTMANAGER_URL, scripts/run-tests.sh).
#include "httpcall.h"
#include "tenantctlrunner.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace tenant;

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Seconds since the epoch of a moment in October 2025, UTC.
qint64 october(int day, int hour = 12)
{
    return QDateTime(QDate(2025, 10, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestFinanceLive : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::TenantCtlRunner m_ctl;
    QTemporaryDir m_dir;
    QProcess m_prometheus;
    QUrl m_prometheusUrl;
    QUrl m_alertmanager;
    QString m_tenant; // unique per run: the Alertmanager outlives the test

private slots:
    void initTestCase()
    {
        m_alertmanager = QUrl(qEnvironmentVariable("TENANT_TEST_ALERTMANAGER_URL"));
        QVERIFY2(m_alertmanager.isValid() && m_alertmanager.port() > 0,
                 "needs TENANT_TEST_ALERTMANAGER_URL=http://127.0.0.1:PORT");
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        QVERIFY2(!promtool.isEmpty() && !prometheus.isEmpty(),
                 "needs Debian's prometheus package (prometheus and promtool)");

        // Known figures for October 2025: gauges the test's queries read
        // with max_over_time, a tenant the registry does not hold, and a
        // series without a tenant_id label.
        QByteArray om;
        const auto gauge = [&](const char *name, const char *tenant, double value, qint64 at) {
            om += QByteArray(name) + "{tenant_id=\"" + tenant + "\"} " +
                  QByteArray::number(value, 'f', 3) + " " + QByteArray::number(at) + "\n";
        };
        om += "# HELP tenant_api_calls_month API calls so far this month.\n"
              "# TYPE tenant_api_calls_month gauge\n";
        gauge("tenant_api_calls_month", "finance", 1200000, october(10));
        gauge("tenant_api_calls_month", "finance", 2000000, october(31, 20));
        gauge("tenant_api_calls_month", "legal", 900000, october(31, 20));
        gauge("tenant_api_calls_month", "ghost", 5, october(31, 20));
        om += "tenant_api_calls_month 7 " + QByteArray::number(october(31, 20)) + "\n";
        om += "# HELP tenant_storage_gb Storage in GB.\n# TYPE tenant_storage_gb gauge\n";
        gauge("tenant_storage_gb", "finance", 2500, october(31, 20));
        gauge("tenant_storage_gb", "legal", 1000.5, october(31, 20));
        om += "# HELP tenant_compute_hours_month Compute hours so far.\n"
              "# TYPE tenant_compute_hours_month gauge\n";
        gauge("tenant_compute_hours_month", "finance", 6000, october(31, 20));
        gauge("tenant_compute_hours_month", "legal", 1234.5, october(31, 20));
        om += "# HELP tenant_documents Documents stored.\n# TYPE tenant_documents gauge\n";
        gauge("tenant_documents", "finance", 950000, october(20));
        om += "# EOF\n";
        const QString input = test::writeFile(m_dir, "usage.om", om);
        const QString tsdb = m_dir.filePath("tsdb");
        QProcess backfill;
        backfill.start(promtool, {"tsdb", "create-blocks-from", "openmetrics", input, tsdb});
        QVERIFY(backfill.waitForFinished(120000));
        QVERIFY2(backfill.exitCode() == 0, backfill.readAllStandardError().constData());

        test::writeFile(m_dir, "prometheus.yml", "global:\n  scrape_interval: 1m\n");
        const int port = freePort();
        m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
        m_prometheus.start(prometheus,
                           {"--config.file=" + m_dir.filePath("prometheus.yml"),
                            "--storage.tsdb.path=" + tsdb, "--storage.tsdb.retention.time=100y",
                            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
        QVERIFY(m_prometheus.waitForStarted());
        m_prometheusUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QUrl ready = m_prometheusUrl;
        ready.setPath(QStringLiteral("/-/ready"));
        bool up = false;
        for (int i = 0; i < 150 && !up; ++i) {
            const Result<HttpReply> r =
                httpExchange("GET", QNetworkRequest(ready), {}, QDeadlineTimer(1000));
            up = r && r->status == 200;
            if (!up)
                QTest::qWait(100);
        }
        QVERIFY2(up, m_prometheus.readAll().right(2000).constData());

        m_tenant = QStringLiteral("fin%1").arg(QCoreApplication::applicationPid());
        m_ctl.setUrl(m_databases.fresh());
        Workspace ws(m_ctl.url());
        QVERIFY_OK(ws.open());
        test::createTenant(ws, QStringLiteral("finance"), Tier::Platinum, [](Tenant &t) {
            t.region = QStringLiteral("ap-south-1");
            t.costCenter = QStringLiteral("CC-FIN");
            t.monthlyBudget = 2500000;
            t.maxDocuments = 1000000;
        });
        test::createTenant(ws, QStringLiteral("legal"), Tier::Gold, [](Tenant &t) {
            t.region = QStringLiteral("eu-west-1");
            t.monthlyBudget = 900000;
        });
        test::createTenant(ws, m_tenant, Tier::Silver, [](Tenant &t) {
            t.costCenter = QStringLiteral("CC-ALERT-1");
            t.monthlyBudget = 1000;
        });
    }
    void cleanupTestCase()
    {
        m_prometheus.terminate();
        m_prometheus.waitForFinished(10000);
    }

    void pullFromPrometheus()
    {
        const QString queries = test::writeFile(
            m_dir, "queries.json",
            "{\"api_calls\": \"max by (tenant_id) "
            "(max_over_time(tenant_api_calls_month[$range]))\",\n"
            " \"storage_gb\": \"max by (tenant_id) (max_over_time(tenant_storage_gb[$range]))\",\n"
            " \"compute_hours\": \"max by (tenant_id) "
            "(max_over_time(tenant_compute_hours_month[$range]))\",\n"
            " \"documents\": \"max by (tenant_id) (max_over_time(tenant_documents[$range]))\"}");
        QCOMPARE(m_ctl.ok({"usage", "queries", "--from", queries}).exitCode, 0);
        const test::CtlRun pulled = m_ctl.ok({"--json", "usage", "pull", "--prometheus",
                                              m_prometheusUrl.toString(), "--month", "2025-10"});
        QCOMPARE(pulled.exitCode, 0);
        const QJsonObject result = pulled.json().object();
        QCOMPARE(result.value("rows").toInt(), 2);
        QCOMPARE(result.value("unknown_tenants").toArray(), QJsonArray{"ghost"});

        const test::CtlRun report =
            m_ctl.ok({"--json", "chargeback", "report", "--month", "2025-10"});
        const QJsonArray tenants = report.json().object().value("tenants").toArray();
        QCOMPARE(tenants.size(), 2);
        // The same hand-computed figures as the CSV tests: 21,60,000 and 9,82,318.50.
        const QJsonObject finance = tenants.at(0).toObject();
        QCOMPARE(finance.value("api_calls").toInteger(), 2000000); // the month's maximum
        QCOMPARE(finance.value("storage_gb").toDouble(), 2500.0);
        QCOMPARE(finance.value("compute_hours").toDouble(), 6000.0);
        QCOMPARE(finance.value("chargeback").toDouble(), 2160000.0);
        const QJsonObject quota = finance.value("quota").toObject().value("documents").toObject();
        QCOMPARE(quota.value("used").toInteger(), 950000);
        QCOMPARE(quota.value("near_limit").toBool(), true);
        QCOMPARE(tenants.at(1).toObject().value("chargeback").toDouble(), 982318.5);

        // A tenant one billed query misses is refused, not stored as zero.
        const QString partial = test::writeFile(
            m_dir, "partial.json",
            "{\"api_calls\": \"max by (tenant_id) "
            "(max_over_time(tenant_api_calls_month[$range]))\","
            " \"storage_gb\": \"max by (tenant_id) (max_over_time(tenant_storage_gb[$range]))\","
            " \"compute_hours\": \"max by (tenant_id) (max_over_time("
            "tenant_compute_hours_month{tenant_id=\\\"finance\\\"}[$range]))\"}");
        QCOMPARE(m_ctl.ok({"usage", "queries", "--from", partial}).exitCode, 0);
        const test::CtlRun gap = m_ctl.run(
            {"usage", "pull", "--prometheus", m_prometheusUrl.toString(), "--month", "2025-10"});
        QCOMPARE(gap.exitCode, 3);
        QVERIFY2(gap.err.contains("the compute_hours query returned no series for tenant 'legal'"),
                 qPrintable(gap.err));

        // The source names the server; a query Prometheus refuses names its column.
        const QString broken = test::writeFile(
            m_dir, "broken.json",
            "{\"api_calls\": \"sum by (tenant_id) (\", \"storage_gb\": \"vector(0)\", "
            "\"compute_hours\": \"vector(0)\"}");
        QCOMPARE(m_ctl.ok({"usage", "queries", "--from", broken}).exitCode, 0);
        const test::CtlRun refused = m_ctl.run(
            {"usage", "pull", "--prometheus", m_prometheusUrl.toString(), "--month", "2025-10"});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("the api_calls query failed"), qPrintable(refused.err));
        QCOMPARE(
            m_ctl.run({"usage", "pull", "--prometheus", "http://127.0.0.1:1", "--month", "2025-10"})
                .exitCode,
            5);
    }

    void budgetAlertReachesAlertmanager()
    {
        // This month so far, far past a ₹1,000 budget: the run rate forecasts more.
        const QByteArray month = usageMonthText(QDate::currentDate()).toUtf8();
        const QString csv = test::writeFile(m_dir, "now.csv",
                                            "tenant_id,month,api_calls,storage_gb,compute_hours\n" +
                                                m_tenant.toUtf8() + "," + month + ",100000,0,0\n");
        const test::CtlRun imported =
            m_ctl.ok({"usage", "import", csv, "--alertmanager", m_alertmanager.toString()});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains("budget: " + m_tenant + " forecasts") &&
                     imported.err.contains("(alert sent)"),
                 qPrintable(imported.err));

        QUrl url = m_alertmanager;
        url.setPath(QStringLiteral("/api/v2/alerts"));
        QUrlQuery filter;
        filter.addQueryItem("filter", "alertname=\"TenantBudgetForecast\"");
        filter.addQueryItem("filter", QStringLiteral("tenant_id=\"%1\"").arg(m_tenant));
        url.setQuery(filter);
        QJsonArray alerts;
        // Alertmanager ingests asynchronously.
        for (int i = 0; i < 50 && alerts.isEmpty(); ++i) {
            const Result<HttpReply> r =
                httpExchange("GET", QNetworkRequest(url), {}, QDeadlineTimer(2000));
            QVERIFY_OK(r);
            alerts = QJsonDocument::fromJson(r->body).array();
            if (alerts.isEmpty())
                QTest::qWait(100);
        }
        QCOMPARE(alerts.size(), 1);
        const QJsonObject labels = alerts.at(0).toObject().value("labels").toObject();
        QCOMPARE(labels.value("tenant_id").toString(), m_tenant);
        QCOMPARE(labels.value("cost_center").toString(), QStringLiteral("CC-ALERT-1"));
        QCOMPARE(labels.value("month").toString(), QString::fromUtf8(month));
        QVERIFY(alerts.at(0)
                    .toObject()
                    .value("annotations")
                    .toObject()
                    .value("summary")
                    .toString()
                    .contains("against a budget of ₹1,000"));

        // finance and legal are not over this month: no alert for them.
        const test::CtlRun forecast = m_ctl.ok({"--json", "chargeback", "forecast"});
        QCOMPARE(forecast.json().array().size(), 1);
        QCOMPARE(forecast.json().array().at(0).toObject().value("tenant_id").toString(), m_tenant);
    }
};

QTEST_GUILESS_MAIN(TestFinanceLive)
#include "tst_finance_live.moc"
