// Onboarding end to end against the real services: PostgreSQL (a login role,
// a schema and row-level security), redis-server, the S3 server (s3rver),
// Alertmanager, and Qdrant's stand-in (Qdrant cannot run here). A gold, a
// silver, a bronze and an approved platinum tenant end active with all eight
// checks passed; a blocking failure leaves nothing behind in any system; and
// a tenantctl killed mid-run is found interrupted and both resumes and rolls
// back clean.
#include "alertmanageradapter.h"
#include "cascadesupport.h"
#include "connectionprofile.h"
#include "credentials.h"
#include "postgresrlsadapter.h"
#include "provisioningsupport.h"
#include "qdrantadapter.h"
#include "qdrantstandin.h"
#include "redisadapter.h"
#include "respclient.h"
#include "s3adapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

using test::soon;

class TestProvisioningLive : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DownstreamEndpoints m_endpoints;
    AwsCredentials m_s3Keys{"S3RVER", "S3RVER", "us-east-1"};
    std::unique_ptr<test::QdrantStandIn> m_qdrant;
    std::unique_ptr<RespClient> m_redis;
    std::unique_ptr<Workspace> m_ws;

    static QString uniqueId(const char *name)
    {
        return QStringLiteral("%1-%2")
            .arg(QLatin1String(name))
            .arg(QCoreApplication::applicationPid());
    }

    ProvisioningRequest submit(const QJsonObject &json, const QString &actor = "requester")
    {
        const Result<ProvisioningRequest> r =
            m_ws->provisioning().submit(ProvisioningRequest::fromJson(json).value(), actor);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    bool existsInPostgres(const QString &sql, const QString &name)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(sql);
        q.addBindValue(name);
        return q.exec() && q.next();
    }

    /// What of `tenantId` each system still holds, read from each system directly.
    QStringList leftovers(const QString &tenantId)
    {
        QStringList left;
        const QString role = PostgresRlsAdapter::roleFor(m_ws->database().url().database, tenantId);
        if (existsInPostgres("SELECT 1 FROM pg_roles WHERE rolname = ?", role))
            left << "role";
        if (existsInPostgres("SELECT 1 FROM pg_namespace WHERE nspname = ?",
                             PostgresRlsAdapter::schemaFor(tenantId)))
            left << "schema";
        if (existsInPostgres("SELECT 1 FROM tenant_access WHERE tenant_id = ?", tenantId))
            left << "tenant_access";
        const QVariantList keys =
            m_redis->command({"KEYS", "tenant:" + tenantId.toUtf8() + ":*"}, soon())->toList();
        if (!keys.isEmpty())
            left << "redis keys";
        if (m_redis->command({"SISMEMBER", RedisAdapter::namespaces, tenantId.toUtf8()}, soon())
                ->toLongLong() == 1)
            left << "redis namespace";
        if (test::s3Request(m_endpoints.s3, m_s3Keys, "GET", S3Adapter::bucketFor(tenantId))
                .status != 404)
            left << "bucket";
        if (m_qdrant->aliases().contains(tenantId))
            left << "alias";
        if (m_qdrant->collections().contains(QdrantAdapter::collectionFor(tenantId)))
            left << "collection";
        if (!AlertmanagerAdapter(m_endpoints.monitoring)
                 .activeSilences(tenantId, soon())
                 ->isEmpty())
            left << "silence";
        if (m_ws->tenants().get(tenantId))
            left << "registry";
        return left;
    }

    /// Removes what provisioning made for a tenant that ended active, so the
    /// shared services are left as they were.
    void removeEverywhere(const ProvisionContext &context)
    {
        for (const auto &resource :
             provisioningTargets(m_ws->database(), m_endpoints, secrets()).resources)
            QVERIFY_OK(resource->remove(context));
    }

    DownstreamSecrets secrets() const
    {
        return {"qdrant-key", m_s3Keys.secretAccessKey, {}, {}, {}};
    }

    void setLeaseSeconds(int seconds)
    {
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE policies SET document = '{\"auto_approve_below\": "
                                  "1000000, \"lease_seconds\": %1}' WHERE name = 'provisioning'")
                       .arg(seconds)));
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
        m_qdrant = std::make_unique<test::QdrantStandIn>("qdrant-key");
        QVERIFY(m_qdrant->listen());
        m_endpoints.vector = m_qdrant->url();
        m_ws = std::make_unique<Workspace>(m_databases.fresh());
        QVERIFY_OK(m_ws->open());
        QVERIFY_OK(m_ws->configureDownstream(m_endpoints, secrets()));
    }

    void cleanup() { m_ws.reset(); }

    void everyTierEndsActiveWithAllChecksPassed_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("region");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<QStringList>("compliance");
        QTest::newRow("gold") << "gold"
                              << "us-east-1" << qint64(1000000) << QStringList{"SOX"};
        QTest::newRow("silver") << "silver"
                                << "eu-west-1" << qint64(500000) << QStringList{"GDPR"};
        QTest::newRow("bronze") << "bronze"
                                << "ap-south-1" << qint64(60000) << QStringList{"DPDP"};
    }
    void everyTierEndsActiveWithAllChecksPassed()
    {
        QFETCH(QString, tier);
        QFETCH(QString, region);
        QFETCH(qint64, budget);
        QFETCH(QStringList, compliance);
        const QString id = uniqueId(qPrintable(tier + "-bu"));
        ProvisioningRequest r =
            submit(test::requestDocument("Unit " + tier, tier, region, budget, id, compliance));
        // Sensitive data and gold need approvers: each given by a different person.
        if (r.status == RequestStatus::Pending)
            r = test::approveAll(*m_ws, r.requestId);
        QCOMPARE(r.status, RequestStatus::Approved);

        QElapsedTimer wall;
        wall.start();
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        const qint64 ms = wall.elapsed();
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QVERIFY2(done->status == RequestStatus::Active, qPrintable(done->outcome));
        QCOMPARE(done->outcome, QStringLiteral("activated; all 8 checks passed"));
        qInfo("provisioning %s (%s, %s) took %lld ms", qPrintable(id), qPrintable(tier),
              qPrintable(region), ms);

        const QList<StepRecord> steps = m_ws->workflow().steps(r.requestId).value();
        int checks = 0;
        for (const StepRecord &step : steps) {
            QVERIFY2(step.status == StepStatus::Done, qPrintable(step.name + ": " + step.detail));
            QVERIFY2(!step.name.contains("(demo)") && !step.detail.startsWith("demo"),
                     qPrintable(step.name + ": " + step.detail));
            checks += step.phase == StepPhase::Validate;
        }
        QCOMPARE(checks, 8);
        QCOMPARE(m_ws->tenants().get(id)->status, TenantStatus::Active);

        // Read back from each system.
        const QString role = PostgresRlsAdapter::roleFor(m_ws->database().url().database, id);
        QVERIFY(existsInPostgres("SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin", role));
        QVERIFY(existsInPostgres("SELECT 1 FROM pg_namespace WHERE nspname = ?",
                                 PostgresRlsAdapter::schemaFor(id)));
        QCOMPARE(m_qdrant->aliases().value(id), QdrantAdapter::collectionFor(id));
        QCOMPARE(m_qdrant->pointCount(QdrantAdapter::collectionFor(id)), 0); // probes cleaned up
        const QMap<QString, QString> tags = S3Adapter(m_endpoints.s3, m_s3Keys)
                                                .bucketTags(S3Adapter::bucketFor(id), soon())
                                                .value();
        QCOMPARE(tags.value("TenantID"), id);
        QCOMPARE(tags.value("Tier"), tier);
        QCOMPARE(tags.value("CostCenter"), r.costCenter);
        QCOMPARE(m_redis->command({"SISMEMBER", RedisAdapter::namespaces, id.toUtf8()}, soon())
                     ->toLongLong(),
                 1);
        // Activation ended the onboarding silence.
        QVERIFY(AlertmanagerAdapter(m_endpoints.monitoring).activeSilences(id, soon())->isEmpty());

        // Leave the shared services as they were.
        ProvisionContext context{id,           r.requestId, r.requestId, r.tier,
                                 r.costCenter, false,       1000,        soon()};
        removeEverywhere(context);
    }

    void approvedPlatinumGetsItsDedicatedNamespace()
    {
        const QString id = uniqueId("platinum-bu");
        const ProvisioningRequest r =
            submit(test::requestDocument("Flagship", "platinum", "us-east-1", 3000000, id));
        QCOMPARE(r.status, RequestStatus::Pending); // ₹30,00,000 and platinum: cfo and cto
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator").error().kind, ErrorKind::Rule);
        QCOMPARE(leftovers(id), QStringList());
        QVERIFY_OK(m_ws->provisioning().approve(r.requestId, "strategic account", "cfo"));
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator").error().kind, ErrorKind::Rule);
        QVERIFY_OK(m_ws->provisioning().approve(r.requestId, "capacity is there", "cto"));
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "cfo");
        QVERIFY2(done.ok() && done->status == RequestStatus::Active,
                 done.ok() ? qPrintable(done->outcome) : qPrintable(done.error().message));
        QCOMPARE(m_ws->tenants().get(id)->isolationMode, QStringLiteral("hybrid"));
        QVERIFY(existsInPostgres(
            "SELECT 1 FROM pg_tables WHERE schemaname = ? AND tablename = 'documents'",
            PostgresRlsAdapter::schemaFor(id)));
        // An active tenant is not rolled back; the test removes its resources itself.
        QCOMPARE(m_ws->workflow().rollback(r.requestId, "x", "cfo").error().kind, ErrorKind::Rule);
        ProvisionContext context{id,           r.requestId, r.requestId, r.tier,
                                 r.costCenter, true,        1000,        soon()};
        removeEverywhere(context);
    }

    void blockingFailureLeavesNothingInAnySystem()
    {
        const QString id = uniqueId("doomed-bu");
        const ProvisioningRequest r = test::approveAll(
            *m_ws,
            submit(test::requestDocument("Doomed", "gold", "us-east-1", 1000000, id)).requestId);
        // The vector DB breaks while its search is checked, and recovers for the rollback.
        connect(&m_ws->workflow(), &ProvisioningWorkflow::stepChanged, this,
                [this](const StepRecord &s) {
                    if (s.name == "vector search" && s.status == StepStatus::Running)
                        m_qdrant->setFailing(true);
                    if (s.phase == StepPhase::Rollback)
                        m_qdrant->setFailing(false);
                });
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->status, RequestStatus::RolledBack);
        QVERIFY2(done->outcome.startsWith("the vector search check failed"),
                 qPrintable(done->outcome));
        QCOMPARE(leftovers(id), QStringList());
        for (const StepRecord &step : m_ws->workflow().steps(r.requestId).value())
            if (step.phase == StepPhase::Rollback)
                QVERIFY2(step.status == StepStatus::Removed,
                         qPrintable(step.name + ": " + step.detail));
    }

    void killedRunIsFoundAndBothResumesAndRollsBack()
    {
        // tenantctl runs from a saved profile, as an operator would, with the
        // secrets in the keychain.
        QTemporaryDir config;
        const DatabaseUrl url = m_ws->database().url();
        ConnectionProfile profile{"live",    url.host,    url.port, url.database, url.user,
                                  "disable", m_endpoints, {},       {},           {}};
        QVERIFY_OK(test::saveProfileForTenantctl(profile, config.path()));
        QVERIFY2(
            Keychain::writePassword(profile.downstream.s3SecretAccount(), m_s3Keys.secretAccessKey)
                .ok(),
            "needs a Secret Service (scripts/run-tests.sh starts gnome-keyring)");
        QVERIFY_OK(Keychain::writePassword(profile.downstream.vectorSecretAccount(), "qdrant-key"));
        setLeaseSeconds(1); // a dead run is noticed a second after its last step

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", config.path());
        const auto ctl = [&](const QStringList &args, QProcess &process) {
            process.setProcessEnvironment(env);
            process.start(TENANTCTL_PATH, QStringList{"--profile", "live"} + args);
            QVERIFY(process.waitForStarted());
        };
        // Runs to the end while this process serves the vector stand-in.
        const auto finish = [](QProcess &process) {
            QDeadlineTimer limit(60000);
            while (process.state() != QProcess::NotRunning && !limit.hasExpired())
                QTest::qWait(20);
        };

        for (const QString &ending : {QStringLiteral("resume"), QStringLiteral("rollback")}) {
            const QString id = uniqueId(qPrintable("crash-" + ending));
            QTemporaryDir dir;
            QFile file(dir.filePath("request.json"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(test::requestDocument("Crash " + ending, "silver", "us-east-1",
                                                           500000, id))
                           .toJson());
            file.close();

            // Killed the moment the vector collection is being created: the
            // database and the signing key are done, the rest is not.
            QProcess victim;
            const QString trigger = "PUT /collections/" + QdrantAdapter::collectionFor(id);
            const auto kill = connect(m_qdrant.get(), &test::QdrantStandIn::requestReceived, this,
                                      [&victim, trigger](const QString &request) {
                                          if (request == trigger)
                                              victim.kill();
                                      });
            ctl({"provision", "--from", file.fileName()}, victim);
            finish(victim);
            disconnect(kill);
            QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

            QTest::qWait(1500); // the lease of the dead run runs out
            QProcess list;
            ctl({"--json", "provision", "list", "--interrupted"}, list);
            finish(list);
            const QJsonArray interrupted =
                QJsonDocument::fromJson(list.readAllStandardOutput()).array();
            QCOMPARE(interrupted.size(), 1);
            const QJsonObject request = interrupted.at(0).toObject();
            QCOMPARE(request.value("tenant_id").toString(), id);
            QCOMPARE(request.value("status").toString(), QStringLiteral("provisioning"));
            QCOMPARE(request.value("stage").toString(), QStringLiteral("provision vector"));
            const QString requestId = request.value("request_id").toString();

            QProcess next;
            if (ending == "resume")
                ctl({"--json", "provision", "resume", requestId}, next);
            else
                ctl({"--json", "provision", "rollback", requestId, "--reason",
                     "abandoned after a crash"},
                    next);
            finish(next);
            const QByteArray out = next.readAllStandardOutput();
            const QJsonObject result = QJsonDocument::fromJson(out).object();
            if (ending == "resume") {
                QVERIFY2(next.exitCode() == 0, next.readAllStandardError().constData());
                QCOMPARE(result.value("status").toString(), QStringLiteral("active"));
                QCOMPARE(result.value("outcome").toString(),
                         QStringLiteral("activated; all 8 checks passed"));
                QCOMPARE(m_ws->tenants().get(id)->status, TenantStatus::Active);
                QCOMPARE(m_qdrant->aliases().value(id), QdrantAdapter::collectionFor(id));
                ProvisionContext context{id, requestId, requestId, Tier::Silver,
                                         {}, false,     1000,      soon()};
                removeEverywhere(context);
            } else {
                QCOMPARE(next.exitCode(), 5); // a rolled-back run is a downstream failure
                QCOMPARE(result.value("status").toString(), QStringLiteral("rolled_back"));
                QCOMPARE(leftovers(id), QStringList());
            }
        }
        QVERIFY_OK(Keychain::deletePassword(profile.downstream.s3SecretAccount()));
        QVERIFY_OK(Keychain::deletePassword(profile.downstream.vectorSecretAccount()));
    }
};

QTEST_GUILESS_MAIN(TestProvisioningLive)
#include "tst_provisioning_live.moc"
