// The connection dialog against the real keychain (gnome-keyring over a
// private D-Bus session in CI) and the real PostgreSQL test server.
#include "connectiondialog.h"
#include "connectionprofilemodel.h"
#include "credentials.h"
#include "downstreamform.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;
using namespace tenant::ui;

class TestGuiConnections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_settings;
    ConnectionProfile m_profile;
    QString m_password;

private slots:
    void initTestCase()
    {
        const QString adminUrl = qEnvironmentVariable("TENANT_TEST_PG_URL");
        m_password = qEnvironmentVariable("PGPASSWORD");
        QVERIFY2(!adminUrl.isEmpty() && !m_password.isEmpty(),
                 "needs TENANT_TEST_PG_URL and PGPASSWORD");
        const DatabaseUrl url = DatabaseUrl::parse(adminUrl).value();
        m_profile = {"registry-test", url.host, url.port, url.database, url.user,
                     "disable",       {},       {},       {},           {}};
        m_settings = m_dir.filePath("settings.ini");
        // Only the dialog may supply the password from here on.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent");
        qputenv("TENANT_ADMIN_NO_KEYCHAIN", "1");
    }
    void cleanupTestCase() { qputenv("PGPASSWORD", m_password.toUtf8()); }

    void savedPasswordGoesToTheKeychainOnly()
    {
        ConnectionProfileStore store(m_settings);
        ConnectionProfileModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConnectionDialog dialog(store);
        dialog.setFormProfile(m_profile);
        QTest::keyClicks(dialog.passwordEdit(), m_password);
        QVERIFY(dialog.rememberPassword()->isChecked());
        QSignalSpy stored(&dialog, &ConnectionDialog::passwordStored);
        dialog.saveProfile();
        QVERIFY(stored.wait(10000));
        QVERIFY2(dialog.statusLabel()->text().contains("stored in the system keychain"),
                 qPrintable(dialog.statusLabel()->text()));

        QFile file(m_settings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("registry-test"));
        QVERIFY2(!onDisk.contains(m_password.toUtf8()), "the password reached the settings file");
        QCOMPARE(Keychain::readPassword(m_profile.url().keychainAccount()).value(), m_password);
        QCOMPARE(model.rowCount(), 1);
    }

    void selectingAProfileReadsItsPasswordAndConnects()
    {
        ConnectionProfileStore store(m_settings);
        ConnectionDialog dialog(store);
        QSignalSpy loaded(&dialog, &ConnectionDialog::passwordLoaded);
        dialog.profileList()->setCurrentIndex(dialog.profileList()->model()->index(0, 0));
        if (loaded.isEmpty())
            QVERIFY(loaded.wait(10000));
        QCOMPARE(dialog.passwordEdit()->text(), m_password);
        QCOMPARE(dialog.formProfile(), m_profile);

        dialog.connectToProfile();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.demoChosen());
        QCOMPARE(store.lastProfile(), QStringLiteral("registry-test"));
        // The URL carries the password in memory: the server accepts it
        // (checked directly, as the console's worker would connect).
        Database db(dialog.selectedUrl());
        QVERIFY(test::direct(&db)->connection().isOpen());
    }

    void lastProfileIsPreselected()
    {
        ConnectionProfileStore store(m_settings);
        ConnectionDialog dialog(store);
        QCOMPARE(dialog.profileList()->currentIndex().data().toString(),
                 QStringLiteral("registry-test"));
    }

    void openDemoChoosesTheDemoDatabase()
    {
        ConnectionProfileStore store(m_settings);
        ConnectionDialog dialog(store);
        QTest::mouseClick(dialog.findChild<QPushButton *>("openDemo"), Qt::LeftButton);
        QVERIFY(dialog.demoChosen());
        QCOMPARE(dialog.selectedUrl().backend, Backend::SQLite);
        QVERIFY(dialog.selectedUrl().path.endsWith("demo.sqlite"));
    }

    void invalidProfileIsRefusedWithAMessage()
    {
        ConnectionProfileStore store(m_settings);
        ConnectionDialog dialog(store);
        ConnectionProfile broken = m_profile;
        broken.name = "broken";
        broken.database.clear();
        dialog.setFormProfile(broken);
        dialog.saveProfile();
        QVERIFY(dialog.statusLabel()->text().contains("database"));
        QCOMPARE(store.profiles().size(), 1);
    }

    void secretsTypedIntoUrlsGoToTheKeychain()
    {
        // A Redis password in its URL and a webhook token in its query are
        // stored in the keychain; the settings file keeps the URLs without them.
        ConnectionProfileStore store(m_settings);
        ConnectionDialog dialog(store);
        ConnectionProfile profile = m_profile;
        profile.name = QStringLiteral("with-systems");
        dialog.setFormProfile(profile);
        dialog.downstreamForm()
            ->findChild<QLineEdit *>(QStringLiteral("redisUrl"))
            ->setText(QStringLiteral("redis://:R3DIS-SECRET@127.0.0.1:6390"));
        dialog.downstreamForm()
            ->findChild<QLineEdit *>(QStringLiteral("webhookUrl"))
            ->setText(QStringLiteral("https://hooks.example/tenants?token=W3BHOOK-TOKEN"));
        dialog.saveProfile();

        const std::optional<ConnectionProfile> saved =
            store.profile(QStringLiteral("with-systems"));
        QVERIFY(saved.has_value());
        QCOMPARE(saved->downstream.redis, QUrl(QStringLiteral("redis://127.0.0.1:6390")));
        QCOMPARE(saved->downstream.webhook, QUrl(QStringLiteral("https://hooks.example/tenants")));
        QTRY_COMPARE(Keychain::readPassword(saved->downstream.redisSecretAccount()).value(),
                     QStringLiteral("R3DIS-SECRET"));
        QTRY_COMPARE(Keychain::readPassword(saved->downstream.webhookQueryAccount()).value(),
                     QStringLiteral("token=W3BHOOK-TOKEN"));
        const Result<DownstreamSecrets> secrets =
            DownstreamSecrets::fromKeychain(saved->downstream);
        QVERIFY_OK(secrets);
        QCOMPARE(secrets->webhookQuery, QStringLiteral("token=W3BHOOK-TOKEN"));
        QFile file(m_settings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("with-systems"));
        QVERIFY2(!onDisk.contains("R3DIS-SECRET"), "the Redis password reached the settings file");
        QVERIFY2(!onDisk.contains("W3BHOOK-TOKEN"), "the webhook token reached the settings file");

        // Core refuses to store one, whatever the caller: a URL with a secret
        // is never written.
        ConnectionProfile direct = profile;
        direct.name = QStringLiteral("direct");
        direct.downstream.redis = QUrl(QStringLiteral("redis://:X@127.0.0.1:6390"));
        QVERIFY(!store.save(direct));
        direct.downstream.redis.clear();
        direct.downstream.monitoring = QUrl(QStringLiteral("http://u:pw@alertmanager:9093"));
        QVERIFY(!store.save(direct));
        QVERIFY(!store.profile(QStringLiteral("direct")));
        store.remove(QStringLiteral("with-systems"));
        QVERIFY_OK(Keychain::deletePassword(saved->downstream.redisSecretAccount()));
        QVERIFY_OK(Keychain::deletePassword(saved->downstream.webhookQueryAccount()));
    }

    void secretsAnEarlierVersionStoredMoveToTheKeychain()
    {
        const QString legacy = m_dir.filePath(QStringLiteral("legacy.ini"));
        {
            QSettings old(legacy, QSettings::IniFormat);
            old.beginWriteArray(QStringLiteral("profiles"), 1);
            old.setArrayIndex(0);
            old.setValue(QStringLiteral("name"), QStringLiteral("old"));
            old.setValue(QStringLiteral("host"), QStringLiteral("db.example"));
            old.setValue(QStringLiteral("database"), QStringLiteral("registry"));
            old.setValue(QStringLiteral("user"), QStringLiteral("admin"));
            old.setValue(QStringLiteral("redisUrl"),
                         QStringLiteral("redis://:0LD-SECRET@cache:6379"));
            old.setValue(QStringLiteral("webhookUrl"),
                         QStringLiteral("https://hooks.example/x?key=0LD-TOKEN"));
            old.endArray();
        }
        ConnectionProfileStore store(legacy);
        const std::optional<ConnectionProfile> old = store.profile(QStringLiteral("old"));
        QVERIFY(old.has_value());
        QCOMPARE(old->downstream.redis, QUrl(QStringLiteral("redis://cache:6379")));
        QCOMPARE(Keychain::readPassword(old->downstream.redisSecretAccount()).value(),
                 QStringLiteral("0LD-SECRET"));
        QCOMPARE(Keychain::readPassword(old->downstream.webhookQueryAccount()).value(),
                 QStringLiteral("key=0LD-TOKEN"));
        QFile file(legacy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains("0LD-SECRET"));
        QVERIFY(!onDisk.contains("0LD-TOKEN"));
        QVERIFY_OK(Keychain::deletePassword(old->downstream.redisSecretAccount()));
        QVERIFY_OK(Keychain::deletePassword(old->downstream.webhookQueryAccount()));
    }

    void deletingAProfileRemovesItsPassword()
    {
        ConnectionProfileStore store(m_settings);
        ConnectionDialog dialog(store);
        dialog.setFormProfile(m_profile);
        dialog.deleteProfile();
        QTRY_COMPARE(Keychain::readPassword(m_profile.url().keychainAccount()).value(), QString());
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_MAIN(TestGuiConnections)
#include "tst_gui_connections.moc"
