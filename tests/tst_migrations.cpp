// Storage: URL parsing, statement splitting, and migrations applied once,
// in order, on each backend.
#include "migrator.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tenant;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;

private slots:
    void urlParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("display");
        QTest::newRow("sqlite") << "sqlite:/tmp/a.sqlite" << true << "sqlite:/tmp/a.sqlite";
        QTest::newRow("sqlite relative")
            << "sqlite:data/a.sqlite" << true << "sqlite:data/a.sqlite";
        QTest::newRow("postgresql") << "postgresql://admin@db.example:6543/registry" << true
                                    << "postgresql://admin@db.example:6543/registry";
        QTest::newRow("default port")
            << "postgresql://admin@db/registry" << true << "postgresql://admin@db:5432/registry";
        QTest::newRow("password hidden") << "postgresql://admin:s3cret@db:5432/registry" << true
                                         << "postgresql://admin@db:5432/registry";
        QTest::newRow("no user") << "postgresql://db:5432/registry" << false << "";
        QTest::newRow("no database") << "postgresql://admin@db:5432" << false << "";
        QTest::newRow("unknown scheme") << "mysql://admin@db/registry" << false << "";
        QTest::newRow("empty sqlite path") << "sqlite:" << false << "";
        QTest::newRow("client certificate")
            << "postgresql://alice@db/registry?sslmode=verify-full&sslcert=/home/a/alice.crt&"
               "sslkey=/home/a/alice.key&sslrootcert=/etc/ca.crt"
            << true << "postgresql://alice@db:5432/registry";
        QTest::newRow("a path that would add an option")
            << "postgresql://alice@db/registry?sslcert=/a.crt;host=evil" << false << "";
        QTest::newRow("a path with a space")
            << "postgresql://alice@db/registry?sslkey=/my%20keys/a.key" << false << "";
        QTest::newRow("unknown parameter")
            << "postgresql://alice@db/registry?options=-c%20x" << false << "";
    }
    void urlParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, display);
        const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
        QCOMPARE(url.ok(), valid);
        if (valid)
            QCOMPARE(url->toDisplayString(), display);
        else
            QCOMPARE(url.error().kind, ErrorKind::Validation);
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
        QTest::newRow("no trailing semicolon") << "SELECT 1" << QStringList{"SELECT 1"};
        QTest::newRow("semicolon in string")
            << "INSERT INTO t VALUES ('a;b'); SELECT 1;"
            << QStringList{"INSERT INTO t VALUES ('a;b')", "SELECT 1"};
        QTest::newRow("comment with semicolon")
            << "-- one; two\nSELECT 1;" << QStringList{"SELECT 1"};
        QTest::newRow("dollar body")
            << "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql; "
               "SELECT 2;"
            << QStringList{
                   "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql",
                   "SELECT 2"};
        QTest::newRow("sqlite trigger") << "CREATE TRIGGER x AFTER INSERT ON t BEGIN UPDATE a SET "
                                           "b = 1; DELETE FROM c; END; SELECT 3;"
                                        << QStringList{"CREATE TRIGGER x AFTER INSERT ON t BEGIN "
                                                       "UPDATE a SET b = 1; DELETE FROM c; END",
                                                       "SELECT 3"};
        QTest::newRow("postgres trigger")
            << "CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f(); SELECT 4;"
            << QStringList{"CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
                           "SELECT 4"};
    }
    void splitStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(Migrator::splitStatements(script), statements);
    }

    void openAppliesEveryMigrationOnce()
    {
        const DatabaseUrl url = m_databases.fresh();
        {
            Workspace ws(url);
            const Status opened = ws.open();
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            QCOMPARE(Migrator(ws.database()).appliedVersions().value(),
                     (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        }
        Workspace again(url);
        QVERIFY_OK(again.open());
        QCOMPARE(Migrator(again.database()).appliedVersions().value(),
                 (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        QSqlQuery q(again.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM tier_defaults")) && q.next());
        QCOMPARE(q.value(0).toInt(), 4); // seeded once, not twice
    }

    void schemaHasEveryTenantAttribute()
    {
        Workspace ws(m_databases.fresh());
        QVERIFY_OK(ws.open());
        QSqlQuery q(ws.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM tenants WHERE 1 = 0")));
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns << q.record().fieldName(i);
        QStringList expected = TenantCodec::keys();
        std::sort(columns.begin(), columns.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(columns, expected);
        for (const char *table :
             {"feature_flags", "flag_values", "health_samples", "audit_log", "audit_head",
              "policies", "schema_migrations", "provisioning_requests", "demo_downstream",
              "tier_plans", "regions", "residency_rules", "provisioning_steps",
              "tenant_signing_keys", "demo_resources"})
            QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))),
                     table);
    }

    void unreachableServerIsAClearStorageError()
    {
        if (!test::TestDatabase::isPostgres())
            QSKIP("a connection failure needs a server URL");
        DatabaseUrl url =
            DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/none")).value();
        Workspace ws(url);
        const Status opened = ws.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Storage);
        QVERIFY(opened.error().message.startsWith(
            QStringLiteral("cannot open postgresql://nobody@127.0.0.1:1/none")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
