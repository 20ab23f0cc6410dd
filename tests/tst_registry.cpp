// Registry: create/get/update/list, validation, optimistic versioning and the
// database's own CHECK constraints. Runs on SQLite and on PostgreSQL.
#include "testdatabase.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace tenant;

class TestRegistry : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workspace> m_ws;
    DatabaseUrl m_url;
    test::TestDatabase m_databases;

    Tenant sampleTenant(const QString &id = QStringLiteral("acme"))
    {
        Result<Tenant> t = m_ws->tenants().tierTemplate(Tier::Gold);
        if (!t)
            qFatal("%s", qPrintable(t.error().message));
        Tenant tenant = t.value();
        tenant.tenantId = id;
        tenant.tenantName = QStringLiteral("Acme Corporation");
        tenant.technicalContact = QStringLiteral("tech@acme.example");
        tenant.region = QStringLiteral("eu-west-1");
        tenant.allowedRegions = {QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1")};
        tenant.complianceTags = {QStringLiteral("GDPR")};
        tenant.costCenter = QStringLiteral("CC-ACME");
        return tenant;
    }

    int rowCount(const QString &table)
    {
        QSqlQuery q(m_ws->database().connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            qFatal("count failed");
        return q.value(0).toInt();
    }

private slots:
    void init()
    {
        m_url = m_databases.migrated();
        m_ws = std::make_unique<Workspace>(m_url);
        m_ws->setActor(QStringLiteral("tester"));
        const Status opened = m_ws->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }
    void cleanup() { m_ws.reset(); }

    void aNewThreadNeverInheritsAnEndedThreadsConnection()
    {
        // Threads that end and start again (often at the same address, with
        // the same native id) each open a connection of their own: none is
        // handed the ended thread's, which may be dead or mid-transaction.
        QStringList names;
        QStringList errors;
        for (int i = 0; i < 4; ++i) {
            std::thread worker([&] {
                const Result<QList<Tenant>> listed = m_ws->tenants().list();
                if (!listed)
                    errors << listed.error().message;
                names << m_ws->database().connection().connectionName();
            });
            worker.join();
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QStringLiteral(" | "))));
        QCOMPARE(names.size(), 4);
        names.removeDuplicates();
        QCOMPARE(names.size(), 4);
    }

    void createThenGetRoundTripsEveryAttribute()
    {
        Tenant tenant = sampleTenant();
        tenant.metadata = QJsonObject{{QStringLiteral("crm_owner"), QStringLiteral("jane")}};
        QSignalSpy created(&m_ws->notifier(), &ChangeNotifier::tenantCreated);
        const Result<Tenant> stored = m_ws->tenants().create(tenant, QStringLiteral("tester"));
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.first().first().toString(), QStringLiteral("acme"));
        QCOMPARE(stored->version, 1);
        QVERIFY(stored->createdAt.isValid());

        const Result<Tenant> read = m_ws->tenants().get(QStringLiteral("acme"));
        QVERIFY_OK(read);
        QCOMPARE(TenantCodec::toJson(read.value()), TenantCodec::toJson(stored.value()));
        QCOMPARE(read->allowedRegions, tenant.allowedRegions);
        QCOMPARE(read->complianceTags, QStringList{QStringLiteral("GDPR")});
        QCOMPARE(read->maxDocuments, qint64(100000));
        QCOMPARE(read->slaTarget, 0.995);
        QVERIFY(!read->healthScore.has_value());
        QCOMPARE(TenantCodec::keys().size(), 29); // 20+ attributes in five groups
    }

    void createWritesOneAuditEntry()
    {
        QVERIFY(m_ws->tenants()
                    .create(sampleTenant(), QStringLiteral("tester"), QStringLiteral("onboarding"))
                    .ok());
        const auto entries = m_ws->audit().list(QStringLiteral("acme"));
        QVERIFY_OK(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("tenant.create"));
        QCOMPARE(entries->first().actor, QStringLiteral("tester"));
        QCOMPARE(entries->first().reason, QStringLiteral("onboarding"));
    }

    void importWritesEveryTenantWithItsAuditEntry()
    {
        // More than one chunk and one multi-row INSERT, and a partial last one.
        QList<Tenant> tenants;
        for (int i = 0; i < 2345; ++i)
            tenants << sampleTenant(QStringLiteral("bu-%1").arg(i, 5, 10, QLatin1Char('0')));
        tenants[7].tenantName = QStringLiteral("Seventh Unit");
        QSignalSpy imported(&m_ws->notifier(), &ChangeNotifier::tenantsImported);
        const Result<int> count = m_ws->tenants().importTenants(tenants, "importer", "migration");
        QVERIFY2(count, count ? "" : qPrintable(count.error().message));
        QCOMPARE(count.value(), 2345);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(rowCount("tenants"), 2345);
        QCOMPARE(m_ws->tenants().get("bu-00007")->tenantName, QStringLiteral("Seventh Unit"));
        QCOMPARE(m_ws->tenants().get("bu-02344")->complianceTags, QStringList{"GDPR"});
        QCOMPARE(m_ws->tenants().get("bu-02344")->version, 1);
        const auto entries = m_ws->audit().list("bu-01234");
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("tenant.create"));
        QCOMPARE(entries->first().reason, QStringLiteral("migration"));
        QCOMPARE(rowCount("audit_log"), 2345);
        // The chain runs unbroken through the batch and on after it.
        QVERIFY_OK(m_ws->tenants().create(sampleTenant("after"), "tester"));
        const auto verified = m_ws->audit().verify();
        QVERIFY(verified && verified->intact);
        QCOMPARE(verified->entriesChecked, qint64(2346));
    }

    void importIsAllOrNothingAndNamesTheCulprit_data()
    {
        QTest::addColumn<int>("bad");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid") << 150 << "budget"
                                 << "tenant 151 ('bu-150'): monthly_budget";
        QTest::newRow("twice") << 149 << "twice"
                               << "tenant 151 ('bu-149'): tenant_id";
        QTest::newRow("exists") << 150 << "exists"
                                << "tenant 151 ('acme'): tenant_id: 'acme' already";
    }

    void importIsAllOrNothingAndNamesTheCulprit()
    {
        QFETCH(int, bad);
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        QVERIFY_OK(m_ws->tenants().create(sampleTenant("acme"), "tester"));
        QList<Tenant> tenants;
        for (int i = 0; i < 300; ++i)
            tenants << sampleTenant(QStringLiteral("bu-%1").arg(i));
        if (problem == "budget")
            tenants[bad].monthlyBudget = -1;
        else if (problem == "twice")
            tenants[150].tenantId = tenants[bad].tenantId;
        else
            tenants[bad].tenantId = "acme";
        const Result<int> count = m_ws->tenants().importTenants(tenants, "importer");
        QVERIFY(!count);
        QVERIFY2(count.error().message.startsWith(expected), qPrintable(count.error().message));
        QCOMPARE(rowCount("tenants"), 1);
        QCOMPARE(rowCount("audit_log"), 1);
        QVERIFY(m_ws->audit().verify()->intact);
    }

    void summariesComeInBatchesInIdOrder()
    {
        QList<Tenant> tenants;
        for (int i = 0; i < 25; ++i)
            tenants << sampleTenant(QStringLiteral("t-%1").arg(24 - i, 2, 10, QLatin1Char('0')));
        tenants[3].healthScore = 42;
        QVERIFY(m_ws->tenants().importTenants(tenants, "importer"));
        QList<int> sizes;
        QStringList ids;
        const Status read = m_ws->tenants().summaries(10, [&](QList<TenantSummary> &&batch) {
            sizes << int(batch.size());
            for (const TenantSummary &t : batch)
                ids << t.tenantId;
            return true;
        });
        QVERIFY(read);
        QCOMPARE(sizes, (QList<int>{10, 10, 5}));
        QCOMPARE(ids.first(), QStringLiteral("t-00"));
        QStringList sorted = ids;
        sorted.sort();
        QCOMPARE(ids, sorted);
        const TenantSummary one = m_ws->tenants().summary("t-21").value();
        QCOMPARE(one.healthScore, qint16(42));
        QCOMPARE(one.tier, Tier::Gold);
        QCOMPARE(one.costCenter, QStringLiteral("CC-ACME"));
        QCOMPARE(m_ws->tenants().summary("t-00").value().healthScore, qint16(-1));
    }

    void invalidTenantIsRejectedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("slug with capitals") << "tenant_id"
                                            << "Acme"
                                            << "tenant_id";
        QTest::newRow("slug with underscore") << "tenant_id"
                                              << "ac_me"
                                              << "tenant_id";
        QTest::newRow("slug one char") << "tenant_id"
                                       << "a"
                                       << "tenant_id";
        QTest::newRow("empty name") << "tenant_name"
                                    << ""
                                    << "tenant_name";
        QTest::newRow("zero users") << "max_users"
                                    << "0"
                                    << "max_users";
        QTest::newRow("negative documents") << "max_documents"
                                            << "-1"
                                            << "max_documents";
        QTest::newRow("negative queries") << "max_queries_per_day"
                                          << "-10"
                                          << "max_queries_per_day";
        QTest::newRow("sla zero") << "sla_target"
                                  << "0"
                                  << "sla_target";
        QTest::newRow("sla above one") << "sla_target"
                                       << "1.5"
                                       << "sla_target";
        QTest::newRow("bad e-mail") << "billing_email"
                                    << "billing-at-acme"
                                    << "billing_email";
        QTest::newRow("region outside allowed") << "region"
                                                << "us-east-1"
                                                << "region";
        QTest::newRow("malformed region") << "region"
                                          << "Europe"
                                          << "region";
        QTest::newRow("unknown support level") << "support_level"
                                               << "gold-star"
                                               << "support_level";
        QTest::newRow("unknown isolation") << "isolation_mode"
                                           << "shared"
                                           << "isolation_mode";
        QTest::newRow("unknown compliance tag") << "compliance_tags"
                                                << "ISO9001"
                                                << "compliance_tags";
        QTest::newRow("negative budget") << "monthly_budget"
                                         << "-1"
                                         << "monthly_budget";
    }
    void invalidTenantIsRejectedAndNothingWritten()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expectedField);
        Tenant tenant = sampleTenant();
        const Result<QJsonValue> json = TenantCodec::fromText(field, value);
        QVERIFY_OK(json);
        QVERIFY(TenantCodec::apply(QJsonObject{{field, json.value()}}, tenant,
                                   TenantCodec::Scope::Editable)
                    .ok());

        const Result<Tenant> created = m_ws->tenants().create(tenant, QStringLiteral("tester"));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind, ErrorKind::Validation);
        QCOMPARE(created.error().field, expectedField);
        QVERIFY2(created.error().message.startsWith(expectedField + QStringLiteral(": ")),
                 qPrintable(created.error().message));
        QCOMPARE(rowCount(QStringLiteral("tenants")), 0);
        QCOMPARE(rowCount(QStringLiteral("audit_log")), 0);
    }

    void codecRejectsUnknownAndSystemKeys()
    {
        Tenant t = sampleTenant();
        Status s =
            TenantCodec::apply(QJsonObject{{QStringLiteral("colour"), QStringLiteral("red")}}, t,
                               TenantCodec::Scope::Editable);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("colour"));
        s = TenantCodec::apply(QJsonObject{{QStringLiteral("version"), 7}}, t,
                               TenantCodec::Scope::Editable);
        QCOMPARE(s.error().field, QStringLiteral("version"));
        s = TenantCodec::apply(QJsonObject{{QStringLiteral("tier"), QStringLiteral("diamond")}}, t,
                               TenantCodec::Scope::Editable);
        QVERIFY(s.error().message.contains(QStringLiteral("unknown tier 'diamond'")));
        s = TenantCodec::apply(QJsonObject{{QStringLiteral("max_users"), QStringLiteral("many")}},
                               t, TenantCodec::Scope::Editable);
        QCOMPARE(s.error().field, QStringLiteral("max_users"));
        QCOMPARE(t.tier, Tier::Gold); // a failed apply leaves the tenant untouched
    }

    void duplicateIdIsRejectedAndOriginalKept()
    {
        QVERIFY_OK(m_ws->tenants().create(sampleTenant(), QStringLiteral("tester")));
        Tenant other = sampleTenant();
        other.tenantName = QStringLiteral("Impostor");
        const Result<Tenant> dup = m_ws->tenants().create(other, QStringLiteral("tester"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().kind, ErrorKind::Validation);
        QCOMPARE(dup.error().field, QStringLiteral("tenant_id"));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme"))->tenantName,
                 QStringLiteral("Acme Corporation"));
        QCOMPARE(rowCount(QStringLiteral("audit_log")), 1);
    }

    void updateBumpsVersionAndAuditsBeforeAndAfter()
    {
        Tenant tenant = m_ws->tenants().create(sampleTenant(), QStringLiteral("tester")).value();
        tenant.maxUsers = 4321;
        QSignalSpy changed(&m_ws->notifier(), &ChangeNotifier::tenantChanged);
        const Result<Tenant> updated =
            m_ws->tenants().update(tenant, QStringLiteral("tester"), QStringLiteral("growth"));
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QCOMPARE(updated->version, 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme"))->maxUsers, qint64(4321));

        const AuditEntry last = m_ws->audit().list(QStringLiteral("acme"))->last();
        QCOMPARE(last.action, QStringLiteral("tenant.update"));
        QVERIFY(last.before.contains(QStringLiteral("\"max_users\":1000")));
        QVERIFY(last.after.contains(QStringLiteral("\"max_users\":4321")));
    }

    void staleVersionConflictsAndWritesNothing()
    {
        const Tenant original =
            m_ws->tenants().create(sampleTenant(), QStringLiteral("tester")).value();
        Tenant first = original;
        first.maxUsers = 10;
        QVERIFY_OK(m_ws->tenants().update(first, QStringLiteral("alice")));

        Tenant stale = original; // still version 1
        stale.maxUsers = 20;
        const int auditBefore = rowCount(QStringLiteral("audit_log"));
        const Result<Tenant> result = m_ws->tenants().update(stale, QStringLiteral("bob"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Conflict);
        QVERIFY(result.error().message.contains(QStringLiteral("version 1")));
        QVERIFY(result.error().message.contains(QStringLiteral("version is 2")));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme"))->maxUsers, qint64(10));
        QCOMPARE(rowCount(QStringLiteral("audit_log")), auditBefore);
    }

    void updateCannotChangeStatus()
    {
        Tenant tenant = m_ws->tenants().create(sampleTenant(), QStringLiteral("tester")).value();
        tenant.status = TenantStatus::Active;
        const Result<Tenant> result = m_ws->tenants().update(tenant, QStringLiteral("tester"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("status"));
        QCOMPARE(m_ws->tenants().get(QStringLiteral("acme"))->status, TenantStatus::Draft);
    }

    void getUnknownIsNotFound()
    {
        const Result<Tenant> t = m_ws->tenants().get(QStringLiteral("nobody"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ErrorKind::NotFound);
    }

    void listFilters()
    {
        auto make = [this](const QString &id, const QString &name, Tier tier, TenantStatus status) {
            test::createTenant(*m_ws, id, tier, [&](Tenant &t) {
                t.tenantName = name;
                t.status = status;
            });
        };
        make(QStringLiteral("finance"), QStringLiteral("Finance Department"), Tier::Platinum,
             TenantStatus::Active);
        make(QStringLiteral("legal"), QStringLiteral("Legal Department"), Tier::Gold,
             TenantStatus::Active);
        make(QStringLiteral("hr"), QStringLiteral("HR Operations"), Tier::Silver,
             TenantStatus::Draft);
        make(QStringLiteral("ops"), QStringLiteral("Global Operations"), Tier::Gold,
             TenantStatus::Draft);
        QVERIFY(m_ws->health()
                    .record(QStringLiteral("legal"), {900, 0.05, 0.9, 0.5}, QStringLiteral("t"))
                    .ok());
        QVERIFY(m_ws->health()
                    .record(QStringLiteral("ops"), {300, 0.001, 0.99, 0.5}, QStringLiteral("t"))
                    .ok());

        auto ids = [this](const TenantFilter &f) {
            QStringList out;
            for (const Tenant &t : m_ws->tenants().list(f).value())
                out << t.tenantId;
            return out.join(QLatin1Char(','));
        };
        QCOMPARE(ids({}), QStringLiteral("finance,hr,legal,ops"));
        TenantFilter byTier;
        byTier.tier = Tier::Gold;
        QCOMPARE(ids(byTier), QStringLiteral("legal,ops"));
        TenantFilter byStatus;
        byStatus.status = TenantStatus::Draft;
        QCOMPARE(ids(byStatus), QStringLiteral("hr,ops"));
        TenantFilter byText;
        byText.text = QStringLiteral("OPERATIONS");
        QCOMPARE(ids(byText), QStringLiteral("hr,ops"));
        byText.text = QStringLiteral("100%_");
        QCOMPARE(ids(byText), QString()); // LIKE wildcards in user text match literally
        TenantFilter critical;
        const auto [low, high] = m_ws->health().policy()->scoreRange(HealthBand::Critical);
        critical.minScore = low;
        critical.maxScore = high;
        QCOMPARE(ids(critical), QStringLiteral("legal"));
        TenantFilter combined;
        combined.tier = Tier::Gold;
        combined.status = TenantStatus::Draft;
        QCOMPARE(ids(combined), QStringLiteral("ops"));
    }

    void databaseChecksHoldWithoutCore_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("accepted");
        const QString base = QStringLiteral("INSERT INTO tenants (tenant_id, tenant_name, tier, "
                                            "max_users, max_documents, max_queries_per_day, "
                                            "sla_target, support_level, region, retention_days, "
                                            "status, created_at, updated_at) VALUES (%1)");
        const QString ok =
            QStringLiteral("'acme', 'Acme', 'gold', 10, 10, 10, 0.99, 'premium', 'eu-west-1', 30, "
                           "'active', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'");
        auto variant = [&](const QString &from, const QString &to) {
            return base.arg(QString(ok).replace(from, to));
        };
        QTest::newRow("valid control row") << base.arg(ok) << true;
        QTest::newRow("unknown tier")
            << variant(QStringLiteral("'gold'"), QStringLiteral("'diamond'")) << false;
        QTest::newRow("bad slug") << variant(QStringLiteral("'acme'"), QStringLiteral("'Acme!'"))
                                  << false;
        QTest::newRow("negative users")
            << variant(QStringLiteral("10, 10, 10"), QStringLiteral("-1, 10, 10")) << false;
        QTest::newRow("sla above one")
            << variant(QStringLiteral("0.99"), QStringLiteral("1.5")) << false;
        QTest::newRow("unknown status")
            << variant(QStringLiteral("'active'"), QStringLiteral("'paused'")) << false;
        QTest::newRow("archived without time")
            << variant(QStringLiteral("'active'"), QStringLiteral("'archived'")) << false;
        QTest::newRow("retention too long")
            << variant(QStringLiteral(", 30,"), QStringLiteral(", 99999,")) << false;
    }
    void databaseChecksHoldWithoutCore()
    {
        QFETCH(QString, sql);
        QFETCH(bool, accepted);
        QSqlQuery q(m_ws->database().connection());
        QCOMPARE(q.exec(sql), accepted);
        QCOMPARE(rowCount(QStringLiteral("tenants")), accepted ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
