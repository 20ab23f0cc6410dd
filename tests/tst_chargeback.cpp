// The finance view on both backends: usage imported from CSV (every bad
// file refused whole, naming the line and the column, nothing written),
// the chargeback report against hand-computed figures, cost-centre sums,
// the 12-month trend, budget forecasts, and the rates and multipliers as
// audited policy data that the provisioning estimate reads too.
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

namespace {

const QByteArray header = "tenant_id,month,api_calls,storage_gb,compute_hours\n";

/// Three tenants in two cost centres, on three region and tier multipliers.
void createTenants(Workspace &ws)
{
    test::createTenant(ws, QStringLiteral("finance"), Tier::Platinum, [](Tenant &t) {
        t.region = QStringLiteral("ap-south-1"); // x 0.8, platinum x 1.5
        t.costCenter = QStringLiteral("CC-FIN");
        t.monthlyBudget = 2500000;
        t.maxQueriesPerDay = 100000;
        t.maxDocuments = 1000000;
        t.maxUsers = 500;
    });
    test::createTenant(ws, QStringLiteral("legal"), Tier::Gold, [](Tenant &t) {
        t.region = QStringLiteral("eu-west-1"); // x 1.15, gold x 1.2
        t.costCenter = QStringLiteral("CC-LEG");
        t.monthlyBudget = 900000;
    });
    test::createTenant(ws, QStringLiteral("ops"), Tier::Gold, [](Tenant &t) {
        t.region = QStringLiteral("us-east-1"); // x 1.0
        t.costCenter = QStringLiteral("CC-LEG");
        t.monthlyBudget = 800000;
    });
}

qint64 count(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

class TestChargeback : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    test::TestDatabase m_databases;
    const QDate m_today = QDate::currentDate();

    Result<UsageImport> importCsv(const QByteArray &csv)
    {
        const Result<QList<UsageRecord>> records = UsageCsv::parse(csv, m_today);
        if (!records)
            return records.error();
        return m_ws->usage().import(records.value(), QStringLiteral("csv:test.csv"),
                                    QStringLiteral("tester"));
    }

    const ChargebackLine *line(const ChargebackReport &r, const QString &id)
    {
        for (const ChargebackLine &l : r.tenants)
            if (l.tenantId == id)
                return &l;
        return nullptr;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
        createTenants(*m_ws);
    }
    void cleanup() { m_ws.reset(); }

    void reportMatchesHandComputedFigures()
    {
        const Result<UsageImport> imported =
            importCsv(header + "finance,2025-10,2000000,2500,6000\n"
                               "legal,2025-10,900000,1000.5,1234.5\n"
                               "ops,2025-10,1000001,1000,3000\n"
                               "ops,2025-09,1,1,1\n");
        QVERIFY_OK(imported);
        QCOMPARE(imported->rows, 4);
        QCOMPARE(imported->months, (QStringList{"2025-09", "2025-10"}));

        const Result<ChargebackReport> r = m_ws->chargeback().report(QStringLiteral("2025-10"));
        QVERIFY_OK(r);
        QCOMPARE(r->tenants.size(), 3);

        // finance: 2,000,000 x 0.50 + 2,500 x 200 + 6,000 x 50 = 18,00,000;
        // x 0.8 (ap-south-1) x 1.5 (platinum) = 21,60,000 against 25,00,000.
        const ChargebackLine *finance = line(r.value(), QStringLiteral("finance"));
        QVERIFY(finance);
        QCOMPARE(finance->cost.apiCost, 1000000.0);
        QCOMPARE(finance->cost.storageCost, 500000.0);
        QCOMPARE(finance->cost.computeCost, 300000.0);
        QCOMPARE(finance->cost.usageCost(), 1800000.0);
        QCOMPARE(finance->cost.regionMultiplier, 0.8);
        QCOMPARE(finance->cost.tierMultiplier, 1.5);
        QCOMPARE(finance->budget.chargeback, 2160000.0);
        QCOMPARE(finance->budget.variance(), -340000.0);
        QCOMPARE(*finance->budget.variancePct(), -13.6);
        QCOMPARE(finance->budget.status(), BudgetStatus::Under);

        // legal: 4,50,000 + 2,00,100 + 61,725 = 7,11,825; x 1.15 x 1.2 =
        // 9,82,318.50: 82,318.50 (9.1 %) over 9,00,000.
        const ChargebackLine *legal = line(r.value(), QStringLiteral("legal"));
        QVERIFY(legal);
        QCOMPARE(legal->cost.usageCost(), 711825.0);
        QCOMPARE(legal->budget.chargeback, 982318.5);
        QCOMPARE(legal->budget.variance(), 82318.5);
        QCOMPARE(*legal->budget.variancePct(), 9.1);
        QCOMPARE(legal->budget.status(), BudgetStatus::Over);

        // ops: 5,00,000.50 + 2,00,000 + 1,50,000 = 8,50,000.50; x 1.0 x 1.2 =
        // 10,20,000.60: 27.5 % over 8,00,000.
        const ChargebackLine *ops = line(r.value(), QStringLiteral("ops"));
        QVERIFY(ops);
        QCOMPARE(ops->cost.usageCost(), 850000.5);
        QCOMPARE(ops->budget.chargeback, 1020000.6);
        QCOMPARE(*ops->budget.variancePct(), 27.5);
        QCOMPARE(ops->budget.status(), BudgetStatus::FarOver);

        // Cost centres: CC-LEG is legal + ops.
        QCOMPARE(r->costCentres.size(), 2);
        const CostCentreLine &fin = r->costCentres.at(0);
        QCOMPARE(fin.costCenter, QStringLiteral("CC-FIN"));
        QCOMPARE(fin.budget.chargeback, 2160000.0);
        const CostCentreLine &leg = r->costCentres.at(1);
        QCOMPARE(leg.costCenter, QStringLiteral("CC-LEG"));
        QCOMPARE(leg.tenants, 2);
        QCOMPARE(leg.budget.chargeback, 2002319.1);
        QCOMPARE(leg.budget.budget, qint64(1700000));
        QCOMPARE(leg.budget.variance(), 302319.1);
        QCOMPARE(*leg.budget.variancePct(), 17.8);
        QCOMPARE(leg.budget.status(), BudgetStatus::FarOver);
        QCOMPARE(r->total.budget.chargeback, 4162319.1);
        QCOMPARE(r->total.budget.budget, qint64(4200000));
        QCOMPARE(r->total.budget.variance(), -37680.9);
        QCOMPARE(*r->total.budget.variancePct(), -0.9);

        // The JSON contract's keys.
        const QJsonObject json = r->toJson();
        QCOMPARE(json.value("month").toString(), QStringLiteral("2025-10"));
        const QJsonObject legalJson = json.value("tenants").toArray().at(1).toObject();
        for (const char *key :
             {"tenant_id", "cost_center", "api_calls", "storage_gb", "compute_hours", "usage_cost",
              "region_multiplier", "tier_multiplier", "chargeback", "budget", "variance",
              "variance_pct", "status"})
            QVERIFY2(legalJson.contains(QLatin1String(key)), key);
        QCOMPARE(legalJson.value("status").toString(), QStringLiteral("over"));
        QCOMPARE(legalJson.value("variance_pct").toDouble(), 9.1);
        const QJsonObject centreJson = json.value("cost_centres").toArray().at(1).toObject();
        for (const char *key : {"cost_center", "chargeback", "budget", "variance", "variance_pct"})
            QVERIFY2(centreJson.contains(QLatin1String(key)), key);
        QCOMPARE(json.value("total").toObject().value("chargeback").toDouble(), 4162319.1);

        // CSV by cost centre: one header and a row per centre.
        const QList<QByteArray> rows = r->toCsv(ChargebackReport::By::CostCentre).split('\n');
        QCOMPARE(
            rows.at(1).trimmed(),
            QByteArray("2025-10,CC-FIN,1,1800000.00,2160000.00,2500000,-340000.00,-13.6,under"));
        QCOMPARE(rows.at(2).trimmed(), QByteArray("2025-10,CC-LEG,2,1561825.50,2002319.10,1700000,"
                                                  "302319.10,17.8,over_10pct"));
    }

    void statusUsesTheExactShare()
    {
        // 10.04 % over shows as 10.0 % but is past 10 %.
        const BudgetComparison b{385139.92, 350000};
        QCOMPARE(*b.variancePct(), 10.0);
        QCOMPARE(b.status(), BudgetStatus::FarOver);
        QCOMPARE((BudgetComparison{385000, 350000}).status(), BudgetStatus::Over); // exactly 10 %
        QCOMPARE((BudgetComparison{350000, 350000}).status(), BudgetStatus::Under);
        QCOMPARE((BudgetComparison{1, 0}).status(), BudgetStatus::FarOver);
        QVERIFY(!(BudgetComparison{1, 0}).variancePct());
    }

    void reimportReplacesAndAudits()
    {
        QVERIFY_OK(importCsv(header + "legal,2025-10,100,1,1\n"));
        const qint64 entries = count(*m_ws, "SELECT COUNT(*) FROM audit_log");
        const Result<UsageImport> again = importCsv(header + "legal,2025-10,200,2,2\n");
        QVERIFY_OK(again);
        QCOMPARE(again->replaced, 1);
        QCOMPARE(count(*m_ws, "SELECT COUNT(*) FROM tenant_usage"), qint64(1));
        QCOMPARE(count(*m_ws, "SELECT api_calls FROM tenant_usage"), qint64(200));
        QCOMPARE(count(*m_ws, "SELECT COUNT(*) FROM audit_log"), entries + 1);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec("SELECT action, tenant_id, before_state, after_state, actor FROM audit_log "
                       "ORDER BY seq DESC"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("usage.import"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("legal"));
        QVERIFY(q.value(2).toString().contains("\"api_calls\":100"));
        QVERIFY(q.value(3).toString().contains("\"api_calls\":200"));
        const Result<AuditVerification> chain = m_ws->audit().verify();
        QVERIFY_OK(chain);
        QVERIFY(chain->intact);
    }

    void badFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray good = "legal,2025-10,1,1,1\n";
        QTest::newRow("unknown tenant")
            << header + good + "nobody,2025-10,1,1,1\n"
            << "line 3, column tenant_id: no tenant 'nobody' in the registry";
        QTest::newRow("bad month") << header + good + "ops,2025-13,1,1,1\n"
                                   << "line 3, column month: '2025-13' is not a month";
        QTest::newRow("future month")
            << header + good + "ops," + usageMonthText(QDate::currentDate().addMonths(1)).toUtf8() +
                   ",1,1,1\n"
            << "line 3, column month:";
        QTest::newRow("negative") << header + good + "ops,2025-10,1,-3,1\n"
                                  << "line 3, column storage_gb: '-3' is negative";
        QTest::newRow("negative count") << header + good + "ops,2025-10,-1,3,1\n"
                                        << "line 3, column api_calls: '-1' is negative";
        QTest::newRow("not a number") << header + good + "ops,2025-10,1,3,lots\n"
                                      << "line 3, column compute_hours: 'lots' is not a number";
        QTest::newRow("fractional count")
            << header + good + "ops,2025-10,1.5,3,1\n"
            << "line 3, column api_calls: '1.5' is not a whole number";
        QTest::newRow("nan") << header + good + "ops,2025-10,1,nan,1\n"
                             << "line 3, column storage_gb: 'nan' is not a number";
        QTest::newRow("huge") << header + good + "ops,2025-10,1,1e300,1\n"
                              << "line 3, column storage_gb: '1e300' is larger than";
        QTest::newRow("missing column")
            << QByteArray("tenant_id,month,api_calls,storage_gb\n") + "ops,2025-10,1,1\n"
            << "line 1, column compute_hours: is missing from the header";
        QTest::newRow("unknown column")
            << QByteArray("tenant_id,month,api_calls,storage_gb,compute_hours,cost\n") +
                   "ops,2025-10,1,1,1,5\n"
            << "line 1, column 'cost': is not a usage column";
        QTest::newRow("short row")
            << header + good + "ops,2025-10,1\n"
            << "line 3, column storage_gb: the row has 3 fields, the header 5";
        QTest::newRow("duplicate tenant-month")
            << header + good + "ops,2025-10,1,1,1\n" + good
            << "line 4, column month: legal 2025-10 is given twice (first on line 2)";
        QTest::newRow("quota not a count")
            << QByteArray("tenant_id,month,api_calls,storage_gb,compute_hours,documents\n") +
                   "ops,2025-10,1,1,1,many\n"
            << "line 2, column documents: 'many' is not a whole number";
        QTest::newRow("control character in tenant") << header + "op\x01s,2025-10,1,1,1\n"
                                                     << "line 2, column tenant_id:";
        QTest::newRow("unterminated quote") << header + "\"ops,2025-10,1,1,1\n"
                                            << "line 2: has a quote that is never closed";
        QTest::newRow("not UTF-8") << header + "ops\xff,2025-10,1,1,1\n"
                                   << "the file is not UTF-8 text";
        QTest::newRow("empty") << QByteArray() << "line 1: the file is empty";
    }
    void badFilesAreRefusedWhole()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        const qint64 entries = count(*m_ws, "SELECT COUNT(*) FROM audit_log");
        const Result<UsageImport> imported = importCsv(csv);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.startsWith(message),
                 qPrintable(imported.error().message));
        QVERIFY(!imported.error().message.contains('\n'));
        QCOMPARE(count(*m_ws, "SELECT COUNT(*) FROM tenant_usage"), qint64(0));
        QCOMPARE(count(*m_ws, "SELECT COUNT(*) FROM audit_log"), entries);
    }

    void quotedFieldsAndOptionalQuotaColumns()
    {
        const Result<UsageImport> imported =
            importCsv("\xEF\xBB\xBF"
                      "month,\"tenant_id\",api_calls,storage_gb,compute_hours,"
                      "peak_queries_per_day,active_users\r\n"
                      "2025-10,\"finance\",10,1,1,95000,\r\n"
                      "2025-10,legal,10,1,1,,12\r\n");
        QVERIFY_OK(imported);
        const Result<ChargebackReport> r = m_ws->chargeback().report(QStringLiteral("2025-10"));
        QVERIFY_OK(r);
        const ChargebackLine *finance = line(r.value(), QStringLiteral("finance"));
        QCOMPARE(finance->quotas.size(), 1);
        QCOMPARE(finance->quotas.at(0).quota, QStringLiteral("peak_queries_per_day"));
        QCOMPARE(finance->quotas.at(0).used, qint64(95000));
        QCOMPARE(finance->quotas.at(0).limit, qint64(100000));
        QVERIFY(finance->quotas.at(0).nearLimit()); // 95 % of the limit
        const ChargebackLine *legal = line(r.value(), QStringLiteral("legal"));
        QCOMPARE(legal->quotas.size(), 1);
        QCOMPARE(legal->quotas.at(0).quota, QStringLiteral("active_users"));
        QVERIFY(!legal->quotas.at(0).nearLimit());
    }

    void databaseRefusesWhatCoreRefuses_data()
    {
        QTest::addColumn<QString>("values");
        QTest::newRow("negative storage") << "'ops', '2025-10', 1, -1, 1";
        QTest::newRow("negative count") << "'ops', '2025-10', -1, 1, 1";
        QTest::newRow("bad month") << "'ops', '2025-00', 1, 1, 1";
        QTest::newRow("short month") << "'ops', '2025-1', 1, 1, 1";
        QTest::newRow("unknown tenant") << "'nobody', '2025-10', 1, 1, 1";
        QTest::newRow("huge storage") << "'ops', '2025-10', 1, 1e13, 1";
    }
    void databaseRefusesWhatCoreRefuses()
    {
        QFETCH(QString, values);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec("PRAGMA foreign_keys = ON") || test::TestDatabase::isPostgres());
        const QString insert = "INSERT INTO tenant_usage (tenant_id, month, api_calls, storage_gb, "
                               "compute_hours, tier, region, cost_center, monthly_budget, source, "
                               "recorded_by, recorded_at) VALUES (%1, %2, 'sql', 'tester', "
                               "'2025-10-31T00:00:00Z')";
        const QString opsTerms = "'gold', 'us-east-1', 'CC-LEG', 800000";
        QVERIFY2(!q.exec(insert.arg(values, opsTerms)), qPrintable(values));
        QCOMPARE(count(*m_ws, "SELECT COUNT(*) FROM tenant_usage"), qint64(0));
        // The same row with ops' own terms is stored: the refusal was the value's.
        QVERIFY2(q.exec(insert.arg("'ops', '2025-10', 1, 1, 1", opsTerms)),
                 qPrintable(q.lastError().text()));
    }

    void rowsKeepTheTermsTheyWereBilledOn()
    {
        QVERIFY_OK(importCsv(header + "ops,2025-10,1000,0,0\n"));
        // Gold in us-east-1: 1,000 x 0.50 x 1.2.
        QCOMPARE(m_ws->chargeback().report("2025-10")->tenants.at(0).budget.chargeback, 600.0);
        Tenant ops = m_ws->tenants().get("ops").value();
        ops.tier = Tier::Platinum;
        ops.maxUsers = 1000;
        ops.monthlyBudget = 5000000;
        QVERIFY_OK(m_ws->tenants().update(ops, "tester", "upgrade"));
        // October was billed as gold, and on October's budget.
        const ChargebackLine october = m_ws->chargeback().report("2025-10")->tenants.at(0);
        QCOMPARE(october.tier, Tier::Gold);
        QCOMPARE(october.budget.chargeback, 600.0);
        QCOMPARE(october.budget.budget, qint64(800000));
        // Imported again, the month is billed on today's terms: 1,000 x 0.50 x 1.5.
        QVERIFY_OK(importCsv(header + "ops,2025-10,1000,0,0\n"));
        QCOMPARE(m_ws->chargeback().report("2025-10")->tenants.at(0).budget.chargeback, 750.0);
        // A client that writes other terms is refused by the database.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(
            !q.exec("INSERT INTO tenant_usage (tenant_id, month, api_calls, storage_gb, "
                    "compute_hours, tier, region, cost_center, monthly_budget, source, "
                    "recorded_by, recorded_at) VALUES ('ops', '2025-09', 1, 1, 1, 'bronze', "
                    "'us-east-1', 'CC-LEG', 5000000, 'sql', 'tester', '2025-10-31T00:00:00Z')"));
        QVERIFY(!q.exec("UPDATE tenant_usage SET tier = 'bronze' WHERE tenant_id = 'ops'"));
        QCOMPARE(count(*m_ws, "SELECT COUNT(*) FROM tenant_usage WHERE tier = 'platinum'"),
                 qint64(1));
    }

    void trendCoversTwelveMonths()
    {
        QVERIFY_OK(importCsv(header + "finance,2025-01,1000,0,0\n"
                                      "finance,2025-06,2000,10,0\n"
                                      "legal,2025-06,0,0,100\n"
                                      "ops,2024-06,5,5,5\n")); // outside the window
        const Result<QList<TrendMonth>> trend = m_ws->chargeback().trend(QStringLiteral("2025-06"));
        QVERIFY_OK(trend);
        QCOMPARE(trend->size(), 12);
        QCOMPARE(trend->first().month, QStringLiteral("2024-07"));
        QCOMPARE(trend->last().month, QStringLiteral("2025-06"));
        QCOMPARE(trend->at(0).chargeback(), 0.0);
        // 2025-01: 1,000 x 0.50 x 1.2 (finance's multipliers).
        QCOMPARE(trend->at(6).apiCost, 600.0);
        QCOMPARE(trend->at(6).budget, qint64(2500000));
        // 2025-06: finance 1,000 + 2,000 (storage) x 1.2; legal 5,000 x 1.38.
        QCOMPARE(trend->at(11).apiCost, 1200.0);
        QCOMPARE(trend->at(11).storageCost, 2400.0);
        QCOMPARE(trend->at(11).computeCost, 6900.0);
        QCOMPARE(trend->at(11).tenants, 2);
        const Result<ChargebackReport> june = m_ws->chargeback().report(QStringLiteral("2025-06"));
        QVERIFY_OK(june);
        QCOMPARE(Chargeback::toPaise(trend->at(11).chargeback()), june->total.budget.chargeback);
    }

    void forecastFromTheRunRate()
    {
        // Half of June covered: the run rate doubles what is recorded.
        QCOMPARE(Chargeback::coveredShare("2025-06",
                                          QDateTime(QDate(2025, 6, 16), QTime(0, 0), Qt::UTC)),
                 0.5);
        QCOMPARE(
            Chargeback::coveredShare("2025-06", QDateTime(QDate(2025, 7, 3), QTime(0, 0), Qt::UTC)),
            1.0);
        // Never less than a day's worth: a row stored at midnight on the 1st.
        QCOMPARE(
            Chargeback::coveredShare("2025-06", QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC)),
            1.0 / 30);

        // This month so far: finance spent 24,00,000 of 25,00,000 already,
        // legal almost nothing.
        const QByteArray month = usageMonthText(QDate::currentDate()).toUtf8();
        QVERIFY_OK(
            importCsv(header + "finance," + month + ",4000000,0,0\nlegal," + month + ",10,0,0\n"));
        const Result<QList<BudgetForecast>> over =
            m_ws->chargeback().overBudgetForecasts(QDateTime::currentDateTimeUtc());
        QVERIFY_OK(over);
        QCOMPARE(over->size(), 1);
        QCOMPARE(over->at(0).tenantId, QStringLiteral("finance"));
        QCOMPARE(over->at(0).costCenter, QStringLiteral("CC-FIN"));
        QCOMPARE(over->at(0).monthToDate, 2400000.0);
        QVERIFY(over->at(0).forecast >= over->at(0).monthToDate);
        QCOMPARE(over->at(0).forecast, over->at(0).monthToDate / over->at(0).coveredShare);
    }

    void ratesAreAuditedPolicyTheEstimateReadsToo()
    {
        const qint64 before = PlanCatalog::load(m_ws->database())
                                  .value()
                                  .estimate(Tier::Gold, QStringLiteral("eu-west-1"))
                                  ->monthly;
        QVERIFY_OK(importCsv(header + "legal,2025-10,1000,0,0\n"));
        QVERIFY_OK(m_ws->chargeback().setPolicy(
            QJsonObject{{"api_call_rate", 1.0},
                        {"region_multipliers", QJsonObject{{"eu-west-1", 2.0}}}},
            QStringLiteral("tester")));
        const Result<ChargebackReport> r = m_ws->chargeback().report(QStringLiteral("2025-10"));
        QVERIFY_OK(r);
        QCOMPARE(r->tenants.at(0).budget.chargeback, 1000 * 1.0 * 2.0 * 1.2);
        // The provisioning estimate prices with the same rates.
        const PlanCatalog catalog = PlanCatalog::load(m_ws->database()).value();
        const CostEstimate after =
            catalog.estimate(Tier::Gold, QStringLiteral("eu-west-1")).value();
        QVERIFY(after.monthly > before);
        QCOMPARE(after.regionMultiplier, 2.0);
        const QJsonObject policy = m_ws->chargeback().policy().value();
        QCOMPARE(policy.value("api_call_rate").toDouble(), 1.0);
        QCOMPARE(policy.value("storage_gb_rate").toDouble(), 200.0);
        QCOMPARE(policy.value("region_multipliers").toObject().value("eu-west-1").toDouble(), 2.0);

        QSqlQuery q(m_ws->database().connection());
        QVERIFY(
            q.exec("SELECT action, before_state, after_state FROM audit_log ORDER BY seq DESC"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("policy.chargeback"));
        QVERIFY(q.value(1).toString().contains("\"api_call_rate\":0.5"));
        QVERIFY(q.value(2).toString().contains("\"api_call_rate\":1"));
    }

    void badPolicyIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative rate") << QJsonObject{{"api_call_rate", -1}} << "api_call_rate:";
        QTest::newRow("rate as text")
            << QJsonObject{{"storage_gb_rate", "200"}} << "storage_gb_rate:";
        QTest::newRow("zero multiplier")
            << QJsonObject{{"tier_multipliers", QJsonObject{{"gold", 0}}}}
            << "tier_multipliers.gold:";
        QTest::newRow("huge multiplier")
            << QJsonObject{{"region_multipliers", QJsonObject{{"eu-west-1", 1000}}}}
            << "region_multipliers.eu-west-1:";
        QTest::newRow("unknown region")
            << QJsonObject{{"region_multipliers", QJsonObject{{"mars-1", 1}}}}
            << "region_multipliers: 'mars-1' is not one of";
        QTest::newRow("unknown key") << QJsonObject{{"discount", 0.1}} << "discount:";
    }
    void badPolicyIsRefused()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, message);
        const QJsonObject before = m_ws->chargeback().policy().value();
        const Status s = m_ws->chargeback().setPolicy(document, QStringLiteral("tester"));
        QVERIFY(!s);
        QVERIFY2(s.error().message.startsWith(message), qPrintable(s.error().message));
        QCOMPARE(m_ws->chargeback().policy().value(), before);
    }

    void databaseRefusesBadRates()
    {
        QSqlQuery q(m_ws->database().connection());
        const QString cast = test::TestDatabase::isPostgres() ? "::jsonb" : "";
        QVERIFY(!q.exec("UPDATE policies SET document = '{\"api_call_rate\": -1, "
                        "\"storage_gb_rate\": 200, \"compute_hour_rate\": 50}'" +
                        cast + " WHERE name = 'chargeback'"));
        QVERIFY(!q.exec("UPDATE regions SET cost_multiplier = 1000 WHERE region = 'eu-west-1'"));
        QVERIFY(!q.exec("UPDATE tier_plans SET cost_multiplier = 101 WHERE tier = 'gold'"));
        QCOMPARE(m_ws->chargeback().policy()->value("api_call_rate").toDouble(), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestChargeback)
#include "tst_chargeback.moc"
