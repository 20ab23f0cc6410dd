// Credentials: .pgpass parsing and the precedence URL > PGPASSWORD > .pgpass.
#include "credentials.h"
#include "testprinters.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writePgpass(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("pgpass"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write pgpass");
        f.write(content);
        return path;
    }

    static DatabaseUrl url(const QString &text) { return DatabaseUrl::parse(text).value(); }

private slots:
    void initTestCase() { qputenv("TENANT_ADMIN_NO_KEYCHAIN", "1"); }

    void pgpassMatching_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::newRow("exact") << QByteArray("db:5432:registry:admin:pw1\n")
                               << "postgresql://admin@db:5432/registry"
                               << "pw1";
        QTest::newRow("wildcards")
            << QByteArray("*:*:*:admin:pw2\n") << "postgresql://admin@db:6000/x"
            << "pw2";
        QTest::newRow("first match wins")
            << QByteArray("db:*:*:*:first\ndb:*:*:*:second\n") << "postgresql://u@db/x"
            << "first";
        QTest::newRow("other host")
            << QByteArray("other:5432:registry:admin:pw\n") << "postgresql://admin@db:5432/registry"
            << "";
        QTest::newRow("other port")
            << QByteArray("db:5433:registry:admin:pw\n") << "postgresql://admin@db:5432/registry"
            << "";
        QTest::newRow("escaped colon")
            << QByteArray("db:5432:registry:admin:a\\:b\\\\c\n") << "postgresql://admin@db/registry"
            << "a:b\\c";
        QTest::newRow("comments skipped")
            << QByteArray("# db:5432:registry:admin:no\ndb:5432:registry:admin:yes\n")
            << "postgresql://admin@db/registry"
            << "yes";
        QTest::newRow("short line ignored")
            << QByteArray("db:5432:admin\n") << "postgresql://admin@db/registry"
            << "";
    }
    void pgpassMatching()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, url);
        QFETCH(QString, password);
        QCOMPARE(Credentials::lookupPgpass(writePgpass(file), DatabaseUrl::parse(url).value()),
                 password);
    }

    void precedence()
    {
        const QString pgpass = writePgpass("db:5432:registry:admin:from-file\n");
        qputenv("PGPASSFILE", pgpass.toUtf8());
        qunsetenv("PGPASSWORD");
        QCOMPARE(Credentials::passwordFor(url(QStringLiteral("postgresql://admin@db/registry"))),
                 QStringLiteral("from-file"));
        qputenv("PGPASSWORD", "from-env");
        QCOMPARE(Credentials::passwordFor(url(QStringLiteral("postgresql://admin@db/registry"))),
                 QStringLiteral("from-env"));
        QCOMPARE(
            Credentials::passwordFor(url(QStringLiteral("postgresql://admin:in-url@db/registry"))),
            QStringLiteral("in-url"));
        qunsetenv("PGPASSWORD");
        QCOMPARE(Credentials::passwordFor(url(QStringLiteral("postgresql://nobody@db/registry"))),
                 QString());
        qunsetenv("PGPASSFILE");
    }

    void keychainAccountNeverHoldsThePassword()
    {
        const DatabaseUrl u = url(QStringLiteral("postgresql://admin:s3cret@db:5432/registry"));
        QCOMPARE(u.keychainAccount(), QStringLiteral("admin@db:5432/registry"));
        QVERIFY(!u.toDisplayString().contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
