// The control plane's events on both backends: every change writes its
// event in the same transaction (and a refused or rolled-back change
// none), subscriptions refuse bad input, and the controller delivers
// signed webhooks that the reference Standard Webhooks verifier from npm
// accepts, retries on the schedule (shortened by the policy's factor),
// dead-letters, requeues and replays, keeping each tenant's events in
// sequence order; leases hand a stopped controller's work over.
#include "auditactions.h"
#include "controller.h"
#include "controllermetrics.h"
#include "policychange.h"
#include "standardwebhooks.h"
#include "tenantctlrunner.h"
#include "testdatabase.h"
#include "webhookreceiver.h"
#include "workspace.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace tenant;

namespace {

qint64 count(Workspace &ws, const QString &sql)
{
    QSqlQuery q(ws.database().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QStringList typesOf(const QList<LifecycleEvent> &events)
{
    QStringList types;
    for (const LifecycleEvent &e : events)
        types << e.type;
    return types;
}

/// The webhook-ids a receiver got, in arrival order.
QStringList idsOf(const QJsonArray &received)
{
    QStringList ids;
    for (const QJsonValue &r : received)
        ids << r.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestEvents : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    std::unique_ptr<Workspace> m_ws;
    QTemporaryDir m_dir;
    const QString m_secret = StandardWebhooks::generateSecret();
    const QString m_actor = QStringLiteral("tester");

    Result<WebhookSubscription> subscribe(const QUrl &url, const QStringList &types,
                                          const QString &secret)
    {
        return m_ws->webhooks().add(url.toString(), types, secret, m_actor, {});
    }

    /// A controller whose secrets come from a file, as on a server.
    std::unique_ptr<Controller> controller(const QHash<qint64, QString> &secrets,
                                           const QString &owner = QStringLiteral("test-controller"))
    {
        QJsonObject file;
        for (auto it = secrets.begin(); it != secrets.end(); ++it)
            file.insert(QString::number(it.key()), it.value());
        const QString path = test::writeFile(m_dir, QStringLiteral("secrets-%1.json").arg(owner),
                                             QJsonDocument(file).toJson());
        WebhookSecrets keys(m_ws->database().url());
        if (Status s = keys.loadFile(path); !s)
            qFatal("%s", qPrintable(s.error().message));
        return std::make_unique<Controller>(*m_ws, std::move(keys), owner, nullptr);
    }

    /// Runs passes until `done` holds or `ms` pass.
    bool passUntil(Controller &c, const std::function<bool()> &done, int ms = 20000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const Result<ControllerPass> pass = c.runOnce();
            if (!pass || !pass->problems.isEmpty())
                qWarning("pass: %s",
                         qPrintable(pass ? pass->problems.join(u"; ") : pass.error().message));
            if (done())
                return true;
            QTest::qWait(20);
        }
        return done();
    }

    QList<Delivery> deliveriesOf(qint64 sequence)
    {
        const auto all = m_ws->deliveries().deliveriesOf({sequence});
        if (!all)
            qFatal("%s", qPrintable(all.error().message));
        return all->value(sequence);
    }

    void setDeliveryPolicy(const QJsonObject &document)
    {
        const Database::DirectAccess direct;
        if (Status s =
                storePolicyDocument(m_ws->database(), QStringLiteral("webhook_delivery"), document);
            !s)
            qFatal("%s", qPrintable(s.error().message));
    }

    Tenant activeTenant(const QString &id)
    {
        const Tenant t = test::createTenant(*m_ws, id, Tier::Gold);
        if (!m_ws->lifecycle().transition(id, TenantStatus::Active, QStringLiteral("go"), m_actor))
            qFatal("activate %s", qPrintable(id));
        return t;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
    }
    void cleanup() { m_ws.reset(); }

    void everyChangeWritesItsEvent()
    {
        Tenant t = test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        LifecycleService &life = m_ws->lifecycle();
        QVERIFY_OK(
            life.transition(t.tenantId, TenantStatus::Active, QStringLiteral("go"), m_actor));
        QVERIFY_OK(
            life.transition(t.tenantId, TenantStatus::Suspended, QStringLiteral("hold"), m_actor));
        QVERIFY_OK(
            life.transition(t.tenantId, TenantStatus::Active, QStringLiteral("back"), m_actor));
        Result<Tenant> current = m_ws->tenants().get(t.tenantId);
        QVERIFY_OK(current);
        Tenant edited = current.value();
        edited.maxUsers = 4321;
        QVERIFY_OK(m_ws->tenants().update(edited, m_actor, QStringLiteral("more users")));
        QVERIFY_OK(life.transition(t.tenantId, TenantStatus::Suspended, QStringLiteral("wind down"),
                                   m_actor));
        QVERIFY_OK(
            life.transition(t.tenantId, TenantStatus::Archived, QStringLiteral("done"), m_actor));
        FlagChange flag;
        flag.flag = QStringLiteral("beta_search");
        flag.enabled = true;
        QVERIFY_OK(m_ws->flags().set(flag, m_actor));
        // Not state changes a subscriber hears of: no event.
        QVERIFY_OK(m_ws->health().record(t.tenantId, {120, 0.001, 0.99, 0.4}, m_actor));

        const Result<QList<LifecycleEvent>> events = m_ws->events().list();
        QVERIFY_OK(events);
        QCOMPARE(
            typesOf(events.value()),
            (QStringList{"tenant.created", "tenant.activated", "tenant.suspended", "tenant.resumed",
                         "tenant.updated", "tenant.suspended", "tenant.archived", "flag.changed"}));
        const Result<QList<AuditEntry>> audit = m_ws->audit().list();
        QVERIFY_OK(audit);
        for (int i = 0; i < events->size(); ++i) {
            const LifecycleEvent &e = events->at(i);
            QCOMPARE(e.sequence, qint64(i + 1)); // per registry, no gaps
            QVERIFY(e.eventId.startsWith(QLatin1String("evt_")));
            QCOMPARE(e.eventId.size(), 36);
            // Each event is its audit entry's: same correlation id, actor, time.
            const auto entry = std::find_if(audit->begin(), audit->end(), [&](const AuditEntry &a) {
                return a.seq == e.auditSeq;
            });
            QVERIFY(entry != audit->end());
            QCOMPARE(e.correlationId, entry->correlationId);
            QCOMPARE(e.actor, entry->actor);
            QCOMPARE(e.occurredAt, entry->occurredAt);
            QCOMPARE(e.tenantId, i < 7 ? QStringLiteral("acme") : QString());
        }
        const LifecycleEvent &resumed = events->at(3);
        QCOMPARE(resumed.data.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("suspended"));
        QCOMPARE(resumed.data.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("active"));
        QCOMPARE(resumed.data.value(QStringLiteral("reason")).toString(), QStringLiteral("back"));
        QCOMPARE(events->at(4)
                     .data.value(QStringLiteral("after"))
                     .toObject()
                     .value(QStringLiteral("max_users"))
                     .toInt(),
                 4321);

        // The webhook body: the documented envelope, version 1.
        const QJsonObject payload = resumed.payload();
        QCOMPARE(QStringList(payload.keys()),
                 (QStringList{"actor", "correlation_id", "data", "sequence", "timestamp", "type",
                              "version"}));
        QCOMPARE(payload.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(payload.value(QStringLiteral("sequence")).toInteger(), 4);

        // Filters and lookups.
        EventFilter suspendedOnly;
        suspendedOnly.type = QStringLiteral("tenant.suspended");
        QCOMPARE(m_ws->events().list(suspendedOnly)->size(), 2);
        EventFilter newest;
        newest.limit = 2;
        QCOMPARE(typesOf(m_ws->events().list(newest).value()),
                 (QStringList{"tenant.archived", "flag.changed"}));
        QCOMPARE(m_ws->events().find(resumed.eventId)->sequence, 4);
        QCOMPARE(m_ws->events().find(QStringLiteral("999")).error().kind, ErrorKind::NotFound);
    }

    void refusedOrRolledBackChangeWritesNoEvent()
    {
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Silver);
        const qint64 before = count(*m_ws, QStringLiteral("SELECT count(*) FROM events"));
        // A transition the rules refuse.
        QCOMPARE(m_ws->lifecycle()
                     .transition(QStringLiteral("acme"), TenantStatus::Archived,
                                 QStringLiteral("x"), m_actor)
                     .error()
                     .kind,
                 ErrorKind::Rule);
        // An audit entry whose transaction rolls back takes its event with it.
        {
            Transaction tx(m_ws->database());
            QVERIFY_OK(
                m_ws->audit().append(tx, m_actor,
                                     {AuditAction::flagSet,
                                      {},
                                      {},
                                      QJsonObject{{QStringLiteral("flag"), QStringLiteral("x")}},
                                      QStringLiteral("never"),
                                      {}}));
            QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM events")), before + 1);
        } // no commit
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM events")), before);
        // Events are append-only on SQLite too (PostgreSQL grants no UPDATE).
        QSqlQuery q(m_ws->database().connection());
        if (!test::TestDatabase::isPostgres())
            QVERIFY(!q.exec(QStringLiteral("UPDATE events SET type = 'tenant.deleted'")));
    }

    void subscriptionsRefuseBadInput_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("field");
        const QString ok = StandardWebhooks::generateSecret();
        const QStringList all{QStringLiteral("*")};
        const QString url = QStringLiteral("http://127.0.0.1:9/hook");
        QTest::newRow("ftp") << "ftp://example.com/x" << all << ok << "url";
        QTest::newRow("no host") << "http:///x" << all << ok << "url";
        QTest::newRow("javascript") << "javascript:alert(1)" << all << ok << "url";
        QTest::newRow("control char") << "http://a.example/\x01" << all << ok << "url";
        QTest::newRow("too long") << "http://a.example/" + QString(3000, QLatin1Char('a')) << all
                                  << ok << "url";
        QTest::newRow("blank") << "  " << all << ok << "url";
        QTest::newRow("unknown type") << url << QStringList{"tenant.exploded"} << ok << "events";
        QTest::newRow("no type") << url << QStringList{} << ok << "events";
        QTest::newRow("no prefix") << url << all << ok.mid(6) << "secret";
        QTest::newRow("not base64") << url << all << "whsec_!!!!"
                                    << "secret";
        QTest::newRow("too short")
            << url << all << "whsec_" + QString::fromLatin1(QByteArray(8, 'k').toBase64())
            << "secret";
        QTest::newRow("empty") << url << all << ""
                               << "secret";
    }
    void subscriptionsRefuseBadInput()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, types);
        QFETCH(QString, secret);
        QFETCH(QString, field);
        bool kept = false;
        const Result<WebhookSubscription> added =
            m_ws->webhooks().add(url, types, secret, m_actor, [&](qint64, const QString &) {
                kept = true;
                return success();
            });
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::Validation);
        QCOMPARE(added.error().field, field);
        // The message never quotes the secret.
        if (!secret.isEmpty())
            QVERIFY(!added.error().message.contains(secret.mid(6, 12)));
        QVERIFY(!kept);
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM webhook_subscriptions")), 0);
    }

    void aSecretThatCannotBeKeptLeavesNoSubscription()
    {
        const Result<WebhookSubscription> added =
            m_ws->webhooks().add(QStringLiteral("https://hooks.example/x"), {QStringLiteral("*")},
                                 m_secret, m_actor, [](qint64, const QString &) {
                                     return Status(Error::storage(QStringLiteral("no keychain")));
                                 });
        QVERIFY(!added);
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM webhook_subscriptions")), 0);
        QCOMPARE(count(*m_ws, QStringLiteral(
                                  "SELECT count(*) FROM audit_log WHERE action = 'webhook.add'")),
                 0);
    }

    void deliversSignedEventsTheReferenceVerifierAccepts()
    {
        test::WebhookReceiver receiver(m_secret);
        const Result<WebhookSubscription> all =
            subscribe(receiver.hookUrl(), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(all);
        QCOMPARE(all->secretHint, StandardWebhooks::hint(m_secret));
        // A second subscription, signed with a secret the receiver does not know.
        const QString other = StandardWebhooks::generateSecret();
        const Result<WebhookSubscription> forged =
            subscribe(receiver.hookUrl(), {QStringLiteral("tenant.created")}, other);
        QVERIFY_OK(forged);

        activeTenant(QStringLiteral("acme"));
        activeTenant(QStringLiteral("beta"));
        auto c = controller({{all->id, m_secret}, {forged->id, other}});
        QVERIFY(passUntil(*c, [&] { return receiver.received().size() == 6; }));

        const QJsonArray received = receiver.received();
        const Result<QList<LifecycleEvent>> events = m_ws->events().list();
        QVERIFY_OK(events);
        int verified = 0;
        QStringList verifiedIds;
        QHash<QString, qint64> lastSequenceOf;
        for (const QJsonValue &v : received) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("verified")).toBool()) {
                ++verified;
                verifiedIds << r.value(QStringLiteral("id")).toString();
                // A tenant's events in sequence order (tenants interleave).
                const QString tenant = r.value(QStringLiteral("tenant_id")).toString();
                const qint64 sequence = r.value(QStringLiteral("sequence")).toInteger();
                QVERIFY(sequence > lastSequenceOf.value(tenant));
                lastSequenceOf[tenant] = sequence;
                QCOMPARE(r.value(QStringLiteral("status")).toInt(), 204);
            } else {
                // The reference verifier refused the unknown key; a 401 is final.
                QCOMPARE(r.value(QStringLiteral("status")).toInt(), 401);
            }
        }
        QCOMPARE(verified, 4);
        QStringList eventIds;
        for (const LifecycleEvent &e : events.value())
            eventIds << e.eventId;
        verifiedIds.sort();
        eventIds.sort();
        QCOMPARE(verifiedIds, eventIds); // each once
        for (const LifecycleEvent &e : events.value()) {
            const QList<Delivery> d = deliveriesOf(e.sequence);
            QVERIFY(!d.isEmpty());
            QCOMPARE(d.first().state, DeliveryState::Delivered);
            QCOMPARE(d.first().attempts, 1);
            QCOMPARE(d.first().history.size(), 1);
            QCOMPARE(d.first().history.first().statusCode, 204);
            if (e.type == QLatin1String("tenant.created")) {
                QCOMPARE(d.size(), 2);
                QCOMPARE(d.last().state, DeliveryState::Dead);
                QCOMPARE(d.last().attempts, 1);
                QCOMPARE(d.last().lastStatus, 401);
            }
        }
    }

    void failingReceiverRetriesOnScheduleThenDeadLettersAndRequeueDelivers()
    {
        // The Standard Webhooks schedule shortened by the policy's factor:
        // 0, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h times 2e-5.
        setDeliveryPolicy({{QStringLiteral("retry_schedule_seconds"),
                            QJsonArray{0, 5, 300, 1800, 7200, 18000, 36000, 36000}},
                           {QStringLiteral("retry_scale"), 0.00002},
                           {QStringLiteral("lease_seconds"), 30},
                           {QStringLiteral("timeout_seconds"), 5}});
        test::WebhookReceiver receiver(m_secret);
        const Result<WebhookSubscription> sub =
            subscribe(receiver.hookUrl(), {QStringLiteral("tenant.created")}, m_secret);
        QVERIFY_OK(sub);
        receiver.answerWith(503);
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        auto c = controller({{sub->id, m_secret}});
        QVERIFY(
            passUntil(*c, [&] { return deliveriesOf(1).value(0).state == DeliveryState::Dead; }));

        const Delivery dead = deliveriesOf(1).first();
        QCOMPARE(dead.attempts, 8);
        QCOMPARE(dead.history.size(), 8);
        for (const DeliveryAttempt &a : dead.history)
            QCOMPARE(a.statusCode, 503);
        QVERIFY(dead.lastError.contains(QLatin1String("HTTP 503")));
        // Each wait at least the scaled schedule's (10 h x 2e-5 = 720 ms).
        const QList<int> waitsMs{0, 0, 6, 36, 144, 360, 720};
        for (int i = 1; i < dead.history.size(); ++i)
            QVERIFY2(dead.history.at(i).atMs - dead.history.at(i - 1).atMs >= waitsMs.at(i - 1),
                     qPrintable(QStringLiteral("attempt %1 came early").arg(i + 1)));
        QStringList ids = idsOf(receiver.received());
        QCOMPARE(ids.size(), 8);
        QCOMPARE(ids.removeDuplicates(), 7); // one webhook-id across the retries
        const Result<QueueDepth> depth = m_ws->deliveries().depth();
        QCOMPARE(depth->dead, 1);
        QCOMPARE(depth->pending, 0);

        // Requeued, it goes out once the receiver is back, as attempt 9.
        receiver.answerWith(204);
        QCOMPARE(m_ws->deliveries().requeue(1, m_actor).value(), 1);
        QCOMPARE(m_ws->deliveries().requeue(1, m_actor).error().kind, ErrorKind::Rule);
        QVERIFY(passUntil(
            *c, [&] { return deliveriesOf(1).value(0).state == DeliveryState::Delivered; }));
        QCOMPARE(deliveriesOf(1).first().attempts, 9);
        QCOMPARE(m_ws->deliveries().requeue(1, m_actor).error().kind, ErrorKind::Rule);

        // A replay sends it again under the same webhook-id.
        QCOMPARE(m_ws->deliveries().replay(1, m_actor).value(), 1);
        QVERIFY(passUntil(*c, [&] { return receiver.received().size() == 10; }));
        QCOMPARE(idsOf(receiver.received()).last(), m_ws->events().get(1)->eventId);
        QCOMPARE(deliveriesOf(1).size(), 2);
        QCOMPARE(count(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                             "('event.requeue', 'event.replay')")),
                 2);
    }

    void aRefusalOtherThan429IsFinal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attemptsBeforeCheck");
        QTest::addColumn<bool>("dead");
        QTest::newRow("400 final") << 400 << 1 << true;
        QTest::newRow("410 final") << 410 << 1 << true;
        QTest::newRow("307 not followed") << 307 << 1 << true;
        QTest::newRow("429 retried") << 429 << 1 << false;
        QTest::newRow("500 retried") << 500 << 1 << false;
    }
    void aRefusalOtherThan429IsFinal()
    {
        QFETCH(int, status);
        QFETCH(bool, dead);
        test::WebhookReceiver receiver(m_secret);
        const Result<WebhookSubscription> sub =
            subscribe(receiver.hookUrl(), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(sub);
        receiver.answerWith(status);
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        QVERIFY_OK(controller({{sub->id, m_secret}})->runOnce());
        const Delivery d = deliveriesOf(1).first();
        QCOMPARE(d.attempts, 1);
        QCOMPARE(d.lastStatus, status);
        QCOMPARE(d.state, dead ? DeliveryState::Dead : DeliveryState::Pending);
        if (!dead) // the schedule's second wait: 5 s
            QVERIFY(d.nextAttemptMs - d.history.first().atMs >= 4900);
    }

    void aTenantsEventsWaitForItsEarlierOnes()
    {
        test::WebhookReceiver receiver(m_secret);
        const Result<WebhookSubscription> sub =
            subscribe(receiver.hookUrl(), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(sub);
        receiver.answerWith(503, QStringLiteral("acme"));
        activeTenant(QStringLiteral("acme")); // events 1, 2
        activeTenant(QStringLiteral("beta")); // events 3, 4
        auto c = controller({{sub->id, m_secret}});
        QVERIFY_OK(c->runOnce());
        // beta's events went; acme's first failed and waits 5 s, its second waits behind it.
        QCOMPARE(deliveriesOf(1).first().state, DeliveryState::Pending);
        QCOMPARE(deliveriesOf(1).first().attempts, 1);
        QCOMPARE(deliveriesOf(2).first().attempts, 0);
        QCOMPARE(deliveriesOf(3).first().state, DeliveryState::Delivered);
        QCOMPARE(deliveriesOf(4).first().state, DeliveryState::Delivered);

        receiver.answerWith(204, QStringLiteral("acme"));
        QVERIFY(passUntil(
            *c, [&] { return deliveriesOf(2).first().state == DeliveryState::Delivered; }, 15000));
        QJsonArray acme;
        for (const QJsonValue &r : receiver.received())
            if (r.toObject().value(QStringLiteral("tenant_id")).toString() ==
                    QLatin1String("acme") &&
                r.toObject().value(QStringLiteral("status")).toInt() == 204)
                acme << r.toObject().value(QStringLiteral("sequence"));
        QCOMPARE(acme, (QJsonArray{1, 2}));
    }

    void anExpiredLeaseHandsTheWorkOver()
    {
        setDeliveryPolicy({{QStringLiteral("lease_seconds"), 1}});
        const Result<WebhookSubscription> sub = subscribe(
            QUrl(QStringLiteral("http://127.0.0.1:9/hook")), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(sub);
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        const Result<DeliveryPolicy> policy = DeliveryPolicy::read(m_ws->database());
        QVERIFY_OK(policy);
        DeliveryQueue &queue = m_ws->deliveries();
        const Result<QList<ClaimedDelivery>> first =
            queue.claim(QStringLiteral("one"), 10, policy.value());
        QCOMPARE(first->size(), 1);
        // Held: nobody else gets it.
        QCOMPARE(queue.claim(QStringLiteral("two"), 10, policy.value())->size(), 0);
        QTest::qWait(1100);
        const Result<QList<ClaimedDelivery>> second =
            queue.claim(QStringLiteral("two"), 10, policy.value());
        QCOMPARE(second->size(), 1);
        QCOMPARE(second->first().attempt, 2);
        // The first holder, back late, changes nothing.
        AttemptOutcome ok;
        ok.statusCode = 204;
        const Result<FinishedDelivery> late =
            queue.finish(first->first(), QStringLiteral("one"), ok, policy.value());
        QVERIFY_OK(late);
        QVERIFY(late->leaseLost);
        QCOMPARE(deliveriesOf(1).first().state, DeliveryState::Pending);
        const Result<FinishedDelivery> done =
            queue.finish(second->first(), QStringLiteral("two"), ok, policy.value());
        QVERIFY(!done->leaseLost);
        QCOMPARE(deliveriesOf(1).first().state, DeliveryState::Delivered);
    }

    void aStoppingControllerGivesUnsentWorkBack()
    {
        const Result<WebhookSubscription> sub = subscribe(
            QUrl(QStringLiteral("http://127.0.0.1:9/hook")), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(sub);
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        const DeliveryPolicy policy = DeliveryPolicy::read(m_ws->database()).value();
        DeliveryQueue &queue = m_ws->deliveries();
        const Result<QList<ClaimedDelivery>> held = queue.claim(QStringLiteral("one"), 10, policy);
        QCOMPARE(held->size(), 1);
        QVERIFY_OK(queue.release(held->first(), QStringLiteral("one")));
        // Free at once (not after the 60 s lease), and the attempt not counted.
        const Result<QList<ClaimedDelivery>> taken = queue.claim(QStringLiteral("two"), 10, policy);
        QCOMPARE(taken->size(), 1);
        QCOMPARE(taken->first().attempt, 1);
        // A release by someone who does not hold it changes nothing.
        QVERIFY_OK(queue.release(taken->first(), QStringLiteral("one")));
        QCOMPARE(queue.claim(QStringLiteral("three"), 10, policy)->size(), 0);
    }

    void aRemovedSubscriptionGetsNothingMore()
    {
        const Result<WebhookSubscription> sub = subscribe(
            QUrl(QStringLiteral("http://127.0.0.1:9/hook")), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(sub);
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        QVERIFY_OK(m_ws->webhooks().remove(sub->id, m_actor));
        QCOMPARE(m_ws->webhooks().remove(sub->id, m_actor).error().kind, ErrorKind::Rule);
        QCOMPARE(deliveriesOf(1).first().state, DeliveryState::Dead);
        QCOMPARE(deliveriesOf(1).first().lastError, QStringLiteral("subscription removed"));
        QCOMPARE(m_ws->deliveries().requeue(1, m_actor).error().kind, ErrorKind::Rule);
        test::createTenant(*m_ws, QStringLiteral("beta"), Tier::Gold);
        QVERIFY(deliveriesOf(2).isEmpty());
        QCOMPARE(m_ws->webhooks().list()->size(), 0);
        QCOMPARE(m_ws->webhooks().list(true)->size(), 1);
    }

    void metricsCountWhatTheControllerDid()
    {
        test::WebhookReceiver receiver(m_secret);
        const Result<WebhookSubscription> sub =
            subscribe(receiver.hookUrl(), {QStringLiteral("*")}, m_secret);
        QVERIFY_OK(sub);
        test::createTenant(*m_ws, QStringLiteral("acme"), Tier::Gold);
        test::createTenant(*m_ws, QStringLiteral("beta"), Tier::Gold);
        QJsonObject file{{QString::number(sub->id), m_secret}};
        const QString path =
            test::writeFile(m_dir, QStringLiteral("metrics.json"), QJsonDocument(file).toJson());
        WebhookSecrets keys(m_ws->database().url());
        QVERIFY_OK(keys.loadFile(path));
        ControllerMetrics metrics;
        Controller c(*m_ws, std::move(keys), QStringLiteral("metered"), &metrics);
        QVERIFY_OK(c.runOnce());
        const QByteArray text = metrics.exposition();
        QVERIFY(text.contains("tenant_webhook_deliveries_total{outcome=\"delivered\"} 2\n"));
        QVERIFY(text.contains("tenant_webhook_delivery_latency_seconds_count 2\n"));
        QVERIFY(text.contains("tenant_controller_reconciles_total{result=\"success\"} 1\n"));
        QVERIFY(text.contains("tenant_webhook_queue_depth{state=\"pending\"} 0\n"));
        QVERIFY(text.contains("tenant_webhook_dead_letters 0\n"));

        // Served over HTTP, in a shape promtool accepts.
        MetricsServer server(metrics);
        QString why;
        QVERIFY2(server.listen(0, &why), qPrintable(why));
        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.port()))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
        const QByteArray served = reply->readAll();
        delete reply;
        QCOMPARE(served, text);
        QProcess promtool;
        promtool.start(QStringLiteral("promtool"),
                       {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(promtool.waitForStarted());
        promtool.write(served);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(20000));
        QVERIFY2(promtool.exitCode() == 0, promtool.readAllStandardError().constData());
    }

    void theMetricsServerDropsIdleAndOversizedClients()
    {
        if (test::TestDatabase::isPostgres())
            QSKIP("no database involved: the SQLite run covers it");
        ControllerMetrics metrics;
        MetricsServer server(metrics);
        QString why;
        QVERIFY2(server.listen(0, &why), qPrintable(why));
        // More idle clients than it serves at once, each sending half a request.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 20; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket->waitForConnected(2000));
            socket->write("GET /metrics HTTP/1.1\r\nHost: x\r\n");
            idle.push_back(std::move(socket));
        }
        QTcpSocket huge;
        huge.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(huge.waitForConnected(2000));
        huge.write(QByteArray(20000, 'A'));
        // Within the 5 s allowance every one is dropped.
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(),
                                             [](const auto &s) {
                                                 return s->state() ==
                                                        QAbstractSocket::UnconnectedState;
                                             }),
                                 8000);
        QTRY_COMPARE(huge.state(), QAbstractSocket::UnconnectedState);
        // Then a scrape is served again.
        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(QNetworkRequest(
            QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(server.port()))));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
        QVERIFY(reply->readAll().contains("tenant_webhook_dead_letters 0"));
        delete reply;
    }

    void driftFromTheDemoSeedIsListedAndReconciled()
    {
        test::TenantCtlRunner ctl;
        ctl.setUrl(m_databases.fresh());
        QCOMPARE(ctl.ok({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        // The demo leaves ops suspended in its (demo) cache while active in the registry.
        const QJsonArray drift =
            ctl.ok({QStringLiteral("--json"), QStringLiteral("drift")}).json().array();
        QCOMPARE(drift.size(), 1);
        const QJsonObject f = drift.first().toObject();
        QCOMPARE(f.value(QStringLiteral("tenant_id")).toString(), QStringLiteral("ops"));
        QCOMPARE(f.value(QStringLiteral("system")).toString(), QStringLiteral("redis (demo)"));
        QCOMPARE(f.value(QStringLiteral("expected")).toString(), QStringLiteral("active"));
        QCOMPARE(f.value(QStringLiteral("found")).toString(), QStringLiteral("suspended"));
        QVERIFY(!f.value(QStringLiteral("since")).toString().isEmpty());

        QCOMPARE(ctl.run({QStringLiteral("reconcile")}).exitCode, 2);
        QCOMPARE(
            ctl.run({QStringLiteral("reconcile"), QStringLiteral("ops"), QStringLiteral("--all")})
                .exitCode,
            2);
        QCOMPARE(ctl.run({QStringLiteral("reconcile"), QStringLiteral("nosuch")}).exitCode, 4);
        const QJsonArray done =
            ctl.ok({QStringLiteral("--json"), QStringLiteral("reconcile"), QStringLiteral("ops")})
                .json()
                .array();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().toObject().value(QStringLiteral("repaired")).toArray(),
                 QJsonArray{QStringLiteral("redis (demo)")});
        QCOMPARE(ctl.ok({QStringLiteral("--json"), QStringLiteral("drift")}).json().array().size(),
                 0);
        const test::CtlRun again = ctl.ok({QStringLiteral("reconcile"), QStringLiteral("--all")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("no drift to reconcile"));
        QVERIFY(ctl.ok({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--tenant"),
                        QStringLiteral("ops")})
                    .out.contains("drift.reconcile"));
    }

    void tenantctlFollowsTheContract()
    {
        test::TenantCtlRunner ctl;
        ctl.setUrl(m_ws->database().url());
        test::WebhookReceiver receiver(m_secret);
        QProcess add;
        add.start(QStringLiteral(TENANTCTL_PATH),
                  {QStringLiteral("--db"), test::TestDatabase::urlText(ctl.url()),
                   QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("add"),
                   receiver.hookUrl().toString(), QStringLiteral("--events"),
                   QStringLiteral("tenant.created,tenant.activated"),
                   QStringLiteral("--secret-stdin")});
        add.write(m_secret.toUtf8() + '\n');
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(60000));
        const QByteArray added = add.readAllStandardOutput();
        QVERIFY2(add.exitCode() == 0, add.readAllStandardError().constData());
        QVERIFY(!added.contains(m_secret.toUtf8())); // never echoed
        const qint64 id =
            QJsonDocument::fromJson(added).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);

        activeTenant(QStringLiteral("acme"));
        // The secret from the keychain `webhook add` wrote.
        const test::CtlRun once = ctl.ok(
            {QStringLiteral("--json"), QStringLiteral("controller"), QStringLiteral("--once")});
        QCOMPARE(once.exitCode, 0);
        QCOMPARE(once.json().object().value(QStringLiteral("delivered")).toInt(), 2);

        const test::CtlRun listed =
            ctl.ok({QStringLiteral("--json"), QStringLiteral("events"), QStringLiteral("list")});
        const QJsonArray events = listed.json().array();
        QCOMPARE(events.size(), 2);
        const QJsonObject first = events.first().toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("tenant.created"));
        QCOMPARE(first.value(QStringLiteral("sequence")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("tenant_id")).toString(), QStringLiteral("acme"));
        const QJsonObject delivery =
            first.value(QStringLiteral("deliveries")).toArray().first().toObject();
        QCOMPARE(delivery.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(delivery.value(QStringLiteral("attempts")).toInt(), 1);

        const test::CtlRun shown =
            ctl.ok({QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("2")});
        QVERIFY(shown.out.contains("tenant.activated of acme"));
        QVERIFY(shown.out.contains("HTTP 204"));
        QCOMPARE(ctl.run({QStringLiteral("events"), QStringLiteral("show"), QStringLiteral("99")})
                     .exitCode,
                 4);
        QCOMPARE(ctl.run({QStringLiteral("events"), QStringLiteral("requeue"), QStringLiteral("1")})
                     .exitCode,
                 3);
        QCOMPARE(ctl.ok({QStringLiteral("events"), QStringLiteral("replay"), QStringLiteral("1")})
                     .exitCode,
                 0);
        QCOMPARE(
            ctl.run({QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("ftp://x"),
                     QStringLiteral("--events"), QStringLiteral("*")})
                .exitCode,
            2); // no --secret-stdin
        QCOMPARE(
            ctl.run({QStringLiteral("webhook"), QStringLiteral("remove"), QStringLiteral("77")})
                .exitCode,
            4);
        const test::CtlRun removed =
            ctl.ok({QStringLiteral("webhook"), QStringLiteral("remove"), QString::number(id)});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(
            ctl.ok({QStringLiteral("--json"), QStringLiteral("webhook"), QStringLiteral("list")})
                .json()
                .array()
                .size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
