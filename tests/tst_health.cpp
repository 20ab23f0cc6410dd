// Health: the stored default policy (every rule, cap and band edge), an
// edited policy taking effect, and recording samples.
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

class TestHealth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    test::TestDatabase m_databases;

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
        test::createTenant(*m_ws, QStringLiteral("ops"), Tier::Gold);
    }
    void cleanup() { m_ws.reset(); }

    void defaultPolicyScores_data()
    {
        QTest::addColumn<double>("latency");
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<double>("successRate");
        QTest::addColumn<double>("storage");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        // The three reference points.
        QTest::newRow("all healthy") << 350.0 << 0.005 << 0.98 << 0.70 << 100 << "healthy";
        QTest::newRow("latency+errors") << 600.0 << 0.02 << 0.95 << 0.85 << 70 << "healthy";
        QTest::newRow("everything bad") << 1200.0 << 0.10 << 0.80 << 0.95 << 0 << "critical";
        // Each rule alone, at and past its threshold and at its cap.
        QTest::newRow("latency at threshold") << 500.0 << 0.0 << 1.0 << 0.0 << 100 << "healthy";
        QTest::newRow("latency 200 over") << 700.0 << 0.0 << 1.0 << 0.0 << 80 << "healthy";
        QTest::newRow("latency capped") << 5000.0 << 0.0 << 1.0 << 0.0 << 70 << "healthy";
        QTest::newRow("errors 1.5 pp over") << 0.0 << 0.025 << 1.0 << 0.0 << 70 << "healthy";
        QTest::newRow("errors capped") << 0.0 << 0.5 << 1.0 << 0.0 << 60 << "warning";
        QTest::newRow("success 5 pp under") << 0.0 << 0.0 << 0.90 << 0.0 << 85 << "healthy";
        QTest::newRow("success capped") << 0.0 << 0.0 << 0.0 << 0.0 << 70 << "healthy";
        QTest::newRow("storage at 90 %") << 0.0 << 0.0 << 1.0 << 0.90 << 100 << "healthy";
        QTest::newRow("storage over 90 %") << 0.0 << 0.0 << 1.0 << 0.91 << 80 << "healthy";
        // Band edges: 70 healthy, 69 warning, 50 warning, 49 critical.
        QTest::newRow("warning at 69") << 800.0 << 0.0105 << 1.0 << 0.0 << 69 << "warning";
        QTest::newRow("warning at 50") << 900.0 << 0.0 << 1.0 << 0.91 << 50 << "warning";
        QTest::newRow("critical 40") << 900.0 << 0.015 << 1.0 << 0.91 << 40 << "critical";
    }
    void defaultPolicyScores()
    {
        QFETCH(double, latency);
        QFETCH(double, errorRate);
        QFETCH(double, successRate);
        QFETCH(double, storage);
        QFETCH(int, score);
        QFETCH(QString, band);
        const Result<HealthPolicy> policy = m_ws->health().policy();
        QVERIFY_OK(policy);
        const int computed = policy->score({latency, errorRate, successRate, storage});
        QCOMPARE(computed, score);
        QCOMPARE(nameOf(policy->band(computed)), band);
    }

    void bandEdges()
    {
        const HealthPolicy policy = m_ws->health().policy().value();
        QCOMPARE(policy.band(100), HealthBand::Healthy);
        QCOMPARE(policy.band(70), HealthBand::Healthy);
        QCOMPARE(policy.band(69), HealthBand::Warning);
        QCOMPARE(policy.band(50), HealthBand::Warning);
        QCOMPARE(policy.band(49), HealthBand::Critical);
        QCOMPARE(policy.band(0), HealthBand::Critical);
        QCOMPARE(policy.scoreRange(HealthBand::Warning), std::make_pair(50, 69));
    }

    void policyIsDataNotCode()
    {
        // Halve the latency penalty's step in the stored document.
        HealthPolicy policy = m_ws->health().policy().value();
        QJsonObject doc = policy.toJson();
        QJsonArray rules = doc.value(QStringLiteral("rules")).toArray();
        QJsonObject latency = rules.at(0).toObject();
        QCOMPARE(latency.value(QStringLiteral("signal")).toString(),
                 QStringLiteral("latency_p95_ms"));
        latency.insert(QStringLiteral("per"), 50);
        rules.replace(0, latency);
        doc.insert(QStringLiteral("rules"), rules);
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(
            q.prepare(QStringLiteral("UPDATE policies SET document = ? WHERE name = 'health'")));
        q.addBindValue(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
        QVERIFY(q.exec());
        QCOMPARE(m_ws->health().policy()->score({600, 0, 1, 0}), 80); // was 90 with per = 100
    }

    void malformedPolicyIsRejected()
    {
        QVERIFY(!HealthPolicy::fromJson(QJsonObject{}).ok());
        const QJsonObject unknownSignal{
            {QStringLiteral("rules"),
             QJsonArray{QJsonObject{{QStringLiteral("signal"), QStringLiteral("cpu")}}}}};
        QVERIFY(
            HealthPolicy::fromJson(unknownSignal).error().message.contains(QStringLiteral("cpu")));
    }

    void invalidSignalsAreRejected_data()
    {
        QTest::addColumn<double>("latency");
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<double>("successRate");
        QTest::addColumn<double>("storage");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative latency") << -1.0 << 0.0 << 1.0 << 0.0 << "latency_p95";
        QTest::newRow("error rate as percent") << 100.0 << 5.0 << 1.0 << 0.0 << "error_rate";
        QTest::newRow("success above one") << 100.0 << 0.0 << 1.2 << 0.0 << "success_rate";
        QTest::newRow("storage negative") << 100.0 << 0.0 << 1.0 << -0.1 << "storage";
    }
    void invalidSignalsAreRejected()
    {
        QFETCH(double, latency);
        QFETCH(double, errorRate);
        QFETCH(double, successRate);
        QFETCH(double, storage);
        QFETCH(QString, field);
        const auto r =
            m_ws->health().record(QStringLiteral("ops"), {latency, errorRate, successRate, storage},
                                  QStringLiteral("tester"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QVERIFY(m_ws->health().samples(QStringLiteral("ops"))->isEmpty());
    }

    void recordUpdatesScoreWithoutVersionBump()
    {
        QSignalSpy spy(&m_ws->notifier(), &ChangeNotifier::healthRecorded);
        const auto sample = m_ws->health().record(QStringLiteral("ops"), {600, 0.02, 0.95, 0.85},
                                                  QStringLiteral("monitor"));
        QVERIFY_OK(sample);
        QCOMPARE(sample->score, 70);
        QCOMPARE(spy.count(), 1);
        const Tenant ops = m_ws->tenants().get(QStringLiteral("ops")).value();
        QCOMPARE(ops.healthScore.value_or(-1), 70);
        QVERIFY(ops.lastSampleAt.isValid());
        QCOMPARE(ops.version, 1);
        const auto stored = m_ws->health().samples(QStringLiteral("ops"));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().values.latencyP95Ms, 600.0);
        QCOMPARE(m_ws->audit().list(QStringLiteral("ops"))->last().action,
                 QStringLiteral("health.record"));
        QCOMPARE(
            m_ws->health().record(QStringLiteral("nobody"), {}, QStringLiteral("m")).error().kind,
            ErrorKind::NotFound);
    }

    void importKeepsLatestScoreAndOrder()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const QList<std::pair<QDateTime, HealthSignals>> samples = {
            {t0.addDays(2), {1200, 0.10, 0.80, 0.95}}, // latest: 0
            {t0, {350, 0.005, 0.98, 0.70}},            // 100
            {t0.addDays(1), {600, 0.02, 0.95, 0.85}},  // 70
        };
        QCOMPARE(m_ws->health()
                     .importSamples(QStringLiteral("ops"), samples, QStringLiteral("import"))
                     .value(),
                 3);
        const auto stored = m_ws->health().samples(QStringLiteral("ops")).value();
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).score, 100);
        QCOMPARE(stored.at(1).score, 70);
        QCOMPARE(stored.at(2).score, 0);
        QCOMPARE(stored.at(2).sampledAt, t0.addDays(2));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("ops"))->healthScore.value_or(-1), 0);
        QCOMPARE(m_ws->health().samples(QStringLiteral("ops"), t0.addDays(1))->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
