// The console when PostgreSQL is away, against a real server this test
// stops and starts (a throwaway cluster of its own, scripts/pg-throwaway.sh):
// the window opens offline with nothing modal, fills in when the server
// comes, shows offline within 5 s when it goes, refuses writes with a clear
// message and nothing written, and reconnects by itself; the first action
// after the return works on connections the restart left stale.
#include "background.h"
#include "connectionmonitor.h"
#include "mainwindow.h"
#include "tenanttablemodel.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace tenant;

class TestOffline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cluster{QStringLiteral("/tmp/tenant-offline-XXXXXX")};
    DatabaseUrl m_url;

    static void cluster(const QString &action, const QString &dir, const QString &port = {})
    {
        QProcess p;
        QStringList args{action, dir};
        if (!port.isEmpty())
            args << port;
        p.start(QStringLiteral(TENANT_SOURCE_DIR "/scripts/pg-throwaway.sh"), args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("pg-throwaway.sh %s failed: %s", qPrintable(action),
                   p.readAllStandardError().constData());
    }
    void stopServer() { cluster(QStringLiteral("stop"), m_cluster.path()); }
    void startServer() { cluster(QStringLiteral("resume"), m_cluster.path()); }

    static QString freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("no free port");
        return QString::number(probe.serverPort());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cluster.isValid());
        QFile::setPermissions(m_cluster.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                    QFileDevice::ExeOther);
        const QString port = freePort();
        cluster(QStringLiteral("start"), m_cluster.path(), port);
        QFile password(m_cluster.filePath(QStringLiteral("password")));
        QVERIFY(password.open(QIODevice::ReadOnly));
        m_url = DatabaseUrl::parse(
                    QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(port))
                    .value();
        m_url.password = QString::fromUtf8(password.readAll()).trimmed();
        stopServer(); // the console starts with the server away
    }
    void cleanupTestCase() { stopServer(); }

    void theConsoleOpensOfflineAndFollowsTheServer()
    {
        Workspace ws(m_url);
        ws.setActor(QStringLiteral("tester"));
        auto *monitor = new ConnectionMonitor(ws.database(), ws.pool());
        monitor->setIntervals(500, {500});
        monitor->setFirstContact([&ws]() -> Status {
            if (Status s = ws.open(); !s)
                return s;
            if (test::direct(&ws)->tenants().get(QStringLiteral("finance")))
                return success();
            Tenant t = test::direct(&ws)->tenants().tierTemplate(Tier::Gold).value();
            t.tenantId = QStringLiteral("finance");
            t.tenantName = QStringLiteral("Finance");
            const Result<Tenant> created =
                test::direct(&ws)->tenants().create(t, QStringLiteral("tester"));
            return created ? success() : Status(created.error());
        });
        ui::MainWindow window(ws, false, monitor);
        monitor->setParent(&window);
        window.show();
        QSignalSpy firstFailure(&window, &ui::MainWindow::firstContactFailed);
        monitor->start();

        // 1. Unreachable at start: offline, each page says why, nothing modal.
        QVERIFY(firstFailure.wait(15000));
        QVERIFY(!window.hasPages());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.connectionState()->text().startsWith(QStringLiteral("Offline — retrying")),
            5000);
        for (const QString &page : ui::MainWindow::pageNames()) {
            QVERIFY2(window.placeholderText(page).contains(QStringLiteral("does not answer")),
                     qPrintable(page));
            QVERIFY(window.placeholderText(page).contains(QStringLiteral("refused")));
        }
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        const Result<Tenant> early = test::direct(&ws)->tenants().get(QStringLiteral("finance"));
        QVERIFY(!early);
        QVERIFY2(early.error().message.contains(QStringLiteral("offline")),
                 qPrintable(early.error().message));

        // 2. The server comes: the pages fill in without a restart.
        startServer();
        QTRY_VERIFY_WITH_TIMEOUT(window.hasPages(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(window.tenantModel().rowCount(), 1, 10000);
        QTRY_COMPARE(window.connectionState()->text(), QStringLiteral("Connected"));

        // 3. Lost mid-session: offline within 5 s, the rows stay, writes refused.
        Tenant finance = test::direct(&ws)->tenants().get(QStringLiteral("finance")).value();
        QElapsedTimer lost;
        stopServer();
        lost.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.offlineBanner()->isVisible(), 5000);
        const qint64 noticedMs = lost.elapsed();
        qInfo("offline shown %lld ms after the server stopped", noticedMs);
        QVERIFY(noticedMs < 5000);
        QVERIFY(window.connectionState()->text().startsWith(QStringLiteral("Offline")));
        QCOMPARE(window.tenantModel().rowCount(), 1);
        Tenant edited = finance;
        edited.costCenter = QStringLiteral("CC-WHILE-AWAY");
        const Result<Tenant> refused =
            test::direct(&ws)->tenants().update(edited, QStringLiteral("tester"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Storage);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("the registry is offline")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("nothing was read or written")));
        QCOMPARE(QApplication::activeModalWidget(), nullptr);

        // 4. Back: it reconnects by itself, and the first actions work, on
        // the GUI thread's connection and on the pool's, all made stale.
        startServer();
        QTRY_VERIFY_WITH_TIMEOUT(!window.offlineBanner()->isVisible(), 15000);
        const Result<Tenant> after = test::direct(&ws)->tenants().get(QStringLiteral("finance"));
        QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
        QCOMPARE(after->costCenter, finance.costCenter); // nothing was written while away
        const Result<Tenant> saved =
            test::direct(&ws)->tenants().update(edited, QStringLiteral("tester"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        std::optional<Result<Tenant>> fromWorker;
        runInBackground<Result<Tenant>>(
            ws.pool(), &window,
            [&ws] { return test::direct(&ws)->tenants().get(QStringLiteral("finance")); },
            [&fromWorker](Result<Tenant> r) { fromWorker.emplace(std::move(r)); });
        QTRY_VERIFY(fromWorker.has_value());
        QVERIFY(fromWorker->ok());
        QCOMPARE((*fromWorker)->costCenter, QStringLiteral("CC-WHILE-AWAY"));
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionState()->text(), QStringLiteral("Connected"),
                                  10000);
    }

    void theFirstStatementAfterARestartWorks()
    {
        // Without any monitor: a connection the restart dropped is reopened
        // by the next statement instead of failing it. The database layer
        // alone, as a worker uses it: the GUI-thread guard is lifted.
        const Database::DirectAccess direct;
        startServer();
        Database db(m_url);
        QVERIFY_OK(db.open());
        QVERIFY_OK(db.prepare(QStringLiteral("SELECT 1")));
        stopServer();
        startServer();
        Result<QSqlQuery> q = db.prepare(QStringLiteral("SELECT COUNT(*) FROM tenants"));
        QVERIFY2(q.ok(), qPrintable(q.ok() ? QString() : q.error().message));
        QVERIFY_OK(Database::exec(q.value(), QStringLiteral("count")));
        stopServer();
        startServer();
        Transaction tx(db);
        QVERIFY2(tx.isActive(), qPrintable(tx.beginError().message));
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
