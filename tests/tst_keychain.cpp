// Keychain: a real Secret Service round trip (run under dbus-run-session with
// gnome-keyring), and a PostgreSQL login whose password only the keychain has.
#include "credentials.h"
#include "testprinters.h"
#include "workspace.h"

#include <QTest>
#include <QUuid>

using namespace tenant;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        const QString account =
            QStringLiteral("test-%1@keychain").arg(QUuid::createUuid().toString(QUuid::Id128));
        const Result<QString> before = Keychain::readPassword(account);
        QVERIFY2(before.ok(), before.ok() ? "" : qPrintable(before.error().message));
        QCOMPARE(before.value(), QString()); // not stored yet: empty, not an error
        const Status written =
            Keychain::writePassword(account, QStringLiteral("pässwörd:with;odd chars"));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        const Result<QString> read = Keychain::readPassword(account);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(read.value(), QStringLiteral("pässwörd:with;odd chars"));
        QVERIFY_OK(Keychain::deletePassword(account));
        QCOMPARE(Keychain::readPassword(account).value(), QString());
    }

    void postgresPasswordComesFromTheKeychain()
    {
        const QString adminUrl = qEnvironmentVariable("TENANT_TEST_PG_URL");
        const QString password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY2(!adminUrl.isEmpty() && !password.isEmpty(),
                 "needs TENANT_TEST_PG_URL and PGPASSWORD");
        const DatabaseUrl url = DatabaseUrl::parse(adminUrl).value();

        // Nothing but the keychain knows the password now.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent");
        qunsetenv("TENANT_ADMIN_NO_KEYCHAIN");
        QVERIFY_OK(Keychain::deletePassword(url.keychainAccount()));
        {
            Database withoutSecret(url);
            QVERIFY(!withoutSecret.connection().isOpen()); // scram auth refuses an empty password
        }
        QVERIFY_OK(Keychain::writePassword(url.keychainAccount(), password));
        {
            Database withSecret(url);
            QVERIFY(withSecret.connection().isOpen());
        }
        QVERIFY_OK(Keychain::deletePassword(url.keychainAccount()));
        qputenv("PGPASSWORD", password.toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
