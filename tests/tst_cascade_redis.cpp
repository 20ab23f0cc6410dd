// The Redis step against a real redis-server (TENANT_TEST_REDIS_URL,
// started by scripts/run-tests.sh): what it does is checked by reading
// Redis back and by a subscriber on tenant_updates.
#include "cascadecoordinator.h"
#include "cascadesupport.h"
#include "localadapter.h"
#include "redisadapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace tenant;

using test::soon;

class TestCascadeRedis : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    quint16 m_port = 0;
    std::unique_ptr<RespClient> m_redis;
    std::unique_ptr<RespClient> m_subscriber;
    test::TestDatabase m_databases;

    qint64 integer(const QList<QByteArray> &command)
    {
        return m_redis->command(command, soon())->toLongLong();
    }

    int countKeys(const QByteArray &pattern)
    {
        int count = 0;
        QByteArray cursor = "0";
        do {
            const QVariantList reply =
                m_redis->command({"SCAN", cursor, "MATCH", pattern}, soon())->toList();
            cursor = reply.at(0).toByteArray();
            count += static_cast<int>(reply.at(1).toList().size());
        } while (cursor != "0");
        return count;
    }

    /// The next invalidation message's JSON.
    QJsonObject nextMessage()
    {
        const Result<QVariant> message = m_subscriber->next(soon());
        if (!message)
            return {};
        const QVariantList parts = message->toList();
        return parts.size() == 3 ? QJsonDocument::fromJson(parts.at(2).toByteArray()).object()
                                 : QJsonObject{};
    }

private slots:
    void initTestCase()
    {
        const QUrl url(qEnvironmentVariable("TENANT_TEST_REDIS_URL"));
        QVERIFY2(url.isValid() && url.port() > 0,
                 "needs TENANT_TEST_REDIS_URL=redis://127.0.0.1:PORT");
        m_host = url.host();
        m_port = static_cast<quint16>(url.port());
        m_redis = std::make_unique<RespClient>(m_host, m_port);
        QCOMPARE(m_redis->command({"PING"}, soon())->toByteArray(), QByteArray("PONG"));
    }

    void init()
    {
        QVERIFY_OK(m_redis->command({"FLUSHALL"}, soon()));
        QVERIFY_OK(m_redis->command({"SET", "tenant:hr:status", "active"}, soon()));
        QVERIFY_OK(m_redis->command({"SET", "tenant:hr:version", "7"}, soon()));
        for (int i = 0; i < 250; ++i) // more than one SCAN page
            QVERIFY_OK(
                m_redis->command({"SET", "tenant:hr:cache:" + QByteArray::number(i), "x"}, soon()));
        QVERIFY_OK(m_redis->command({"SET", "tenant:finance:status", "active"}, soon()));
        m_subscriber = std::make_unique<RespClient>(m_host, m_port);
        QVERIFY_OK(m_subscriber->command({"SUBSCRIBE", RedisAdapter::channel}, soon()));
    }

    void suspendInvalidatesTheTenantOnly()
    {
        RedisAdapter redis(m_host, m_port);
        const CascadeContext suspend{"hr", CascadeAction::Suspend, "corr-1", soon()};
        QCOMPARE(redis.isApplied(suspend).value(), false);
        QVERIFY_OK(redis.apply(suspend));
        QCOMPARE(redis.isApplied(suspend).value(), true);

        QCOMPARE(integer({"EXISTS", "tenant:hr:status"}), 0);
        QCOMPARE(countKeys("tenant:hr:cache:*"), 0);
        QCOMPARE(integer({"GET", "tenant:hr:version"}), 8);
        QCOMPARE(integer({"EXISTS", "tenant:finance:status"}), 1); // other tenants untouched
        const QJsonObject message = nextMessage();
        QCOMPARE(message.value("tenant").toString(), QStringLiteral("hr"));
        QCOMPARE(message.value("action").toString(), QStringLiteral("suspend"));
        QCOMPARE(message.value("version").toInt(), 8);
        QCOMPARE(message.value("correlation_id").toString(), QStringLiteral("corr-1"));
    }

    void repeatingChangesNothingAndActivateRestores()
    {
        Workspace ws(m_databases.fresh());
        QVERIFY_OK(ws.open());
        CascadeCoordinator coordinator(ws.audit());
        coordinator.addAdapter(std::make_unique<RedisAdapter>(m_host, m_port));

        QVERIFY(coordinator.run("hr", CascadeAction::Suspend, "c1", "t")->succeeded);
        QCOMPARE(nextMessage().value("version").toInt(), 8);
        const Result<CascadeReport> again =
            coordinator.run("hr", CascadeAction::Suspend, "c2", "t");
        QVERIFY(again->succeeded);
        QCOMPARE(nameOf(again->steps.first().state), QStringLiteral("unchanged"));
        QCOMPARE(integer({"GET", "tenant:hr:version"}), 8); // nothing happened

        QVERIFY(coordinator.run("hr", CascadeAction::Activate, "c3", "t")->succeeded);
        QCOMPARE(integer({"EXISTS", "tenant:hr:suspended"}), 0);
        QCOMPARE(integer({"GET", "tenant:hr:version"}), 9);
        QCOMPARE(nextMessage().value("action").toString(), QStringLiteral("activate"));
    }

    void aLaterFailureCompensatesRedis()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, "hr");
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        coordinator.addAdapter(std::make_unique<LocalAdapter>(ws.database(), "postgresql-rls"));
        coordinator.addAdapter(std::make_unique<RedisAdapter>(m_host, m_port));
        coordinator.addAdapter(
            std::make_unique<test::FailingAdapter>("monitoring", "503 from monitoring"));
        ws.lifecycle().setCascade(&coordinator);

        const Result<Tenant> result = ws.lifecycle().suspend("hr", "x", "t");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("503 from monitoring"),
                 qPrintable(result.error().message));
        QCOMPARE(ws.tenants().get("hr")->status, TenantStatus::Active);
        // Redis was suspended, then put back: no marker, a second invalidation.
        QCOMPARE(integer({"EXISTS", "tenant:hr:suspended"}), 0);
        QCOMPARE(integer({"GET", "tenant:hr:version"}), 9);
        QCOMPARE(nextMessage().value("action").toString(), QStringLiteral("suspend"));
        QCOMPARE(nextMessage().value("action").toString(), QStringLiteral("activate"));
        ws.lifecycle().setCascade(nullptr);
    }

    void anUnreachableRedisFailsTheStep()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, "hr");
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        coordinator.setStepTimeout(2000);
        auto local = std::make_unique<LocalAdapter>(ws.database(), "postgresql-rls");
        LocalAdapter *first = local.get();
        coordinator.addAdapter(std::move(local));
        coordinator.addAdapter(
            std::make_unique<RedisAdapter>(m_host, 1)); // nothing listens on port 1
        ws.lifecycle().setCascade(&coordinator);

        const Result<Tenant> result = ws.lifecycle().suspend("hr", "x", "t");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("redis"), qPrintable(result.error().message));
        QCOMPARE(ws.tenants().get("hr")->status, TenantStatus::Active);
        QCOMPARE(first->isSuspended("hr").value(), false); // compensated
        ws.lifecycle().setCascade(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCascadeRedis)
#include "tst_cascade_redis.moc"
