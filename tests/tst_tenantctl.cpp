// tenantctl end to end: the real binary against a fresh database, checking
// the contract's output, JSON shapes and exit codes.
#include "testdatabase.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};
} // namespace

class TestTenantCtl : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    QTemporaryDir m_files;
    QByteArray m_previousConfig;

    Run ctl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(TENANTCTL_PATH),
                QStringList{QStringLiteral("--db"), test::TestDatabase::urlText(m_url)} + args);
        if (!p.waitForFinished(60000))
            qFatal("tenantctl did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }

    Run ok(const QStringList &args)
    {
        const Run r = ctl(args);
        if (r.exitCode != 0)
            qWarning("tenantctl %s -> %d: %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
                     qPrintable(r.err));
        return r;
    }

    /// Everything a failed command must leave as it was.
    QByteArray snapshot()
    {
        return ctl({QStringLiteral("--json"), QStringLiteral("tenant"), QStringLiteral("list")})
                   .out +
               ctl({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")}).out;
    }

    QJsonObject flagEval(const QString &tenant, const QString &flag)
    {
        const Run r = ok({QStringLiteral("--json"), QStringLiteral("flag"), QStringLiteral("eval"),
                          tenant, flag});
        return r.json().object();
    }

    /// Approves or rejects `requestId` as `actor`, through the core: tenantctl
    /// itself always acts as the operating-system user.
    bool decideAs(const QString &actor, const QString &requestId, bool approve,
                  const QString &comment)
    {
        Workspace ws(m_url);
        if (const Status opened = ws.open(); !opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return false;
        }
        const Result<ProvisioningRequest> decided =
            approve ? ws.provisioning().approve(requestId, comment, actor)
                    : ws.provisioning().reject(requestId, comment, actor);
        if (!decided)
            qWarning("%s", qPrintable(decided.error().message));
        return decided.ok();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeFile(m_files, name, content);
    }

private slots:
    void initTestCase()
    {
        // tenantctl's own settings (where it remembers the audit heads it
        // verified), away from the user's: every tenantctl here inherits it.
        m_previousConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", m_files.filePath(QStringLiteral("config")).toUtf8());
    }
    void cleanupTestCase()
    {
        if (m_previousConfig.isNull())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", m_previousConfig);
    }

    void init()
    {
        m_url = m_databases.migrated();
        const Run r = ok({QStringLiteral("init"), QStringLiteral("--demo")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("demo data loaded"));
    }

    void demoFlagsEvaluateFromTheRightLevel()
    {
        QJsonObject e = flagEval(QStringLiteral("finance"), QStringLiteral("advanced_analytics"));
        QCOMPARE(e, (QJsonObject{{"tenant", "finance"},
                                 {"flag", "advanced_analytics"},
                                 {"enabled", true},
                                 {"source", "tier"}}));
        e = flagEval(QStringLiteral("marketing"), QStringLiteral("advanced_analytics"));
        QCOMPARE(e.value("enabled").toBool(), true);
        QCOMPARE(e.value("source").toString(), QStringLiteral("tenant"));
        e = flagEval(QStringLiteral("ops"), QStringLiteral("dedicated_namespace"));
        QCOMPARE(e.value("enabled").toBool(), false);
        QCOMPARE(e.value("source").toString(), QStringLiteral("default"));
        e = flagEval(QStringLiteral("hr"), QStringLiteral("basic_search"));
        QCOMPARE(e.value("source").toString(), QStringLiteral("global"));
        e = flagEval(QStringLiteral("hr"), QStringLiteral("advanced_analytics"));
        QCOMPARE(e.value("enabled").toBool(), false);
        QCOMPARE(e.value("source").toString(), QStringLiteral("global"));
        // Human output says the same.
        QCOMPARE(ok({"flag", "eval", "finance", "advanced_analytics"}).out,
                 QByteArray("advanced_analytics for finance: on (from tier)\n"));
    }

    void flagSetChangesEvaluation()
    {
        QCOMPARE(ctl({"flag", "set", "dedicated_namespace", "--scope", "tier", "--scope-id", "gold",
                      "--enabled", "true"})
                     .exitCode,
                 0);
        QCOMPARE(flagEval("ops", "dedicated_namespace").value("source").toString(),
                 QStringLiteral("tier"));
        QCOMPARE(ctl({"flag", "set", "x", "--scope", "tier", "--enabled", "true"}).exitCode,
                 3); // no --scope-id
        QCOMPARE(ctl({"flag", "set", "x", "--scope", "global", "--enabled", "maybe"}).exitCode, 3);
        QCOMPARE(ctl({"flag", "eval", "ops", "no_such_flag"}).exitCode, 4);
    }

    void lifecycleScenarios()
    {
        Run r = ctl({"lifecycle", "transition", "hr", "suspended", "--reason", "budget freeze"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ok({"--json", "tenant", "get", "hr"}).json().object().value("status").toString(),
                 QStringLiteral("suspended"));

        r = ctl({"lifecycle", "transition", "finance", "deleted", "--reason", "oops"});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.contains(QStringLiteral("valid targets: suspended, migrating")),
                 qPrintable(r.err));

        QCOMPARE(ctl({"lifecycle", "transition", "legal", "suspended", "--reason", "r"}).exitCode,
                 0);
        QCOMPARE(ctl({"lifecycle", "transition", "legal", "archived", "--reason", "r"}).exitCode,
                 0);
        r = ctl({"lifecycle", "transition", "legal", "deleted", "--reason", "r", "--confirm"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("retention")), qPrintable(r.err));
        QCOMPARE(
            ok({"--json", "tenant", "get", "legal"}).json().object().value("status").toString(),
            QStringLiteral("archived"));

        QCOMPARE(ok({"--json", "lifecycle", "next", "legal"}).json().array(),
                 QJsonArray{"deleted"});
        QCOMPARE(ok({"--json", "lifecycle", "next", "ops"}).json().array(),
                 (QJsonArray{"suspended", "migrating"}));
        QCOMPARE(ctl({"lifecycle", "transition", "ops", "paused"}).exitCode, 3);
    }

    void healthScores_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("band");
        QTest::newRow("100") << QStringList{"350", "0.005", "0.98", "0.70"} << 100 << "healthy";
        QTest::newRow("70") << QStringList{"600", "0.02", "0.95", "0.85"} << 70 << "healthy";
        QTest::newRow("0") << QStringList{"1200", "0.10", "0.80", "0.95"} << 0 << "critical";
    }
    void healthScores()
    {
        QFETCH(QStringList, values);
        QFETCH(int, score);
        QFETCH(QString, band);
        const QStringList signalArgs{"--latency-p95",  values[0], "--error-rate", values[1],
                                     "--success-rate", values[2], "--storage",    values[3]};
        const Run r = ok(QStringList{"--json", "health", "score"} + signalArgs);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object(), (QJsonObject{{"score", score}, {"band", band}}));

        const Run recorded = ok(QStringList{"--json", "health", "record", "ops"} + signalArgs);
        QCOMPARE(recorded.json().object().value("score").toInt(), score);
        QCOMPARE(
            ok({"--json", "tenant", "get", "ops"}).json().object().value("health_score").toInt(),
            score);
        QCOMPARE(ctl({"health", "score", "--latency-p95", "100", "--error-rate", "5",
                      "--success-rate", "1", "--storage", "0"})
                     .exitCode,
                 3);
    }

    void invalidInputExits3AndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown tier") << QStringList{"tenant", "create", "--id",   "acme",
                                                     "--name", "Acme",   "--tier", "diamond"}
                                      << "tier";
        QTest::newRow("negative limit")
            << QStringList{"tenant", "create", "--id", "acme",        "--name",
                           "Acme",   "--tier", "gold", "--max-users", "-5"}
            << "max_users";
        QTest::newRow("duplicate id") << QStringList{"tenant", "create",    "--id",   "finance",
                                                     "--name", "Finance 2", "--tier", "gold"}
                                      << "tenant_id";
        QTest::newRow("bad slug") << QStringList{"tenant", "create", "--id",   "Not A Slug",
                                                 "--name", "X",      "--tier", "gold"}
                                  << "tenant_id";
        QTest::newRow("sla out of range")
            << QStringList{"tenant", "update", "ops", "--sla-target", "1.2"} << "sla_target";
        QTest::newRow("stale version")
            << QStringList{"tenant", "update", "ops", "--max-users", "9", "--expected-version",
                           "99"}
            << "changed by someone else";
        QTest::newRow("malformed file")
            << QStringList{"tenant", "create", "--from", "@malformed"} << "malformed JSON";
        QTest::newRow("file not an object")
            << QStringList{"tenant", "create", "--from", "@array"} << "one JSON object";
        QTest::newRow("file with bad field")
            << QStringList{"tenant", "create", "--from", "@badfield"} << "max_documents";
    }
    void invalidInputExits3AndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        const QMap<QString, QByteArray> files = {
            {"@malformed", R"({"tenant_id": "acme", "tier": )"},
            {"@array", R"([{"tenant_id": "acme"}])"},
            {"@badfield",
             R"({"tenant_id": "acme", "tenant_name": "Acme", "tier": "gold", "max_documents": 0})"}};
        for (QString &arg : args)
            if (files.contains(arg))
                arg = writeFile(arg.mid(1) + QStringLiteral(".json"), files.value(arg));

        const QByteArray before = snapshot();
        const Run r = ctl(args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0); // one line
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QCOMPARE(snapshot(), before);
    }

    void createFromFileAndUpdate()
    {
        const QString file = writeFile(QStringLiteral("acme.json"),
                                       R"({"tenant_id": "acme", "tenant_name": "Acme Corporation",
            "tier": "gold", "region": "eu-west-1", "allowed_regions": ["eu-west-1"], "compliance_tags": ["GDPR"],
            "cost_center": "CC-ACME", "billing_email": "ap@acme.example"})");
        QCOMPARE(ctl({"tenant", "create", "--from", file}).exitCode, 0);
        QJsonObject acme = ok({"--json", "tenant", "get", "acme"}).json().object();
        QCOMPARE(acme.value("status").toString(), QStringLiteral("draft"));
        QCOMPARE(acme.value("max_users").toInt(), 1000); // from the gold tier defaults
        QCOMPARE(acme.value("compliance_tags").toArray(), QJsonArray{"GDPR"});

        QCOMPARE(
            ctl({"tenant", "update", "acme", "--max-users", "1500", "--cost-center", "CC-ACME-2"})
                .exitCode,
            0);
        acme = ok({"--json", "tenant", "get", "acme"}).json().object();
        QCOMPARE(acme.value("max_users").toInt(), 1500);
        QCOMPARE(acme.value("cost_center").toString(), QStringLiteral("CC-ACME-2"));
        QCOMPARE(acme.value("version").toInt(), 2);

        QCOMPARE(ctl({"tenant", "create", "--id", "beta", "--name", "Beta", "--tier", "bronze",
                      "--allowed-regions", "eu-west-1,eu-central-1", "--region", "eu-central-1"})
                     .exitCode,
                 0);
        QCOMPARE(ok({"--json", "tenant", "get", "beta"})
                     .json()
                     .object()
                     .value("allowed_regions")
                     .toArray(),
                 (QJsonArray{"eu-west-1", "eu-central-1"}));
    }

    void listFiltersAndShapes()
    {
        QJsonArray all = ok({"--json", "tenant", "list"}).json().array();
        QCOMPARE(all.size(), 5);
        for (const QJsonValue &v : all)
            for (const char *key :
                 {"tenant_id", "tenant_name", "tier", "status", "health_score", "health_band"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        QCOMPARE(ok({"--json", "tenant", "list", "--tier", "gold"}).json().array().size(), 2);
        QCOMPARE(ok({"--json", "tenant", "list", "--search", "operations"}).json().array().size(),
                 2);
        QCOMPARE(ctl({"tenant", "list", "--tier", "diamond"}).exitCode, 3);

        const QJsonObject stats = ok({"--json", "stats"}).json().object();
        QCOMPARE(stats.value("total").toInt(), 5);
        QCOMPARE(stats.value("by_status").toObject().value("active").toInt(), 5);
        QCOMPARE(stats.value("by_tier").toObject(),
                 (QJsonObject{{"platinum", 1}, {"gold", 2}, {"silver", 2}, {"bronze", 0}}));
    }

    void auditListAndTamperDetection()
    {
        QCOMPARE(ctl({"lifecycle", "transition", "hr", "suspended", "--reason", "budget freeze"})
                     .exitCode,
                 0);
        const QJsonArray hr = ok({"--json", "audit", "list", "--tenant", "hr"}).json().array();
        QVERIFY(hr.size() >= 2);
        const QJsonObject last = hr.last().toObject();
        QCOMPARE(last.value("action").toString(), QStringLiteral("lifecycle.suspended"));
        QCOMPARE(last.value("reason").toString(), QStringLiteral("budget freeze"));
        QCOMPARE(last.value("before").toObject().value("status").toString(),
                 QStringLiteral("active"));
        QCOMPARE(last.value("after").toObject().value("status").toString(),
                 QStringLiteral("suspended"));
        QCOMPARE(ctl({"audit", "verify"}).exitCode, 0);

        const qint64 seq = last.value("seq").toInteger();
        {
            QSqlDatabase db =
                m_url.backend == Backend::PostgreSQL
                    ? m_databases.adminConnection(m_url)
                    : test::TestDatabase::rawConnection(m_url, QStringLiteral("tamper"));
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"));
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET reason = 'routine' WHERE seq = %1")
                                .arg(seq)),
                     qPrintable(q.lastError().text()));
        }
        const Run r = ctl({"audit", "verify"});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("entry %1").arg(seq)), qPrintable(r.err));
    }

    void auditVerifyRemembersTheHeadAndExportsTheChain()
    {
        const int entries = static_cast<int>(ok({"--json", "audit", "list"}).json().array().size());
        QVERIFY(entries >= 5);
        QCOMPARE(ok({"audit", "verify"}).out,
                 QByteArray("audit chain intact: ") + QByteArray::number(entries) +
                     " entries (first verification of this registry here: nothing to compare "
                     "with yet)\n");
        const QJsonObject again = ok({"--json", "audit", "verify"}).json().object();
        QCOMPARE(again.value("head").toObject().value("seq").toInt(), entries);
        QCOMPARE(again.value("verified_before").toObject().value("seq").toInt(), entries);
        const QByteArray stillHolds = "it still holds entry " + QByteArray::number(entries);
        QVERIFY(ok({"audit", "verify"}).out.contains(stillHolds));

        // The export, checked by the independent verifier.
        const Run exported = ok({"audit", "export", "--format", "jsonl"});
        QCOMPARE(exported.out.count('\n'), entries);
        const QString file = writeFile(QStringLiteral("audit.jsonl"), exported.out);
        QProcess node;
        node.start(QStringLiteral("node"),
                   {QStringLiteral(TENANT_SOURCE_DIR "/scripts/verify-audit-export.js"), file});
        QVERIFY(node.waitForFinished(60000));
        QCOMPARE(node.exitCode(), 0);
        const QByteArray intact = "intact: " + QByteArray::number(entries);
        QVERIFY(node.readAllStandardOutput().startsWith(intact));
        QCOMPARE(ctl({"audit", "export", "--format", "xml"}).exitCode, 3);
        QCOMPARE(ctl({"audit", "export"}).exitCode, 2);

        // The owner cuts the newest entry and points the head row before it:
        // consistent in itself, but not what this tenantctl verified.
        const QJsonArray all = ok({"--json", "audit", "list"}).json().array();
        {
            QSqlDatabase db = m_url.backend == Backend::PostgreSQL
                                  ? m_databases.adminConnection(m_url)
                                  : test::TestDatabase::rawConnection(m_url, QStringLiteral("cut"));
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(entries)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_head SET last_seq = %1, last_hash = '%2'")
                                .arg(entries - 1)
                                .arg(all.at(entries - 2).toObject().value("hash").toString())),
                     qPrintable(q.lastError().text()));
        }
        // Reported every time: a failed walk does not move what was seen.
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Run cut = ctl({"audit", "verify"});
            QCOMPARE(cut.exitCode, 5);
            QVERIFY2(cut.err.contains("entries were removed"), qPrintable(cut.err));
        }
        // --output writes the same bytes as stdout.
        const QString out = m_files.filePath(QStringLiteral("out.csv"));
        QCOMPARE(ctl({"audit", "export", "--format", "csv", "--output", out}).exitCode, 0);
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), ok({"audit", "export", "--format", "csv"}).out);
    }

    void auditCheckpointPinsTheChain()
    {
        const QString file = m_files.filePath(QStringLiteral("checkpoint.json"));
        const Run written = ok({"audit", "checkpoint", "--out", file});
        QVERIFY2(written.out.startsWith("checkpoint of entry "), written.out.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray document = f.readAll();
        const QJsonObject checkpoint = QJsonDocument::fromJson(document).object();
        const qint64 seq = checkpoint.value("seq").toInteger();
        QVERIFY(seq >= 5);
        QCOMPARE(checkpoint.value("algorithm").toString(), QStringLiteral("Ed25519"));

        // New entries extend it.
        ok({"lifecycle", "transition", "hr", "suspended", "--reason", "after the checkpoint"});
        const Run held = ok({"audit", "verify", "--checkpoint", file});
        const QByteArray pinned =
            "it still holds entry " + QByteArray::number(seq) + " as pinned by the checkpoint";
        QVERIFY2(held.out.contains(pinned), held.out.constData());

        // The README's way for an auditor: openssl alone checks the signature
        // over the documented text.
        const QByteArray signedText =
            "tenant-admin-audit-checkpoint/1\n" + checkpoint.value("registry").toString().toUtf8() +
            '\n' + QByteArray::number(seq) + '\n' + checkpoint.value("hash").toString().toLatin1() +
            '\n' + checkpoint.value("signed_at").toString().toLatin1() + '\n';
        const QByteArray spki =
            QByteArray::fromHex("302a300506032b6570032100") +
            QByteArray::fromBase64(checkpoint.value("public_key").toString().toLatin1());
        const QByteArray pem =
            "-----BEGIN PUBLIC KEY-----\n" + spki.toBase64() + "\n-----END PUBLIC KEY-----\n";
        QProcess openssl;
        openssl.start(
            QStringLiteral("openssl"),
            {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
             QStringLiteral("-inkey"), writeFile(QStringLiteral("key.pem"), pem),
             QStringLiteral("-rawin"), QStringLiteral("-in"),
             writeFile(QStringLiteral("signed.txt"), signedText), QStringLiteral("-sigfile"),
             writeFile(
                 QStringLiteral("signature.bin"),
                 QByteArray::fromBase64(checkpoint.value("signature").toString().toLatin1()))});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        // An edited checkpoint is refused before the log is even read.
        QByteArray edited = document;
        const QByteArray seqField = "\"seq\": " + QByteArray::number(seq);
        edited.replace(seqField, "\"seq\": 1");
        QVERIFY(edited != document);
        const Run refused = ctl(
            {"audit", "verify", "--checkpoint", writeFile(QStringLiteral("edited.json"), edited)});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("it was altered"), qPrintable(refused.err));
        QCOMPARE(ctl({"audit", "checkpoint"}).exitCode, 2);

        // The owner deletes everything from the checkpointed entry on and
        // points the head before it; the chain is consistent in itself.
        const QJsonArray all = ok({"--json", "audit", "list"}).json().array();
        {
            QSqlDatabase db = m_url.backend == Backend::PostgreSQL
                                  ? m_databases.adminConnection(m_url)
                                  : test::TestDatabase::rawConnection(m_url, QStringLiteral("cut"));
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(seq)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_head SET last_seq = %1, last_hash = '%2'")
                                .arg(seq - 1)
                                .arg(all.at(seq - 2).toObject().value("hash").toString())),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(ctl({"audit", "verify"}).exitCode, 5); // the remembered head, too
        const Run cut = ctl({"audit", "verify", "--checkpoint", file});
        QCOMPARE(cut.exitCode, 5);
        QVERIFY2(cut.err.contains("entries were removed"), qPrintable(cut.err));
        const Run refusedCheckpoint = ctl({"audit", "checkpoint", "--out", file});
        QCOMPARE(refusedCheckpoint.exitCode, 5);
    }

    void provisionRequestsAndDecisions()
    {
        // The design's example request, placed in Europe: a budget of
        // ₹20,00,000 needs the cfo, gold the cto, and SOX data in the EU
        // (cross-border) the dpo.
        const QString acme =
            writeFile(QStringLiteral("acme-request.json"),
                      R"({"tenant_name": "Acme Corporation", "tier": "gold", "region": "eu-west-1",
            "budget": 2000000, "owner_email": "cto@acme.example", "tenant_id": "acme", "cost_center": "CC-ACME",
            "compliance": ["SOX"]})");
        // tenantctl records the operating-system user as the requester; the
        // other approver decides through the core, as another person would.
        Run r = ok({"--json", "provision", "--from", acme});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject pending = r.json().object();
        QCOMPARE(pending.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value("tenant_id").toString(), QStringLiteral("acme"));
        QCOMPARE(pending.value("estimated_cost").toInteger(), qint64(1065360));
        QCOMPARE(pending.value("required_approvals").toArray(), (QJsonArray{"cfo", "cto", "dpo"}));
        const QString id = pending.value("request_id").toString();
        QCOMPARE(ctl({"tenant", "get", "acme"}).exitCode, 4); // nothing provisioned yet

        r = ctl({"provision", "approve", id, "--comment", "mine"});
        QCOMPARE(r.exitCode, 3); // the requester cannot approve
        QVERIFY2(r.err.contains("cannot decide it"), qPrintable(r.err));
        QCOMPARE(ctl({"--actor", "cfo", "provision", "approve", id, "--comment", "x"}).exitCode,
                 2);                                             // no choosing who one is
        QCOMPARE(ctl({"provision", "approve", id}).exitCode, 3); // no comment
        QVERIFY(decideAs("cfo", id, true, "within FY budget"));
        // One of three: provision show lists what was given and what is still needed.
        const QByteArray chain = ok({"provision", "show", id}).out;
        QVERIFY2(chain.contains("approvals needed: cfo, cto, dpo\n"), chain.constData());
        QVERIFY2(chain.contains("  cfo        given by cfo on "), chain.constData());
        QVERIFY2(chain.contains("  cto        still needed\n  dpo        still needed\n"),
                 chain.constData());
        QCOMPARE(
            ok({"--json", "provision", "show", id}).json().object().value("waiting_for").toArray(),
            (QJsonArray{"cto", "dpo"}));
        QCOMPARE(ctl({"tenant", "get", "acme"}).exitCode, 4); // still nothing provisioned
        QVERIFY(decideAs("cto", id, true, "capacity is there"));
        QVERIFY(decideAs("dpo", id, true, "transfer assessment on file"));
        // The approved request provisions: here on the demo systems.
        r = ok({"--json", "provision", "resume", id});
        QCOMPARE(r.json().object().value("status").toString(), QStringLiteral("active"));
        QCOMPARE(r.json().object().value("decided_by").toString(), QStringLiteral("dpo"));
        QCOMPARE(r.json().object().value("steps").toArray().size(), 17);
        QCOMPARE(ok({"--json", "tenant", "get", "acme"}).json().object().value("status").toString(),
                 QStringLiteral("active"));
        const QJsonObject shown = ok({"--json", "provision", "show", id}).json().object();
        QCOMPARE(shown.value("steps").toArray().first().toObject().value("phase").toString(),
                 QStringLiteral("provision"));

        // A request that needs no approver is approved and provisioned in one go.
        const QString small =
            writeFile(QStringLiteral("lab-request.json"),
                      R"({"tenant_name": "Research Lab", "tier": "bronze", "region": "ap-south-1",
            "budget": 60000, "owner_email": "lab@corp.example", "cost_center": "CC-LAB"})");
        r = ok({"--json", "provision", "--from", small});
        QCOMPARE(r.json().object().value("status").toString(), QStringLiteral("active"));
        QCOMPARE(r.json().object().value("tenant_id").toString(), QStringLiteral("research-lab"));
        QCOMPARE(r.json().object().value("decided_by").toString(), QStringLiteral("policy"));

        // A budget below the estimate, or a region outside the compliance rules, is refused.
        const QString stingy = writeFile(
            QStringLiteral("stingy-request.json"),
            R"({"tenant_name": "Stingy", "tier": "bronze", "region": "ap-south-1", "budget": 50000, "owner_email": "a@corp.example", "cost_center": "CC-S"})");
        r = ctl({"provision", "--from", stingy});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("₹56,000"), qPrintable(r.err));
        const QString misplaced = writeFile(
            QStringLiteral("gdpr-request.json"),
            R"({"tenant_name": "Berlin", "tier": "bronze", "region": "us-east-1", "budget": 90000, "owner_email": "a@corp.example", "cost_center": "CC-B", "compliance": ["GDPR"]})");
        r = ctl({"provision", "--from", misplaced});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("GDPR"), qPrintable(r.err));

        const QString big =
            writeFile(QStringLiteral("big-request.json"),
                      R"({"tenant_name": "Big Spender", "tier": "platinum", "region": "eu-west-1",
            "budget": 9000000, "owner_email": "ceo@corp.example", "cost_center": "CC-BIG"})");
        const QString bigId = ok({"--json", "provision", "--from", big})
                                  .json()
                                  .object()
                                  .value("request_id")
                                  .toString();
        QVERIFY(decideAs("cfo", bigId, false, "no"));
        QCOMPARE(ctl({"tenant", "get", "big-spender"}).exitCode, 4);
        QCOMPARE(ctl({"provision", "resume", bigId}).exitCode, 3); // rejected: nothing to run

        // The three above and the demo registry's three.
        const QJsonArray all = ok({"--json", "provision", "list"}).json().array();
        QCOMPARE(all.size(), 6);
        QCOMPARE(ok({"--json", "provision", "list", "--status", "rejected"}).json().array().size(),
                 2);
        QCOMPARE(ok({"--json", "provision", "list", "--status", "active"}).json().array().size(),
                 2);
        QVERIFY(ok({"--json", "provision", "list", "--interrupted"}).json().array().isEmpty());
        QCOMPARE(ctl({"provision", "approve", "req-missing", "--comment", "x"}).exitCode, 4);
        const QString broken = writeFile(QStringLiteral("broken-request.json"),
                                         R"({"tenant_name": "X", "tier": "gold"})");
        r = ctl({"provision", "--from", broken});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("region"), qPrintable(r.err));
        QCOMPARE(ctl({"audit", "verify"}).exitCode, 0);
    }

    void plainTextOutputOfEveryCommand()
    {
        // Each text path prints what it says, read back line by line (the
        // plain `tenant get` once printed freed memory).
        const auto lines = [](const Run &r) {
            return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        const auto matches = [](const QString &line, const char *pattern) {
            return QRegularExpression(QString::fromUtf8(pattern)).match(line).hasMatch();
        };
        for (int repeat = 0; repeat < 5; ++repeat) {
            const QStringList got = lines(ok({"tenant", "get", "finance"}));
            QCOMPARE(got.size(), TenantCodec::keys().size() + 1);
            QCOMPARE(got.first(), QStringLiteral("tenant_id            finance"));
            QVERIFY(got.contains(QStringLiteral("tier                 platinum")));
            QVERIFY(got.contains(QStringLiteral("allowed_regions      ap-south-1, ap-south-2")));
            QVERIFY(got.contains(QStringLiteral("archived_at          -")));
            QVERIFY(got.contains(QStringLiteral("metadata             {}")));
            QCOMPARE(got.last(), QStringLiteral("health_band          healthy"));
        }
        QStringList got = lines(ok({"tenant", "list"}));
        QCOMPARE(got.size(), 6);
        QVERIFY(matches(got.at(0), "^TENANT +NAME +TIER +STATUS +HEALTH$"));
        QVERIFY2(matches(got.at(1), "^finance +Finance Department +platinum +active +100 healthy$"),
                 qPrintable(got.at(1)));
        QVERIFY(matches(got.at(2), "^hr +HR Operations +silver +active +59 warning$"));

        QCOMPARE(ok({"tenant", "create", "--id", "acme", "--name", "Acme", "--tier", "bronze"}).out,
                 QByteArray("created acme (draft)\n"));
        QCOMPARE(ok({"tenant", "update", "acme", "--max-users", "12"}).out,
                 QByteArray("updated acme (version 2)\n"));
        QCOMPARE(ok({"lifecycle", "next", "acme"}).out, QByteArray("active\ndeleted\n"));
        QCOMPARE(ok({"lifecycle", "transition", "acme", "active", "--reason", "go live"}).out,
                 QByteArray("acme is now active\n"));
        QCOMPARE(
            ok({"flag", "set", "beta", "--scope", "global", "--enabled", "true", "--rollout", "40"})
                .out,
            QByteArray("set beta global = on (40 %)\n"));
        QCOMPARE(ok({"flag", "set", "beta", "--scope", "tenant", "--scope-id", "acme", "--enabled",
                     "false"})
                     .out,
                 QByteArray("set beta tenant acme = off (100 %)\n"));
        got = lines(ok({"flag", "list"}));
        QVERIFY2(
            got.contains(QStringLiteral("beta                  global=on@40% tenant:acme=off")),
            qPrintable(got.join(QLatin1Char('|'))));
        QCOMPARE(ok({"flag", "clear", "beta", "--scope", "tenant", "--scope-id", "acme"}).out,
                 QByteArray("cleared beta\n"));
        QCOMPARE(ok({"health", "score", "--latency-p95", "600", "--error-rate", "0.02",
                     "--success-rate", "0.95", "--storage", "0.85"})
                     .out,
                 QByteArray("70 healthy\n"));
        QCOMPARE(ok({"health", "record", "acme", "--latency-p95", "1200", "--error-rate", "0.1",
                     "--success-rate", "0.8", "--storage", "0.95"})
                     .out,
                 QByteArray("0 critical\n"));

        const Run suspended = ok({"suspend", "acme", "--reason", "unpaid"});
        QCOMPARE(suspended.out, QByteArray("acme is suspended\n"));
        const QStringList steps = suspended.err.split(QLatin1Char('\n'));
        QCOMPARE(steps.size(), 5); // one line per downstream system, on stderr
        QVERIFY2(matches(steps.first(), "^postgresql-rls( \\(demo\\))? +applied +[0-9]+ ms$"),
                 qPrintable(steps.first()));
        QCOMPARE(ok({"activate", "acme", "--reason", "paid"}).out, QByteArray("acme is active\n"));

        got = lines(ok({"audit", "list", "--tenant", "acme"}));
        QVERIFY(got.size() >= 6);
        QVERIFY2(
            matches(got.first(), "^[0-9]+ +20[0-9-]+T[0-9:.]+Z +[^ ]+ +tenant.create +acme *$"),
            qPrintable(got.first()));
        QVERIFY2(matches(got.last(), "^[0-9]+ +\\S+ +\\S+ +lifecycle.active +acme +paid$"),
                 qPrintable(got.last()));
        // The first verification of a registry says it had nothing to compare with.
        QVERIFY(matches(QString::fromUtf8(ok({"audit", "verify"}).out),
                        "^audit chain intact: [0-9]+ entries \\(first verification of this "
                        "registry here: nothing to compare with yet\\)\n$"));
        got = lines(ok({"stats"}));
        QCOMPARE(got.size(), 4);
        QCOMPARE(got.at(0), QStringLiteral("tenants: 6"));
        QVERIFY(matches(
            got.at(1), "^status: +active=6 archived=0 deleted=0 draft=0 migrating=0 suspended=0$"));
        QVERIFY(matches(got.at(3), "^health: +critical=2 healthy=3 warning=1$"));

        const QString request = writeFile(
            QStringLiteral("big.json"),
            R"({"tenant_name": "Big", "tier": "platinum", "region": "eu-west-1", "budget": 9000000, "owner_email": "b@corp.example", "cost_center": "CC-BIG"})");
        got = lines(ok({"provision", "--from", request}));
        QCOMPARE(got.size(), 1);
        QVERIFY2(matches(got.first(),
                         "^req-[0-9a-f]+ for big \\(platinum, eu-west-1, estimated ₹[0-9,]+/month, "
                         "budget ₹90,00,000\\): pending - waits for cfo, cto, legal$"),
                 qPrintable(got.first()));
        const QString id = got.first().section(QLatin1Char(' '), 0, 0);
        // Listed with the demo registry's three requests.
        const QStringList listed = lines(ok({"provision", "list"}));
        QCOMPARE(listed.size(), 4);
        QVERIFY(listed.contains(got.first()));
        QVERIFY(decideAs("cfo", id, false, "too costly"));
        got = lines(ok({"provision", "show", id}));
        QVERIFY2(got.first().endsWith(QStringLiteral(": rejected - decided by cfo: too costly")),
                 qPrintable(got.first()));
    }

    void exitCodes()
    {
        QProcess version;
        version.start(QStringLiteral(TENANTCTL_PATH), {"--version"});
        QVERIFY(version.waitForFinished(60000));
        QCOMPARE(version.exitCode(), 0);
        QCOMPARE(version.readAllStandardOutput(), QByteArray("tenantctl " TENANT_VERSION "\n"));
        const Run help = ctl({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("usage: tenantctl"));
        QCOMPARE(ctl({"tenant", "get", "nobody"}).exitCode, 4);
        QCOMPARE(ctl({"tenant", "get", QString(300, QLatin1Char('n'))}).err.size() < 200, true);
        QCOMPARE(ctl({"frobnicate"}).exitCode, 2);
        QCOMPARE(ctl({"tenant", "get"}).exitCode, 2);
        QCOMPARE(ctl({"tenant", "create", "--id"}).exitCode, 2);
        QProcess p;
        p.start(QStringLiteral(TENANTCTL_PATH),
                {"--db", "postgresql://nobody@127.0.0.1:1/none", "stats"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 5);
        p.start(QStringLiteral(TENANTCTL_PATH), {"--db", "mysql://x", "stats"});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTenantCtl)
#include "tst_tenantctl.moc"
