// The object-store step against a local S3 server (TENANT_TEST_S3_URL,
// started by scripts/run-tests.sh): the real s3rver, with SigV4 checked by
// AWS's own signer and bucket policies added (tests/s3/server.js). Effects
// are read back from the server, and checked the way a tenant sees them:
// its objects become unreadable while suspended.
#include "cascadecoordinator.h"
#include "cascadesupport.h"
#include "httpcall.h"
#include "localadapter.h"
#include "s3adapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tenant;

class TestCascadeS3 : public QObject
{
    Q_OBJECT

private:
    QUrl m_endpoint;
    AwsCredentials m_keys{"S3RVER", "S3RVER", "us-east-1"};
    test::TestDatabase m_databases;
    int m_run = 0;
    QString m_tenant; // a new tenant (and bucket) per test function

    /// One signed request to the server; `path` starts with the bucket.
    HttpReply s3(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        return test::s3Request(m_endpoint, m_keys, method, path, body);
    }

    QString bucket() const { return S3Adapter::bucketFor(m_tenant); }

    CascadeContext context(CascadeAction action) const
    {
        return {m_tenant, action, "corr", QDeadlineTimer(5000)};
    }

    QJsonArray statements()
    {
        const HttpReply reply = s3("GET", bucket() + "?policy");
        if (reply.status == 404)
            return {};
        return QJsonDocument::fromJson(reply.body)["Statement"].toArray();
    }

private slots:
    void initTestCase()
    {
        m_endpoint = QUrl(qEnvironmentVariable("TENANT_TEST_S3_URL"));
        QVERIFY2(m_endpoint.isValid() && m_endpoint.port() > 0,
                 "needs TENANT_TEST_S3_URL=http://127.0.0.1:PORT (tests/s3/server.js)");
        QCOMPARE(s3("GET", "").status, 200); // list buckets: the server takes our signature
    }

    void init()
    {
        m_tenant = QStringLiteral("t%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_run);
        QCOMPARE(s3("PUT", bucket()).status, 200);
        QCOMPARE(s3("PUT", bucket() + "/reports/q3.csv", "revenue,42\n").status, 200);
        QCOMPARE(s3("GET", bucket() + "/reports/q3.csv").status, 200);
    }

    void suspendBlocksTheBucketAndActivateLiftsIt()
    {
        S3Adapter storage(m_endpoint, m_keys);
        QCOMPARE(storage.isApplied(context(CascadeAction::Suspend)).value(), false);
        QVERIFY_OK(storage.apply(context(CascadeAction::Suspend)));
        QCOMPARE(storage.isApplied(context(CascadeAction::Suspend)).value(), true);

        const QJsonArray policy = statements();
        QCOMPARE(policy.size(), 1);
        QCOMPARE(policy[0]["Sid"].toString(), QString(S3Adapter::statementId));
        QCOMPARE(policy[0]["Effect"].toString(), QStringLiteral("Deny"));
        // What the tenant's applications see: no reads, writes or listings.
        const HttpReply read = s3("GET", bucket() + "/reports/q3.csv");
        QCOMPARE(read.status, 403);
        QVERIFY(read.body.contains("<Code>AccessDenied</Code>"));
        QCOMPARE(s3("PUT", bucket() + "/reports/q4.csv", "x").status, 403);
        QCOMPARE(s3("GET", bucket()).status, 403);

        QVERIFY_OK(storage.apply(context(CascadeAction::Activate)));
        QCOMPARE(storage.isApplied(context(CascadeAction::Activate)).value(), true);
        QCOMPARE(s3("GET", bucket() + "?policy").status, 404); // policy removed entirely
        const HttpReply again = s3("GET", bucket() + "/reports/q3.csv");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, QByteArray("revenue,42\n"));
    }

    void suspendingTwiceChangesNothing()
    {
        S3Adapter storage(m_endpoint, m_keys);
        QVERIFY_OK(storage.apply(context(CascadeAction::Suspend)));
        const QByteArray first = s3("GET", bucket() + "?policy").body;
        QVERIFY_OK(storage.apply(context(CascadeAction::Suspend)));
        QCOMPARE(s3("GET", bucket() + "?policy").body, first);
        QCOMPARE(statements().size(), 1);
    }

    void otherStatementsInThePolicyAreKept()
    {
        const QJsonObject analytics{
            {"Sid", "AnalyticsReadOnly"},
            {"Effect", "Deny"},
            {"Principal", "*"},
            {"Action", "s3:DeleteObject"},
            {"Resource", QString("arn:aws:s3:::" + bucket() + "/reports/*")}};
        const QByteArray policy = QJsonDocument(QJsonObject{{"Version", "2012-10-17"},
                                                            {"Statement", QJsonArray{analytics}}})
                                      .toJson(QJsonDocument::Compact);
        QCOMPARE(s3("PUT", bucket() + "?policy", policy).status, 204);

        S3Adapter storage(m_endpoint, m_keys);
        QVERIFY_OK(storage.apply(context(CascadeAction::Suspend)));
        QCOMPARE(statements().size(), 2);
        QVERIFY_OK(storage.compensate(context(CascadeAction::Suspend)));
        QCOMPARE(statements(), QJsonArray{analytics});
        QCOMPARE(s3("GET", bucket() + "/reports/q3.csv").status, 200);
    }

    void aWrongSecretIsRefusedByTheServer()
    {
        S3Adapter storage(m_endpoint, {"S3RVER", "not-the-secret", "us-east-1"});
        const Status applied = storage.apply(context(CascadeAction::Suspend));
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message.contains("403 SignatureDoesNotMatch"),
                 qPrintable(applied.error().message));
        QCOMPARE(statements().size(), 0);
    }

    void aMissingBucketFailsTheStep()
    {
        S3Adapter storage(m_endpoint, m_keys);
        const Status applied =
            storage.apply({"no-such-tenant", CascadeAction::Suspend, "c", QDeadlineTimer(5000)});
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message.contains("404 NoSuchBucket"),
                 qPrintable(applied.error().message));
    }

    void aLaterFailureLiftsTheBlockAgain()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, m_tenant);
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        coordinator.addAdapter(std::make_unique<S3Adapter>(m_endpoint, m_keys));
        coordinator.addAdapter(
            std::make_unique<test::FailingAdapter>("redis", "connection refused"));
        ws.lifecycle().setCascade(&coordinator);
        const Result<Tenant> result = ws.lifecycle().suspend(m_tenant, "x", "t");
        ws.lifecycle().setCascade(nullptr);
        QVERIFY(!result.ok());
        QCOMPARE(ws.tenants().get(m_tenant)->status, TenantStatus::Active);
        QCOMPARE(statements().size(), 0);
        QCOMPARE(s3("GET", bucket() + "/reports/q3.csv").status, 200);

        QCOMPARE(test::auditedSteps(ws, m_tenant, "cascade.suspend"),
                 QStringList({"s3 applied", "redis failed", "s3 compensated"}));
    }

    void aFailingS3StepCompensatesEarlierSteps()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, m_tenant);
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        auto local = std::make_unique<LocalAdapter>(ws.database(), "postgresql-rls");
        LocalAdapter *first = local.get();
        coordinator.addAdapter(std::move(local));
        coordinator.addAdapter(std::make_unique<S3Adapter>(
            m_endpoint, AwsCredentials{"S3RVER", "revoked", "us-east-1"}));
        ws.lifecycle().setCascade(&coordinator);
        const Result<Tenant> result = ws.lifecycle().suspend(m_tenant, "x", "t");
        ws.lifecycle().setCascade(nullptr);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("s3 failed"), qPrintable(result.error().message));
        QCOMPARE(first->isSuspended(m_tenant).value(), false);
        QCOMPARE(ws.tenants().get(m_tenant)->status, TenantStatus::Active);
        QCOMPARE(test::auditedSteps(ws, m_tenant, "cascade.suspend"),
                 QStringList({"postgresql-rls (demo) applied", "s3 failed",
                              "postgresql-rls (demo) compensated"}));
    }

    void cleanup()
    {
        // Leave the server as we found it: no policy, no objects, no bucket.
        s3("DELETE", bucket() + "?policy");
        s3("DELETE", bucket() + "/reports/q3.csv");
        s3("DELETE", bucket() + "/reports/q4.csv");
        QCOMPARE(s3("DELETE", bucket()).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestCascadeS3)
#include "tst_cascade_s3.moc"
