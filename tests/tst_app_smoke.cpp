// tenant-admin starts on a fresh SQLite file, shows its window and exits
// cleanly under the offscreen platform.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppSmoke : public QObject
{
    Q_OBJECT

private slots:
    void startsAndQuits()
    {
        QTemporaryDir dir;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        app.setProcessEnvironment(env);
        app.start(TENANT_ADMIN_PATH,
                  {"--db", "sqlite:" + dir.filePath("smoke.sqlite"), "--quit-after", "300"});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(
            QFile::exists(dir.filePath("smoke.sqlite"))); // the registry was created and migrated
    }
};

QTEST_GUILESS_MAIN(TestAppSmoke)
#include "tst_app_smoke.moc"
