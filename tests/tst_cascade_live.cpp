// The whole cascade with every system real (PostgreSQL row-level security,
// s3rver, redis-server, Alertmanager) but the vector DB, which is Qdrant's
// stand-in: the workspace is configured the way a connection profile does
// it, and each system is read back after suspend, a repeated suspend and
// activate. tenantctl --profile drives the same systems from a saved profile.
#include "alertmanageradapter.h"
#include "cascadesupport.h"
#include "connectionprofile.h"
#include "credentials.h"
#include "httpcall.h"
#include "postgresrlsadapter.h"
#include "qdrantadapter.h"
#include "qdrantstandin.h"
#include "respclient.h"
#include "s3adapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

using test::soon;

class TestCascadeLive : public QObject
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

    /// Each system read back on its own, as `tenantId` suspended (true) or not.
    QMap<QString, bool> suspendedIn()
    {
        QMap<QString, bool> state;
        const CascadeContext suspended{m_tenant, CascadeAction::Suspend, "check", soon()};
        state["postgresql-rls"] = PostgresRlsAdapter(m_ws->database()).isApplied(suspended).value();
        state["vector"] = !m_qdrant->aliases().contains(m_tenant);
        state["s3"] = s3("GET", S3Adapter::bucketFor(m_tenant) + "/data.json").status == 403;
        state["redis"] = m_redis->command({"EXISTS", key("status")}, soon())->toLongLong() == 0;
        state["monitoring"] = !AlertmanagerAdapter(m_endpoints.monitoring)
                                   .activeSilences(m_tenant, soon())
                                   ->isEmpty();
        return state;
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
        m_tenant = QStringLiteral("live%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_run);
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
        QVERIFY(m_ws->configureDownstream(m_endpoints,
                                          {"qdrant-key", m_s3Keys.secretAccessKey, {}, {}, {}})
                    .ok());
        QCOMPARE(m_ws->cascade().systems(),
                 QStringList({"postgresql-rls", "vector", "s3", "redis", "monitoring"}));
    }

    void suspendTwiceThenActivateAcrossEveryRealSystem()
    {
        const QMap<QString, bool> none{{"postgresql-rls", false},
                                       {"vector", false},
                                       {"s3", false},
                                       {"redis", false},
                                       {"monitoring", false}};
        QMap<QString, bool> all = none;
        for (bool &v : all)
            v = true;
        QCOMPARE(suspendedIn(), none);

        QElapsedTimer clock;
        clock.start();
        const Result<Tenant> suspended = m_ws->lifecycle().suspend(m_tenant, "overdue", "ops");
        const qint64 suspendMs = clock.elapsed();
        QVERIFY2(suspended.ok(), qPrintable(suspended.error().message));
        qInfo("suspend across the five systems: %lld ms", suspendMs);
        QCOMPARE(m_ws->tenants().get(m_tenant)->status, TenantStatus::Suspended);
        QCOMPARE(suspendedIn(), all);
        QCOMPARE(test::auditedSteps(*m_ws, m_tenant, "cascade.suspend"),
                 QStringList({"postgresql-rls applied", "vector applied", "s3 applied",
                              "redis applied", "monitoring applied"}));

        // Again: every system already agrees, so nothing is changed.
        const QByteArray policy = s3("GET", S3Adapter::bucketFor(m_tenant) + "?policy").body;
        const qint64 version = m_redis->command({"GET", key("version")}, soon())->toLongLong();
        QVERIFY_OK(m_ws->lifecycle().suspend(m_tenant, "overdue", "ops"));
        QCOMPARE(test::auditedSteps(*m_ws, m_tenant, "cascade.suspend").mid(5),
                 QStringList({"postgresql-rls unchanged", "vector unchanged", "s3 unchanged",
                              "redis unchanged", "monitoring unchanged"}));
        QCOMPARE(s3("GET", S3Adapter::bucketFor(m_tenant) + "?policy").body, policy);
        QCOMPARE(m_redis->command({"GET", key("version")}, soon())->toLongLong(), version);
        QCOMPARE(
            AlertmanagerAdapter(m_endpoints.monitoring).activeSilences(m_tenant, soon())->size(),
            1);

        clock.restart();
        QVERIFY_OK(m_ws->lifecycle().activate(m_tenant, "paid", "ops"));
        qInfo("activate across the five systems: %lld ms", clock.elapsed());
        QCOMPARE(m_ws->tenants().get(m_tenant)->status, TenantStatus::Active);
        QMap<QString, bool> restored = suspendedIn();
        restored["redis"] = false; // the cache was invalidated, not refilled: check the marker
        QCOMPARE(restored, none);
        QCOMPARE(m_redis->command({"EXISTS", key("suspended")}, soon())->toLongLong(), 0);
        QCOMPARE(m_qdrant->aliases().value(m_tenant), QdrantAdapter::collectionFor(m_tenant));
    }

    void tenantctlDrivesTheSystemsOfASavedProfile()
    {
        // A profile as the console saves it, with the S3 secret in the keychain.
        QTemporaryDir config;
        const DatabaseUrl url = m_ws->database().url();
        ConnectionProfile profile{"live",    url.host,    url.port, url.database, url.user,
                                  "disable", m_endpoints, {},       {},           {}};
        profile.downstream.vector = QUrl(); // the stand-in lives in this process only
        QVERIFY_OK(test::saveProfileForTenantctl(profile, config.path()));
        QVERIFY2(
            Keychain::writePassword(profile.downstream.s3SecretAccount(), m_s3Keys.secretAccessKey)
                .ok(),
            "needs a Secret Service (scripts/run-tests.sh starts gnome-keyring)");

        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", config.path());
        ctl.setProcessEnvironment(env);
        ctl.start(TENANTCTL_PATH,
                  {"--profile", "live", "--json", "suspend", m_tenant, "--reason", "scripted"});
        QVERIFY(ctl.waitForFinished(30000));
        QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
        QCOMPARE(m_ws->tenants().get(m_tenant)->status, TenantStatus::Suspended);
        QMap<QString, bool> state = suspendedIn();
        QCOMPARE(state.take("vector"), false); // the profile left it to the demo stand-in
        for (auto it = state.cbegin(); it != state.cend(); ++it)
            QVERIFY2(it.value(), qPrintable(it.key()));
        QVERIFY_OK(Keychain::deletePassword(profile.downstream.s3SecretAccount()));
    }

    void cleanup()
    {
        m_ws.reset();
        const QString bucket = S3Adapter::bucketFor(m_tenant);
        s3("DELETE", bucket + "?policy");
        s3("DELETE", bucket + "/data.json");
        s3("DELETE", bucket);
        QVERIFY(m_redis->command({"DEL", key("status"), key("version"), key("suspended")}, soon())
                    .ok());
        const Result<QStringList> silences =
            AlertmanagerAdapter(m_endpoints.monitoring).activeSilences(m_tenant, soon());
        QVERIFY_OK(silences);
        const CascadeContext activate{m_tenant, CascadeAction::Activate, "cleanup", soon()};
        QVERIFY_OK(AlertmanagerAdapter(m_endpoints.monitoring).apply(activate));
    }
};

QTEST_GUILESS_MAIN(TestCascadeLive)
#include "tst_cascade_live.moc"
