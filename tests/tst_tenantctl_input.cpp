// Hostile input through tenantctl, end to end on SQLite and PostgreSQL:
// options, JSON files and reasons. Each refusal exits 2 (usage: an option
// that needs a number got text, an option the command does not take) or 3
// (a rule: naming the field), prints one short line, never a password, and
// leaves the registry and its audit log unchanged.
#include "hostileinput.h"
#include "tenantctlrunner.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

class TestTenantCtlInput : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::TenantCtlRunner m_ctl;
    std::unique_ptr<Workspace> m_ws;
    QTemporaryDir m_files;
    /// Exit codes seen per input class, for the summary.
    QMap<QString, QMap<int, int>> m_exits;

    QByteArray snapshot()
    {
        QByteArray all;
        for (const Tenant &t : m_ws->tenants().list().value())
            all += QJsonDocument(TenantCodec::toJson(t)).toJson(QJsonDocument::Compact);
        for (const char *sql : {"SELECT COUNT(*) FROM audit_log", "SELECT MAX(seq) FROM audit_log",
                                "SELECT COUNT(*) FROM provisioning_requests"}) {
            QSqlQuery q(m_ws->database().connection());
            if (!q.exec(QString::fromLatin1(sql)) || !q.next())
                qFatal("%s failed", sql);
            all += q.value(0).toByteArray() + ';';
        }
        return all;
    }

    /// Runs `args`, expecting a refusal with `exitCode` whose one line
    /// names `mentions`, and nothing changed.
    void expectRefused(const QString &inputClass, const QStringList &args, int exitCode,
                       const QString &mentions)
    {
        const QByteArray before = snapshot();
        const test::CtlRun r = m_ctl.run(args);
        ++m_exits[inputClass][r.exitCode];
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, expected %2: %3")
                                                        .arg(r.exitCode)
                                                        .arg(exitCode)
                                                        .arg(r.err.left(300))));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 0);
        QVERIFY2(r.err.size() < 600, qPrintable(r.err.left(600)));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err.left(300)));
        QCOMPARE(snapshot(), before);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return test::writeFile(m_files, name, content);
    }

    static QString optionOf(const QString &key)
    {
        if (key == QLatin1String("tenant_name"))
            return QStringLiteral("--name");
        QString option = key;
        return QStringLiteral("--") + option.replace(QLatin1Char('_'), QLatin1Char('-'));
    }

private slots:
    void initTestCase()
    {
        m_ctl.setUrl(m_databases.fresh());
        QCOMPARE(m_ctl.run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
        m_ws = std::make_unique<Workspace>(m_ctl.url());
        QVERIFY_OK(m_ws->open());
    }
    void cleanupTestCase()
    {
        m_ws.reset();
        int total = 0;
        for (auto it = m_exits.cbegin(); it != m_exits.cend(); ++it) {
            QStringList codes;
            int inputs = 0;
            for (auto code = it->cbegin(); code != it->cend(); ++code) {
                codes << QStringLiteral("exit %1: %2").arg(code.key()).arg(code.value());
                inputs += code.value();
            }
            total += inputs;
            qInfo("tenantctl, %s: %d inputs (%s)", qPrintable(it.key()), inputs,
                  qPrintable(codes.join(QStringLiteral(", "))));
        }
        qInfo("tenantctl: %d hostile inputs in all", total);
    }

    void textOptionsFollowTheRules_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("inputClass");
        QTest::addColumn<QString>("value");
        for (const test::TextField &field : test::tenantTextFields())
            for (const test::HostileText &bad :
                 test::hostileTexts(field.maxLength, field.required)) {
                // A command line holds neither NUL nor a lone surrogate (the
                // files below carry those), and one argument stays under
                // the kernel's 128 KiB.
                if (bad.value.contains(QChar(0)) || bad.inputClass == QLatin1String("unicode") ||
                    bad.value.size() > 100000)
                    continue;
                QTest::addRow("%s: %s", qPrintable(field.key), qPrintable(bad.name))
                    << field.key << bad.inputClass << bad.value;
            }
    }
    void textOptionsFollowTheRules()
    {
        QFETCH(QString, key);
        QFETCH(QString, inputClass);
        QFETCH(QString, value);
        QStringList create{"tenant", "create", "--id", "acme", "--tier", "gold", "--name", "Acme"};
        if (key == QLatin1String("tenant_name"))
            create.removeLast(), create.removeLast();
        expectRefused(inputClass, create + QStringList{optionOf(key), value}, 3, key);
        expectRefused(inputClass, {"tenant", "update", "finance", optionOf(key), value}, 3, key);
    }

    void undecodableArgumentsAreRefused()
    {
        // Bytes that are not UTF-8 arrive as U+FFFD; a shell passes them raw.
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                {"-c",
                 QStringLiteral("exec \"$0\" --db \"$1\" tenant update finance --name "
                                "\"$(printf 'ab\\377\\376cd')\""),
                 QStringLiteral(TENANTCTL_PATH), test::TestDatabase::urlText(m_ctl.url())});
        QVERIFY(p.waitForFinished(60000));
        ++m_exits[QStringLiteral("unicode")][p.exitCode()];
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(p.readAllStandardError().contains("tenant_name: is not valid Unicode"));
    }

    void numbersOutOfRangeNameTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        for (const test::HostileNumber &n : test::hostileNumbers())
            QTest::addRow("%s: %s", qPrintable(n.key), qPrintable(n.name)) << n.key << n.text;
        QTest::newRow("sla_target: over 1") << "sla_target"
                                            << "1.2";
        QTest::newRow("sla_target: 1e999") << "sla_target"
                                           << "1e999";
    }
    void numbersOutOfRangeNameTheField()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        expectRefused(QStringLiteral("range"), {"tenant", "update", "ops", optionOf(key), text}, 3,
                      key + QStringLiteral(": must be"));
    }

    void optionsThatNeedANumberRefuseText_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("text");
        const QStringList signalArgs{"--latency-p95",  "500",  "--error-rate", "0.01",
                                     "--success-rate", "0.99", "--storage",    "0.5"};
        const QList<std::pair<QStringList, QString>> commands = {
            {{"tenant", "update", "ops"}, "max-users"},
            {{"tenant", "update", "ops"}, "max-documents"},
            {{"tenant", "update", "ops"}, "monthly-budget"},
            {{"tenant", "update", "ops"}, "retention-days"},
            {{"tenant", "update", "ops"}, "sla-target"},
            {{"tenant", "update", "ops", "--name", "Ops"}, "expected-version"},
            {{"flag", "set", "beta", "--scope", "global", "--enabled", "true"}, "rollout"},
            {QStringList{"health", "score"} + signalArgs.mid(2), "latency-p95"},
            {QStringList{"health", "record", "ops"} + signalArgs.mid(0, 6), "storage"}};
        for (const auto &[command, option] : commands)
            for (const QString &text : test::notNumbers())
                QTest::addRow("--%s %s", qPrintable(option), qPrintable(text))
                    << command << option << text;
    }
    void optionsThatNeedANumberRefuseText()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, option);
        QFETCH(QString, text);
        // A word that starts with "--" would be read as the next option.
        expectRefused(QStringLiteral("not a number"),
                      command +
                          QStringList{QStringLiteral("--") + option + QLatin1Char('=') + text},
                      2, QStringLiteral("--") + option);
    }

    void optionsACommandDoesNotTakeAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("actor") << QStringList{"--actor", "cfo", "stats"} << "--actor";
        QTest::newRow("actor on approve")
            << QStringList{"provision", "approve", "req-x", "--comment", "ok", "--actor", "cfo"}
            << "--actor";
        QTest::newRow("typo of reason")
            << QStringList{"lifecycle", "transition", "hr", "suspended", "--reasn", "x"}
            << "--reasn";
        QTest::newRow("unknown attribute")
            << QStringList{"tenant", "create", "--id", "acme",     "--name",
                           "A",      "--tier", "gold", "--colour", "red"}
            << "--colour";
        QTest::newRow("status on update")
            << QStringList{"tenant", "update", "ops", "--status", "deleted"} << "--status";
        QTest::newRow("switch with a value") << QStringList{"--json=yes", "stats"} << "--json";
        QTest::newRow("odd option name") << QStringList{"stats", "--Z\x1b"} << "unknown option";
        QTest::newRow("given twice")
            << QStringList{"tenant", "update", "ops", "--name", "a", "--name", "b"} << "twice";
        QTest::newRow("switch on the wrong command")
            << QStringList{"stats", "--confirm"} << "--confirm";
        QTest::newRow("an extra argument") << QStringList{"tenant", "list", "extra"} << "'extra'";
        QTest::newRow("db and profile") << QStringList{"--profile", "p", "stats"} << "--profile";
        QTest::newRow("file and option name one key")
            << QStringList{"tenant", "create", "--from", "@file", "--name", "Other"}
            << "tenant_name";
    }
    void optionsACommandDoesNotTakeAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        for (QString &arg : args)
            if (arg == QLatin1String("@file"))
                arg = writeFile(QStringLiteral("named.json"),
                                R"({"tenant_id": "acme", "tenant_name": "Acme", "tier": "gold"})");
        expectRefused(QStringLiteral("option"), args, 2, mentions);
    }

    void jsonFilesAreStrict_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mentions");
        const QByteArray tenant = R"("tenant_id": "acme", "tier": "gold")";
        const QByteArray request = R"("tenant_name": "Acme", "tier": "bronze",
            "region": "ap-south-1", "budget": 90000, "owner_email": "a@corp.example")";
        const auto obj = [](const QByteArray &a, const QByteArray &b) -> QByteArray {
            return QByteArray("{") + a + ", " + b + "}";
        };
        QTest::newRow("tenant: duplicate tier")
            << "tenant" << obj(tenant, R"("tenant_name": "A", "tier": "bronze")")
            << "tier: is given twice";
        QTest::newRow("tenant: nested duplicate")
            << "tenant" << obj(tenant, R"("tenant_name": "A", "metadata": {"a": 1, "a": 2})")
            << "'metadata.a'";
        QTest::newRow("tenant: cost centre a number")
            << "tenant" << obj(tenant, R"("tenant_name": "A", "cost_center": 5)") << "cost_center";
        QTest::newRow("tenant: tags a string")
            << "tenant" << obj(tenant, R"("tenant_name": "A", "compliance_tags": "GDPR")")
            << "compliance_tags";
        QTest::newRow("tenant: tier a number")
            << "tenant" << QByteArray(R"({"tenant_id": "acme", "tenant_name": "A", "tier": 3})")
            << "tier";
        QTest::newRow("tenant: NUL in name")
            << "tenant" << obj(tenant, R"("tenant_name": "A\u0000B")") << "tenant_name";
        QTest::newRow("tenant: lone surrogate")
            << "tenant" << obj(tenant, R"("tenant_name": "A\ud800B")") << "tenant_name";
        QTest::newRow("tenant: zero-width name")
            << "tenant" << obj(tenant, R"("tenant_name": "\u200b\u200b")") << "tenant_name";
        QTest::newRow("tenant: name over the limit")
            << "tenant" << obj(tenant, "\"tenant_name\": \"" + QByteArray(201, 'n') + "\"")
            << "tenant_name: must be at most 200";
        QTest::newRow("tenant: 10 MB name")
            << "tenant" << obj(tenant, "\"tenant_name\": \"" + QByteArray(10 << 20, 'n') + "\"")
            << "at most 1,048,576 bytes";
        QTest::newRow("tenant: users over INTEGER")
            << "tenant" << obj(tenant, R"("tenant_name": "A", "max_users": 3000000000)")
            << "max_users: must be between 1 and 2,147,483,647";
        QTest::newRow("tenant: invalid UTF-8")
            << "tenant" << obj(tenant, "\"tenant_name\": \"A\xff\xfe\"") << "malformed JSON";
        QTest::newRow("tenant: not an object")
            << "tenant" << QByteArray("[1]") << "one JSON object";
        QTest::newRow("request: compliance a string")
            << "request" << obj(request, R"("compliance": "GDPR")") << "compliance";
        QTest::newRow("request: duplicate budget")
            << "request" << obj(request, R"("budget": 1)") << "budget: is given twice";
        QTest::newRow("request: cost centre a number")
            << "request" << obj(request, R"("cost_center": 7)") << "cost_center";
        QTest::newRow("request: escape in name")
            << "request"
            // (not a raw string: moc misreads this one)
            << QByteArray("{\"tenant_name\": \"Ac\\u001b[2Jme\", \"tier\": \"bronze\", "
                          "\"region\": \"ap-south-1\", \"budget\": 90000, "
                          "\"owner_email\": \"a@corp.example\"}")
            << "tenant_name";
        QTest::newRow("tenant: GDPR outside the EU")
            << "tenant"
            << obj(tenant,
                   R"("tenant_name": "A", "region": "ap-south-1", "compliance_tags": ["GDPR"])")
            << "GDPR keeps data in EU";
        QTest::newRow("tenant: huge numbers in metadata")
            << "tenant" << obj(tenant, R"("tenant_name": "A", "metadata": {"a": [1e300, 1e300]})")
            << "metadata: holds 1e+300";
        QTest::newRow("request: budget a string")
            << "request"
            << QByteArray(
                   R"({"tenant_name": "A", "tier": "bronze", "region": "ap-south-1", "budget": "90000", "owner_email": "a@corp.example"})")
            << "budget";
    }
    void jsonFilesAreStrict()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        const QString file = writeFile(QStringLiteral("input.json"), content);
        expectRefused(QStringLiteral("json file"),
                      command == QLatin1String("tenant")
                          ? QStringList{"tenant", "create", "--from", file}
                          : QStringList{"provision", "--from", file},
                      3, mentions);
    }

    void lifecycleChangesNeedAReason_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const auto &[name, reason] :
             {std::pair{"blank", QStringLiteral("  ")},
              std::pair{"zero-width", QString(2, QChar(0x200b))},
              std::pair{"too long", QString(limits::reason + 1, QLatin1Char('r'))},
              std::pair{"escape", QStringLiteral("x\x1b[2J")}}) {
            QTest::addRow("transition, %s", name)
                << QStringList{"lifecycle", "transition", "hr", "suspended", "--reason", reason};
            QTest::addRow("suspend, %s", name) << QStringList{"suspend", "hr", "--reason", reason};
            QTest::addRow("activate, %s", name)
                << QStringList{"activate", "hr", "--reason", reason};
        }
        QTest::newRow("transition, none")
            << QStringList{"lifecycle", "transition", "hr", "suspended"};
        QTest::newRow("suspend, none") << QStringList{"suspend", "hr"};
        QTest::newRow("activate, none") << QStringList{"activate", "hr"};
    }
    void lifecycleChangesNeedAReason()
    {
        QFETCH(QStringList, args);
        expectRefused(QStringLiteral("reason"), args, 3, QStringLiteral("reason: "));
    }

    void passwordsAreNeverEchoed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no host") << "postgresql://alice:S3CRET-pw@/registry";
        QTest::newRow("no database") << "postgresql://alice:S3CRET-pw@db.example:5432";
        QTest::newRow("no user") << "postgresql://:S3CRET-pw@db.example/registry";
        QTest::newRow("bad port") << "postgresql://alice:S3CRET-pw@db.example:port/registry";
        QTest::newRow("space in it") << "postgresql://alice:S3CRET pw@db.example/registry";
        QTest::newRow("unknown scheme") << "mysql://alice:S3CRET-pw@db.example/registry";
        QTest::newRow("@ in the password") << "postgresql://alice:S3CRET@pw@/registry";
        QTest::newRow("no scheme") << "alice:S3CRET-pw@db.example/registry";
        QTest::newRow("query password") << "postgresql://alice@/registry?password=S3CRET-pw";
        QTest::newRow("no @ at all") << "postgresql://alice:S3CRET-pw";
        QTest::newRow("no @, a path") << "postgresql://alice:S3CRET-pw/registry";
    }
    void passwordsAreNeverEchoed()
    {
        QFETCH(QString, url);
        for (const QString &program :
             {QStringLiteral(TENANTCTL_PATH), QStringLiteral(TENANT_ADMIN_PATH)}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p.setProcessEnvironment(env);
            p.start(program,
                    {"--db", url, program.endsWith("tenantctl") ? "stats" : "--quit-after=1"});
            QVERIFY(p.waitForFinished(60000));
            const QByteArray err = p.readAllStandardError();
            ++m_exits[QStringLiteral("password in a malformed URL")][p.exitCode()];
            QCOMPARE(p.exitCode(), program.endsWith("tenantctl") ? 3 : 2);
            QVERIFY2(!err.contains("S3CRET"), err.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestTenantCtlInput)
#include "tst_tenantctl_input.moc"
