// tenantctl's finance commands end to end, on both backends: usage import
// (a bad file refused with one line naming the line and the column, exit
// 3, nothing written), the chargeback report as text, JSON, CSV and PDF,
// and the chargeback policy replaced from a file.
#include "tenantctlrunner.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

class TestTenantCtlFinance : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::TenantCtlRunner m_ctl;
    QTemporaryDir m_files;

    qint64 usageRows()
    {
        Workspace ws(m_ctl.url());
        const Database::DirectAccess direct;
        if (Status s = ws.open(); !s)
            qFatal("%s", qPrintable(s.error().message));
        QSqlQuery q(ws.database().connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM tenant_usage"));
        q.next();
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        m_ctl.setUrl(m_databases.migrated());
        Workspace ws(m_ctl.url());
        QVERIFY_OK(ws.open());
        test::createTenant(ws, QStringLiteral("finance"), Tier::Platinum, [](Tenant &t) {
            t.region = QStringLiteral("ap-south-1");
            t.costCenter = QStringLiteral("CC-FIN");
            t.monthlyBudget = 420000;
        });
        test::createTenant(ws, QStringLiteral("legal"), Tier::Gold, [](Tenant &t) {
            t.region = QStringLiteral("eu-west-1");
            t.costCenter = QStringLiteral("CC-LEG");
            t.monthlyBudget = 900000;
        });
    }

    void importAndReport()
    {
        // The seed's story: Finance budgeted ₹4.2L; 3,91,666.67 x 1.2 = ₹4.7L.
        const QString csv =
            test::writeFile(m_files, "usage.csv",
                            "tenant_id,month,api_calls,storage_gb,compute_hours,documents\n"
                            "finance,2025-10,500000,500,833.3334,120000\n"
                            "legal,2025-10,900000,1000.5,1234.5,\n");
        const test::CtlRun imported = m_ctl.ok({"usage", "import", csv});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("imported 2 rows"), imported.out.constData());

        const test::CtlRun report =
            m_ctl.ok({"--json", "chargeback", "report", "--month", "2025-10"});
        QCOMPARE(report.exitCode, 0);
        const QJsonObject json = report.json().object();
        QCOMPARE(json.value("month").toString(), QStringLiteral("2025-10"));
        const QJsonObject finance = json.value("tenants").toArray().at(0).toObject();
        QCOMPARE(finance.value("tenant_id").toString(), QStringLiteral("finance"));
        QCOMPARE(finance.value("cost_center").toString(), QStringLiteral("CC-FIN"));
        // 2,50,000 + 1,00,000 + 41,666.67 = 3,91,666.67; x 0.8 x 1.5 = 4,70,000.
        QCOMPARE(finance.value("usage_cost").toDouble(), 391666.67);
        QCOMPARE(finance.value("region_multiplier").toDouble(), 0.8);
        QCOMPARE(finance.value("tier_multiplier").toDouble(), 1.5);
        QCOMPARE(finance.value("chargeback").toDouble(), 470000.0);
        QCOMPARE(finance.value("budget").toInteger(), 420000);
        QCOMPARE(finance.value("variance").toDouble(), 50000.0);
        QCOMPARE(finance.value("variance_pct").toDouble(), 11.9); // the seed's 11.9 % over
        QCOMPARE(finance.value("status").toString(), QStringLiteral("over_10pct"));
        const QJsonArray centres = json.value("cost_centres").toArray();
        QCOMPARE(centres.size(), 2);
        QCOMPARE(centres.at(1).toObject().value("cost_center").toString(),
                 QStringLiteral("CC-LEG"));
        QCOMPARE(centres.at(1).toObject().value("chargeback").toDouble(), 982318.5);
        QCOMPARE(json.value("total").toObject().value("chargeback").toDouble(), 1452318.5);
        QCOMPARE(json.value("total").toObject().value("budget").toInteger(), 1320000);

        const test::CtlRun text =
            m_ctl.ok({"chargeback", "report", "--month", "2025-10", "--by", "cost-centre"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("CC-FIN") && text.out.contains("₹4,70,000") &&
                     text.out.contains("+11.9 %"),
                 text.out.constData());

        const QString csvOut = m_files.filePath("report.csv");
        const QString pdfOut = m_files.filePath("report.pdf");
        QCOMPARE(m_ctl
                     .ok({"chargeback", "report", "--month", "2025-10", "--csv", csvOut, "--pdf",
                          pdfOut})
                     .exitCode,
                 0);
        QFile csvFile(csvOut);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("month,tenant_id,tenant_name,cost_center"));
        QVERIFY2(lines.at(1).startsWith("2025-10,finance,Tenant finance,CC-FIN,platinum,ap-south-1,"
                                        "500000,500,833.3334,391666.67,0.8,1.5,470000.00,420000,"
                                        "50000.00,11.9,over_10pct"),
                 lines.at(1).constData());
        QFile pdf(pdfOut);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 10000); // text and three charts, not an empty page
        // When poppler's pdftoppm is here, the first page renders.
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (!pdftoppm.isEmpty()) {
            QProcess render;
            render.start(pdftoppm, {"-png", "-r", "40", "-f", "1", "-l", "1", pdfOut,
                                    m_files.filePath("page")});
            QVERIFY(render.waitForFinished(60000));
            QCOMPARE(render.exitCode(), 0);
            QVERIFY(QFile::exists(m_files.filePath("page-1.png")) ||
                    QFile::exists(m_files.filePath("page-01.png")));
        }
    }

    void badFileIsRefusedWithOneLine()
    {
        const QString csv = test::writeFile(m_files, "bad.csv",
                                            "tenant_id,month,api_calls,storage_gb,compute_hours\n"
                                            "finance,2025-10,1,1,1\n"
                                            "legal,2025-10,1,-4,1\n");
        const test::CtlRun r = m_ctl.run({"usage", "import", csv});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.endsWith("line 3, column storage_gb: '-4' is negative"), qPrintable(r.err));
        QVERIFY(!r.err.contains('\n'));
        QCOMPARE(usageRows(), qint64(0));

        const QString unknown =
            test::writeFile(m_files, "unknown.csv",
                            "tenant_id,month,api_calls,storage_gb,compute_hours\n"
                            "finance,2025-10,1,1,1\n"
                            "payroll,2025-10,1,1,1\n");
        const test::CtlRun u = m_ctl.run({"usage", "import", unknown});
        QCOMPARE(u.exitCode, 3);
        QVERIFY2(u.err.contains("line 3, column tenant_id: no tenant 'payroll'"),
                 qPrintable(u.err));
        QCOMPARE(usageRows(), qint64(0));

        QCOMPARE(m_ctl.run({"usage", "import", m_files.filePath("missing.csv")}).exitCode, 4);
        // Stored even when the alerts cannot be sent: a warning, exit 0.
        const QString good =
            test::writeFile(m_files, "good.csv",
                            "tenant_id,month,api_calls,storage_gb,compute_hours\nlegal," +
                                usageMonthText(QDate::currentDate()).toUtf8() + ",100000000,1,1\n");
        const test::CtlRun unsent =
            m_ctl.run({"usage", "import", good, "--alertmanager", "http://127.0.0.1:1/"});
        QCOMPARE(unsent.exitCode, 0);
        QVERIFY2(
            unsent.err.contains("budget alerts not sent: POST http://127.0.0.1:1/api/v2/alerts"),
            qPrintable(unsent.err));
        QCOMPARE(usageRows(), qint64(1));
        QCOMPARE(m_ctl.run({"chargeback", "report", "--month", "2025-13"}).exitCode, 2);
        QCOMPARE(m_ctl.run({"chargeback", "report"}).exitCode, 2);
        QCOMPARE(
            m_ctl.run({"chargeback", "report", "--month", "2025-10", "--by", "region"}).exitCode,
            2);
        QCOMPARE(
            m_ctl.run({"usage", "pull", "--prometheus", "ftp://x", "--month", "2025-10"}).exitCode,
            2);
    }

    void policyFromFile()
    {
        const QString file =
            test::writeFile(m_files, "policy.json",
                            R"({"compute_hour_rate": 60, "tier_multipliers": {"platinum": 1.6}})");
        const test::CtlRun set = m_ctl.ok({"--json", "chargeback", "policy", "--from", file});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json().object().value("compute_hour_rate").toDouble(), 60.0);
        QCOMPARE(
            set.json().object().value("tier_multipliers").toObject().value("platinum").toDouble(),
            1.6);
        const QString bad = test::writeFile(m_files, "bad.json", R"({"api_call_rate": "free"})");
        const test::CtlRun refused = m_ctl.run({"chargeback", "policy", "--from", bad});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("api_call_rate"), qPrintable(refused.err));
        const QString queries = test::writeFile(m_files, "queries.json", R"({"api_calls": "up"})");
        const test::CtlRun q = m_ctl.run({"usage", "queries", "--from", queries});
        QCOMPARE(q.exitCode, 3);
        QVERIFY2(q.err.contains("storage_gb: needs a query"), qPrintable(q.err));
    }
};

QTEST_GUILESS_MAIN(TestTenantCtlFinance)
#include "tst_tenantctl_finance.moc"
