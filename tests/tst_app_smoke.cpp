// tenant-admin as a user starts it: on a fresh SQLite file it shows its
// window and exits cleanly; --help and --version answer without a display;
// against a registry that does not answer it still shows its (offline)
// window, takes a screenshot and quits on time; settings land under the
// organisation's name.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestAppSmoke : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QProcessEnvironment environment(bool display) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
        env.insert("XDG_DATA_HOME", m_home.filePath("data"));
        const QString runtime = m_home.filePath("runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
        env.insert("XDG_RUNTIME_DIR", runtime);
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        if (display)
            env.insert("QT_QPA_PLATFORM", "offscreen");
        else
            env.remove("QT_QPA_PLATFORM");
        return env;
    }

    struct Finished
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Finished run(const QStringList &args, bool display = true, int timeoutMs = 30000)
    {
        QProcess app;
        app.setProcessEnvironment(environment(display));
        app.start(TENANT_ADMIN_PATH, args);
        if (!app.waitForFinished(timeoutMs)) {
            app.kill();
            app.waitForFinished();
            return {};
        }
        return {app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1,
                app.readAllStandardOutput(), app.readAllStandardError()};
    }

private slots:
    void startsAndQuits()
    {
        const Finished done =
            run({"--db", "sqlite:" + m_home.filePath("smoke.sqlite"), "--quit-after", "300"});
        QCOMPARE(done.exitCode, 0);
        QVERIFY(QFile::exists(m_home.filePath("smoke.sqlite"))); // created and migrated
        // Settings under the organisation, not Qt's "Unknown Organization".
        QVERIFY(QFile::exists(m_home.filePath("config/Tenant Admin/tenant-admin.conf")));
        QVERIFY(!QDir(m_home.filePath("config/Unknown Organization")).exists());
    }

    void helpAndVersionNeedNoDisplay()
    {
        const Finished version = run({"--version"}, false);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("tenant-admin " TENANT_VERSION "\n"));
        const Finished help = run({"--help"}, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--screenshot"));
        QVERIFY(help.out.contains("--demo"));
    }

    void anUnreachableRegistryStillShowsTheWindow()
    {
        // Nothing listens on port 1: the window opens offline, nothing modal.
        const QString shot = m_home.filePath("offline.png");
        const Finished screenshot = run({"--db", "postgresql://nobody@127.0.0.1:1/none",
                                         "--screenshot", shot, "--page", "tenants"},
                                        true, 20000);
        QCOMPARE(screenshot.exitCode, 0);
        QVERIFY(QFile(shot).size() > 0);
        const Finished quit = run(
            {"--db", "postgresql://nobody@127.0.0.1:1/none", "--quit-after", "1500"}, true, 20000);
        QCOMPARE(quit.exitCode, 0);
    }

    void commandLineMistakesAreOneLineOnStderr()
    {
        const Finished page = run({"--demo", "--page", "nowhere\nelse"});
        QCOMPARE(page.exitCode, 2);
        QCOMPARE(page.err.trimmed().count('\n'), 0);
        QVERIFY(page.err.contains("unknown page 'nowhere\\nelse'"));
    }
};

QTEST_GUILESS_MAIN(TestAppSmoke)
#include "tst_app_smoke.moc"
