// Feature flags: the tenant > tier > global > default hierarchy, rollout by
// stable hash, cache invalidation on flag and tier changes, stale/expired.
#include "testdatabase.h"
#include "workspace.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

class TestFlags : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    test::TestDatabase m_databases;

    void set(const QString &flag, FlagScope scope, const QString &id, bool enabled,
             int rollout = 100)
    {
        FlagChange c;
        c.flag = flag;
        c.scope = scope;
        c.scopeId = id;
        c.enabled = enabled;
        c.rolloutPercentage = rollout;
        const Result<FlagValue> r = m_ws->flags().set(c, QStringLiteral("tester"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
        test::createTenant(*m_ws, QStringLiteral("finance"), Tier::Platinum);
        test::createTenant(*m_ws, QStringLiteral("ops"), Tier::Gold);
        test::createTenant(*m_ws, QStringLiteral("marketing"), Tier::Silver);
    }
    void cleanup() { m_ws.reset(); }

    void hierarchy_data()
    {
        QTest::addColumn<QString>("globalValue"); // "", "on", "off"
        QTest::addColumn<QString>("tierValue");
        QTest::addColumn<QString>("tenantValue");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<QString>("source");
        QTest::newRow("nothing set") << ""
                                     << ""
                                     << "" << false << "default";
        QTest::newRow("global on") << "on"
                                   << ""
                                   << "" << true << "global";
        QTest::newRow("global off") << "off"
                                    << ""
                                    << "" << false << "global";
        QTest::newRow("tier beats global") << "off"
                                           << "on"
                                           << "" << true << "tier";
        QTest::newRow("tier off beats global on") << "on"
                                                  << "off"
                                                  << "" << false << "tier";
        QTest::newRow("tenant beats tier") << "off"
                                           << "on"
                                           << "off" << false << "tenant";
        QTest::newRow("tenant beats all") << "off"
                                          << "off"
                                          << "on" << true << "tenant";
        QTest::newRow("tenant alone") << ""
                                      << ""
                                      << "on" << true << "tenant";
    }
    void hierarchy()
    {
        QFETCH(QString, globalValue);
        QFETCH(QString, tierValue);
        QFETCH(QString, tenantValue);
        QFETCH(bool, enabled);
        QFETCH(QString, source);
        const QString flag = QStringLiteral("advanced_analytics");
        // The flag must exist for evaluation; an unrelated tier value defines it.
        set(flag, FlagScope::Tier, QStringLiteral("bronze"), true);
        if (!globalValue.isEmpty())
            set(flag, FlagScope::Global, {}, globalValue == QLatin1String("on"));
        if (!tierValue.isEmpty())
            set(flag, FlagScope::Tier, QStringLiteral("gold"), tierValue == QLatin1String("on"));
        if (!tenantValue.isEmpty())
            set(flag, FlagScope::Tenant, QStringLiteral("ops"), tenantValue == QLatin1String("on"));

        const Result<FlagEvaluation> e = m_ws->flags().evaluate(QStringLiteral("ops"), flag);
        QVERIFY_OK(e);
        QCOMPARE(e->enabled, enabled);
        QCOMPARE(nameOf(e->source), source);
        QCOMPARE(e->toJson().value(QStringLiteral("source")).toString(), source);
    }

    void matrixAgreesWithTheEvaluatorCellByCell()
    {
        // Random values at every level, partial rollouts included.
        QRandomGenerator random(7);
        QList<FlagMatrix::TenantKey> tenants;
        for (int t = 0; t < 300; ++t)
            tenants.append(
                {QStringLiteral("tenant-%1").arg(t), static_cast<Tier>(random.bounded(4))});
        QStringList flags;
        QList<FlagValue> values;
        for (int f = 0; f < 40; ++f) {
            const QString name = QStringLiteral("flag_%1").arg(f);
            flags << name;
            auto rollout = [&random] {
                return random.bounded(3) == 0 ? int(random.bounded(101)) : 100;
            };
            if (random.bounded(2))
                values.append({name, FlagScope::Global, {}, random.bounded(2) == 1, rollout(), {}});
            for (const char *tier : {"platinum", "gold", "silver", "bronze"})
                if (random.bounded(3) == 0)
                    values.append({name,
                                   FlagScope::Tier,
                                   QLatin1String(tier),
                                   random.bounded(2) == 1,
                                   rollout(),
                                   {}});
            for (int t = 0; t < tenants.size(); ++t)
                if (random.bounded(20) == 0)
                    values.append({name,
                                   FlagScope::Tenant,
                                   tenants.at(t).tenantId,
                                   random.bounded(2) == 1,
                                   rollout(),
                                   {}});
        }
        flags << "never_set";
        const FlagEvaluator evaluator(values);
        const FlagMatrix matrix = FlagMatrix::compute(tenants, flags, evaluator);
        QCOMPARE(matrix.tenantCount(), 300);
        QCOMPARE(matrix.flagCount(), 41);
        qint64 on = 0;
        for (int t = 0; t < tenants.size(); ++t)
            for (int f = 0; f < flags.size(); ++f) {
                const FlagEvaluation e =
                    evaluator.evaluate(tenants.at(t).tenantId, tenants.at(t).tier, flags.at(f));
                QCOMPARE(matrix.isEnabled(t, f), e.enabled);
                QCOMPARE(matrix.source(t, f), e.source);
                if (e.source != FlagSource::Default)
                    QCOMPARE(matrix.rolloutPercentage(t, f), e.rolloutPercentage);
                on += e.enabled;
            }
        QCOMPARE(matrix.enabledCount(), on);
        QVERIFY(on > 0 && on < 300 * 41);
    }

    void isEnabledAnswersFromTheCache()
    {
        set("beta", FlagScope::Tier, "gold", true);
        QCOMPARE(m_ws->flags().isEnabled("ops", Tier::Gold, "beta").value(), true);
        QCOMPARE(m_ws->flags().cacheSize(), 1);
        QCOMPARE(m_ws->flags().isEnabled("ops", Tier::Gold, "beta").value(), true);
        QCOMPARE(m_ws->flags().cacheSize(), 1);
        QCOMPARE(m_ws->flags().isEnabled("marketing", Tier::Silver, "beta").value(), false);
        set("beta", FlagScope::Tenant, "ops", false); // invalidates
        QCOMPARE(m_ws->flags().isEnabled("ops", Tier::Gold, "beta").value(), false);
        QCOMPARE(m_ws->flags().isEnabled("ops", Tier::Gold, "nope").error().kind,
                 ErrorKind::NotFound);
    }

    void serviceMatrixFollowsStoredFlags()
    {
        set("beta", FlagScope::Global, {}, true);
        set("beta", FlagScope::Tier, "gold", false);
        set("beta", FlagScope::Tenant, "marketing", false);
        QStringList names;
        const Result<FlagMatrix> m = m_ws->flags().matrix(
            {{"finance", Tier::Platinum}, {"ops", Tier::Gold}, {"marketing", Tier::Silver}},
            &names);
        QVERIFY(m);
        const int beta = int(names.indexOf("beta"));
        QVERIFY(beta >= 0);
        QCOMPARE(m->isEnabled(0, beta), true);
        QCOMPARE(m->source(0, beta), FlagSource::Global);
        QCOMPARE(m->source(1, beta), FlagSource::Tier);
        QCOMPARE(m->isEnabled(1, beta), false);
        QCOMPARE(m->source(2, beta), FlagSource::Tenant);
    }

    void unknownFlagIsNotFound()
    {
        const auto e =
            m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("no_such_flag"));
        QCOMPARE(e.error().kind, ErrorKind::NotFound);
        QCOMPARE(m_ws->flags().evaluate(QStringLiteral("nobody"), QStringLiteral("x")).error().kind,
                 ErrorKind::NotFound);
    }

    void rolloutIsStableAndMonotonic()
    {
        // Bucket is a pure function of (tenant, flag): fixed known values.
        QCOMPARE(FlagEvaluator::rolloutBucket(QStringLiteral("finance"), QStringLiteral("new_ui")),
                 FlagEvaluator::rolloutBucket(QStringLiteral("finance"), QStringLiteral("new_ui")));
        QList<FlagValue> values;
        int previousIn = 0;
        QSet<QString> inside;
        for (int pct = 0; pct <= 100; pct += 10) {
            const FlagEvaluator ev(
                {FlagValue{QStringLiteral("new_ui"), FlagScope::Global, {}, true, pct, {}}});
            QSet<QString> nowInside;
            for (int i = 0; i < 500; ++i) {
                const QString id = QStringLiteral("tenant-%1").arg(i);
                if (ev.evaluate(id, Tier::Gold, QStringLiteral("new_ui")).enabled)
                    nowInside.insert(id);
            }
            QVERIFY2(nowInside.contains(inside),
                     "a tenant left the rollout as the percentage grew");
            QVERIFY(nowInside.size() >= previousIn);
            // Roughly the percentage: a broken hash (all 0 or all 99) fails this.
            QVERIFY2(qAbs(nowInside.size() - pct * 5) <= 50,
                     qPrintable(QStringLiteral("%1 %: %2 of 500").arg(pct).arg(nowInside.size())));
            inside = nowInside;
            previousIn = nowInside.size();
        }
        QCOMPARE(inside.size(), 500);
    }

    void rolloutThroughService()
    {
        set(QStringLiteral("beta"), FlagScope::Global, {}, true, 0);
        QCOMPARE(m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("beta"))->enabled,
                 false);
        set(QStringLiteral("beta"), FlagScope::Global, {}, true, 100);
        QCOMPARE(m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("beta"))->enabled,
                 true);
    }

    void cacheIsInvalidatedOnFlagChange()
    {
        set(QStringLiteral("search"), FlagScope::Global, {}, false);
        QCOMPARE(
            m_ws->flags().evaluate(QStringLiteral("finance"), QStringLiteral("search"))->enabled,
            false);
        QCOMPARE(m_ws->flags().cacheSize(), 1);
        QSignalSpy changed(&m_ws->notifier(), &ChangeNotifier::flagsChanged);
        set(QStringLiteral("search"), FlagScope::Global, {}, true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_ws->flags().cacheSize(), 0);
        QCOMPARE(
            m_ws->flags().evaluate(QStringLiteral("finance"), QStringLiteral("search"))->enabled,
            true);
    }

    void cacheIsInvalidatedOnTierChange()
    {
        set(QStringLiteral("dedicated_namespace"), FlagScope::Tier, QStringLiteral("platinum"),
            true);
        auto e =
            m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("dedicated_namespace"));
        QCOMPARE(e->enabled, false);
        QCOMPARE(e->source, FlagSource::Default);

        Tenant ops = m_ws->tenants().get(QStringLiteral("ops")).value();
        ops.tier = Tier::Platinum;
        QVERIFY_OK(m_ws->tenants().update(ops, QStringLiteral("tester")));
        e = m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("dedicated_namespace"));
        QCOMPARE(e->enabled, true);
        QCOMPARE(e->source, FlagSource::Tier);
    }

    void clearFallsThroughToNextLevel()
    {
        set(QStringLiteral("search"), FlagScope::Global, {}, true);
        set(QStringLiteral("search"), FlagScope::Tenant, QStringLiteral("ops"), false);
        QCOMPARE(m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("search"))->source,
                 FlagSource::Tenant);
        QVERIFY(m_ws->flags()
                    .clear(QStringLiteral("search"), FlagScope::Tenant, QStringLiteral("ops"),
                           QStringLiteral("tester"))
                    .ok());
        const auto e = m_ws->flags().evaluate(QStringLiteral("ops"), QStringLiteral("search"));
        QCOMPARE(e->source, FlagSource::Global);
        QCOMPARE(e->enabled, true);
    }

    void invalidChangesAreRejected_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<int>("scope");
        QTest::addColumn<QString>("scopeId");
        QTest::addColumn<int>("rollout");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad name") << "Bad Name" << int(FlagScope::Global) << "" << 100 << "flag";
        QTest::newRow("rollout over 100")
            << "x" << int(FlagScope::Global) << "" << 101 << "rollout";
        QTest::newRow("rollout negative") << "x" << int(FlagScope::Global) << "" << -1 << "rollout";
        QTest::newRow("unknown tier")
            << "x" << int(FlagScope::Tier) << "diamond" << 100 << "scope_id";
        QTest::newRow("unknown tenant")
            << "x" << int(FlagScope::Tenant) << "nobody" << 100 << "scope_id";
        QTest::newRow("global with id")
            << "x" << int(FlagScope::Global) << "ops" << 100 << "scope_id";
    }
    void invalidChangesAreRejected()
    {
        QFETCH(QString, flag);
        QFETCH(int, scope);
        QFETCH(QString, scopeId);
        QFETCH(int, rollout);
        QFETCH(QString, field);
        FlagChange c;
        c.flag = flag;
        c.scope = static_cast<FlagScope>(scope);
        c.scopeId = scopeId;
        c.enabled = true;
        c.rolloutPercentage = rollout;
        const auto r = m_ws->flags().set(c, QStringLiteral("tester"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QCOMPARE(m_ws->flags().reports()->size(), 0);
    }

    void staleAndExpiredAreReported()
    {
        set(QStringLiteral("old_flag"), FlagScope::Global, {}, true);
        set(QStringLiteral("fresh_flag"), FlagScope::Global, {}, true);
        FlagChange expiring;
        expiring.flag = QStringLiteral("expired_flag");
        expiring.enabled = true;
        expiring.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY_OK(m_ws->flags().set(expiring, QStringLiteral("tester")));
        // Age one flag past the 90-day policy.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.prepare(
            QStringLiteral("UPDATE feature_flags SET created_at = ? WHERE name = 'old_flag'")));
        q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-91).toString(Qt::ISODateWithMs));
        QVERIFY(q.exec());

        QCOMPARE(m_ws->flags().staleAfterDays().value(), 90);
        QHash<QString, FlagReport> byName;
        for (const FlagReport &r : m_ws->flags().reports().value())
            byName.insert(r.definition.name, r);
        QCOMPARE(byName.size(), 3);
        QVERIFY(byName[QStringLiteral("old_flag")].stale);
        QVERIFY(!byName[QStringLiteral("old_flag")].expired);
        QVERIFY(!byName[QStringLiteral("fresh_flag")].stale);
        QVERIFY(!byName[QStringLiteral("fresh_flag")].expired);
        QVERIFY(byName[QStringLiteral("expired_flag")].expired);
    }

    void flagChangesAreAudited()
    {
        set(QStringLiteral("search"), FlagScope::Tenant, QStringLiteral("ops"), true);
        set(QStringLiteral("search"), FlagScope::Tenant, QStringLiteral("ops"), false);
        const auto entries = m_ws->audit().list(QStringLiteral("ops"));
        QCOMPARE(entries->last().action, QStringLiteral("flag.set"));
        QVERIFY(entries->last().before.contains(QStringLiteral("\"enabled\":true")));
        QVERIFY(entries->last().after.contains(QStringLiteral("\"enabled\":false")));
    }
};

QTEST_GUILESS_MAIN(TestFlags)
#include "tst_flags.moc"
