// Provisioning requests: automatic approval below the policy threshold,
// pending above it, four-eyes decisions, and nothing created on rejection.
#include "testdatabase.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

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

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.fresh());
        QVERIFY(m_ws->open().ok());
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

    void belowThresholdIsApprovedAndCreatesDraft()
    {
        QSignalSpy created(&m_ws->tenants(), &TenantRepository::tenantCreated);
        const ProvisioningRequest r = submit(acme(999999));
        QCOMPARE(r.status, RequestStatus::Approved);
        QCOMPARE(r.decidedBy, QStringLiteral("policy"));
        QCOMPARE(created.count(), 1);
        const Tenant t = m_ws->tenants().get(QStringLiteral("acme-corporation")).value();
        QCOMPARE(t.status, TenantStatus::Draft);
        QCOMPARE(t.tier, Tier::Gold);
        QCOMPARE(t.monthlyBudget, qint64(999999));
        QCOMPARE(t.complianceTags, QStringList{"SOX"});
        QCOMPARE(t.metadata.value("provisioning_request").toString(), r.requestId);
        QStringList actions;
        for (const AuditEntry &e : m_ws->audit().list(QStringLiteral("acme-corporation")).value()) {
            actions << e.action;
            QCOMPARE(e.correlationId, r.requestId); // one correlation id ties the steps together
        }
        QCOMPARE(actions, (QStringList{"provision.request", "tenant.create", "provision.approve"}));
    }

    void atThresholdWaitsUntilApproved()
    {
        QCOMPARE(m_ws->provisioning().autoApproveBelow().value(), qint64(1000000));
        const ProvisioningRequest r = submit(acme(1000000));
        QCOMPARE(r.status, RequestStatus::Pending);
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme-corporation")).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(m_ws->provisioning().list(RequestStatus::Pending)->size(), 1);

        // The requester may not approve their own request; a comment is required.
        auto own = m_ws->provisioning().approve(r.requestId, "fine", "requester");
        QCOMPARE(own.error().kind, ErrorKind::Rule);
        auto silent = m_ws->provisioning().approve(r.requestId, "  ", "cfo");
        QCOMPARE(silent.error().field, QStringLiteral("comment"));
        QCOMPARE(m_ws->provisioning().get(r.requestId)->status, RequestStatus::Pending);

        const auto approved = m_ws->provisioning().approve(r.requestId, "within FY budget", "cfo");
        QVERIFY2(approved.ok(), approved.ok() ? "" : qPrintable(approved.error().message));
        QCOMPARE(approved->decidedBy, QStringLiteral("cfo"));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme-corporation"))->status,
                 TenantStatus::Draft);
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "again", "cfo").error().kind,
                 ErrorKind::Rule);
        QVERIFY(m_ws->audit().verify()->intact);
    }

    void rejectedRequestProvisionsNothing()
    {
        const ProvisioningRequest r = submit(acme(5000000));
        const auto rejected =
            m_ws->provisioning().reject(r.requestId, "no budget this year", "cfo");
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->status, RequestStatus::Rejected);
        QVERIFY(m_ws->tenants().list()->isEmpty());
        QCOMPARE(m_ws->provisioning().approve(r.requestId, "changed my mind", "cfo").error().kind,
                 ErrorKind::Rule);
        QCOMPARE(m_ws->audit().list()->last().action, QStringLiteral("provision.reject"));
        // A rejected id may be requested again.
        QCOMPARE(submit(acme(10)).status, RequestStatus::Approved);
    }

    void tenantIdMustBeFree()
    {
        const ProvisioningRequest first = submit(acme(5000000));
        const Result<ProvisioningRequest> parsed = ProvisioningRequest::fromJson(acme(10));
        const auto dup = m_ws->provisioning().submit(parsed.value(), "requester");
        QCOMPARE(dup.error().field, QStringLiteral("tenant_id"));
        QVERIFY(dup.error().message.contains(first.requestId));
        QCOMPARE(m_ws->provisioning().list()->size(), 1);
    }

    void thresholdIsPolicyData()
    {
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.exec("UPDATE policies SET document = '{\"auto_approve_below\": 50}' WHERE name = "
                       "'provisioning'"));
        QCOMPARE(submit(acme(100)).status, RequestStatus::Pending);
    }

    void unknownRequestIsNotFound()
    {
        QCOMPARE(m_ws->provisioning().approve("req-nope", "x", "cfo").error().kind,
                 ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
