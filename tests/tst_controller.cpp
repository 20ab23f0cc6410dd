// Two `tenantctl controller` processes share one PostgreSQL delivery
// queue: 1,000 events, made while they run, reach a real receiver (the npm
// Standard Webhooks verifier checks each) exactly once and in sequence
// order per tenant; one controller killed mid-run loses nothing, the other
// takes over its leases.
#include "policychange.h"
#include "standardwebhooks.h"
#include "testdatabase.h"
#include "webhookreceiver.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace tenant;

namespace {
constexpr int tenantCount = 20;
} // namespace

class TestController : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    std::unique_ptr<Workspace> m_ws;
    const QString m_secret = StandardWebhooks::generateSecret();
    qint64 m_subscription = 0;
    int m_edits = 0;

    std::unique_ptr<QProcess> startController()
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TENANT_WEBHOOK_SECRET_%1").arg(m_subscription), m_secret);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(TENANTCTL_PATH),
                 {QStringLiteral("--db"), test::TestDatabase::urlText(m_ws->database().url()),
                  QStringLiteral("controller"), QStringLiteral("--interval"), QStringLiteral("50"),
                  QStringLiteral("--batch"), QStringLiteral("10")});
        if (!p->waitForStarted(10000))
            qFatal("tenantctl controller did not start");
        return p;
    }

    /// `n` changes, round robin over the tenants: one event each.
    void makeEvents(int n)
    {
        for (int i = 0; i < n; ++i) {
            const QString id =
                QStringLiteral("t%1").arg(m_edits % tenantCount, 2, 10, QLatin1Char('0'));
            Result<Tenant> t = m_ws->tenants().get(id);
            QVERIFY_OK(t);
            Tenant edited = t.value();
            edited.maxUsers = 1000 + ++m_edits;
            QVERIFY_OK(
                m_ws->tenants().update(edited, QStringLiteral("tester"), QStringLiteral("load")));
        }
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_ws->database().connection());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    /// What arrived verified, checked for per-tenant order; returns the
    /// number of arrivals per webhook-id.
    QHash<QString, int> checkArrivals(test::WebhookReceiver &receiver)
    {
        QHash<QString, int> arrivals;
        QHash<QString, qint64> lastOf;
        for (const QJsonValue &v : receiver.received()) {
            const QJsonObject r = v.toObject();
            if (!r.value(QStringLiteral("verified")).toBool())
                qFatal("a delivery failed the reference verifier: %s",
                       qPrintable(r.value(QStringLiteral("error")).toString()));
            const QString tenant = r.value(QStringLiteral("tenant_id")).toString();
            const qint64 sequence = r.value(QStringLiteral("sequence")).toInteger();
            // Non-decreasing: a repeat (the killed controller's last send)
            // comes again before anything later of its tenant.
            if (sequence < lastOf.value(tenant))
                qFatal("tenant %s: event %lld arrived after %lld", qPrintable(tenant), sequence,
                       lastOf.value(tenant));
            lastOf[tenant] = sequence;
            ++arrivals[r.value(QStringLiteral("id")).toString()];
        }
        return arrivals;
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgres())
            QFAIL("the shared work queue is PostgreSQL's: run with TENANT_TEST_BACKEND=postgresql");
        m_ws = std::make_unique<Workspace>(m_databases.fresh());
        QVERIFY_OK(m_ws->open());
        for (int i = 0; i < tenantCount; ++i)
            test::createTenant(*m_ws, QStringLiteral("t%1").arg(i, 2, 10, QLatin1Char('0')),
                               Tier::Silver);
        const Database::DirectAccess direct;
        // A short lease: the killed controller's work is free again in 2 s.
        QVERIFY_OK(storePolicyDocument(m_ws->database(), QStringLiteral("webhook_delivery"),
                                       {{QStringLiteral("lease_seconds"), 2}}));
    }

    void twoControllersDeliverEachEventOnceInOrder()
    {
        test::WebhookReceiver receiver(m_secret);
        const Result<WebhookSubscription> sub =
            m_ws->webhooks().add(receiver.hookUrl().toString(), {QStringLiteral("tenant.updated")},
                                 m_secret, QStringLiteral("tester"), {});
        QVERIFY_OK(sub);
        m_subscription = sub->id;
        auto one = startController();
        auto two = startController();

        QElapsedTimer clock;
        clock.start();
        makeEvents(500);
        QVERIFY2(QTest::qWaitFor([&] { return receiver.received().size() >= 500; }, 120000),
                 qPrintable(QStringLiteral("%1 of 500 arrived").arg(receiver.received().size())));
        QTest::qWait(500); // anything more would be a repeat
        const QHash<QString, int> arrivals = checkArrivals(receiver);
        QCOMPARE(arrivals.size(), 500);
        for (auto it = arrivals.begin(); it != arrivals.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" arrived twice")));
        // Both took part, and every attempt succeeded first time.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT controller) FROM delivery_attempts")),
                 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_deliveries WHERE status = "
                                       "'delivered' AND attempts = 1")),
                 500);
        qInfo("500 events delivered by two controllers in %lld ms", clock.elapsed());

        // The second half: kill one controller mid-run.
        receiver.reset();
        receiver.delayAnswers(10); // a slower subscriber: the kill lands mid-run
        const qint64 firstOfSecondHalf =
            scalar(QStringLiteral("SELECT max(id) FROM event_deliveries")) + 1;
        clock.restart();
        makeEvents(500);
        QVERIFY(QTest::qWaitFor([&] { return receiver.received().size() >= 100; }, 60000));
        one->kill(); // SIGKILL: no chance to finish what it holds
        QVERIFY(one->waitForFinished(10000));
        const int atKill = int(receiver.received().size());
        QVERIFY2(atKill < 400,
                 qPrintable(QStringLiteral("%1 had arrived at the kill").arg(atKill)));
        // Both were working on the second half when one died.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT controller) FROM delivery_attempts "
                                       "WHERE delivery_id >= %1")
                            .arg(firstOfSecondHalf)),
                 2);
        QVERIFY2(
            QTest::qWaitFor([&] { return checkArrivals(receiver).size() == 500; }, 120000),
            qPrintable(
                QStringLiteral("%1 of 500 distinct arrived").arg(checkArrivals(receiver).size())));
        QTest::qWait(2500); // past the lease: a lost delivery would come now
        const QHash<QString, int> second = checkArrivals(receiver);
        QCOMPARE(second.size(), 500);
        int repeats = 0;
        for (int n : second)
            repeats += n - 1;
        // At most the one POST the killed controller had in flight arrives
        // twice, under the same webhook-id (the receiver's idempotency key).
        QVERIFY2(repeats <= 1, qPrintable(QStringLiteral("%1 repeats").arg(repeats)));
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM event_deliveries WHERE status <> 'delivered'")),
                 0);
        qInfo("500 more delivered in %lld ms, one controller killed after %d had arrived "
              "(%d arrived twice)",
              clock.elapsed(), atKill, repeats);
        two->terminate(); // SIGTERM: it stops cleanly
        QVERIFY(two->waitForFinished(10000));
        QCOMPARE(two->exitStatus(), QProcess::NormalExit);
        QCOMPARE(two->exitCode(), 0);
    }

    void cleanupTestCase() { m_ws.reset(); }
};

QTEST_GUILESS_MAIN(TestController)
#include "tst_controller.moc"
