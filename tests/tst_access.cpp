// Who may do what, on a real PostgreSQL with several logins: every rule is
// shown through tenantctl and again by direct SQL as the same login, which
// is what a user with psql would try.
#include "tenantctlrunner.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

class TestAccess : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_admin;
    test::TenantCtlRunner m_ctl;
    int m_connection = 0;

    /// Logins are cluster-wide: each carries this process's id, so two runs
    /// on one server never meet.
    static QString login(const char *name)
    {
        return QStringLiteral("%1_%2")
            .arg(QLatin1String(name))
            .arg(QCoreApplication::applicationPid());
    }
    static QString passwordOf(const QString &login) { return login + QStringLiteral("-secret!"); }

    DatabaseUrl urlOf(const QString &who) const
    {
        DatabaseUrl url = m_admin;
        url.user = who;
        return url;
    }

    /// tenantctl signed in as `who`.
    test::CtlRun as(const QString &who, const QStringList &args) const
    {
        test::TenantCtlRunner runner;
        runner.setUrl(urlOf(who));
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGPASSWORD"), passwordOf(who));
        return runner.run(args, env);
    }

    /// tenantctl as the registry's owner (the test server's superuser).
    test::CtlRun admin(const QStringList &args) const { return m_ctl.ok(args); }

    /// A direct connection as `who`, as psql would make it.
    QSqlDatabase sqlAs(const QString &who)
    {
        const QString name = QStringLiteral("as-%1-%2").arg(who).arg(++m_connection);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_admin.host);
        db.setPort(m_admin.port);
        db.setDatabaseName(m_admin.database);
        db.setUserName(who);
        db.setPassword(passwordOf(who));
        if (!db.open())
            qFatal("cannot sign in as %s: %s", qPrintable(who), qPrintable(db.lastError().text()));
        return db;
    }

    /// Rows `sql` returns as `who` (the first column), or the error text.
    QStringList selectAs(const QString &who, const QString &sql, QString *error = nullptr)
    {
        QStringList rows;
        QSqlDatabase db = sqlAs(who);
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().databaseText();
            return rows;
        }
        while (q.next())
            rows << q.value(0).toString();
        return rows;
    }

    /// Runs `sql` as `who`: the number of rows it changed, or -1 with `error`.
    int execAs(const QString &who, const QString &sql, QString *error)
    {
        QSqlDatabase db = sqlAs(who);
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = q.lastError().databaseText();
            return -1;
        }
        return q.numRowsAffected();
    }

    void createLogin(const QString &who)
    {
        QProcess p;
        p.start(QStringLiteral(TENANTCTL_PATH),
                {QStringLiteral("--db"), test::TestDatabase::urlText(m_admin),
                 QStringLiteral("user"), QStringLiteral("create"), who,
                 QStringLiteral("--password-stdin")});
        p.write(passwordOf(who).toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        // The password is never printed.
        QVERIFY(!p.readAllStandardOutput().contains(passwordOf(who).toUtf8()));
    }

    void grant(const QString &who, const QStringList &roleAndScope)
    {
        const test::CtlRun r =
            admin(QStringList{QStringLiteral("user"), QStringLiteral("grant"), who} + roleAndScope);
        QCOMPARE(r.exitCode, 0);
    }

    QStringList tenantIdsListedBy(const QString &who)
    {
        const test::CtlRun r =
            as(who, {QStringLiteral("--json"), QStringLiteral("tenant"), QStringLiteral("list")});
        if (r.exitCode != 0)
            qWarning("tenant list as %s: %s", qPrintable(who), qPrintable(r.err));
        QStringList ids;
        for (const QJsonValue &t : r.json().array())
            ids << t.toObject().value(QStringLiteral("tenant_id")).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        if (!test::TestDatabase::isPostgres())
            QFAIL("access control is PostgreSQL's: run with TENANT_TEST_BACKEND=postgresql");
        m_admin = m_databases.fresh();
        m_ctl.setUrl(m_admin);
        QCOMPARE(admin({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        // The seed's people: a Legal operator, a global viewer, Alice (an
        // analyst in Finance, a reviewer in Legal), a platform admin, and
        // an on-call engineer who runs HR only.
        createLogin(login("lena"));
        grant(login("lena"),
              {QStringLiteral("operator"), QStringLiteral("--tenant"), QStringLiteral("legal")});
        createLogin(login("vic"));
        grant(login("vic"), {QStringLiteral("viewer")});
        createLogin(login("alice"));
        grant(login("alice"),
              {QStringLiteral("viewer"), QStringLiteral("--tenant"), QStringLiteral("finance")});
        grant(login("alice"),
              {QStringLiteral("approver"), QStringLiteral("--tenant"), QStringLiteral("legal"),
               QStringLiteral("--authority"), QStringLiteral("legal")});
        createLogin(login("pat"));
        grant(login("pat"), {QStringLiteral("platform-admin")});
        createLogin(login("oscar"));
        grant(login("oscar"),
              {QStringLiteral("operator"), QStringLiteral("--tenant"), QStringLiteral("hr")});
        // Rita may both submit (operator) and approve (cfo) anywhere; Otto is
        // an operator who may not approve; Carl is the cto.
        createLogin(login("rita"));
        grant(login("rita"), {QStringLiteral("operator")});
        grant(login("rita"),
              {QStringLiteral("approver"), QStringLiteral("--authority"), QStringLiteral("cfo")});
        createLogin(login("otto"));
        grant(login("otto"), {QStringLiteral("operator")});
        createLogin(login("carl"));
        grant(login("carl"),
              {QStringLiteral("approver"), QStringLiteral("--authority"), QStringLiteral("cto")});
    }

    void aClientCertificateSignsThePersonIn()
    {
        // The test server signs in members of tenant_cert_users by their
        // certificate (scripts/pg-throwaway.sh); its CA is in this folder.
        const QString tls = qEnvironmentVariable("TENANT_TEST_PG_TLS_DIR");
        if (tls.isEmpty())
            QFAIL("TENANT_TEST_PG_TLS_DIR is not set (scripts/run-tests.sh sets it)");
        const QString who = login("certy");
        createLogin(who);
        grant(who, {QStringLiteral("viewer"), QStringLiteral("--tenant"), QStringLiteral("hr")});
        {
            QSqlQuery q(m_databases.adminConnection(m_admin));
            QVERIFY2(q.exec(QStringLiteral("GRANT tenant_cert_users TO %1").arg(who)),
                     qPrintable(q.lastError().text()));
        }
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("client.key"));
        const QString csr = dir.filePath(QStringLiteral("client.csr"));
        const QString cert = dir.filePath(QStringLiteral("client.crt"));
        const auto openssl = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral("openssl"), args);
            return p.waitForFinished(60000) && p.exitCode() == 0;
        };
        QVERIFY(openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + who, "-keyout",
                         key, "-out", csr}));
        QVERIFY(openssl({"x509", "-req", "-in", csr, "-CA", tls + "/ca.crt", "-CAkey",
                         tls + "/ca.key", "-CAcreateserial", "-CAserial",
                         dir.filePath(QStringLiteral("ca.srl")), "-days", "1", "-out", cert}));
        QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

        const QString url =
            QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-ca&sslcert=%5&sslkey=%6&"
                           "sslrootcert=%7")
                .arg(who, m_admin.host)
                .arg(m_admin.port)
                .arg(m_admin.database, cert, key, tls + "/ca.crt");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD")); // no password at all: the certificate
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TENANTCTL_PATH), {"--db", url, "--json", "whoami"});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject me = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(me.value(QStringLiteral("user")).toString(), who);
        QCOMPARE(me.value(QStringLiteral("roles")).toArray(), QJsonArray{QStringLiteral("viewer")});
        // Without the certificate the server does not let the login in.
        QProcess bare;
        bare.setProcessEnvironment(env);
        bare.start(QStringLiteral(TENANTCTL_PATH),
                   {"--db",
                    QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=require")
                        .arg(who, m_admin.host)
                        .arg(m_admin.port)
                        .arg(m_admin.database),
                    "whoami"});
        QVERIFY(bare.waitForFinished(60000));
        QCOMPARE(bare.exitCode(), 5);
    }

    void aScopedOperatorSeesOnlyItsTenants()
    {
        const QString lena = login("lena");
        QCOMPARE(tenantIdsListedBy(lena), QStringList{QStringLiteral("legal")});
        const test::CtlRun get =
            as(lena, {QStringLiteral("tenant"), QStringLiteral("get"), QStringLiteral("finance")});
        QCOMPARE(get.exitCode, 4);
        QVERIFY2(get.err.contains("no tenant 'finance'"), qPrintable(get.err));
        // psql as the same login: finance's row, its billing e-mail and
        // budget, its health samples and audit entries are not there.
        QString error;
        QCOMPARE(
            selectAs(lena,
                     QStringLiteral("SELECT tenant_id FROM tenants WHERE tenant_id = 'finance'"),
                     &error),
            QStringList());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(
            selectAs(lena,
                     QStringLiteral(
                         "SELECT billing_email FROM tenants WHERE billing_email LIKE '%finance%' "
                         "OR tenant_id <> 'legal'")),
            QStringList());
        QCOMPARE(
            selectAs(lena, QStringLiteral(
                               "SELECT count(*) FROM health_samples WHERE tenant_id <> 'legal'")),
            QStringList{QStringLiteral("0")});
        QCOMPARE(
            selectAs(lena,
                     QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE tenant_id NOT IN ('', 'legal')")),
            QStringList{QStringLiteral("0")});
        QCOMPARE(
            selectAs(lena, QStringLiteral("SELECT count(*) FROM flag_values WHERE scope = 'tenant' "
                                          "AND scope_id <> 'legal'")),
            QStringList{QStringLiteral("0")});
        // A global viewer sees them all.
        QVERIFY(selectAs(login("vic"), QStringLiteral("SELECT tenant_id FROM tenants")).size() > 3);
    }

    void aForcedWriteOutsideTheScopeIsRefusedByTheDatabase()
    {
        const QString lena = login("lena");
        QString error;
        QCOMPARE(execAs(lena,
                        QStringLiteral(
                            "UPDATE tenants SET monthly_budget = 1 WHERE tenant_id = 'finance'"),
                        &error),
                 0);
        QCOMPARE(execAs(lena,
                        QStringLiteral(
                            "INSERT INTO health_samples (tenant_id, sampled_at, latency_p95_ms, "
                            "error_rate, success_rate, storage_utilisation, score) "
                            "VALUES ('finance', now(), 1, 0, 1, 0, 100)"),
                        &error),
                 -1);
        QVERIFY2(error.contains("row-level security"), qPrintable(error));
        const test::CtlRun update =
            as(lena, {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("finance"),
                      QStringLiteral("--name"), QStringLiteral("Mine")});
        QCOMPARE(update.exitCode, 3);
        QVERIFY2(update.err.contains("needs the operator role"), qPrintable(update.err));
        // Its own tenant it changes.
        QCOMPARE(
            as(lena, {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("legal"),
                      QStringLiteral("--name"), QStringLiteral("Legal Department"),
                      QStringLiteral("--reason"), QStringLiteral("rename")})
                .exitCode,
            0);
    }

    void eventsAndWebhooksFollowTheGrants()
    {
        const QString lena = login("lena");
        const QString pat = login("pat");
        QString error;
        // Events are read like audit entries: Lena (operator for legal)
        // sees Legal's and those of no tenant, nobody writes them but the
        // database's trigger.
        QCOMPARE(selectAs(lena, QStringLiteral("SELECT count(*) FROM events "
                                               "WHERE tenant_id NOT IN ('legal', '')")),
                 QStringList{QStringLiteral("0")});
        QVERIFY(
            selectAs(lena, QStringLiteral("SELECT count(*) FROM events WHERE tenant_id = 'legal'"))
                .value(0)
                .toInt() > 0);
        const QString forge =
            QStringLiteral(
                "INSERT INTO events (sequence, event_id, type, tenant_id, correlation_id, actor, "
                "occurred_at, audit_seq, data) VALUES (999999, 'evt_%1', 'tenant.deleted', "
                "'legal', "
                "'x', '%2', '2026-01-01', 999999, '{}')")
                .arg(QString(32, QLatin1Char('a')));
        for (const QString &who : {lena, pat}) {
            QCOMPARE(execAs(who, forge.arg(who), &error), -1);
            QVERIFY2(error.contains("permission denied"), qPrintable(error));
        }
        QCOMPARE(execAs(lena, QStringLiteral("UPDATE events SET type = 'tenant.deleted'"), &error),
                 -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        // Nor through the audit log: an entry she may write (her own
        // tenant's, or one of no tenant) that is not the record of a change
        // her transaction made would go out as a signed event, so the
        // database refuses it: Legal "deleted" or "resumed" while active, a
        // second creation, a global flag (she is no flag admin), a request
        // completed that never ran.
        const QString forgedEntry = QStringLiteral(
            "INSERT INTO audit_log (seq, occurred_at, actor, action, tenant_id, before_state, "
            "after_state, reason, correlation_id, prev_hash, hash) "
            "SELECT last_seq + 1, '2026-12-01T00:00:00.000Z', '%1', '%2', '%3', '', '%4', "
            "'forged', 'req-forged', last_hash, md5(random()::text) || md5(random()::text) "
            "FROM audit_head");
        const QString legalNow =
            selectAs(
                lena,
                QStringLiteral(
                    "SELECT json_build_object('status', status, 'tier', tier, 'version', version, "
                    "'tenant_name', tenant_name, 'region', region, 'cost_center', cost_center, "
                    "'monthly_budget', monthly_budget)::text FROM tenants WHERE tenant_id = "
                    "'legal'"))
                .value(0);
        QVERIFY(!legalNow.isEmpty());
        const QList<QStringList> forgeries = {
            {"lifecycle.deleted", "legal", legalNow},
            {"lifecycle.active", "legal", legalNow}, // an exact copy of the row, changed by nobody
            {"tenant.create", "legal", legalNow},
            {"tenant.remove", "legal", "{}"},
            {"flag.set", "", "{\"flag\": \"basic_search\", \"enabled\": false}"},
            {"provision.complete", "legal", "{\"status\": \"active\"}"},
        };
        for (const QStringList &f : forgeries) {
            QCOMPARE(execAs(lena, forgedEntry.arg(lena, f.at(0), f.at(1), f.at(2)), &error), -1);
            QVERIFY2(error.contains("is not the record of a change made here"),
                     qPrintable(f.at(0) + QStringLiteral(": ") + error));
        }
        // An entry beyond the sizes an entry may hold is refused as such.
        QCOMPARE(
            execAs(lena,
                   forgedEntry.arg(lena, QStringLiteral("health.record"), QStringLiteral("legal"),
                                   QStringLiteral("{\"x\": \"") +
                                       QString(3000000, QLatin1Char('a')) + QStringLiteral("\"}")),
                   &error),
            -1);
        QVERIFY2(error.contains("audit_log_sizes"), qPrintable(error.left(200)));
        // Subscriptions and deliveries are a platform admin's: Lena can
        // neither add one (tenantctl and psql) nor read the queue.
        const auto addWebhook = [this](const QString &who) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), passwordOf(who));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TENANTCTL_PATH),
                    {QStringLiteral("--db"), test::TestDatabase::urlText(urlOf(who)),
                     QStringLiteral("webhook"), QStringLiteral("add"),
                     QStringLiteral("https://hooks.example/%1").arg(who),
                     QStringLiteral("--events"), QStringLiteral("tenant.suspended"),
                     QStringLiteral("--secret-stdin")});
            p.write("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n");
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
        };
        const auto [lenaExit, lenaErr] = addWebhook(lena);
        QCOMPARE(lenaExit, 3);
        QVERIFY2(lenaErr.contains("needs the platform-admin role"), qPrintable(lenaErr));
        QCOMPARE(execAs(lena,
                        QStringLiteral("INSERT INTO webhook_subscriptions (url, secret_hint, "
                                       "created_by) VALUES ('https://evil.example/', "
                                       "'00000000', '%1')")
                            .arg(lena),
                        &error),
                 -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        selectAs(lena, QStringLiteral("SELECT count(*) FROM event_deliveries"), &error);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));

        const auto [patExit, patErr] = addWebhook(pat);
        QVERIFY2(patExit == 0, qPrintable(patErr));
        // Lena's change queues its delivery (the trigger writes it for her),
        // which only Pat reads.
        QCOMPARE(as(lena, {QStringLiteral("suspend"), QStringLiteral("legal"),
                           QStringLiteral("--reason"), QStringLiteral("audit hold")})
                     .exitCode,
                 0);
        QCOMPARE(selectAs(pat, QStringLiteral(
                                   "SELECT e.actor || ' ' || d.status FROM event_deliveries d "
                                   "JOIN events e ON e.sequence = d.event_sequence "
                                   "WHERE e.tenant_id = 'legal' AND e.type = 'tenant.suspended'")),
                 QStringList{lena + QStringLiteral(" pending")});
        QCOMPARE(as(lena, {QStringLiteral("activate"), QStringLiteral("legal"),
                           QStringLiteral("--reason"), QStringLiteral("hold over")})
                     .exitCode,
                 0);
    }

    void usageAndChargebackFollowTheGrants()
    {
        QTemporaryDir dir;
        const QByteArray header = "tenant_id,month,api_calls,storage_gb,compute_hours\n";
        const QString both = test::writeFile(
            dir, "both.csv", header + "finance,2025-10,1000,1,1\nlegal,2025-10,500,1,1\n");
        QCOMPARE(admin({QStringLiteral("usage"), QStringLiteral("import"), both}).exitCode, 0);
        const QString lena = login("lena");
        const QString vic = login("vic");

        // Lena (operator for legal) sees Legal's figures only, by tenantctl and by SQL.
        const QJsonObject report = as(lena, {QStringLiteral("--json"), QStringLiteral("chargeback"),
                                             QStringLiteral("report"), QStringLiteral("--month"),
                                             QStringLiteral("2025-10")})
                                       .json()
                                       .object();
        QCOMPARE(report.value(QStringLiteral("tenants")).toArray().size(), 1);
        QCOMPARE(report.value(QStringLiteral("tenants"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("tenant_id"))
                     .toString(),
                 QStringLiteral("legal"));
        QCOMPARE(
            selectAs(lena, QStringLiteral(
                               "SELECT count(*) FROM tenant_usage WHERE tenant_id <> 'legal'")),
            QStringList{QStringLiteral("0")});
        // A viewer of every tenant reads both; he changes neither.
        QCOMPARE(selectAs(vic, QStringLiteral(
                                   "SELECT count(*) FROM tenant_usage WHERE month = '2025-10'")),
                 QStringList{QStringLiteral("2")});
        const test::CtlRun viewerImport =
            as(vic, {QStringLiteral("usage"), QStringLiteral("import"), both});
        QCOMPARE(viewerImport.exitCode, 3);
        QVERIFY2(viewerImport.err.contains("needs the operator role"),
                 qPrintable(viewerImport.err));

        // Usage is recorded by an operator of every tenant: Lena, Legal's own
        // operator, could otherwise bill Legal on terms she sets herself.
        const QString own = test::writeFile(dir, "own.csv", header + "legal,2025-10,700,1,1\n");
        for (const QString &file : {both, own}) {
            const test::CtlRun refused =
                as(lena, {QStringLiteral("usage"), QStringLiteral("import"), file});
            QCOMPARE(refused.exitCode, 3);
            QVERIFY2(
                refused.err.contains("recording usage (for every tenant) needs the operator role"),
                qPrintable(refused.err));
        }
        const QString rita = login("rita");
        QCOMPARE(as(rita, {QStringLiteral("usage"), QStringLiteral("import"), own}).exitCode, 0);
        QCOMPARE(
            selectAs(vic, QStringLiteral("SELECT recorded_by || ' ' || api_calls FROM tenant_usage "
                                         "WHERE tenant_id = 'legal' AND month = '2025-10'")),
            QStringList{rita + QStringLiteral(" 700")});

        // psql: Lena's rows are refused whatever she writes; Rita's must name her.
        const QString insert = QStringLiteral(
            "INSERT INTO tenant_usage (tenant_id, month, api_calls, storage_gb, compute_hours, "
            "tier, region, cost_center, monthly_budget, source, recorded_by, recorded_at) "
            "VALUES ('%1', '%2', 1, 1, 1, %3, 'psql', '%4', now())");
        const QString financeTerms =
            QStringLiteral("'platinum', 'ap-south-1', 'CC-FIN-100', 2500000");
        const QString legalTerms = QStringLiteral("'gold', 'eu-west-1', 'CC-LEG-200', 900000");
        const QString sep = QStringLiteral("2025-09");
        QString error;
        QCOMPARE(execAs(lena, insert.arg(QStringLiteral("legal"), sep, legalTerms, lena), &error),
                 -1);
        QVERIFY2(error.contains("row-level security"), qPrintable(error));
        // Finance's terms, which she cannot read, refuse it before that.
        QCOMPARE(
            execAs(lena, insert.arg(QStringLiteral("finance"), sep, financeTerms, lena), &error),
            -1);
        QVERIFY2(error.contains("must be tenant 'finance''s own"), qPrintable(error));
        QCOMPARE(
            execAs(rita,
                   insert.arg(QStringLiteral("legal"), sep, legalTerms, QStringLiteral("mallory")),
                   &error),
            -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        // A month ahead is refused by the database as by core.
        QCOMPARE(
            execAs(rita,
                   insert.arg(QStringLiteral("legal"), QStringLiteral("2099-12"), legalTerms, rita),
                   &error),
            -1);
        QVERIFY2(error.contains("is not from 2000-01 to this month"), qPrintable(error));
        QCOMPARE(execAs(rita, insert.arg(QStringLiteral("legal"), sep, legalTerms, rita), &error),
                 1);
        QCOMPARE(execAs(lena,
                        QStringLiteral(
                            "UPDATE tenant_usage SET api_calls = 0 WHERE tenant_id = 'legal'"),
                        &error),
                 0);
        QCOMPARE(execAs(lena,
                        QStringLiteral("DELETE FROM tenant_usage WHERE tenant_id = 'finance'"),
                        &error),
                 0);
        QCOMPARE(execAs(lena, QStringLiteral("UPDATE regions SET cost_multiplier = 0.01"), &error),
                 -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        // The rates are a platform admin's.
        const QString rates = test::writeFile(dir, "rates.json", R"({"api_call_rate": 0.01})");
        const test::CtlRun policy =
            as(lena, {QStringLiteral("chargeback"), QStringLiteral("policy"),
                      QStringLiteral("--from"), rates});
        QCOMPARE(policy.exitCode, 3);
        QVERIFY2(policy.err.contains("platform-admin"), qPrintable(policy.err));
        QCOMPARE(as(login("pat"), {QStringLiteral("chargeback"), QStringLiteral("policy"),
                                   QStringLiteral("--from"), rates})
                     .exitCode,
                 0);
        const QString restore = test::writeFile(dir, "restore.json", R"({"api_call_rate": 0.5})");
        QCOMPARE(as(login("pat"), {QStringLiteral("chargeback"), QStringLiteral("policy"),
                                   QStringLiteral("--from"), restore})
                     .exitCode,
                 0);
    }

    void aViewersUpdateExits3NamingTheRoleItNeeds()
    {
        const QString vic = login("vic");
        const test::CtlRun r =
            as(vic, {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("finance"),
                     QStringLiteral("--max-users"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("needs the operator role") && r.err.contains("viewer"),
                 qPrintable(r.err));
        const test::CtlRun flag =
            as(vic, {QStringLiteral("flag"), QStringLiteral("set"), QStringLiteral("basic_search"),
                     QStringLiteral("--scope"), QStringLiteral("global"),
                     QStringLiteral("--enabled"), QStringLiteral("false")});
        QCOMPARE(flag.exitCode, 3);
        QVERIFY2(flag.err.contains("needs the flag-admin role"), qPrintable(flag.err));
        QString error;
        QCOMPARE(execAs(vic, QStringLiteral("UPDATE tenants SET max_users = 9"), &error), -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        QCOMPARE(
            selectAs(vic,
                     QStringLiteral("SELECT max_users FROM tenants WHERE tenant_id = 'finance'")),
            selectAs(login("pat"),
                     QStringLiteral("SELECT max_users FROM tenants WHERE tenant_id = 'finance'")));
    }

    void theActorIsTheLoginWhateverTheClientWrites()
    {
        const QString lena = login("lena");
        QCOMPARE(as(lena, {QStringLiteral("health"), QStringLiteral("record"),
                           QStringLiteral("legal"), QStringLiteral("--latency-p95"),
                           QStringLiteral("120"), QStringLiteral("--error-rate"),
                           QStringLiteral("0"), QStringLiteral("--success-rate"),
                           QStringLiteral("1"), QStringLiteral("--storage"), QStringLiteral("0.5")})
                     .exitCode,
                 0);
        // In-process, a client that names someone else still writes the login.
        {
            DatabaseUrl url = urlOf(lena);
            url.password = passwordOf(lena);
            Workspace ws(url);
            QVERIFY_OK(ws.open());
            QCOMPARE(ws.actor(), lena);
            ws.setActor(QStringLiteral("mallory"));
            QCOMPARE(ws.actor(), lena);
            QVERIFY(ws.identity().enforced);
            Tenant legal = ws.tenants().get(QStringLiteral("legal")).value();
            legal.crmId = QStringLiteral("CRM-LEGAL-1");
            QVERIFY_OK(ws.tenants().update(legal, QStringLiteral("mallory"),
                                           QStringLiteral("as someone else")));
        }
        const QJsonArray entries =
            admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                   QStringLiteral("--tenant"), QStringLiteral("legal")})
                .json()
                .array();
        QCOMPARE(entries.last().toObject().value(QStringLiteral("actor")).toString(), lena);
        // By SQL: an entry naming another actor is refused.
        QString error;
        QCOMPARE(
            execAs(lena,
                   QStringLiteral(
                       "INSERT INTO audit_log (seq, occurred_at, actor, action, tenant_id, "
                       "correlation_id, prev_hash, hash) SELECT last_seq + 1, 'now', 'mallory', "
                       "'tenant.update', 'legal', 'c', last_hash, md5('x') FROM audit_head"),
                   &error),
            -1);
        QVERIFY2(error.contains("recorded as the login " + lena), qPrintable(error));
        QCOMPARE(execAs(lena, QStringLiteral("DELETE FROM audit_log"), &error), -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
    }

    void membershipsAreListedPerPerson()
    {
        const QString alice = login("alice");
        const QJsonArray tenants = admin({QStringLiteral("--json"), QStringLiteral("user"),
                                          QStringLiteral("tenants"), alice})
                                       .json()
                                       .array();
        QCOMPARE(tenants.size(), 2);
        QCOMPARE(tenants.at(0).toObject().value(QStringLiteral("tenant_id")).toString(),
                 QStringLiteral("finance"));
        QCOMPARE(tenants.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("viewer"));
        QCOMPARE(tenants.at(1).toObject().value(QStringLiteral("tenant_id")).toString(),
                 QStringLiteral("legal"));
        QCOMPARE(tenants.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("approver"));
        QCOMPARE(tenants.at(1).toObject().value(QStringLiteral("authority")).toString(),
                 QStringLiteral("legal"));

        const QJsonObject me =
            as(alice, {QStringLiteral("--json"), QStringLiteral("whoami")}).json().object();
        QCOMPARE(me.value(QStringLiteral("user")).toString(), alice);
        QCOMPARE(me.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("viewer"), QStringLiteral("approver")}));
        QCOMPARE(tenantIdsListedBy(alice),
                 (QStringList{QStringLiteral("finance"), QStringLiteral("legal")}));
        const test::CtlRun text = as(alice, {QStringLiteral("whoami")});
        QCOMPARE(text.out,
                 (alice + QStringLiteral(" — viewer for finance, approver (legal) for legal\n"))
                     .toUtf8());
    }

    void onlyAPlatformAdminManagesUsers()
    {
        const QString lena = login("lena");
        const QString pat = login("pat");
        const test::CtlRun refused = as(lena, {QStringLiteral("user"), QStringLiteral("grant"),
                                               lena, QStringLiteral("platform-admin")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("needs the platform-admin role"), qPrintable(refused.err));
        QString error;
        QCOMPARE(
            selectAs(lena,
                     QStringLiteral("SELECT ta_grant('%1', 'platform-admin', '', '')").arg(lena),
                     &error),
            QStringList());
        QVERIFY2(error.contains("needs the platform-admin role"), qPrintable(error));
        QCOMPARE(
            execAs(lena,
                   QStringLiteral(
                       "INSERT INTO access_members (login, role) VALUES ('%1', 'platform-admin')")
                       .arg(lena),
                   &error),
            -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));

        // Nor may anyone else change the approval policy, by tenantctl or SQL.
        QTemporaryDir dir;
        const QString lax =
            test::writeFile(dir, QStringLiteral("lax.json"),
                            R"({"bands": [{"from": 0, "authorities": []}], "sensitive_tags": [],
                "sensitive_authorities": [], "tag_jurisdictions": {}, "cross_border_authorities": [],
                "premium_tiers": [], "premium_authorities": []})");
        const test::CtlRun policy = as(lena, {QStringLiteral("provision"), QStringLiteral("policy"),
                                              QStringLiteral("--from"), lax});
        QCOMPARE(policy.exitCode, 3);
        QVERIFY2(policy.err.contains("needs the platform-admin role"), qPrintable(policy.err));
        QCOMPARE(
            execAs(lena,
                   QStringLiteral("UPDATE policies SET document = '{}' WHERE name = 'approval'"),
                   &error),
            -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        // A platform admin grants and revokes; a grant of nothing new changes nothing.
        QCOMPARE(
            as(pat, {QStringLiteral("user"), QStringLiteral("grant"), lena,
                     QStringLiteral("operator"), QStringLiteral("--tenant"), QStringLiteral("hr")})
                .exitCode,
            0);
        QCOMPARE(tenantIdsListedBy(lena),
                 (QStringList{QStringLiteral("hr"), QStringLiteral("legal")}));
        const test::CtlRun again =
            as(pat, {QStringLiteral("user"), QStringLiteral("grant"), lena,
                     QStringLiteral("operator"), QStringLiteral("--tenant"), QStringLiteral("hr")});
        QVERIFY2(again.out.contains("(unchanged)"), again.out.constData());
        QCOMPARE(
            as(pat, {QStringLiteral("user"), QStringLiteral("revoke"), lena,
                     QStringLiteral("operator"), QStringLiteral("--tenant"), QStringLiteral("hr")})
                .exitCode,
            0);
        QCOMPARE(tenantIdsListedBy(lena), QStringList{QStringLiteral("legal")});
        // Each change is audited, as the admin's login.
        const QJsonArray entries =
            admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                   QStringLiteral("--tenant"), QStringLiteral("hr")})
                .json()
                .array();
        QCOMPARE(entries.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("access.revoked"));
        QCOMPARE(entries.last().toObject().value(QStringLiteral("actor")).toString(), pat);

        // Bad grants are refused naming what is wrong.
        QCOMPARE(
            admin({QStringLiteral("user"), QStringLiteral("grant"), lena, QStringLiteral("root")})
                .exitCode,
            3);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("grant"), lena,
                        QStringLiteral("approver")})
                     .exitCode,
                 3);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("grant"),
                        QStringLiteral("nobody_here"), QStringLiteral("viewer")})
                     .exitCode,
                 4);
        const test::CtlRun listed =
            admin({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(listed.out.contains(lena.toUtf8()) && listed.out.contains(pat.toUtf8()));
    }

    void aBreakGlassGrantEndsAtExpiry()
    {
        const QString oscar = login("oscar");
        QCOMPARE(tenantIdsListedBy(oscar), QStringList{QStringLiteral("hr")});
        const test::CtlRun tooLong = as(
            oscar, {QStringLiteral("breakglass"), QStringLiteral("--reason"),
                    QStringLiteral("outage"), QStringLiteral("--minutes"), QStringLiteral("90")});
        QCOMPARE(tooLong.exitCode, 3);
        QVERIFY2(tooLong.err.contains("1 to 60 minutes"), qPrintable(tooLong.err));
        QCOMPARE(as(oscar, {QStringLiteral("breakglass"), QStringLiteral("--reason"),
                            QStringLiteral("outage")})
                     .exitCode,
                 2);

        const test::CtlRun reader =
            as(login("vic"),
               {QStringLiteral("breakglass"), QStringLiteral("--reason"), QStringLiteral("curious"),
                QStringLiteral("--minutes"), QStringLiteral("5")});
        QCOMPARE(reader.exitCode, 3);
        QVERIFY2(reader.err.contains("needs the operator"), qPrintable(reader.err));
        const test::CtlRun elevated =
            as(oscar, {QStringLiteral("--json"), QStringLiteral("breakglass"),
                       QStringLiteral("--reason"), QStringLiteral("INC-4711 billing outage"),
                       QStringLiteral("--minutes"), QStringLiteral("5")});
        QCOMPARE(elevated.exitCode, 0);
        QVERIFY(elevated.json().object().value(QStringLiteral("active")).toBool());
        QVERIFY(tenantIdsListedBy(oscar).contains(QStringLiteral("finance")));
        QCOMPARE(as(oscar,
                    {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("finance"),
                     QStringLiteral("--incident-contact"), QStringLiteral("oncall@example.com")})
                     .exitCode,
                 0);
        const QJsonObject me =
            as(oscar, {QStringLiteral("--json"), QStringLiteral("whoami")}).json().object();
        QVERIFY(
            me.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("platform-admin")));
        // An elevation may not make itself last: no grants, no longer policy.
        QString error;
        QCOMPARE(
            selectAs(oscar,
                     QStringLiteral("SELECT ta_grant('%1', 'platform-admin', '', '')").arg(oscar),
                     &error),
            QStringList());
        QVERIFY2(error.contains("needs the platform-admin role"), qPrintable(error));
        QCOMPARE(
            execAs(oscar,
                   QStringLiteral("UPDATE policies SET document = "
                                  "'{\"break_glass_max_minutes\": 99999}' WHERE name = 'access'"),
                   &error),
            0);
        // Nor lower the chargeback rates or multipliers the estimate, and so
        // the approval chain, is made of.
        QCOMPARE(execAs(oscar,
                        QStringLiteral("UPDATE policies SET document = '{\"api_call_rate\": 0, "
                                       "\"storage_gb_rate\": 0, \"compute_hour_rate\": 0}' "
                                       "WHERE name = 'chargeback'"),
                        &error),
                 0);
        QCOMPARE(execAs(oscar, QStringLiteral("UPDATE regions SET cost_multiplier = 0.01"), &error),
                 0);
        QCOMPARE(
            execAs(oscar, QStringLiteral("UPDATE tier_plans SET cost_multiplier = 0.01"), &error),
            0);
        QCOMPARE(me.value(QStringLiteral("break_glass"))
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("INC-4711 billing outage"));
        const QJsonArray audit =
            admin({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")})
                .json()
                .array();
        bool audited = false;
        for (const QJsonValue &e : audit)
            audited |= e.toObject().value(QStringLiteral("action")).toString() ==
                           QLatin1String("access.break_glass") &&
                       e.toObject().value(QStringLiteral("actor")).toString() == oscar;
        QVERIFY(audited);

        // The clock runs out (moved to a second from now rather than waiting
        // five minutes); the database ends it by itself.
        {
            QSqlDatabase owner = m_databases.adminConnection(m_admin);
            QSqlQuery q(owner);
            QVERIFY2(
                q.exec(QStringLiteral(
                           "UPDATE break_glass SET started_at = now() - interval '5 minutes', "
                           "ends_at = clock_timestamp() + interval '1 second' WHERE login = '%1'")
                           .arg(oscar)),
                qPrintable(q.lastError().text()));
        }
        QTest::qWait(1500);
        QCOMPARE(tenantIdsListedBy(oscar), QStringList{QStringLiteral("hr")});
        QCOMPARE(
            execAs(oscar,
                   QStringLiteral(
                       "UPDATE tenants SET incident_contact = 'x' WHERE tenant_id = 'finance'"),
                   &error),
            0);
        const test::CtlRun after = as(
            oscar, {QStringLiteral("tenant"), QStringLiteral("update"), QStringLiteral("finance"),
                    QStringLiteral("--incident-contact"), QStringLiteral("later@example.com")});
        QCOMPARE(after.exitCode, 3);
        const QJsonObject later =
            as(oscar, {QStringLiteral("--json"), QStringLiteral("whoami")}).json().object();
        QVERIFY(later.value(QStringLiteral("break_glass")).isNull());
        // The elevation stays on record; nobody can erase it.
        QCOMPARE(execAs(oscar, QStringLiteral("DELETE FROM break_glass"), &error), -1);
    }

    void theReviewersAttacksAreRefused()
    {
        const QString vic = login("vic");
        const QString lena = login("lena");
        QString error;
        // A temporary table standing in for break_glass (or pg_roles, or the
        // audit head) inside the definer functions: no temporary tables.
        QCOMPARE(execAs(vic,
                        QStringLiteral(
                            "CREATE TEMP TABLE break_glass (login text, ends_at timestamptz)"),
                        &error),
                 -1);
        QVERIFY2(error.contains("permission denied"), qPrintable(error));
        // Entries about another tenant, or tenants' access state, are not
        // Legal's to write or read.
        QCOMPARE(
            execAs(lena,
                   QStringLiteral(
                       "INSERT INTO audit_log (seq, occurred_at, actor, action, tenant_id, "
                       "correlation_id, prev_hash, hash) SELECT last_seq + 1, 'now', session_user, "
                       "'tenant.update', 'finance', 'c', last_hash, md5('y') FROM audit_head"),
                   &error),
            -1);
        QVERIFY2(error.contains("row-level security"), qPrintable(error));
        QCOMPARE(
            selectAs(lena, QStringLiteral(
                               "SELECT count(*) FROM tenant_access WHERE tenant_id <> 'legal'")),
            QStringList{QStringLiteral("0")});
        QCOMPARE(selectAs(lena, QStringLiteral("SELECT count(*) FROM tenant_signing_keys "
                                               "WHERE tenant_id <> 'legal'")),
                 QStringList{QStringLiteral("0")});
        // A request submitted already decided, or under another's name (each
        // row consistent with its document and estimate, so only the rule
        // under test can refuse it).
        const auto row = [](const QString &id, const QString &tenant, const QString &status,
                            const QString &requestedBy, const QString &decidedBy,
                            const QString &decidedAt) {
            const QString document =
                QStringLiteral(
                    "{\"tenant_name\": \"T\", \"tenant_id\": \"%1\", \"tier\": \"gold\", "
                    "\"region\": \"us-east-1\", \"budget\": 1000000, \"owner_email\": "
                    "\"o@corp.example\", \"cost_center\": \"CC-T\", \"compliance\": []}")
                    .arg(tenant);
            return QStringLiteral(
                       "INSERT INTO provisioning_requests (request_id, tenant_id, tenant_name, "
                       "tier, "
                       "budget, document, status, requested_by, requested_at, decided_by, "
                       "decided_at, estimated_cost) VALUES ('%1', '%2', 'T', 'gold', 1000000, "
                       "'%3', "
                       "'%4', %5, now(), '%6', %7, 926400)")
                .arg(id, tenant, document, status, requestedBy, decidedBy, decidedAt);
        };
        QCOMPARE(execAs(lena,
                        row("req-pre", "legal", "approved", "session_user", "cfo-alice", "now()"),
                        &error),
                 -1);
        QVERIFY2(error.contains("submitted pending"), qPrintable(error));
        QCOMPARE(execAs(lena, row("req-blank", "legal", "pending", "''", "", "NULL"), &error), -1);
        QVERIFY2(error.contains("submitted pending"), qPrintable(error));
        // A row that says bronze while its document says platinum (the
        // chain would be worked out from the cheaper one).
        QCOMPARE(execAs(lena,
                        row("req-mixed", "legal", "pending", "session_user", "", "NULL")
                            .replace(QStringLiteral("'gold', 1000000"),
                                     QStringLiteral("'bronze', 1000000")),
                        &error),
                 -1);
        QVERIFY2(error.contains("differs from its own document"), qPrintable(error));
        // An estimate of its own, below the plan's.
        QCOMPARE(execAs(lena,
                        row("req-cheap", "legal", "pending", "session_user", "", "NULL")
                            .replace(QStringLiteral("926400)"), QStringLiteral("1)")),
                        &error),
                 -1);
        QVERIFY2(error.contains("states an estimate"), qPrintable(error));
        // Guessing at a hidden request's columns through ON CONFLICT: the
        // same refusal whatever the guess.
        {
            QSqlQuery q(m_databases.adminConnection(m_admin));
            QVERIFY2(q.exec(row("req-hidden", "finance2", "pending", "'someone'", "", "NULL")),
                     qPrintable(q.lastError().text()));
        }
        QStringList answers;
        for (const char *guess : {"> 600000", "< 600000"}) {
            execAs(lena,
                   row("req-hidden", "legal", "pending", "session_user", "", "NULL") +
                       QStringLiteral(" ON CONFLICT (request_id) DO UPDATE SET status = "
                                      "provisioning_requests.status WHERE "
                                      "provisioning_requests.estimated_cost %1")
                           .arg(QLatin1String(guess)),
                   &error);
            answers << error;
        }
        QCOMPARE(answers.at(0), answers.at(1));
        QVERIFY2(answers.at(0).contains("is taken"), qPrintable(answers.at(0)));
    }

    void aSixtyLakhPlatinumRequestNeedsThreeDistinctApprovers()
    {
        // Rita submits (an operator everywhere, and a cfo); Fay is a cfo,
        // Carl the cto, Lee legal. None may give two authorities.
        const QString rita = login("rita"), fay = login("fay"), carl = login("carl"),
                      lee = login("lee");
        createLogin(fay);
        grant(fay,
              {QStringLiteral("approver"), QStringLiteral("--authority"), QStringLiteral("cfo")});
        createLogin(lee);
        grant(lee,
              {QStringLiteral("approver"), QStringLiteral("--authority"), QStringLiteral("legal")});
        grant(lee,
              {QStringLiteral("approver"), QStringLiteral("--authority"), QStringLiteral("cto")});
        QTemporaryDir dir;
        const QString file = test::writeFile(
            dir, QStringLiteral("flagship.json"),
            R"({"tenant_name": "Flagship", "tenant_id": "flagship", "tier": "platinum",
                "region": "us-east-1", "budget": 6000000, "owner_email": "cto@corp.example",
                "cost_center": "CC-FLAG"})");
        const test::CtlRun submitted =
            as(rita, {QStringLiteral("--json"), QStringLiteral("provision"),
                      QStringLiteral("--from"), file});
        QCOMPARE(submitted.exitCode, 0);
        const QJsonObject request = submitted.json().object();
        QCOMPARE(
            request.value(QStringLiteral("required_approvals")).toArray(),
            (QJsonArray{QStringLiteral("cfo"), QStringLiteral("cto"), QStringLiteral("legal")}));
        const QString id = request.value(QStringLiteral("request_id")).toString();
        const auto approve = [&](const QString &who, const QStringList &extra = {}) {
            return as(who, QStringList{QStringLiteral("provision"), QStringLiteral("approve"), id,
                                       QStringLiteral("--comment"), QStringLiteral("ok")} +
                               extra);
        };
        QVERIFY(approve(rita).err.contains("cannot decide it"));
        QCOMPARE(approve(fay).exitCode, 0); // cfo
        const test::CtlRun again =
            approve(fay, {QStringLiteral("--authority"), QStringLiteral("cto")});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains("different person"), qPrintable(again.err));
        QCOMPARE(approve(login("otto")).exitCode, 3); // no authority at all
        QCOMPARE(approve(carl).exitCode, 0);          // cto
        QCOMPARE(
            as(rita, {QStringLiteral("tenant"), QStringLiteral("get"), QStringLiteral("flagship")})
                .exitCode,
            4); // nothing yet
        // By SQL, a second authority from one person is refused too.
        QString error;
        QCOMPARE(
            execAs(carl,
                   QStringLiteral("INSERT INTO provisioning_approvals VALUES ('%1', 'legal', '%2', "
                                  "'approve', 'x', now())")
                       .arg(id, carl),
                   &error),
            -1);
        QVERIFY2(!error.isEmpty(), "refused");
        // Not approved yet: nothing may provision it, not even the controller.
        QCOMPARE(admin({QStringLiteral("provision"), QStringLiteral("resume"), id}).exitCode, 3);
        const test::CtlRun last = approve(lee); // legal (lee also holds cto, already given)
        QCOMPARE(last.exitCode, 0);
        QVERIFY2(last.err.contains("provisioning waits for an operator"), qPrintable(last.err));
        const QJsonObject shown = as(rita, {QStringLiteral("--json"), QStringLiteral("provision"),
                                            QStringLiteral("show"), id})
                                      .json()
                                      .object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QStringList given;
        for (const QJsonValue &a : shown.value(QStringLiteral("approvals")).toArray())
            given << a.toObject().value(QStringLiteral("approver")).toString() + QLatin1Char(':') +
                         a.toObject().value(QStringLiteral("authority")).toString();
        QCOMPARE(given, (QStringList{fay + ":cfo", carl + ":cto", lee + ":legal"}));
        // The run creates roles and schemas in the PostgreSQL system: here
        // (its demo default is this registry's own server) the registry's
        // owner runs it, as the controller would.
        const test::CtlRun run = m_ctl.run(
            {QStringLiteral("--json"), QStringLiteral("provision"), QStringLiteral("resume"), id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(tenantIdsListedBy(rita).contains(QStringLiteral("flagship")), true);
    }

    void theRequesterCannotApproveTheirOwnRequest()
    {
        const QString carl = login("carl"); // the cto
        // Rita may both submit (operator) and approve (cfo) anywhere; Otto
        // is an operator who may not approve.
        const QString rita = login("rita");
        const QString otto = login("otto");
        QTemporaryDir dir;
        const QString file = test::writeFile(
            dir, QStringLiteral("acme.json"),
            R"({"tenant_name": "Acme Corporation", "tier": "gold", "region": "eu-west-1",
                "budget": 2000000, "owner_email": "cto@acme.example", "tenant_id": "acme",
                "cost_center": "CC-ACME", "compliance": ["SOX"]})");
        const test::CtlRun submitted =
            as(rita, {QStringLiteral("--json"), QStringLiteral("provision"),
                      QStringLiteral("--from"), file});
        QCOMPARE(submitted.exitCode, 0);
        const QJsonObject request = submitted.json().object();
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(request.value(QStringLiteral("requested_by")).toString(), rita);
        const QString id = request.value(QStringLiteral("request_id")).toString();

        const test::CtlRun r = as(rita, {QStringLiteral("provision"), QStringLiteral("approve"), id,
                                         QStringLiteral("--comment"), QStringLiteral("mine"),
                                         QStringLiteral("--no-run")});
        QVERIFY2(r.exitCode == 3 && r.err.contains("cannot decide it"), qPrintable(r.err));
        const QString decide =
            QStringLiteral("UPDATE provisioning_requests SET status = 'approved', "
                           "decided_by = '%1', decided_at = now() WHERE request_id = '%2'");
        QString error;
        QCOMPARE(execAs(rita, decide.arg(rita, id), &error), -1);
        QVERIFY2(error.contains("cannot decide it"), qPrintable(error));
        // Nor may someone without the approver role decide it, nor write
        // another's name as the decider, nor pass it off as the policy's.
        QCOMPARE(execAs(otto, decide.arg(otto, id), &error), -1);
        QVERIFY2(error.contains("needs the approver role"), qPrintable(error));
        QCOMPARE(execAs(otto, decide.arg(QStringLiteral("cfo-someone"), id), &error), -1);
        QVERIFY2(error.contains("recorded as the login"), qPrintable(error));
        QCOMPARE(execAs(otto, decide.arg(QStringLiteral("policy"), id), &error), -1);
        QVERIFY2(error.contains("needs no approver"), qPrintable(error));
        QCOMPARE(
            execAs(
                otto,
                QStringLiteral(
                    "UPDATE provisioning_requests SET estimated_cost = 1 WHERE request_id = '%1'")
                    .arg(id),
                &error),
            -1);
        QVERIFY2(error.contains("cannot be changed once submitted"), qPrintable(error));
        QCOMPARE(
            selectAs(otto, QStringLiteral(
                               "SELECT status FROM provisioning_requests WHERE request_id = '%1'")
                               .arg(id)),
            QStringList{QStringLiteral("pending")});
        // Deciding with no name, as the requester.
        QCOMPARE(execAs(rita,
                        QStringLiteral("UPDATE provisioning_requests SET status = 'approved', "
                                       "decided_at = now() WHERE request_id = '%1'")
                            .arg(id),
                        &error),
                 -1);
        QVERIFY2(error.contains("permission denied") &&
                     (error.contains("cannot decide it") || error.contains("still waits")),
                 qPrintable(error));
        // A rejection is final: not reopened, not renamed.
        QCOMPARE(as(otto, {QStringLiteral("provision"), QStringLiteral("reject"), id,
                           QStringLiteral("--comment"), QStringLiteral("no")})
                     .exitCode,
                 3); // otto is no approver
        QCOMPARE(as(carl, {QStringLiteral("provision"), QStringLiteral("reject"), id,
                           QStringLiteral("--comment"), QStringLiteral("not this quarter")})
                     .exitCode,
                 0);
        QCOMPARE(execAs(otto,
                        QStringLiteral("UPDATE provisioning_requests SET status = 'approved', "
                                       "decided_by = 'policy' WHERE request_id = '%1'")
                            .arg(id),
                        &error),
                 -1);
        QVERIFY2(error.contains("is final"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
