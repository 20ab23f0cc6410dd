// Drift in the real systems (PostgreSQL row-level security, s3rver,
// redis-server, Alertmanager; Qdrant's stand-in): a suspended tenant's
// Redis key restored, its Alertmanager silence expired and its S3 bucket
// policy removed behind the registry's back are each found by the drift
// check and repaired by reconcile, audited; the controller's drift job finds
// the seed's incident (suspended in the registry, Redis still serving the
// tenant) within one drift interval and repairs it.
#include "alertmanageradapter.h"
#include "auditactions.h"
#include "cascadesupport.h"
#include "controller.h"
#include "drift.h"
#include "httpcall.h"
#include "qdrantadapter.h"
#include "qdrantstandin.h"
#include "respclient.h"
#include "s3adapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QTest>

using namespace tenant;
using test::soon;

class TestDriftLive : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DownstreamEndpoints m_endpoints;
    AwsCredentials m_s3Keys{"S3RVER", "S3RVER", "us-east-1"};
    std::unique_ptr<test::QdrantStandIn> m_qdrant;
    std::unique_ptr<RespClient> m_redis;
    std::unique_ptr<Workspace> m_ws;
    QString m_tenant;
    int m_run = 0;

    HttpReply s3(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return test::s3Request(m_endpoints.s3, m_s3Keys, method, path, body);
    }
    QByteArray key(const char *suffix) const
    {
        return "tenant:" + m_tenant.toUtf8() + ':' + suffix;
    }

    QStringList findingsText(const QList<DriftFinding> &findings)
    {
        QStringList text;
        for (const DriftFinding &f : findings)
            text << QStringLiteral("%1 %2 expected %3 found %4")
                        .arg(f.tenantId, f.system, f.expected, f.found);
        return text;
    }
    QString finding(const char *system) const
    {
        return QStringLiteral("%1 %2 expected suspended found active")
            .arg(m_tenant, QLatin1String(system));
    }

    /// Behind the registry's back: the seed's incident, in Redis.
    void restoreRedisKey()
    {
        QVERIFY_OK(m_redis->command({"SET", key("status"), "active"}, soon()));
        QVERIFY_OK(m_redis->command({"DEL", key("suspended")}, soon()));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("TENANT_TEST_BACKEND"), QStringLiteral("postgresql"));
        m_endpoints = test::liveEndpoints(m_s3Keys);
        m_redis = std::make_unique<RespClient>(m_endpoints.redis.host(),
                                               static_cast<quint16>(m_endpoints.redis.port()));
    }

    void init()
    {
        m_tenant =
            QStringLiteral("drift%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_run);
        m_qdrant = std::make_unique<test::QdrantStandIn>("qdrant-key");
        QVERIFY(m_qdrant->listen());
        m_qdrant->addCollection(QdrantAdapter::collectionFor(m_tenant));
        m_qdrant->setAlias(m_tenant, QdrantAdapter::collectionFor(m_tenant));
        m_endpoints.vector = m_qdrant->url();
        const QString bucket = S3Adapter::bucketFor(m_tenant);
        QCOMPARE(s3("PUT", bucket).status, 200);
        QCOMPARE(s3("PUT", bucket + "/data.json", "{}").status, 200);
        QVERIFY_OK(m_redis->command({"SET", key("status"), "active"}, soon()));
        m_ws = test::workspaceWithActiveTenant(m_databases, m_tenant);
        QVERIFY_OK(m_ws->configureDownstream(m_endpoints,
                                             {"qdrant-key", m_s3Keys.secretAccessKey, {}, {}, {}}));
        QVERIFY_OK(
            m_ws->lifecycle().suspend(m_tenant, QStringLiteral("overdue"), QStringLiteral("ops")));
    }
    void cleanup()
    {
        if (m_ws && m_ws->tenants().get(m_tenant)->status == TenantStatus::Suspended)
            (void)m_ws->lifecycle().activate(m_tenant, QStringLiteral("test over"),
                                             QStringLiteral("ops"));
        m_ws.reset();
    }

    void driftBehindTheRegistrysBackIsFoundAndRepaired()
    {
        DriftService drift(*m_ws);
        Result<DriftCheck> clean = drift.check();
        QVERIFY_OK(clean);
        QCOMPARE(clean->tenantsChecked, 1);
        QCOMPARE(clean->systemsRead, 5);
        QVERIFY(clean->findings.isEmpty());

        // Three systems changed by hand, as a script or an operator would.
        restoreRedisKey();
        const QStringList silences =
            AlertmanagerAdapter(m_endpoints.monitoring).activeSilences(m_tenant, soon()).value();
        QCOMPARE(silences.size(), 1);
        QUrl expire = m_endpoints.monitoring;
        expire.setPath(QStringLiteral("/api/v2/silence/") + silences.first());
        QVERIFY_OK(httpCall("DELETE", QNetworkRequest(expire), {}, soon()));
        QCOMPARE(s3("DELETE", S3Adapter::bucketFor(m_tenant) + "?policy").status, 204);

        const Result<DriftCheck> found = drift.check();
        QVERIFY_OK(found);
        QCOMPARE(
            findingsText(found->findings),
            (QStringList{finding("s3"), finding("redis"), finding("monitoring")})); // cascade order
        const QDateTime since = found->findings.first().since;
        QVERIFY(since.isValid());
        // Checked again, each keeps the time it was first seen.
        QTest::qWait(20);
        QCOMPARE(drift.check()->findings.first().since, since);

        const Result<Reconciliation> repaired = drift.reconcile(m_tenant, QStringLiteral("ops"));
        QVERIFY_OK(repaired);
        QVERIFY(repaired->converged);
        QCOMPARE(repaired->repaired, (QStringList{"s3", "redis", "monitoring"}));
        QVERIFY(drift.findings()->isEmpty());
        // Each system read back on its own: suspended again.
        QCOMPARE(m_redis->command({"EXISTS", key("status")}, soon())->toLongLong(), 0);
        QCOMPARE(
            AlertmanagerAdapter(m_endpoints.monitoring).activeSilences(m_tenant, soon())->size(),
            1);
        QCOMPARE(s3("GET", S3Adapter::bucketFor(m_tenant) + "/data.json").status, 403);
        // Audited: the repair and its steps under one correlation id.
        const QList<AuditEntry> audit = m_ws->audit().list(m_tenant).value();
        const auto reconcile = std::find_if(audit.begin(), audit.end(), [](const AuditEntry &e) {
            return e.action == AuditAction::driftReconcile;
        });
        QVERIFY(reconcile != audit.end());
        QVERIFY(reconcile->before.contains("\"found\":\"active\""));
        QCOMPARE(test::auditedSteps(*m_ws, m_tenant, QStringLiteral("cascade.suspend")).mid(5),
                 (QStringList{"postgresql-rls unchanged", "vector unchanged", "s3 applied",
                              "redis applied", "monitoring applied"}));
        // Repeating it changes nothing.
        QCOMPARE(drift.reconcile(m_tenant, QStringLiteral("ops"))->repaired, QStringList());
    }

    void theControllerRepairsTheSeedsIncidentWithinOneDriftInterval()
    {
        const qint64 intervalMs = 1000;
        Controller controller(*m_ws, WebhookSecrets(m_ws->database().url()),
                              QStringLiteral("drift-controller"), nullptr);
        controller.setDriftInterval(intervalMs);
        QVERIFY_OK(controller.runOnce()); // the first check: nothing wrong
        restoreRedisKey();
        QElapsedTimer clock;
        clock.start();
        // Passes as `tenantctl controller --interval 100` runs them, until
        // one holds the drift job: that first check must find and repair it.
        Result<ControllerPass> pass = controller.runOnce();
        while (pass && !pass->driftChecked && clock.elapsed() < 5 * intervalMs) {
            QTest::qWait(100);
            pass = controller.runOnce();
        }
        QVERIFY_OK(pass);
        const qint64 repairedAfter = clock.elapsed();
        qInfo("Redis serving a suspended tenant: repaired by the next drift check, %lld ms after "
              "(drift interval %lld ms)",
              repairedAfter, intervalMs);
        QVERIFY(pass->driftChecked);
        QCOMPARE(pass->reconciled, 1);
        QCOMPARE(pass->driftFound, 0);
        QCOMPARE(m_redis->command({"EXISTS", key("status")}, soon())->toLongLong(), 0);
        // Within one interval, give or take a pass (longer under the sanitizers).
        QVERIFY2(repairedAfter <= intervalMs + 2000, qPrintable(QString::number(repairedAfter)));
    }
};

QTEST_GUILESS_MAIN(TestDriftLive)
#include "tst_drift_live.moc"
