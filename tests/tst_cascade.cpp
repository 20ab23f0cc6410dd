// The cascade coordinator: all-or-nothing suspend/activate with reverse
// compensation, idempotent re-runs, timeouts, read-back checks, and one
// correlation id in the audit log. Runs on SQLite and PostgreSQL with the
// demo adapters; a test-only wrapper makes a chosen step fail.
#include "cascadecoordinator.h"
#include "cascadesupport.h"
#include "localadapter.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace tenant;

namespace {

/// A demo adapter that can be told to fail, hang past its deadline, or
/// claim success without taking effect.
class FaultyAdapter final : public CascadeAdapter
{
public:
    enum class Fault { None, FailApply, Hang, NoEffect };
    FaultyAdapter(Database &db, const QString &system, Fault fault)
        : m_inner(db, system)
        , m_fault(fault)
    {}

    QString system() const override { return m_inner.system(); }
    Status apply(const CascadeContext &context) override
    {
        switch (m_fault) {
        case Fault::FailApply:
            return Error::storage(QStringLiteral("connection refused"));
        case Fault::Hang:
            (void)m_inner.apply(context);
            QThread::msleep(static_cast<unsigned long>(context.deadline.remainingTime() + 50));
            return success();
        case Fault::NoEffect:
            return success();
        case Fault::None:
            break;
        }
        return m_inner.apply(context);
    }
    Status compensate(const CascadeContext &context) override
    {
        return m_inner.compensate(context);
    }
    Result<bool> isApplied(const CascadeContext &context) override
    {
        return m_inner.isApplied(context);
    }
    Result<bool> isSuspended(const QString &tenantId) const
    {
        return m_inner.isSuspended(tenantId);
    }

private:
    LocalAdapter m_inner;
    Fault m_fault;
};

const QStringList systems = {"postgresql-rls", "vector", "s3", "redis", "monitoring"};

} // namespace

class TestCascade : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<CascadeCoordinator> m_coordinator;
    QList<FaultyAdapter *> m_adapters;

    /// Replaces the workspace's cascade with five adapters, `faulty` failing with `fault`.
    void useAdapters(int faulty = -1, FaultyAdapter::Fault fault = FaultyAdapter::Fault::None)
    {
        m_coordinator = std::make_unique<CascadeCoordinator>(m_ws->audit());
        m_coordinator->setStepTimeout(300);
        m_adapters.clear();
        for (int i = 0; i < systems.size(); ++i) {
            auto adapter = std::make_unique<FaultyAdapter>(
                m_ws->database(), systems.at(i), i == faulty ? fault : FaultyAdapter::Fault::None);
            m_adapters << adapter.get();
            m_coordinator->addAdapter(std::move(adapter));
        }
        m_ws->lifecycle().setCascade(m_coordinator.get());
    }

    QList<bool> suspendedEverywhere(const QString &tenantId) const
    {
        QList<bool> states;
        for (const FaultyAdapter *a : m_adapters)
            states << a->isSuspended(tenantId).value();
        return states;
    }

    QStringList cascadeAudit(const QString &tenantId) const
    {
        return test::auditedSteps(*m_ws, tenantId);
    }

private slots:
    void init()
    {
        m_url = m_databases.migrated();
        m_ws = std::make_unique<Workspace>(m_url);
        QVERIFY_OK(m_ws->open());
        test::createTenant(*m_ws, "hr", Tier::Silver,
                           [](Tenant &t) { t.status = TenantStatus::Active; });
        useAdapters();
    }
    void cleanup()
    {
        m_ws->lifecycle().setCascade(nullptr);
        m_coordinator.reset();
        m_ws.reset();
    }

    void workspaceRunsTheFiveSystemsInOrder()
    {
        // Row-level security is real on PostgreSQL; the rest are demo stand-ins.
        const QString rls =
            m_url.backend == Backend::PostgreSQL ? "postgresql-rls" : "postgresql-rls (demo)";
        QCOMPARE(m_ws->cascade().systems(), (QStringList{rls, "vector (demo)", "s3 (demo)",
                                                         "redis (demo)", "monitoring (demo)"}));
    }

    void suspendedTenantRoleSeesAndWritesNoRows()
    {
        if (m_url.backend != Backend::PostgreSQL)
            QSKIP("row-level security exists on PostgreSQL only");
        m_ws->lifecycle().setCascade(
            &m_ws->cascade()); // the workspace's own, with the real RLS step
        const QString role = QStringLiteral("tdata_%1").arg(QCoreApplication::applicationPid());
        const QString password = QStringLiteral("pw-%1").arg(QCoreApplication::applicationPid());
        {
            QSqlQuery admin(m_databases.adminConnection(m_url));
            admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
            QVERIFY2(
                admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE tenant_data")
                               .arg(role, password)),
                qPrintable(admin.lastError().text()));
            QVERIFY(admin.exec(
                QStringLiteral("INSERT INTO tenant_roles VALUES ('%1', 'hr')").arg(role)));
            QVERIFY(admin.exec(
                "INSERT INTO tenant_documents (tenant_id, body) VALUES ('hr', 'a'), ('hr', 'b'), "
                "('finance', 'secret')"));
        }
        DatabaseUrl asTenant = m_url;
        asTenant.user = role;
        asTenant.password = password;
        QSqlDatabase tenantDb = test::TestDatabase::rawConnection(asTenant, "tenant-role");
        auto visible = [&] {
            QSqlQuery q(tenantDb);
            return q.exec("SELECT count(*) FROM tenant_documents") && q.next() ? q.value(0).toInt()
                                                                               : -1;
        };
        auto insertHr = [&] {
            QSqlQuery q(tenantDb);
            return q.exec("INSERT INTO tenant_documents (tenant_id, body) VALUES ('hr', 'new')");
        };
        QCOMPARE(visible(), 2); // its own rows only, never finance's
        QSqlQuery foreign(tenantDb);
        QVERIFY(!foreign.exec(
            "INSERT INTO tenant_documents (tenant_id, body) VALUES ('finance', 'x')"));

        QVERIFY_OK(m_ws->lifecycle().suspend("hr", "x", "a"));
        QCOMPARE(visible(), 0);
        QVERIFY(!insertHr());

        QVERIFY_OK(m_ws->lifecycle().activate("hr", "y", "a"));
        QCOMPARE(visible(), 2);
        QVERIFY(insertHr());
        QCOMPARE(visible(), 3);
        tenantDb.close();
        QSqlQuery admin(m_databases.adminConnection(m_url));
        admin.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
    }

    void suspendReachesEverySystemUnderOneCorrelationId()
    {
        QSignalSpy finished(m_coordinator.get(), &CascadeCoordinator::stepFinished);
        const Result<Tenant> suspended = m_ws->lifecycle().transition("hr", TenantStatus::Suspended,
                                                                      "budget freeze", "ops-admin");
        QVERIFY2(suspended.ok(), suspended.ok() ? "" : qPrintable(suspended.error().message));
        QCOMPARE(suspended->status, TenantStatus::Suspended);
        QCOMPARE(finished.count(), 5);
        QCOMPARE(suspendedEverywhere("hr"), (QList<bool>{true, true, true, true, true}));

        const QList<AuditEntry> entries = m_ws->audit().list("hr").value();
        QList<AuditEntry> last6 = entries.mid(entries.size() - 6);
        QCOMPARE(last6.last().action, QStringLiteral("lifecycle.suspended"));
        for (const AuditEntry &e : last6)
            QCOMPARE(e.correlationId, last6.first().correlationId);
        QCOMPARE(cascadeAudit("hr"),
                 (QStringList{"postgresql-rls (demo) applied", "vector (demo) applied",
                              "s3 (demo) applied", "redis (demo) applied",
                              "monitoring (demo) applied"}));
    }

    void suspendingTwiceChangesNothing()
    {
        QVERIFY_OK(m_ws->lifecycle().transition("hr", TenantStatus::Suspended, "first", "a"));
        const int version = m_ws->tenants().get("hr")->version;
        const int lifecycleEntries = static_cast<int>(m_ws->audit().list("hr")->size());
        const Result<CascadeReport> again =
            m_coordinator->run("hr", CascadeAction::Suspend, "c2", "a");
        QVERIFY(again->succeeded);
        for (const StepOutcome &s : again->steps)
            QCOMPARE(nameOf(s.state), QStringLiteral("unchanged"));
        // The suspend operation as well: no new transition, no version bump.
        QVERIFY_OK(m_ws->lifecycle().suspend("hr", "second", "a"));
        // A lifecycle transition to the same state is still refused.
        QCOMPARE(
            m_ws->lifecycle().transition("hr", TenantStatus::Suspended, "third", "a").error().kind,
            ErrorKind::Rule);
        QCOMPARE(m_ws->tenants().get("hr")->version, version);
        const QList<AuditEntry> after = m_ws->audit().list("hr").value();
        for (int i = lifecycleEntries; i < after.size(); ++i)
            QVERIFY2(!after.at(i).action.startsWith("lifecycle."), qPrintable(after.at(i).action));
    }

    void activateAfterSuspendRestoresEverySystem()
    {
        QVERIFY_OK(m_ws->lifecycle().transition("hr", TenantStatus::Suspended, "x", "a"));
        QVERIFY_OK(m_ws->lifecycle().transition("hr", TenantStatus::Active, "y", "a"));
        QCOMPARE(suspendedEverywhere("hr"), (QList<bool>{false, false, false, false, false}));
        QCOMPARE(m_ws->tenants().get("hr")->status, TenantStatus::Active);
    }

    void aFailingStepIsRolledBack_data()
    {
        QTest::addColumn<int>("failing");
        for (int i = 0; i < systems.size(); ++i)
            QTest::addRow("%s fails", qPrintable(systems.at(i))) << i;
    }
    void aFailingStepIsRolledBack()
    {
        QFETCH(int, failing);
        useAdapters(failing, FaultyAdapter::Fault::FailApply);
        const Result<Tenant> result =
            m_ws->lifecycle().transition("hr", TenantStatus::Suspended, "x", "a");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(systems.at(failing) +
                                                 " (demo) failed: connection refused"),
                 qPrintable(result.error().message));
        // Status unchanged; every system back to active.
        QCOMPARE(m_ws->tenants().get("hr")->status, TenantStatus::Active);
        QCOMPARE(suspendedEverywhere("hr"), (QList<bool>{false, false, false, false, false}));
        // Audit: the applied steps, the failure, then the compensations newest first.
        QStringList expected;
        for (int i = 0; i < failing; ++i)
            expected << systems.at(i) + " (demo) applied";
        expected << systems.at(failing) + " (demo) failed";
        for (int i = failing - 1; i >= 0; --i)
            expected << systems.at(i) + " (demo) compensated";
        QCOMPARE(cascadeAudit("hr"), expected);
        QCOMPARE(m_ws->audit().list("hr")->last().action.startsWith("lifecycle."), false);
        QVERIFY(m_ws->audit().verify()->intact);
    }

    void aStepPastItsTimeoutIsUndoneToo()
    {
        useAdapters(2, FaultyAdapter::Fault::Hang);
        const Result<Tenant> result =
            m_ws->lifecycle().transition("hr", TenantStatus::Suspended, "x", "a");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("timed out"), qPrintable(result.error().message));
        QCOMPARE(suspendedEverywhere("hr"), (QList<bool>{false, false, false, false, false}));
        QCOMPARE(cascadeAudit("hr").last(), QStringLiteral("postgresql-rls (demo) compensated"));
    }

    void aChangeThatDoesNotReadBackFails()
    {
        useAdapters(4, FaultyAdapter::Fault::NoEffect);
        const Result<Tenant> result =
            m_ws->lifecycle().transition("hr", TenantStatus::Suspended, "x", "a");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("read-back"), qPrintable(result.error().message));
        QCOMPARE(m_ws->tenants().get("hr")->status, TenantStatus::Active);
        QCOMPARE(suspendedEverywhere("hr"), (QList<bool>{false, false, false, false, false}));
    }

    void invalidTransitionTouchesNoSystem()
    {
        test::createTenant(*m_ws, "draft-unit", Tier::Bronze);
        const Result<Tenant> result =
            m_ws->lifecycle().transition("draft-unit", TenantStatus::Suspended, "x", "a");
        QCOMPARE(result.error().kind, ErrorKind::Rule);
        QVERIFY(cascadeAudit("draft-unit").isEmpty());
        QCOMPARE(suspendedEverywhere("draft-unit"),
                 (QList<bool>{false, false, false, false, false}));
    }
};

QTEST_GUILESS_MAIN(TestCascade)
#include "tst_cascade.moc"
