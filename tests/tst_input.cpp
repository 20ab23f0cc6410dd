// The input rules through the core API, on SQLite and PostgreSQL: every
// class of hostile input is refused with one short line naming the field,
// and the registry and its audit log are exactly as they were. The
// database's own CHECKs refuse the same values from a client that skips
// core, and rows written before the limits stay readable.
#include "database.h"
#include "hostileinput.h"
#include "migrator.h"
#include "testdatabase.h"
#include "textrules.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tenant;

namespace {

/// A refusal's message must stay one short line, whatever it quotes.
bool isOneShortLine(const QString &message)
{
    if (message.size() > 520)
        return false;
    for (const QChar c : message)
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c.isSurrogate())
            return false;
    return true;
}

} // namespace

class TestInput : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    std::unique_ptr<Workspace> m_ws;
    QMap<QString, int> m_tried; ///< inputs tried per class, for the summary

    /// Everything a refusal must leave as it was.
    QByteArray snapshot()
    {
        QByteArray all;
        const Result<QList<Tenant>> tenants = m_ws->tenants().list();
        if (!tenants)
            qFatal("%s", qPrintable(tenants.error().message));
        for (const Tenant &t : tenants.value())
            all += QJsonDocument(TenantCodec::toJson(t)).toJson(QJsonDocument::Compact);
        for (const char *sql : {"SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM audit_log",
                                "SELECT COUNT(*), 0 FROM provisioning_requests",
                                "SELECT COUNT(*), 0 FROM feature_flags"}) {
            QSqlQuery q(m_ws->database().connection());
            if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                qFatal("%s: %s", sql, qPrintable(q.lastError().text()));
            all += q.value(0).toByteArray() + '/' + q.value(1).toByteArray() + ';';
        }
        return all;
    }

    void expectRefusal(const Error &error, const QString &field, const QString &inputClass)
    {
        ++m_tried[inputClass];
        QCOMPARE(error.kind, ErrorKind::Validation);
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.startsWith(field + QStringLiteral(": ")), qPrintable(error.message));
        QVERIFY2(isOneShortLine(error.message), qPrintable(error.message.left(600)));
    }

    Tenant draft(const QString &id = QStringLiteral("acme"))
    {
        Tenant t = m_ws->tenants().tierTemplate(Tier::Gold).value();
        t.tenantId = id;
        t.tenantName = QStringLiteral("Acme");
        return t;
    }

private slots:
    void init()
    {
        m_url = m_databases.migrated();
        m_ws = std::make_unique<Workspace>(m_url);
        m_ws->setActor(QStringLiteral("tester"));
        const Status opened = m_ws->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        test::createTenant(*m_ws, QStringLiteral("finance"), Tier::Gold,
                           [](Tenant &t) { t.status = TenantStatus::Active; });
    }
    void cleanup() { m_ws.reset(); }
    void cleanupTestCase()
    {
        for (auto it = m_tried.cbegin(); it != m_tried.cend(); ++it)
            qInfo("core API, %s: %d inputs refused", qPrintable(it.key()), it.value());
    }

    void messagesQuoteShortlyAndEscape_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "abc"
                               << "'abc'";
        QTest::newRow("newline") << "a\nb"
                                 << "'a\\nb'";
        QTest::newRow("escape") << QStringLiteral("a\x1b[2J") << "'a\\u001b[2J'";
        QTest::newRow("zero-width") << QString(2, QChar(0x200b)) << "'\\u200b\\u200b'";
        QTest::newRow("override") << QString(QChar(0x202e)) << "'\\u202e'";
        QTest::newRow("long") << QString(100, QLatin1Char('x'))
                              << QStringLiteral("'") + QString(80, QLatin1Char('x')) +
                                     QStringLiteral("…' (100 characters)");
    }
    void messagesQuoteShortlyAndEscape()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(quoted(value), expected);
        const QString line = oneLine(QStringLiteral("x\ny") + QString(1000, QLatin1Char('z')));
        QVERIFY(!line.contains(QLatin1Char('\n')));
        QVERIFY(line.size() <= 402); // 400 characters, one written as \\n, and "…"
    }

    void numbersParseStrictly()
    {
        QCOMPARE(parseIntegerOption("n", " 42 ").value(), qint64(42));
        QCOMPARE(parseIntegerOption("n", "-7").value(), qint64(-7));
        QCOMPARE(parseIntegerOption("n", "99999999999999999999").value(),
                 std::numeric_limits<qint64>::max()); // saturates: the range check names it
        QCOMPARE(parseNumberOption("n", "0.005").value(), 0.005);
        QCOMPARE(parseNumberOption("n", "1e3").value(), 1000.0);
        QCOMPARE(parseNumberOption("n", "1e999").value(), std::numeric_limits<double>::max());
        for (const QString &text : test::notNumbers()) {
            const Result<qint64> integer = parseIntegerOption("max-users", text);
            QVERIFY2(!integer, qPrintable(text));
            QCOMPARE(integer.error().kind, ErrorKind::Usage);
            QVERIFY(integer.error().message.startsWith("--max-users needs a whole number"));
            QVERIFY2(!parseNumberOption("storage", text) || text == QLatin1String("1.5.2"),
                     qPrintable(text));
        }
        QCOMPARE(parseIntegerOption("n", "1.5").error().kind, ErrorKind::Usage);
    }

    void textRulesHoldForEveryTenantField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("inputClass");
        QTest::addColumn<QString>("value");
        for (const test::TextField &field : test::tenantTextFields())
            for (const test::HostileText &bad : test::hostileTexts(field.maxLength, field.required))
                QTest::addRow("%s: %s", qPrintable(field.key), qPrintable(bad.name))
                    << field.key << bad.inputClass << bad.value;
    }
    void textRulesHoldForEveryTenantField()
    {
        QFETCH(QString, key);
        QFETCH(QString, inputClass);
        QFETCH(QString, value);
        const QByteArray before = snapshot();
        // Through JSON (a --from file, the editor) onto a new tenant...
        Tenant tenant = draft();
        const Status applied =
            TenantCodec::apply({{key, value}}, tenant, TenantCodec::Scope::Creation);
        QVERIFY_OK(applied); // the type is right; the rules judge the value
        const Result<Tenant> created = m_ws->tenants().create(tenant, QStringLiteral("tester"));
        QVERIFY(!created);
        expectRefusal(created.error(), key, inputClass);
        // ... and onto an existing one.
        Tenant finance = m_ws->tenants().get(QStringLiteral("finance")).value();
        QVERIFY_OK(TenantCodec::apply({{key, value}}, finance, TenantCodec::Scope::Editable));
        const Result<Tenant> updated = m_ws->tenants().update(finance, QStringLiteral("tester"));
        QVERIFY(!updated);
        expectRefusal(updated.error(), key, inputClass);
        QCOMPARE(snapshot(), before);
    }

    void integersStayWithinWhatBothBackendsStore_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        for (const test::HostileNumber &n : test::hostileNumbers())
            QTest::addRow("%s: %s", qPrintable(n.key), qPrintable(n.name)) << n.key << n.json;
        QTest::newRow("max_users: 1e300") << "max_users" << 1e300;
        QTest::newRow("max_users: fraction") << "max_users" << 1.5;
        QTest::newRow("version: over INTEGER") << "version" << 3000000000.0;
    }
    void integersStayWithinWhatBothBackendsStore()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        const QByteArray before = snapshot();
        Tenant tenant = m_ws->tenants().get(QStringLiteral("finance")).value();
        const Status applied =
            TenantCodec::apply({{key, value}}, tenant, TenantCodec::Scope::Stored);
        Error error = applied ? Error{} : applied.error();
        if (applied) {
            const Result<Tenant> updated = m_ws->tenants().update(tenant, QStringLiteral("t"));
            QVERIFY(!updated);
            error = updated.error();
        }
        if (key == QLatin1String("version")) { // a version no one stored
            QVERIFY(error.kind == ErrorKind::Validation || error.kind == ErrorKind::Conflict);
            ++m_tried[QStringLiteral("range")];
        } else {
            expectRefusal(error, key, QStringLiteral("range"));
        }
        QCOMPARE(snapshot(), before);
    }

    void wrongJsonTypesNameTheKey_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("key");
        QTest::newRow("name a number") << R"({"tenant_name": 5})"
                                       << "tenant_name";
        QTest::newRow("cost centre a number") << R"({"cost_center": 5})"
                                              << "cost_center";
        QTest::newRow("tags a string") << R"({"compliance_tags": "GDPR"})"
                                       << "compliance_tags";
        QTest::newRow("tags of numbers") << R"({"compliance_tags": [1]})"
                                         << "compliance_tags";
        QTest::newRow("regions an object") << R"({"allowed_regions": {}})"
                                           << "allowed_regions";
        QTest::newRow("users a string") << R"({"max_users": "10"})"
                                        << "max_users";
        QTest::newRow("users a bool") << R"({"max_users": true})"
                                      << "max_users";
        QTest::newRow("sla null") << R"({"sla_target": null})"
                                  << "sla_target";
        QTest::newRow("metadata a list") << R"({"metadata": []})"
                                         << "metadata";
        QTest::newRow("tier a number") << R"({"tier": 1})"
                                       << "tier";
        QTest::newRow("unknown key") << R"({"colour": "red"})"
                                     << "colour";
        QTest::newRow("system key") << R"({"version": 7})"
                                    << "version";
    }
    void wrongJsonTypesNameTheKey()
    {
        QFETCH(QString, document);
        QFETCH(QString, key);
        const Result<QJsonObject> json =
            parseJsonObject(QStringLiteral("from"), document.toUtf8(), 1 << 20);
        QVERIFY_OK(json);
        Tenant tenant = draft();
        const Tenant unchanged = tenant;
        const Status applied =
            TenantCodec::apply(json.value(), tenant, TenantCodec::Scope::Creation);
        QVERIFY(!applied);
        expectRefusal(applied.error(), key, QStringLiteral("type"));
        QCOMPARE(tenant, unchanged);
    }

    void duplicateKeysAreRefused_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("top level") << R"({"tier": "gold", "tier": "bronze"})"
                                   << "tier"
                                   << "tier: is given twice";
        QTest::newRow("escaped spelling") << R"({"tier": "gold", "\u0074ier": "bronze"})"
                                          << "tier"
                                          << "tier: is given twice";
        QTest::newRow("nested") << R"({"metadata": {"team": "a", "x": [1, {"y": 1}], "team": "b"}})"
                                << "metadata"
                                << "'metadata.team'";
        QTest::newRow("in a list") << R"({"x": [{"a": 1, "a": 2}]})"
                                   << "x"
                                   << "'x.a'";
    }
    void duplicateKeysAreRefused()
    {
        QFETCH(QString, document);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const Result<QJsonObject> json =
            parseJsonObject(QStringLiteral("from"), document.toUtf8(), 1 << 20);
        QVERIFY(!json);
        expectRefusal(json.error(), field, QStringLiteral("duplicate key"));
        QVERIFY2(json.error().message.contains(mentions), qPrintable(json.error().message));
        // The same keys in different objects are fine.
        QVERIFY(parseJsonObject(
                    "from", R"({"a": {"b": 1}, "c": {"b": 2}, "b": [{"b": 1}, {"b": 2}]})", 1 << 20)
                    .ok());
        QVERIFY(parseJsonObject("from", QByteArray(2000, ' ') + "{}", 1000)
                    .error()
                    .message.contains("at most 1,000 bytes"));
    }

    void metadataHasASizeAndTextRules()
    {
        const QByteArray before = snapshot();
        const auto refuse = [&](const QJsonObject &metadata) {
            Tenant t = m_ws->tenants().get(QStringLiteral("finance")).value();
            t.metadata = metadata;
            const Result<Tenant> updated = m_ws->tenants().update(t, QStringLiteral("t"));
            QVERIFY(!updated);
            expectRefusal(updated.error(), QStringLiteral("metadata"), QStringLiteral("length"));
        };
        refuse(QJsonObject{{"notes", QString(limits::metadataBytes, QLatin1Char('n'))}});
        refuse(QJsonObject{{"notes", QString(QStringLiteral("a") + QChar(0xd800))}});
        refuse(QJsonObject{{QString(QChar(0x0000)), 1}});
        refuse(QJsonObject{{"deep", QJsonArray{QJsonObject{{"x", QStringLiteral("\x1b[31m")}}}}});
        QCOMPARE(snapshot(), before);
        Tenant t = m_ws->tenants().get(QStringLiteral("finance")).value();
        t.metadata = {{"notes", QStringLiteral("two\nlines are fine in metadata")}};
        QVERIFY_OK(m_ws->tenants().update(t, QStringLiteral("t")));
    }

    void provisioningRequestsAreTypedAndChecked_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("field");
        const QString base = R"("tenant_name": "Acme", "tier": "bronze", "region": "ap-south-1",
                                "budget": 90000, "owner_email": "a@corp.example")";
        const auto with = [&](const QString &extra) -> QString {
            return QStringLiteral("{") + base + QStringLiteral(", ") + extra + QStringLiteral("}");
        };
        QTest::newRow("compliance a string") << with(R"("compliance": "GDPR")") << "compliance";
        QTest::newRow("compliance of numbers") << with(R"("compliance": [5])") << "compliance";
        QTest::newRow("cost centre a number") << with(R"("cost_center": 5)") << "cost_center";
        QTest::newRow("tenant id a number") << with(R"("tenant_id": 5)") << "tenant_id";
        QTest::newRow("unknown field") << with(R"("colour": "red")") << "colour";
        QTest::newRow("budget a string")
            << R"({"tenant_name": "A", "tier": "bronze", "region": "ap-south-1", "budget": "90000", "owner_email": "a@corp.example"})"
            << "budget";
        QTest::newRow("budget a fraction")
            << R"({"tenant_name": "A", "tier": "bronze", "region": "ap-south-1", "budget": 9.5, "owner_email": "a@corp.example"})"
            << "budget";
        QTest::newRow("budget over 2^53")
            << R"({"tenant_name": "A", "tier": "bronze", "region": "ap-south-1", "budget": 1e300, "owner_email": "a@corp.example"})"
            << "budget";
        QTest::newRow("name missing")
            << R"({"tier": "bronze", "region": "ap-south-1", "budget": 9, "owner_email": "a@corp.example"})"
            << "tenant_name";
        QTest::newRow("name a number")
            << R"({"tenant_name": 7, "tier": "bronze", "region": "ap-south-1", "budget": 9, "owner_email": "a@corp.example"})"
            << "tenant_name";
        QTest::newRow("tier a list")
            << R"({"tenant_name": "A", "tier": ["gold"], "region": "ap-south-1", "budget": 9, "owner_email": "a@corp.example"})"
            << "tier";
        QTest::newRow("region with a newline")
            << R"({"tenant_name": "A", "tier": "gold", "region": "ap-south\n-1", "budget": 9, "owner_email": "a@corp.example"})"
            << "region";
        for (const auto &[key, max, required] :
             {std::tuple{"tenant_name", limits::tenantName, true},
              std::tuple{"owner_email", limits::email, false},
              std::tuple{"cost_center", limits::costCenter, false}})
            for (const test::HostileText &bad : test::hostileTexts(max, required)) {
                QJsonObject doc =
                    QJsonDocument::fromJson(with(R"("tenant_id": "acme")").toUtf8()).object();
                doc.insert(QLatin1String(key), bad.value);
                QTest::addRow("%s: %s", key, qPrintable(bad.name))
                    << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact))
                    << QString::fromLatin1(key);
            }
    }
    void provisioningRequestsAreTypedAndChecked()
    {
        QFETCH(QString, document);
        QFETCH(QString, field);
        const QByteArray before = snapshot();
        const Result<QJsonObject> json =
            parseJsonObject(QStringLiteral("from"), document.toUtf8(), 1 << 22);
        QVERIFY2(json.ok(), qPrintable(json.ok() ? QString() : json.error().message));
        const Result<ProvisioningRequest> request = ProvisioningRequest::fromJson(json.value());
        QVERIFY(!request);
        expectRefusal(request.error(), field, QStringLiteral("request"));
        QCOMPARE(snapshot(), before);
    }

    void gdprAsAStringCannotSkipResidency()
    {
        // The seed of this rule: a string for "compliance" used to become no
        // tags, and an active GDPR tenant in us-east-1.
        const QByteArray doc =
            R"({"tenant_name": "Berlin", "tier": "bronze", "region": "us-east-1", "budget": 90000,
                "owner_email": "a@corp.example", "compliance": "GDPR"})";
        const Result<ProvisioningRequest> request =
            ProvisioningRequest::fromJson(parseJsonObject("from", doc, 1 << 20).value());
        QVERIFY(!request);
        QCOMPARE(request.error().field, QStringLiteral("compliance"));
        QVERIFY(!m_ws->tenants().get(QStringLiteral("berlin")));
    }

    void submitChecksWhatTheWizardBuilt()
    {
        // The wizard builds a request in memory; core is still the gate.
        const QByteArray before = snapshot();
        ProvisioningRequest r;
        r.tenantName = QString(3, QChar(0x200b));
        r.tenantId = QStringLiteral("ghost");
        r.tier = Tier::Bronze;
        r.region = QStringLiteral("ap-south-1");
        r.budget = 90000;
        r.ownerEmail = QStringLiteral("a@corp.example");
        r.costCenter = QStringLiteral("CC-BIG");
        const Result<ProvisioningRequest> submitted = m_ws->provisioning().submit(r, "tester");
        QVERIFY(!submitted);
        expectRefusal(submitted.error(), QStringLiteral("tenant_name"), QStringLiteral("visible"));
        QCOMPARE(snapshot(), before);
    }

    void everyLifecycleChangeNeedsAReason_data()
    {
        QTest::addColumn<int>("operation"); // 0 transition, 1 suspend, 2 activate
        QTest::addColumn<QString>("reason");
        const QList<std::pair<const char *, QString>> reasons = {
            {"empty", QString()},
            {"blank", QStringLiteral("   ")},
            {"zero-width", QString(2, QChar(0x200b))},
            {"too long", QString(limits::reason + 1, QLatin1Char('r'))},
            {"escape", QStringLiteral("ok\x1b[2J")},
            {"lone surrogate", QStringLiteral("ok") + QChar(0xdc00)}};
        for (int op = 0; op < 3; ++op)
            for (const auto &[name, reason] : reasons)
                QTest::addRow("%s: %s",
                              op == 0   ? "transition"
                              : op == 1 ? "suspend"
                                        : "activate",
                              name)
                    << op << reason;
    }
    void everyLifecycleChangeNeedsAReason()
    {
        QFETCH(int, operation);
        QFETCH(QString, reason);
        const QString id = QStringLiteral("finance");
        if (operation == 2) // activate a suspended tenant
            QVERIFY(m_ws->lifecycle()
                        .transition(id, TenantStatus::Suspended, QStringLiteral("setup"), "t")
                        .ok());
        const QByteArray before = snapshot();
        const Result<Tenant> moved =
            operation == 0 ? m_ws->lifecycle().transition(id, TenantStatus::Migrating, reason, "t")
            : operation == 1 ? m_ws->lifecycle().suspend(id, reason, "t")
                             : m_ws->lifecycle().activate(id, reason, "t");
        QVERIFY(!moved);
        expectRefusal(moved.error(), QStringLiteral("reason"), QStringLiteral("reason"));
        QCOMPARE(snapshot(), before);
        // A multi-line reason is a reason, and the audit entry carries it.
        const QString good = QStringLiteral("budget freeze\nticket FIN-42");
        const Result<Tenant> ok = operation == 2 ? m_ws->lifecycle().activate(id, good, "t")
                                                 : m_ws->lifecycle().suspend(id, good, "t");
        QVERIFY2(ok.ok(), qPrintable(ok.ok() ? QString() : ok.error().message));
        QCOMPARE(m_ws->audit().list(id).value().last().reason, good);
    }

    void searchFindsTheSameOnBothBackends()
    {
        test::createTenant(*m_ws, QStringLiteral("emile"), Tier::Bronze,
                           [](Tenant &t) { t.tenantName = QStringLiteral("Émile Ärger"); });
        for (const QString &text : {QStringLiteral("émile"), QStringLiteral("ÄRGER"),
                                    QStringLiteral("EMILE"), QStringLiteral("le Ä")}) {
            TenantFilter filter;
            filter.text = text;
            const Result<QList<Tenant>> found = m_ws->tenants().list(filter);
            QVERIFY_OK(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().tenantId, QStringLiteral("emile"));
        }
        TenantFilter huge;
        huge.text = QString(60000, QLatin1Char('x'));
        const Result<QList<Tenant>> refused = m_ws->tenants().list(huge);
        QVERIFY(!refused);
        expectRefusal(refused.error(), QStringLiteral("search"), QStringLiteral("length"));
    }

    void residencyHoldsForEveryTenantRecord()
    {
        // Not only provisioning: a tenant created or edited directly meets
        // the same rule (GDPR keeps data in the EU).
        const QByteArray before = snapshot();
        Tenant misplaced = draft(QStringLiteral("berlin"));
        misplaced.region = QStringLiteral("ap-south-1");
        misplaced.complianceTags = {QStringLiteral("GDPR")};
        misplaced.status = TenantStatus::Active;
        Result<Tenant> created = m_ws->tenants().create(misplaced, "t");
        QVERIFY(!created);
        expectRefusal(created.error(), QStringLiteral("region"), QStringLiteral("residency"));
        misplaced.region = QStringLiteral("eu-west-1");
        misplaced.allowedRegions = {QStringLiteral("eu-west-1"), QStringLiteral("us-east-1")};
        created = m_ws->tenants().create(misplaced, "t");
        QVERIFY(!created);
        expectRefusal(created.error(), QStringLiteral("allowed_regions"),
                      QStringLiteral("residency"));
        const Result<int> imported = m_ws->tenants().importTenants({misplaced}, "t");
        QVERIFY(!imported);
        QVERIFY(imported.error().message.startsWith(QStringLiteral("tenant 1 ('berlin')")));
        Tenant finance = m_ws->tenants().get(QStringLiteral("finance")).value();
        finance.region = QStringLiteral("us-east-1");
        finance.complianceTags = {QStringLiteral("GDPR")};
        const Result<Tenant> updated = m_ws->tenants().update(finance, "t");
        QVERIFY(!updated);
        expectRefusal(updated.error(), QStringLiteral("region"), QStringLiteral("residency"));
        QCOMPARE(snapshot(), before);
        misplaced.allowedRegions = {QStringLiteral("eu-west-1")};
        QVERIFY_OK(m_ws->tenants().create(misplaced, "t"));
    }

    void flagTextsAndReasonsAreChecked()
    {
        const QByteArray before = snapshot();
        FlagChange change;
        change.flag = QStringLiteral("beta");
        change.enabled = true;
        change.owner = QString(limits::flagOwner + 1, QLatin1Char('o'));
        Result<FlagValue> set = m_ws->flags().set(change, "t");
        QVERIFY(!set);
        expectRefusal(set.error(), QStringLiteral("owner"), QStringLiteral("length"));
        change.owner = QStringLiteral("team\nplatform");
        set = m_ws->flags().set(change, "t");
        QVERIFY(!set);
        expectRefusal(set.error(), QStringLiteral("owner"), QStringLiteral("control"));
        change.owner.reset();
        change.description = QString(limits::flagDescription + 1, QLatin1Char('d'));
        set = m_ws->flags().set(change, "t");
        QVERIFY(!set);
        expectRefusal(set.error(), QStringLiteral("description"), QStringLiteral("length"));
        change.description.reset();
        set = m_ws->flags().set(change, "t", QString(limits::reason + 1, QLatin1Char('r')));
        QVERIFY(!set);
        expectRefusal(set.error(), QStringLiteral("reason"), QStringLiteral("length"));
        change.flag = QString(200, QLatin1Char('f'));
        set = m_ws->flags().set(change, "t");
        QVERIFY(!set);
        expectRefusal(set.error(), QStringLiteral("flag"), QStringLiteral("length"));
        change.flag = QStringLiteral("beta\n"); // a pattern's $ would let it through
        set = m_ws->flags().set(change, "t");
        QVERIFY(!set);
        expectRefusal(set.error(), QStringLiteral("flag"), QStringLiteral("control"));
        QCOMPARE(snapshot(), before);
    }

    void theDatabaseRefusesTheSameWithoutCore_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariant>("bind");
        QTest::newRow("long name")
            << "UPDATE tenants SET tenant_name = ? WHERE tenant_id = 'finance'"
            << QVariant(QString(limits::tenantName + 1, QLatin1Char('x')));
        QTest::newRow("escape in name")
            << "UPDATE tenants SET tenant_name = ? WHERE tenant_id = 'finance'"
            << QVariant(QStringLiteral("a\x1b[2J"));
        QTest::newRow("newline in cost centre")
            << "UPDATE tenants SET cost_center = ? WHERE tenant_id = 'finance'"
            << QVariant(QStringLiteral("CC\n1"));
        QTest::newRow("long e-mail")
            << "UPDATE tenants SET billing_email = ? WHERE tenant_id = 'finance'"
            << QVariant(QString(300, QLatin1Char('e')));
        QTest::newRow("max_users over INTEGER")
            << "UPDATE tenants SET max_users = ? WHERE tenant_id = 'finance'"
            << QVariant(qlonglong(3000000000));
        QTest::newRow("budget over 2^53")
            << "UPDATE tenants SET monthly_budget = ? WHERE tenant_id = 'finance'"
            << QVariant(qlonglong(9007199254740992));
        QTest::newRow("huge metadata")
            << "UPDATE tenants SET metadata = ? WHERE tenant_id = 'finance'"
            << QVariant(QStringLiteral("{\"n\": \"") + QString(300000, QLatin1Char('n')) +
                        QStringLiteral("\"}"));
        QTest::newRow("long flag owner")
            << "INSERT INTO feature_flags (name, owner, created_at) VALUES ('x', ?, "
               "'2026-01-01T00:00:00Z')"
            << QVariant(QString(limits::flagOwner + 1, QLatin1Char('o')));
        QTest::newRow("long comment") << "UPDATE provisioning_requests SET decision_comment = ?"
                                      << QVariant(QString(limits::comment + 1, QLatin1Char('c')));
    }
    void theDatabaseRefusesTheSameWithoutCore()
    {
        QFETCH(QString, sql);
        QFETCH(QVariant, bind);
        // A request row for the comment's case.
        ProvisioningRequest r;
        r.tenantName = QStringLiteral("Big");
        r.tenantId = QStringLiteral("big");
        r.tier = Tier::Platinum;
        r.region = QStringLiteral("eu-west-1");
        r.budget = 9000000;
        r.ownerEmail = QStringLiteral("a@corp.example");
        r.costCenter = QStringLiteral("CC-BIG");
        QVERIFY_OK(m_ws->provisioning().submit(r, QStringLiteral("tester")));
        const QByteArray before = snapshot();
        // The application's own connection, as any client would use it.
        QSqlQuery q(m_ws->database().connection());
        QVERIFY(q.prepare(sql));
        q.addBindValue(bind);
        QVERIFY2(!q.exec(), "the database stored what core refuses");
        // How core reports such a refusal: a rule (exit 3), one short line,
        // none of PostgreSQL's DETAIL with the whole failing row in it.
        const Error reported = storageError(QStringLiteral("write"), q);
        QCOMPARE(reported.kind, ErrorKind::Validation);
        QVERIFY2(isOneShortLine(reported.message), qPrintable(reported.message.left(600)));
        QVERIFY(!reported.message.contains(QStringLiteral("Failing row")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("_limit")) ||
                     q.lastError().text().contains(QStringLiteral("out of range")),
                 qPrintable(q.lastError().text()));
        QCOMPARE(snapshot(), before);
    }

    void rowsFromBeforeTheLimitsStayReadable()
    {
        // A registry at schema 7 holds a name longer than the limit...
        const DatabaseUrl url = m_databases.fresh();
        {
            Database old(url);
            QVERIFY(old.connection().isOpen());
            const Status migrated = Migrator(old).migrate(7);
            QVERIFY2(migrated.ok(),
                     qPrintable(migrated.ok() ? QString() : migrated.error().message));
            QSqlQuery q(old.connection());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO tenants (tenant_id, tenant_name, tier, max_users, max_documents, "
                "max_queries_per_day, sla_target, support_level, region, retention_days, "
                "created_at, updated_at) VALUES ('legacy', ?, 'gold', 10, 10, 10, 0.9, 'basic', "
                "'eu-west-1', 30, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
            q.addBindValue(QString(300, QLatin1Char('L')));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // ... upgrading keeps it, readable, and refuses to write it again.
        Workspace ws(url);
        const Status opened = ws.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Result<Tenant> legacy = ws.tenants().get(QStringLiteral("legacy"));
        QVERIFY_OK(legacy);
        QCOMPARE(legacy->tenantName.size(), 300);
        Tenant edited = legacy.value();
        edited.maxUsers = 20;
        const Result<Tenant> updated = ws.tenants().update(edited, QStringLiteral("t"));
        QVERIFY(!updated);
        QCOMPARE(updated.error().field, QStringLiteral("tenant_name"));
        edited.tenantName = QStringLiteral("Legacy");
        QVERIFY_OK(ws.tenants().update(edited, QStringLiteral("t")));
    }
};

QTEST_GUILESS_MAIN(TestInput)
#include "tst_input.moc"
