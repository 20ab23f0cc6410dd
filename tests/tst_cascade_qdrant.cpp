// The vector DB step against a local stand-in of Qdrant's alias API (Qdrant
// cannot run here): the alias is removed on suspend and restored on
// activate, read back from the server's state.
#include "cascadecoordinator.h"
#include "cascadesupport.h"
#include "localadapter.h"
#include "qdrantadapter.h"
#include "qdrantstandin.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QTest>

using namespace tenant;

class TestCascadeQdrant : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    std::unique_ptr<test::QdrantStandIn> m_qdrant;

    CascadeContext context(CascadeAction action) const
    {
        return {"hr", action, "corr", QDeadlineTimer(5000)};
    }

private slots:
    void init()
    {
        m_qdrant = std::make_unique<test::QdrantStandIn>("secret-key");
        QVERIFY(m_qdrant->listen());
        m_qdrant->addCollection("tenant_hr");
        m_qdrant->setAlias("hr", "tenant_hr");
        m_qdrant->setAlias("finance", "tenant_finance");
    }

    void suspendRemovesTheAliasAndActivateRestoresIt()
    {
        QdrantAdapter vector(m_qdrant->url(), "secret-key");
        QCOMPARE(vector.isApplied(context(CascadeAction::Suspend)).value(), false);
        QVERIFY_OK(vector.apply(context(CascadeAction::Suspend)));
        QVERIFY(!m_qdrant->aliases().contains("hr"));
        QCOMPARE(m_qdrant->aliases().value("finance"),
                 QStringLiteral("tenant_finance")); // others untouched
        QCOMPARE(vector.isApplied(context(CascadeAction::Suspend)).value(), true);

        const int before = static_cast<int>(m_qdrant->requests().size());
        QVERIFY_OK(vector.apply(context(CascadeAction::Suspend))); // already gone: only a read
        QCOMPARE(m_qdrant->requests().mid(before), QStringList{"GET /aliases"});

        QVERIFY_OK(vector.apply(context(CascadeAction::Activate)));
        QCOMPARE(m_qdrant->aliases().value("hr"), QStringLiteral("tenant_hr"));
        QCOMPARE(vector.isApplied(context(CascadeAction::Activate)).value(), true);
    }

    void aWrongApiKeyFailsTheStep()
    {
        QdrantAdapter vector(m_qdrant->url(), "wrong");
        const Status applied = vector.apply(context(CascadeAction::Suspend));
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message.contains("403"), qPrintable(applied.error().message));
        QVERIFY(m_qdrant->aliases().contains("hr"));
    }

    void aLaterFailureRestoresTheAlias()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, "hr");
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        coordinator.addAdapter(std::make_unique<LocalAdapter>(ws.database(), "postgresql-rls"));
        coordinator.addAdapter(std::make_unique<QdrantAdapter>(m_qdrant->url(), "secret-key"));
        coordinator.addAdapter(std::make_unique<test::FailingAdapter>("s3", "AccessDenied"));
        ws.lifecycle().setCascade(&coordinator);
        const Result<Tenant> result = ws.lifecycle().suspend("hr", "x", "t");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("AccessDenied"),
                 qPrintable(result.error().message));
        QCOMPARE(ws.tenants().get("hr")->status, TenantStatus::Active);
        QCOMPARE(m_qdrant->aliases().value("hr"), QStringLiteral("tenant_hr"));
        QVERIFY(m_qdrant->requests().contains(
            "POST /collections/aliases")); // it was removed, then restored
        ws.lifecycle().setCascade(nullptr);
    }

    void aFailingServerFailsTheStepAndCompensatesEarlierOnes()
    {
        auto workspace = test::workspaceWithActiveTenant(m_databases, "hr");
        Workspace &ws = *workspace;
        CascadeCoordinator coordinator(ws.audit());
        auto local = std::make_unique<LocalAdapter>(ws.database(), "postgresql-rls");
        LocalAdapter *first = local.get();
        coordinator.addAdapter(std::move(local));
        coordinator.addAdapter(std::make_unique<QdrantAdapter>(m_qdrant->url(), "secret-key"));
        ws.lifecycle().setCascade(&coordinator);
        m_qdrant->setFailing(true);
        const Result<Tenant> result = ws.lifecycle().suspend("hr", "x", "t");
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("vector failed") &&
                     result.error().message.contains("500"),
                 qPrintable(result.error().message));
        QCOMPARE(first->isSuspended("hr").value(), false);
        ws.lifecycle().setCascade(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCascadeQdrant)
#include "tst_cascade_qdrant.moc"
