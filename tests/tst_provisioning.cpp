// Provisioning: plans and cost estimates, automatic approval below the
// policy threshold, pending above it, four-eyes decisions, nothing created on
// rejection; and the workflow run on the demo systems: every step recorded,
// rollback on a blocking failure, warnings that continue, cancel, pause and
// resume, the signed webhook.
#include "approvalpolicy.h"
#include "controller.h"
#include "hs256token.h"
#include "httpstandin.h"
#include "plancatalog.h"
#include "policychange.h"
#include "provisioningrequestmodel.h"
#include "provisioningstepmodel.h"
#include "provisioningsupport.h"
#include "sqlvalues.h"
#include "standardwebhooks.h"
#include "testdatabase.h"
#include "tierplanmodel.h"
#include "webhookdelivery.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QMessageAuthenticationCode>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace tenant;

class TestProvisioning : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    test::TestDatabase m_databases;

    static QJsonObject acme(qint64 budget)
    {
        return QJsonObject{{"tenant_name", "Acme Corporation"},
                           {"tier", "gold"},
                           {"region", "us-east-1"},
                           {"budget", budget},
                           {"owner_email", "cto@acme.example"},
                           {"cost_center", "CC-ACME"},
                           {"compliance", QJsonArray{"SOX"}}};
    }

    ProvisioningRequest submit(const QJsonObject &json, const QString &actor = "requester")
    {
        const Result<ProvisioningRequest> parsed = ProvisioningRequest::fromJson(json);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        const Result<ProvisioningRequest> r = m_ws->provisioning().submit(parsed.value(), actor);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

    /// submit(), then every authority of its chain given (by distinct people).
    ProvisioningRequest submitApproved(const QJsonObject &json)
    {
        const ProvisioningRequest r = submit(json);
        return r.status == RequestStatus::Pending ? test::approveAll(*m_ws, r.requestId) : r;
    }

private slots:
    void initTestCase()
    {
        // Money in an Indian locale reads as the seeds write it (₹23,16,000),
        // the same text as formatRupees.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
    }
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
    }
    void cleanup() { m_ws.reset(); }

    void suggestedTenantIds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("two words") << "Acme Corporation"
                                   << "acme-corporation";
        QTest::newRow("punctuation") << "R&D  (Europe)"
                                     << "r-d-europe";
        QTest::newRow("accents") << "Société Générale"
                                 << "societe-generale";
        QTest::newRow("leading digits") << "42 Ventures"
                                        << "ventures";
        QTest::newRow("nothing usable") << "!!!"
                                        << "";
    }
    void suggestedTenantIds()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QCOMPARE(ProvisioningRequest::suggestTenantId(name), id);
    }

    void invalidRequestsNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no name") << "tenant_name" << QJsonValue("");
        QTest::newRow("unknown tier") << "tier" << QJsonValue("diamond");
        QTest::newRow("bad region") << "region" << QJsonValue("Mumbai");
        QTest::newRow("negative budget") << "budget" << QJsonValue(-1);
        QTest::newRow("fractional budget") << "budget" << QJsonValue(10.5);
        QTest::newRow("budget as text") << "budget" << QJsonValue("lots");
        QTest::newRow("bad e-mail") << "owner_email" << QJsonValue("cto");
        QTest::newRow("bad id") << "tenant_id" << QJsonValue("Acme Corp");
        QTest::newRow("unknown tag") << "compliance" << QJsonValue(QJsonArray{"ISO9001"});
        QTest::newRow("unknown field") << "colour" << QJsonValue("red");
    }
    void invalidRequestsNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = acme(100);
        json.insert(key, value);
        const Result<ProvisioningRequest> r = ProvisioningRequest::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, key);
    }

    QStringList demoRecords(const QString &tenantId)
    {
        QSqlQuery q(m_ws->database().connection());
        q.prepare(
            "SELECT system || ':' || resource FROM demo_resources WHERE tenant_id = ? ORDER BY 1");
        q.addBindValue(tenantId);
        q.exec();
        QStringList records;
        while (q.next())
            records << q.value(0).toString();
        return records;
    }

    void planCatalogHoldsTheTierTable()
    {
        const PlanCatalog plans = PlanCatalog::load(m_ws->database()).value();
        QCOMPARE(plans.plans().size(), 4);
        const TierPlan gold = plans.plan(Tier::Gold).value();
        QCOMPARE(gold.model, QStringLiteral("gpt-4-class"));
        QCOMPARE(gold.queriesPerMinute, 1000);
        QCOMPARE(gold.documentsPerMonth, qint64(100000));
        QCOMPARE(gold.maxTokens, 4096);
        const TierPlan silver = plans.plan(Tier::Silver).value();
        QCOMPARE(silver.queriesPerMinute, 500);
        QCOMPARE(silver.documentsPerMonth, qint64(50000));
        QCOMPARE(silver.maxTokens, 2048);
        const TierPlan bronze = plans.plan(Tier::Bronze).value();
        QCOMPARE(bronze.queriesPerMinute, 100);
        QCOMPARE(bronze.documentsPerMonth, qint64(10000));
        QCOMPARE(bronze.maxTokens, 1024);
        QVERIFY(plans.plan(Tier::Platinum)->dedicatedNamespace);
        QVERIFY(!gold.dedicatedNamespace);
        QVERIFY(gold.features.contains("custom_models"));
        QVERIFY(!bronze.features.contains("custom_models"));
        QVERIFY(bronze.features.contains("demo_documents"));
        for (const TierPlan &p : plans.plans())
            for (const QString &f : p.features)
                QVERIFY2(TierPlan::allFeatures().contains(f), qPrintable(f));
    }

    void estimateFollowsTheChargebackFormula()
    {
        const PlanCatalog plans = PlanCatalog::load(m_ws->database()).value();
        // (1,000,000 calls x 0.50 + 1,000 GB x 200 + 1,440 h x 50) x region 1.0 x tier 1.2
        QCOMPARE(plans.estimate(Tier::Gold, "us-east-1")->monthly, qint64(926400));
        QCOMPARE(plans.estimate(Tier::Gold, "eu-west-1")->monthly, qint64(1065360));  // x 1.15
        QCOMPARE(plans.estimate(Tier::Bronze, "ap-south-1")->monthly, qint64(56000)); // x 0.8
        QCOMPARE(plans.estimate(Tier::Gold, "mars-1").error().field, QStringLiteral("region"));
        QCOMPARE(formatRupees(1000000), QStringLiteral("₹10,00,000"));
        QCOMPARE(formatRupees(926400), QStringLiteral("₹9,26,400"));
        QCOMPARE(formatRupees(999), QStringLiteral("₹999"));
    }

    void residencyConfinesCompliantTenants()
    {
        const PlanCatalog plans = PlanCatalog::load(m_ws->database()).value();
        const Status gdprInUs = plans.checkResidency("us-east-1", {"SOX", "GDPR"});
        QCOMPARE(gdprInUs.error().field, QStringLiteral("region"));
        QVERIFY2(gdprInUs.error().message.contains("GDPR") &&
                     gdprInUs.error().message.contains("eu-central-1, eu-west-1"),
                 qPrintable(gdprInUs.error().message));
        QVERIFY_OK(plans.checkResidency("eu-central-1", {"GDPR"}));
        QVERIFY(!plans.checkResidency("eu-west-1", {"DPDP"}).ok());
        QVERIFY_OK(plans.checkResidency("ap-south-1", {"DPDP", "PCI-DSS"}));
        QVERIFY_OK(plans.checkResidency("us-west-2", {"SOX", "HIPAA"}));
        QCOMPARE(plans.allowedRegions({"DPDP"}), (QStringList{"ap-south-1", "ap-south-2"}));

        // Submitting an out-of-policy request is refused with the reason.
        const auto refused = m_ws->provisioning().submit(
            ProvisioningRequest::fromJson(
                test::requestDocument("Berlin Office", "silver", "us-east-1", 900000, {}, {"GDPR"}))
                .value(),
            "requester");
        QCOMPARE(refused.error().field, QStringLiteral("region"));
        QVERIFY(m_ws->provisioning().list()->isEmpty());
        // An allowed one records the allowed regions on the draft tenant.
        const ProvisioningRequest ok = submitApproved(
            test::requestDocument("Berlin Office", "silver", "eu-central-1", 900000, {}, {"GDPR"}));
        QCOMPARE(m_ws->tenants().get(ok.tenantId)->allowedRegions,
                 (QStringList{"eu-central-1", "eu-west-1"}));
    }

    void budgetMustCoverTheEstimate()
    {
        const auto tooSmall = m_ws->provisioning().submit(
            ProvisioningRequest::fromJson(acme(900000)).value(), "requester");
        QCOMPARE(tooSmall.error().field, QStringLiteral("budget"));
        QVERIFY2(tooSmall.error().message.contains("₹9,26,400"),
                 qPrintable(tooSmall.error().message));
    }

    void aRequestNeedingNoApproverIsApprovedByThePolicy()
    {
        // Silver, in its tags' home, within ₹10,00,000: no authority needed.
        QSignalSpy created(&m_ws->notifier(), &ChangeNotifier::tenantCreated);
        QJsonObject silver = acme(999999);
        silver.insert("tier", "silver");
        const ProvisioningRequest r = submit(silver);
        QCOMPARE(r.requiredAuthorities, QStringList());
        QCOMPARE(r.status, RequestStatus::Approved);
        QCOMPARE(r.estimatedCost, qint64(369600));
        QCOMPARE(r.decidedBy, QStringLiteral("policy"));
        QCOMPARE(created.count(), 1);
        const Tenant t = m_ws->tenants().get(QStringLiteral("acme-corporation")).value();
        QCOMPARE(t.status, TenantStatus::Draft);
        QCOMPARE(t.tier, Tier::Silver);
        QCOMPARE(t.monthlyBudget, qint64(999999));
        QCOMPARE(t.complianceTags, QStringList{"SOX"});
        QCOMPARE(t.maxQueriesPerDay, qint64(500 * 60 * 24)); // the plan's 500 per minute
        QCOMPARE(t.metadata.value("provisioning_request").toString(), r.requestId);
        QStringList actions;
        for (const AuditEntry &e : m_ws->audit().list(QStringLiteral("acme-corporation")).value()) {
            actions << e.action;
            QCOMPARE(e.correlationId, r.requestId); // one correlation id ties the steps together
        }
        QCOMPARE(actions, (QStringList{"provision.request", "tenant.create", "provision.approve"}));
    }

    void theChainFollowsTheApprovalPolicy_data()
    {
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("region");
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<QStringList>("compliance");
        QTest::addColumn<QStringList>("required");
        QTest::newRow("bronze, small")
            << "bronze"
            << "us-east-1" << qint64(200000) << QStringList{"SOX"} << QStringList{};
        QTest::newRow("silver at 10 lakh")
            << "silver"
            << "us-east-1" << qint64(1000000) << QStringList{} << QStringList{"cfo"};
        QTest::newRow("silver at 50 lakh")
            << "silver"
            << "us-east-1" << qint64(5000000) << QStringList{} << QStringList{"cfo"};
        QTest::newRow("silver above 50 lakh") << "silver"
                                              << "us-east-1" << qint64(5000001) << QStringList{}
                                              << QStringList{"cfo", "cto", "legal"};
        QTest::newRow("gold adds cto")
            << "gold"
            << "us-east-1" << qint64(1500000) << QStringList{} << QStringList{"cfo", "cto"};
        QTest::newRow("GDPR adds legal and compliance")
            << "silver"
            << "eu-west-1" << qint64(900000) << QStringList{"GDPR"}
            << QStringList{"legal", "compliance"};
        QTest::newRow("SOX in Europe is cross-border")
            << "silver"
            << "eu-west-1" << qint64(900000) << QStringList{"SOX"} << QStringList{"dpo"};
        QTest::newRow("everything")
            << "platinum"
            << "eu-central-1" << qint64(6000000) << QStringList{"GDPR", "SOX"}
            << QStringList{"cfo", "cto", "legal", "compliance"};
    }

    void theChainFollowsTheApprovalPolicy()
    {
        QFETCH(QString, tier);
        QFETCH(QString, region);
        QFETCH(qint64, budget);
        QFETCH(QStringList, compliance);
        QFETCH(QStringList, required);
        // What the core works out (SQLite, the wizard) and what the database
        // stores (PostgreSQL works it out itself) are the same.
        const ApprovalPolicy policy = ApprovalPolicy::load(m_ws->database()).value();
        const std::optional<Region> place = PlanCatalog::load(m_ws->database())->region(region);
        QVERIFY(place);
        QCOMPARE(
            policy.required(budget, tierFromString(tier).value(), compliance, place->jurisdiction),
            required);
        const ProvisioningRequest r =
            submit(test::requestDocument("Unit", tier, region, budget, "unit", compliance));
        QCOMPARE(r.requiredAuthorities, required);
        QCOMPARE(r.status, required.isEmpty() ? RequestStatus::Approved : RequestStatus::Pending);
    }

    void theApprovalPolicyIsEditedWholeAndAudited()
    {
        const QJsonObject before = m_ws->provisioning().approvalPolicy().value();
        const qint64 entries = m_ws->audit().list()->size();
        // A malformed document is refused naming the key; nothing changes.
        QJsonObject broken = before;
        broken.insert("premium_authorities", QJsonArray{"ceo"});
        const Status refused = m_ws->provisioning().setApprovalPolicy(broken, "admin");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Validation);
        QVERIFY2(refused.error().message.contains("premium_authorities"),
                 qPrintable(refused.error().message));
        QCOMPARE(m_ws->provisioning().approvalPolicy().value(), before);
        QCOMPARE(m_ws->audit().list()->size(), entries);

        // Platinum and gold now need the cfo as well as the cto.
        QJsonObject stricter = before;
        stricter.insert("premium_authorities", QJsonArray{"cfo", "cto"});
        QVERIFY_OK(m_ws->provisioning().setApprovalPolicy(stricter, "admin"));
        QCOMPARE(m_ws->provisioning().approvalPolicy().value(), stricter);
        const AuditEntry last = m_ws->audit().list()->last();
        QCOMPARE(last.action, QStringLiteral("policy.approval"));
        QCOMPARE(last.actor, QStringLiteral("admin"));
        QCOMPARE(QJsonDocument::fromJson(last.after.toUtf8()).object(), stricter);
        QCOMPARE(submit(test::requestDocument("Small Gold", "gold", "us-east-1", 999999))
                     .requiredAuthorities,
                 (QStringList{"cfo", "cto"}));
    }

    void aSixtyLakhPlatinumRequestNeedsThreeDistinctApprovers()
    {
        const ProvisioningRequest r =
            submit(test::requestDocument("Flagship", "platinum", "us-east-1", 6000000, "flagship"));
        QCOMPARE(r.requiredAuthorities, (QStringList{"cfo", "cto", "legal"}));
        QCOMPARE(r.status, RequestStatus::Pending);
        // The requester may not approve their own request; a comment is required.
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "fine", "requester").error().kind,
                 ErrorKind::Rule);
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "  ", "alice").error().field,
                 QStringLiteral("comment"));
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "x", "alice", "dpo").error().kind,
                 ErrorKind::Rule); // not in this chain

        Result<ProvisioningRequest> step =
            m_ws->provisioning().approve(r.requestId, "budgeted", "alice");
        QVERIFY_OK(step);
        QCOMPARE(step->approvals.last().authority, QStringLiteral("cfo")); // the first outstanding
        QCOMPARE(step->status, RequestStatus::Pending);
        QCOMPARE(step->outstandingAuthorities(), (QStringList{"cto", "legal"}));
        // One person, one authority.
        const auto twice = m_ws->provisioning().approve(r.requestId, "me again", "alice", "cto");
        QCOMPARE(twice.error().kind, ErrorKind::Rule);
        QVERIFY2(twice.error().message.contains("different person"),
                 qPrintable(twice.error().message));
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "x", "bob", "cfo").error().kind,
                 ErrorKind::Rule); // already given

        step = m_ws->provisioning().approve(r.requestId, "capacity planned", "bob", "cto");
        QVERIFY_OK(step);
        QCOMPARE(step->status, RequestStatus::Pending);
        QCOMPARE(m_ws->tenants().get(QStringLiteral("flagship")).error().kind, ErrorKind::NotFound);
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator").error().kind, ErrorKind::Rule);

        step = m_ws->provisioning().approve(r.requestId, "contract signed", "carol");
        QVERIFY_OK(step);
        QCOMPARE(step->status, RequestStatus::Approved);
        QCOMPARE(step->decidedBy, QStringLiteral("carol"));
        QCOMPARE(step->approvals.size(), 3);
        QStringList approvers;
        for (const Approval &a : step->approvals)
            approvers << a.approver + QLatin1Char(':') + a.authority;
        QCOMPARE(approvers, (QStringList{"alice:cfo", "bob:cto", "carol:legal"}));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("flagship"))->status, TenantStatus::Draft);
        // And now it provisions.
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        QVERIFY_OK(done);
        QCOMPARE(done->status, RequestStatus::Active);
        QVERIFY(m_ws->audit().verify()->intact);
        QStringList actions;
        for (const AuditEntry &e : m_ws->audit().list(QStringLiteral("flagship")).value())
            actions << e.action;
        QCOMPARE(actions.count(QStringLiteral("provision.approval")), 2);
        QCOMPARE(actions.count(QStringLiteral("provision.approve")), 1);
    }

    void oneRefusalEndsTheChain()
    {
        const ProvisioningRequest r =
            submit(test::requestDocument("Flagship", "platinum", "us-east-1", 6000000, "flagship"));
        QVERIFY_OK(m_ws->provisioning().approve(r.requestId, "budgeted", "alice"));
        const auto refused = m_ws->provisioning().reject(r.requestId, "not this year", "bob");
        QVERIFY_OK(refused);
        QCOMPARE(refused->status, RequestStatus::Rejected);
        QCOMPARE(refused->approvals.last().approved, false);
        QCOMPARE(refused->approvals.last().authority, QStringLiteral("cto"));
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "late", "carol").error().kind,
                 ErrorKind::Rule);
        QCOMPARE(m_ws->tenants().get(QStringLiteral("flagship")).error().kind, ErrorKind::NotFound);
    }

    void rejectedRequestProvisionsNothing()
    {
        QJsonObject inEurope = acme(5000000);
        inEurope.insert("region", "eu-west-1");
        const ProvisioningRequest r = submit(inEurope);
        const auto rejected =
            m_ws->provisioning().reject(r.requestId, "no budget this year", "cfo");
        QVERIFY_OK(rejected);
        QCOMPARE(rejected->status, RequestStatus::Rejected);
        QVERIFY(m_ws->tenants().list()->isEmpty());
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "changed my mind", "cfo").error().kind,
                 ErrorKind::Rule);
        QCOMPARE(m_ws->audit().list()->last().action, QStringLiteral("provision.reject"));
        QCOMPARE(m_ws->workflow().run(r.requestId, "cfo").error().kind, ErrorKind::Rule);
        // A rejected id may be requested again.
        QCOMPARE(submitApproved(acme(1000000)).status, RequestStatus::Approved);
    }

    void tenantIdMustBeFree()
    {
        QJsonObject inEurope = acme(5000000);
        inEurope.insert("region", "eu-west-1");
        const ProvisioningRequest first = submit(inEurope);
        const Result<ProvisioningRequest> parsed = ProvisioningRequest::fromJson(acme(1000000));
        const auto dup = m_ws->provisioning().submit(parsed.value(), "requester");
        QCOMPARE(dup.error().field, QStringLiteral("tenant_id"));
        QVERIFY(dup.error().message.contains(first.requestId));
        QCOMPARE(m_ws->provisioning().list()->size(), 1);
    }

    void theApprovalPolicyIsData()
    {
        // Editing the policy (as a platform admin would) changes the chain
        // of requests submitted after it; nothing here is code.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec("UPDATE policies SET document = '{\"bands\": [{\"from\": 0, "
                       "\"authorities\": [\"compliance\"]}], \"sensitive_tags\": [], "
                       "\"sensitive_authorities\": [], \"tag_jurisdictions\": {}, "
                       "\"cross_border_authorities\": [], \"premium_tiers\": [], "
                       "\"premium_authorities\": []}' WHERE name = 'approval'"));
        const ProvisioningRequest r = submit(acme(1000000));
        QCOMPARE(r.requiredAuthorities, QStringList{"compliance"});
        QCOMPARE(r.status, RequestStatus::Pending);
    }

    void workflowActivatesAndRecordsEveryStep()
    {
        const ProvisioningRequest r = submitApproved(acme(1000000));
        QSignalSpy steps(&m_ws->workflow(), &ProvisioningWorkflow::stepChanged);
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->status, RequestStatus::Active);
        QCOMPARE(done->outcome, QStringLiteral("activated; all 8 checks passed"));
        QVERIFY(done->finishedAt.isValid());
        QCOMPARE(m_ws->tenants().get("acme-corporation")->status, TenantStatus::Active);

        const QString db =
            m_ws->database().isPostgres() ? "postgresql-rls" : "postgresql-rls (demo)";
        QCOMPARE(test::stepSummary(*m_ws, r.requestId),
                 (QStringList{"provision " + db + " done", "provision auth done",
                              "provision vector (demo) done", "provision s3 (demo) done",
                              "provision redis (demo) done", "provision monitoring (demo) done",
                              "configure tier defaults and flags done",
                              "validate database connectivity done",
                              "validate cross-tenant isolation done", "validate vector search done",
                              "validate token authentication done", "validate query latency done",
                              "validate object store done", "validate metrics collection done",
                              "validate cost tags done", "activate activate done",
                              "notify webhook done"}));
        QCOMPARE(steps.count(), 2 * 17); // each step announced when it starts and when it ends

        // The plan's feature matrix decides the tenant's flags, at tier level.
        const FlagEvaluation custom =
            m_ws->flags().evaluate("acme-corporation", "custom_models").value();
        QVERIFY(custom.enabled);
        QCOMPARE(custom.source, FlagSource::Tier);
        QVERIFY(!m_ws->flags().evaluate("acme-corporation", "demo_documents")->enabled);

        QStringList actions;
        for (const AuditEntry &e : m_ws->audit().list("acme-corporation").value())
            if (e.action.startsWith("provision.") || e.action == "lifecycle.active")
                actions << e.action;
        QCOMPARE(actions.first(), QStringLiteral("provision.request"));
        QCOMPARE(actions.count("provision.create"), 6);
        QVERIFY(actions.contains("lifecycle.active"));
        QCOMPARE(actions.last(), QStringLiteral("provision.complete"));
        QVERIFY(m_ws->audit().verify()->intact);

        // A finished run is not run again.
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator").error().kind, ErrorKind::Rule);
    }

    void blockingCheckFailureRollsBackEverything()
    {
        test::ScriptedResource *faulty = test::insertScripted(*m_ws, 3, "search-probe");
        faulty->failingCheck = CheckKind::VectorSearch;
        const ProvisioningRequest r = submitApproved(acme(1000000));
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done->status, RequestStatus::RolledBack);
        QCOMPARE(done->outcome, QStringLiteral("the vector search (search-probe (demo)) check "
                                               "failed: scripted check failure"));
        // Nothing of the tenant is left: no demo records, no key, no draft.
        QCOMPARE(demoRecords(r.tenantId), QStringList());
        QCOMPARE(m_ws->tenants().get(r.tenantId).error().kind, ErrorKind::NotFound);
        const QStringList steps = test::stepSummary(*m_ws, r.requestId);
        QVERIFY(steps.contains("validate vector search done")); // the real one passed
        QVERIFY(steps.contains("validate vector search (search-probe (demo)) failed"));
        QVERIFY(!steps.contains("validate token authentication done")); // stopped at the failure
        QVERIFY(!steps.contains("activate activate done"));
        // Removed newest first, then the draft.
        const QStringList rollback = steps.filter(QRegularExpression("^rollback "));
        QCOMPARE(rollback.first(), QStringLiteral("rollback monitoring (demo) removed"));
        QCOMPARE(rollback.last(), QStringLiteral("rollback registry removed"));
        QCOMPARE(rollback.size(), 8);
        QCOMPARE(m_ws->audit().list(r.tenantId)->last().action,
                 QStringLiteral("provision.rollback"));
        // The id is free again.
        QCOMPARE(submitApproved(acme(1000000)).status, RequestStatus::Approved);
    }

    void requestsStoredBeforeTheCostCentreRuleStillRead()
    {
        // A new request needs a cost centre; one stored without it (before
        // the rule) still lists, shows and can be decided.
        const ProvisioningRequest r =
            submit(test::requestDocument("Vault", "platinum", "us-east-1", 99000000));
        QJsonObject older = r.document();
        older.remove(QStringLiteral("cost_center"));
        QVERIFY(!ProvisioningRequest::fromJson(older));
        Result<QSqlQuery> q = m_ws->database().prepare(
            QStringLiteral("UPDATE provisioning_requests SET document = ? WHERE request_id = ?"));
        QVERIFY_OK(q);
        q->addBindValue(QString::fromUtf8(QJsonDocument(older).toJson(QJsonDocument::Compact)));
        q->addBindValue(r.requestId);
        QVERIFY_OK(Database::exec(q.value(), QStringLiteral("age the request")));
        const Result<QList<ProvisioningRequest>> listed = m_ws->provisioning().list();
        QVERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().costCenter, QString());
        QVERIFY_OK(m_ws->provisioning().reject(r.requestId, "old request", "approver"));
    }

    void requestProblemsNameEveryBadField()
    {
        ProvisioningRequest r;
        r.ownerEmail = "cto";
        r.compliance = {"SOX", "ISO9001"};
        QStringList fields;
        for (const Error &e : r.problems())
            fields << e.field;
        QCOMPARE(fields, (QStringList{"tenant_name", "tenant_id", "owner_email", "cost_center",
                                      "compliance"}));
        r.tenantName = "Acme";
        r.costCenter = "CC-ACME";
        r.tenantId = "acme";
        r.ownerEmail = "cto@acme.example";
        r.compliance = {"SOX"};
        QVERIFY(r.problems().isEmpty());
    }

    void plannedStepsAreTheStepsARunTakes()
    {
        // A second system checking one kind shows up in the plan by its name.
        test::ScriptedResource *extra = test::insertScripted(*m_ws, 6, "tag-audit");
        extra->failingCheck = CheckKind::CostTags;
        QStringList planned;
        for (const StepRecord &s : m_ws->workflow().plannedSteps())
            planned << nameOf(s.phase) + " " + s.name + (s.blocking ? "" : " (warns)");
        const ProvisioningRequest r = submitApproved(acme(1000000));
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator")->status, RequestStatus::Active);
        QStringList taken;
        for (const StepRecord &s : m_ws->workflow().steps(r.requestId).value())
            taken << nameOf(s.phase) + " " + s.name + (s.blocking ? "" : " (warns)");
        QCOMPARE(planned, taken);
        QVERIFY(planned.contains("validate cost tags (tag-audit (demo)) (warns)"));
        QVERIFY(planned.contains("validate vector search"));
    }

    void oneRunAtATimePerSession()
    {
        QSemaphore gate;
        test::ScriptedResource *held = test::insertScripted(*m_ws, 1, "held");
        held->gate = &gate;
        const ProvisioningRequest first = submitApproved(acme(1000000));
        const ProvisioningRequest second =
            submit(test::requestDocument("Beta", "bronze", "us-east-1", 100000));
        QVERIFY(!m_ws->workflow().isBusy());
        Workspace *ws = m_ws.get();
        QThread *runner =
            QThread::create([ws, first] { (void)ws->workflow().run(first.requestId, "operator"); });
        runner->start();
        QTRY_VERIFY(held->waiting.load());
        QVERIFY(m_ws->workflow().isBusy());
        const Result<ProvisioningRequest> refused =
            m_ws->workflow().run(second.requestId, "operator");
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY(refused.error().message.contains("another provisioning run"));
        QCOMPARE(m_ws->workflow().rollback(second.requestId, "no", "operator").error().kind,
                 ErrorKind::Conflict);
        gate.release();
        QVERIFY(runner->wait(30000));
        delete runner;
        QVERIFY(!m_ws->workflow().isBusy());
        QCOMPARE(m_ws->provisioning().get(first.requestId)->status, RequestStatus::Active);
        held->gate = nullptr;
        QCOMPARE(m_ws->workflow().run(second.requestId, "operator")->status, RequestStatus::Active);
    }

    void stepModelFollowsARunAndItsRollback()
    {
        test::ScriptedResource *faulty = test::insertScripted(*m_ws, 3, "search-probe");
        faulty->failingCheck = CheckKind::VectorSearch;
        ProvisioningStepModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(m_ws->workflow().plannedSteps());
        const int planned = model.rowCount();
        QCOMPARE(model.finishedCount(), 0);
        QCOMPARE(model.index(0, ProvisioningStepModel::StatusColumn).data().toString(), "Waiting");
        // The run is on this thread here: its records arrive directly.
        connect(&m_ws->workflow(), &ProvisioningWorkflow::stepChanged, &model,
                &ProvisioningStepModel::record);
        const ProvisioningRequest r = submitApproved(acme(1000000));
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator")->status, RequestStatus::RolledBack);
        model.markUnreachedSkipped();

        // The rollback's 8 steps come after the plan; the steps never reached are skipped.
        QCOMPARE(model.rowCount(), planned + 8);
        QCOMPARE(model.finishedCount(), model.rowCount());
        QCOMPARE(model.stepAt(planned).phase, StepPhase::Rollback);
        QCOMPARE(model.stepAt(model.rowCount() - 1).name, "registry");
        const int failed = model.rowOf(StepPhase::Validate, "vector search (search-probe (demo))");
        QCOMPARE(model.stateAt(failed), ProvisioningStepModel::State::Failed);
        QCOMPARE(model.index(failed, ProvisioningStepModel::DetailColumn).data().toString(),
                 "scripted check failure");
        QCOMPARE(model.steps(StepPhase::Activate, ProvisioningStepModel::State::Skipped).size(), 1);
        QCOMPARE(model.steps(StepPhase::Rollback, ProvisioningStepModel::State::Removed).size(), 8);
        QVERIFY(model
                    .index(model.rowOf(StepPhase::Validate, "cost tags"),
                           ProvisioningStepModel::StepColumn)
                    .data()
                    .toString()
                    .endsWith("(warns)"));

        // A step the plan did not know goes after the rows of its phase.
        StepRecord late;
        late.phase = StepPhase::Configure;
        late.name = "extra";
        late.status = StepStatus::Done;
        model.record(late);
        QCOMPARE(model.rowOf(StepPhase::Configure, "extra"),
                 model.rowOf(StepPhase::Configure, "tier defaults and flags") + 1);

        // A persisted run reads back the same.
        ProvisioningStepModel journal;
        QAbstractItemModelTester journalTester(
            &journal, QAbstractItemModelTester::FailureReportingMode::QtTest);
        journal.setSteps(m_ws->workflow().steps(r.requestId).value());
        QCOMPARE(journal.steps(StepPhase::Rollback, ProvisioningStepModel::State::Removed).size(),
                 8);
    }

    void requestModelListsAndFollowsDecisions()
    {
        ProvisioningRequestModel model(m_ws->provisioning(), m_ws->pool());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ProvisioningRequest cheap = submitApproved(acme(1000000));
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        // A new request is added; a decision updates its row.
        const ProvisioningRequest costly =
            submit(test::requestDocument("Vault", "platinum", "us-east-1", 99000000));
        QTRY_COMPARE(model.rowCount(), 2); // read off the GUI thread
        const int row = model.rowOf(costly.requestId);
        QCOMPARE(model.index(row, ProvisioningRequestModel::StatusColumn).data().toString(),
                 "Pending approval");
        QCOMPARE(model.index(row, ProvisioningRequestModel::EstimateColumn).data().toString(),
                 formatRupees(costly.estimatedCost));
        QCOMPARE(model.index(row, ProvisioningRequestModel::EstimateColumn)
                     .data(ProvisioningRequestModel::RawValueRole)
                     .toLongLong(),
                 costly.estimatedCost);
        QVERIFY(m_ws->provisioning().reject(costly.requestId, "too dear", "approver"));
        QTRY_COMPARE(model.index(row, ProvisioningRequestModel::StatusColumn).data().toString(),
                     "Rejected");
        QCOMPARE(model.index(row, ProvisioningRequestModel::StatusColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 "Rejected by approver: too dear");
        QCOMPARE(model.requestAt(model.rowOf(cheap.requestId)).status, RequestStatus::Approved);

        // A chosen set follows its requests but does not grow.
        model.setRequests({cheap});
        submit(test::requestDocument("Gamma", "bronze", "us-east-1", 100000));
        QCOMPARE(model.rowCount(), 1);
    }

    void tierPlanModelShowsTheFeatureMatrix()
    {
        TierPlanModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlans(PlanCatalog::load(m_ws->database())->plans());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(),
                 TierPlanModel::FirstFeatureColumn + TierPlan::allFeatures().size());
        const int gold = model.rowOf(Tier::Gold);
        QCOMPARE(model.index(gold, TierPlanModel::TokensColumn).data().toString(),
                 QLocale().toString(4096));
        const int customModels =
            TierPlanModel::FirstFeatureColumn + TierPlan::allFeatures().indexOf("custom_models");
        QCOMPARE(model.index(gold, customModels).data(Qt::CheckStateRole).toInt(), Qt::Checked);
        QCOMPARE(
            model.index(model.rowOf(Tier::Bronze), customModels).data(Qt::CheckStateRole).toInt(),
            Qt::Unchecked);
        QCOMPARE(model.index(model.rowOf(Tier::Platinum), TierPlanModel::NamespaceColumn)
                     .data()
                     .toString(),
                 "dedicated");
    }

    void warningCheckContinuesToActivation()
    {
        test::ScriptedResource *faulty = test::insertScripted(*m_ws, 6, "tag-audit");
        faulty->failingCheck = CheckKind::CostTags;
        const ProvisioningRequest r = submitApproved(acme(1000000));
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        QCOMPARE(done->status, RequestStatus::Active);
        QCOMPARE(done->outcome, QStringLiteral("activated with 1 warning(s)"));
        QVERIFY(test::stepSummary(*m_ws, r.requestId)
                    .contains("validate cost tags (tag-audit (demo)) warning"));
    }

    void failedProvisionStepRemovesWhatWasCreated()
    {
        test::ScriptedResource *faulty = test::insertScripted(*m_ws, 4, "quota-service");
        faulty->failCreate = true;
        const ProvisioningRequest r = submitApproved(acme(1000000));
        const Result<ProvisioningRequest> done = m_ws->workflow().run(r.requestId, "operator");
        QCOMPARE(done->status, RequestStatus::RolledBack);
        QVERIFY2(done->outcome.startsWith("provisioning quota-service (demo) failed"),
                 qPrintable(done->outcome));
        QCOMPARE(demoRecords(r.tenantId), QStringList());
        const QStringList steps = test::stepSummary(*m_ws, r.requestId);
        QVERIFY(!steps.contains("provision redis (demo) done"));  // never reached
        QVERIFY(steps.contains("rollback redis (demo) removed")); // yet checked on the way back
        QVERIFY(steps.filter("validate ").isEmpty());
    }

    void cancelRollsBack()
    {
        const ProvisioningRequest r = submitApproved(acme(1000000));
        ProvisioningWorkflow &workflow = m_ws->workflow();
        connect(&workflow, &ProvisioningWorkflow::stepChanged, this,
                [&workflow](const StepRecord &s) {
                    if (s.name == "token authentication" && s.status == StepStatus::Done)
                        workflow.requestStop(ProvisioningWorkflow::Stop::Cancel);
                });
        const Result<ProvisioningRequest> done = workflow.run(r.requestId, "operator");
        QCOMPARE(done->status, RequestStatus::RolledBack);
        QCOMPARE(done->outcome, QStringLiteral("cancelled by operator"));
        QVERIFY(!test::stepSummary(*m_ws, r.requestId).contains("validate query latency done"));
        QCOMPARE(demoRecords(r.tenantId), QStringList());
    }

    void pausedRunIsInterruptedAndResumes()
    {
        const ProvisioningRequest r = submitApproved(acme(1000000));
        ProvisioningWorkflow &workflow = m_ws->workflow();
        const auto pauseAt = connect(
            &workflow, &ProvisioningWorkflow::stepChanged, this, [&workflow](const StepRecord &s) {
                if (s.name == "s3 (demo)" && s.status == StepStatus::Done)
                    workflow.requestStop(ProvisioningWorkflow::Stop::Pause);
            });
        const Result<ProvisioningRequest> paused = workflow.run(r.requestId, "operator");
        disconnect(pauseAt);
        QCOMPARE(paused->status, RequestStatus::Provisioning);
        QCOMPARE(paused->stage, QStringLiteral("provision s3 (demo)"));
        const QList<ProvisioningRequest> interrupted = workflow.interrupted().value();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().requestId, r.requestId);

        const Result<ProvisioningRequest> resumed = workflow.run(r.requestId, "operator");
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->status, RequestStatus::Active);
        QVERIFY(workflow.interrupted()->isEmpty());
        // A tenant that is active is not rolled back.
        QCOMPARE(workflow.rollback(r.requestId, "too late", "operator").error().kind,
                 ErrorKind::Rule);
    }

    void aControllerTakesUpARunWhoseHolderStoppedButNotAPausedOne()
    {
        const ProvisioningRequest r = submitApproved(acme(1000000));
        ProvisioningWorkflow &workflow = m_ws->workflow();
        const auto pauseAt = connect(
            &workflow, &ProvisioningWorkflow::stepChanged, this, [&workflow](const StepRecord &s) {
                if (s.name == "vector (demo)" && s.status == StepStatus::Done)
                    workflow.requestStop(ProvisioningWorkflow::Stop::Pause);
            });
        QCOMPARE(workflow.run(r.requestId, "operator")->status, RequestStatus::Provisioning);
        disconnect(pauseAt);
        workflow.requestStop(ProvisioningWorkflow::Stop::None);
        Controller controller(*m_ws, WebhookSecrets(m_ws->database().url()), "controller-1",
                              nullptr);
        // Paused on purpose: released, so its operator decides.
        Result<ControllerPass> pass = controller.runOnce();
        QVERIFY_OK(pass);
        QVERIFY(pass->resumed.isEmpty());
        QCOMPARE(m_ws->provisioning().get(r.requestId)->status, RequestStatus::Provisioning);

        // Its holder stopped mid-run (the process died): the lease ran out.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.prepare("UPDATE provisioning_requests SET run_owner = 'host-b:4242', "
                          "lease_until = ? WHERE request_id = ?"));
        q.addBindValue(timestampParam(QDateTime::currentDateTimeUtc().addSecs(-5)));
        q.addBindValue(r.requestId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        pass = controller.runOnce();
        QVERIFY_OK(pass);
        QCOMPARE(pass->resumed, QStringList{r.requestId});
        QVERIFY2(pass->problems.isEmpty(), qPrintable(pass->problems.join("; ")));
        QCOMPARE(m_ws->provisioning().get(r.requestId)->status, RequestStatus::Active);
    }

    void interruptedRunRollsBackOnRequest()
    {
        const ProvisioningRequest r = submitApproved(acme(1000000));
        ProvisioningWorkflow &workflow = m_ws->workflow();
        connect(&workflow, &ProvisioningWorkflow::stepChanged, this,
                [&workflow](const StepRecord &s) {
                    if (s.phase == StepPhase::Configure && s.status == StepStatus::Done)
                        workflow.requestStop(ProvisioningWorkflow::Stop::Pause);
                });
        QCOMPARE(workflow.run(r.requestId, "operator")->status, RequestStatus::Provisioning);
        QCOMPARE(workflow.rollback(r.requestId, "  ", "operator").error().field,
                 QStringLiteral("reason"));
        const Result<ProvisioningRequest> rolledBack =
            workflow.rollback(r.requestId, "budget withdrawn", "operator");
        QCOMPARE(rolledBack->status, RequestStatus::RolledBack);
        QCOMPARE(rolledBack->outcome, QStringLiteral("budget withdrawn"));
        QCOMPARE(demoRecords(r.tenantId), QStringList());
        QCOMPARE(m_ws->tenants().get(r.tenantId).error().kind, ErrorKind::NotFound);
        QVERIFY(workflow.interrupted()->isEmpty());
    }

    void liveRunIsNotInterrupted()
    {
        const ProvisioningRequest r = submitApproved(acme(1000000));
        ProvisioningWorkflow &workflow = m_ws->workflow();
        QStringList seen;
        connect(&workflow, &ProvisioningWorkflow::stepChanged, this, [&](const StepRecord &s) {
            if (s.name == "auth" && s.status == StepStatus::Running) {
                // Mid-run, another session sees the request held, not interrupted.
                seen << QString::number(workflow.interrupted()->size());
                seen << QString::number(int(m_ws->provisioning().get(r.requestId)->leaseUntil >
                                            QDateTime::currentDateTimeUtc()));
            }
        });
        QCOMPARE(workflow.run(r.requestId, "operator")->status, RequestStatus::Active);
        QCOMPARE(seen, (QStringList{"0", "1"}));
    }

    void theProfilesWebhookIsASubscriptionToProvisioningCompleted()
    {
        QList<test::HttpRequest> received;
        test::HttpStandIn receiver([&received](const test::HttpRequest &request) {
            received << request;
            test::HttpResponse response;
            response.status = received.size() == 1 ? 503 : 204; // the first attempt fails
            return response;
        });
        QVERIFY(receiver.listen());
        const Database::DirectAccess policyEdit;
        QVERIFY_OK(
            storePolicyDocument(m_ws->database(), "webhook_delivery", {{"retry_scale", 0.0001}}));
        DownstreamEndpoints endpoints;
        endpoints.webhook = receiver.url();
        endpoints.webhook.setPath("/hooks/tenants");
        DownstreamSecrets secrets;
        secrets.webhookSecret = StandardWebhooks::generateSecret();
        QVERIFY_OK(m_ws->configureDownstream(endpoints, secrets));

        const ProvisioningRequest r = submitApproved(acme(1000000));
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator")->status, RequestStatus::Active);
        QCOMPARE(test::stepSummary(*m_ws, r.requestId).last(),
                 QStringLiteral("notify webhook done"));
        const QList<WebhookSubscription> subscriptions = m_ws->webhooks().list().value();
        QCOMPARE(subscriptions.size(), 1);
        QCOMPARE(subscriptions.first().url, endpoints.webhook);
        QCOMPARE(subscriptions.first().eventTypes, QStringList{"provisioning.completed"});
        // A second run reuses it.
        QJsonObject beta = acme(1000000);
        beta.insert("tenant_name", "Beta Works");
        const ProvisioningRequest second = submitApproved(beta);
        QCOMPARE(m_ws->workflow().run(second.requestId, "operator")->status, RequestStatus::Active);
        QCOMPARE(m_ws->webhooks().list()->size(), 1);

        // The controller delivers it as a Standard Webhook, retrying the 503.
        QJsonObject keys{{QString::number(subscriptions.first().id), secrets.webhookSecret}};
        QTemporaryDir dir;
        WebhookSecrets fromFile(m_ws->database().url());
        QVERIFY_OK(
            fromFile.loadFile(test::writeFile(dir, "secrets.json", QJsonDocument(keys).toJson())));
        Controller controller(*m_ws, fromFile, "controller", nullptr);
        QVERIFY(QTest::qWaitFor(
            [&] {
                (void)controller.runOnce();
                return received.size() >= 3;
            },
            10000));
        // Two runs, two events; the first attempt of one got the 503 and its
        // retry carried the same webhook-id.
        QHash<QByteArray, int> attemptsOf;
        QJsonObject acmeAfter;
        for (const test::HttpRequest &request : received) {
            QCOMPARE(request.path(), QByteArray("/hooks/tenants"));
            const QByteArray id = request.headers.value("webhook-id");
            ++attemptsOf[id];
            const QByteArray expected = StandardWebhooks::sign(
                id, request.headers.value("webhook-timestamp").toLongLong(), request.body,
                StandardWebhooks::decodeSecret("secret", secrets.webhookSecret).value());
            QCOMPARE(request.headers.value("webhook-signature"), expected);
            const QJsonObject event = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(event.value("type").toString(), QStringLiteral("provisioning.completed"));
            const QJsonObject after = event.value("data").toObject().value("after").toObject();
            if (after.value("tenant_id").toString() == QLatin1String("acme-corporation"))
                acmeAfter = after;
        }
        QCOMPARE(attemptsOf.size(), 2);
        QCOMPARE(std::max(attemptsOf.begin().value(), std::next(attemptsOf.begin()).value()), 2);
        QCOMPARE(acmeAfter.value("status").toString(), QStringLiteral("active"));
        QCOMPARE(acmeAfter.value("owner_email").toString(), r.ownerEmail);
        QCOMPARE(acmeAfter.value("request_id").toString(), r.requestId);
        QCOMPARE(acmeAfter.value("checks").toArray().size(), 8);
    }

    void aWebhookThatCannotBeASubscriptionOnlyWarns_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("why");
        QTest::newRow("not a whsec_ secret") << "hunter2"
                                             << ""
                                             << "whsec_";
        QTest::newRow("a token in the query") << StandardWebhooks::generateSecret() << "token=abc"
                                              << "query";
    }
    void aWebhookThatCannotBeASubscriptionOnlyWarns()
    {
        QFETCH(QString, secret);
        QFETCH(QString, query);
        QFETCH(QString, why);
        DownstreamEndpoints endpoints;
        endpoints.webhook = QUrl("https://hooks.example/tenants");
        DownstreamSecrets secrets;
        secrets.webhookSecret = secret;
        secrets.webhookQuery = query;
        QVERIFY_OK(m_ws->configureDownstream(endpoints, secrets));
        const ProvisioningRequest r = submitApproved(acme(1000000));
        QCOMPARE(m_ws->workflow().run(r.requestId, "operator")->status, RequestStatus::Active);
        QCOMPARE(test::stepSummary(*m_ws, r.requestId).last(),
                 QStringLiteral("notify webhook warning"));
        const QList<StepRecord> steps = m_ws->workflow().steps(r.requestId).value();
        QVERIFY2(steps.last().detail.contains(why), qPrintable(steps.last().detail));
        QVERIFY(!steps.last().detail.contains(secret.mid(6))); // never the secret
        QCOMPARE(m_ws->webhooks().list()->size(), 0);
    }

    void hs256TokensFollowRfc7515()
    {
        // RFC 7515 appendix A.1: the HS256 example's key, input and signature.
        const QByteArray key = QByteArray::fromBase64("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_"
                                                      "T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
                                                      QByteArray::Base64UrlEncoding);
        const QByteArray token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
                                 "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtc"
                                 "GxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                                 "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const QDateTime before = QDateTime::fromSecsSinceEpoch(1300819000, Qt::UTC);
        const Result<QJsonObject> claims = Hs256Token::verify(token, key, before);
        QVERIFY2(claims.ok(), claims.ok() ? "" : qPrintable(claims.error().message));
        QCOMPARE(claims->value("iss").toString(), QStringLiteral("joe"));
        QVERIFY(!Hs256Token::verify(token, key, before.addSecs(3600)).ok()); // expired
        QVERIFY(!Hs256Token::verify(token, "another key", before).ok());
        // Issued tokens round-trip; "alg": "none" is refused.
        const QByteArray issued = Hs256Token::issue({{"sub", "acme"}}, key);
        QCOMPARE(Hs256Token::verify(issued, key)->value("sub").toString(), QStringLiteral("acme"));
        const QByteArray none =
            QByteArray("{\"alg\":\"none\"}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.' + issued.split('.').at(1) + '.';
        QVERIFY(!Hs256Token::verify(none, key).ok());
    }

    void unknownRequestIsNotFound()
    {
        QCOMPARE(m_ws->provisioning().approve("req-nope", "x", "cfo").error().kind,
                 ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
