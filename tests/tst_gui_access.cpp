// The console signed in as different people: what each may not do is
// disabled with a tooltip naming the role, the status bar says who is
// signed in, and a break-glass elevation shows a red banner. On SQLite the
// console says there is no access control and leaves everything enabled.
#include "auditpage.h"
#include "democonsole.h"
#include "flagspage.h"
#include "membershipmodel.h"
#include "requestspage.h"
#include "tenantspage.h"
#include "tenanttablemodel.h"
#include "userspage.h"

#include <QAbstractItemModelTester>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>

using namespace tenant;
using namespace tenant::ui;

class TestGuiAccess : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_admin; // the registry's owner: seeds it, grants roles

    static QString login(const char *name)
    {
        return QStringLiteral("g%1_%2")
            .arg(QLatin1String(name))
            .arg(QCoreApplication::applicationPid());
    }
    static QString passwordOf(const QString &login) { return login + QStringLiteral("-pw-secret"); }

    /// A console signed in as `who`, on the admin's registry.
    struct Console
    {
        std::unique_ptr<Workspace> workspace;
        std::unique_ptr<MainWindow> window;
        ~Console()
        {
            window.reset();
            workspace.reset();
        }
    };
    std::unique_ptr<Console> signIn(const QString &who)
    {
        auto console = std::make_unique<Console>();
        DatabaseUrl url = m_admin.url;
        url.user = who;
        url.password = passwordOf(who);
        console->workspace = std::make_unique<Workspace>(url);
        {
            const Database::DirectAccess setUp;
            if (const Status opened = console->workspace->open(); !opened)
                qFatal("sign in as %s: %s", qPrintable(who), qPrintable(opened.error().message));
        }
        console->window = std::make_unique<MainWindow>(*console->workspace, false);
        QSignalSpy loaded(console->window.get(), &MainWindow::loaded);
        console->window->show();
        if (!QTest::qWaitForWindowExposed(console->window.get()) ||
            (loaded.isEmpty() && !loaded.wait(10000)))
            qFatal("the console as %s did not load", qPrintable(who));
        return console;
    }

    void createLogin(const QString &who, const Membership &grant)
    {
        AccessControl &access = m_admin.workspace->access();
        const Database::DirectAccess setUp;
        QVERIFY_OK(access.createLogin(who, passwordOf(who), QStringLiteral("tester")));
        QVERIFY_OK(access.grant(grant, QStringLiteral("tester")));
    }

    static void select(MainWindow &window, const QString &tenantId)
    {
        window.showPage(QStringLiteral("tenants"));
        window.tenantsPage()->selectTenant(tenantId);
        QTRY_COMPARE(window.tenantsPage()->currentTenant()->tenantId, tenantId);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_admin.open(m_databases));
        if (!test::TestDatabase::isPostgres())
            return;
        createLogin(login("viewer"), {login("viewer"), Roles::viewer, {}, {}, {}, {}});
        createLogin(login("legal"),
                    {login("legal"), Roles::operator_, QStringLiteral("legal"), {}, {}, {}});
        createLogin(login("oncall"),
                    {login("oncall"), Roles::operator_, QStringLiteral("hr"), {}, {}, {}});
    }
    void cleanupTestCase() { m_admin.close(); }

    void aLocalRegistrySaysItHasNoAccessControl()
    {
        if (test::TestDatabase::isPostgres())
            QSKIP("the PostgreSQL owner's console is covered below; this is SQLite's label");
        QCOMPARE(m_admin.window->signedInAs()->text(), QStringLiteral("local — no access control"));
        select(*m_admin.window, QStringLiteral("finance"));
        QVERIFY(m_admin.window->tenantsPage()->editAction()->isEnabled());
        QVERIFY(m_admin.window->tenantsPage()->newAction()->isEnabled());
        QVERIFY(m_admin.window->breakGlassBanner()->isHidden());
        UsersPage *users = m_admin.window->usersPage();
        QVERIFY(users->notice()->text().contains("no access control"));
        QVERIFY(!users->grantAction()->isEnabled());
        QVERIFY(!users->createAction()->isEnabled());
    }

    void aPlatformAdminManagesUsersFromTheConsole()
    {
        if (!test::TestDatabase::isPostgres())
            QSKIP("access control is PostgreSQL's");
        UsersPage *users = m_admin.window->usersPage();
        QAbstractItemModelTester tester(users->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        users->reload();
        QTRY_COMPARE(users->model()->rowCount(), 3); // the three grants made above
        QVERIFY(users->grantAction()->isEnabled());
        // Who can act on legal: its own operator and the global viewer.
        users->tenantFilter()->setText(QStringLiteral("legal"));
        QCOMPARE(users->proxy()->rowCount(), 2);
        users->tenantFilter()->clear();

        QSignalSpy changed(users, &UsersPage::changed);
        const QString auditor = login("auditor");
        users->createLogin(auditor, passwordOf(auditor));
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.last().at(0).toBool(), qPrintable(changed.last().at(1).toString()));
        users->grant({auditor, Roles::viewer, QStringLiteral("finance"), {}, {}, {}});
        QVERIFY(changed.wait(10000));
        QVERIFY(changed.last().at(0).toBool());
        QTRY_COMPARE(users->model()->rowCount(), 4);
        // A refusal is the database's, shown as it says it (no such login).
        QString shown;
        test::whenDialogOpens<QMessageBox>(this, [&shown](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        users->grant({QStringLiteral("nobody_") + login("x"), Roles::viewer, {}, {}, {}, {}});
        QVERIFY(changed.wait(10000));
        QVERIFY(!changed.last().at(0).toBool());
        QVERIFY2(changed.last().at(1).toString().contains("no login named"),
                 qPrintable(changed.last().at(1).toString()));
        QTRY_VERIFY(shown.contains("no login named"));
        users->revoke({auditor, Roles::viewer, QStringLiteral("finance"), {}, {}, {}});
        QVERIFY(changed.wait(10000));
        QTRY_COMPARE(users->model()->rowCount(), 3);
    }

    void aViewerSeesEveryChangeDisabledWithTheRoleItNeeds()
    {
        if (!test::TestDatabase::isPostgres())
            QSKIP("access control is PostgreSQL's");
        const std::unique_ptr<Console> c = signIn(login("viewer"));
        MainWindow &w = *c->window;
        QCOMPARE(w.signedInAs()->text(),
                 QStringLiteral("Signed in as %1 — viewer").arg(login("viewer")));
        select(w, QStringLiteral("finance"));
        TenantsPage *page = w.tenantsPage();
        QVERIFY(!page->editAction()->isEnabled());
        QVERIFY2(page->editAction()->toolTip().contains("Needs the operator role for 'finance'"),
                 qPrintable(page->editAction()->toolTip()));
        QVERIFY(!page->newAction()->isEnabled());
        QVERIFY(page->newAction()->toolTip().contains("Needs the operator role"));
        QAction *suspend = page->transitionAction(TenantStatus::Suspended);
        QVERIFY(!suspend->isEnabled());
        QVERIFY(suspend->toolTip().contains("(you hold: viewer)"));
        QVERIFY(!w.requestsPage()->onboardAction()->isEnabled());
        QVERIFY(w.requestsPage()->onboardAction()->toolTip().contains("Needs the operator role"));
        // Users and roles: one's own grant only, and no managing.
        UsersPage *users = w.usersPage();
        QTRY_COMPARE(users->model()->rowCount(), 1);
        QCOMPARE(users->model()->membership(0).login, login("viewer"));
        QVERIFY(!users->grantAction()->isEnabled());
        QVERIFY(users->grantAction()->toolTip().contains("Needs the platform-admin role"));

        // Forced past the console, the database still refuses, clearly.
        Tenant finance =
            test::direct(c->workspace)->tenants().get(QStringLiteral("finance")).value();
        finance.maxUsers = 1;
        const Result<Tenant> forced =
            test::direct(c->workspace)
                ->tenants()
                .update(finance, QStringLiteral("x"), QStringLiteral("forced"));
        QVERIFY(!forced);
        QCOMPARE(forced.error().kind, ErrorKind::Denied);
        QVERIFY2(forced.error().message.contains("permission denied"),
                 qPrintable(forced.error().message));
    }

    void aScopedOperatorMayChangeOnlyItsTenant()
    {
        if (!test::TestDatabase::isPostgres())
            QSKIP("access control is PostgreSQL's");
        const std::unique_ptr<Console> c = signIn(login("legal"));
        MainWindow &w = *c->window;
        QCOMPARE(w.signedInAs()->text(),
                 QStringLiteral("Signed in as %1 — operator for legal").arg(login("legal")));
        // Its table holds its own tenant only: row-level security.
        QTRY_COMPARE(w.tenantModel().rowCount(), 1);
        select(w, QStringLiteral("legal"));
        QVERIFY(w.tenantsPage()->editAction()->isEnabled());
        QVERIFY(!w.tenantsPage()->editAction()->toolTip().contains("Needs"));
        QVERIFY(w.tenantsPage()->transitionAction(TenantStatus::Suspended)->isEnabled());
        // Creating a tenant is a global operator's.
        QVERIFY(!w.tenantsPage()->newAction()->isEnabled());
        // Verifying the chain needs every tenant's entries.
        QVERIFY(!w.auditPage()->verifyButton()->isEnabled());
        QVERIFY2(w.auditPage()->verifyButton()->toolTip().contains("Needs the viewer role"),
                 qPrintable(w.auditPage()->verifyButton()->toolTip()));
        QVERIFY(w.breakGlassBanner()->isHidden());
    }

    void breakGlassShowsARedBannerUntilItEnds()
    {
        if (!test::TestDatabase::isPostgres())
            QSKIP("access control is PostgreSQL's");
        const QString oncall = login("oncall");
        {
            DatabaseUrl url = m_admin.url;
            url.user = oncall;
            url.password = passwordOf(oncall);
            Workspace ws(url);
            const Database::DirectAccess setUp;
            QVERIFY_OK(ws.open());
            QVERIFY_OK(ws.access().breakGlass(QStringLiteral("INC-9 outage"), 5, ws.actor()));
        }
        {
            // Ends two seconds from now, as if five minutes had passed.
            const Database::DirectAccess setUp;
            QSqlQuery q(m_databases.adminConnection(m_admin.url));
            QVERIFY2(
                q.exec(QStringLiteral(
                           "UPDATE break_glass SET started_at = now() - interval '5 minutes', "
                           "ends_at = clock_timestamp() + interval '2 seconds' WHERE login = '%1'")
                           .arg(oncall)),
                qPrintable(q.lastError().text()));
        }
        const std::unique_ptr<Console> c = signIn(oncall);
        MainWindow &w = *c->window;
        QVERIFY(!w.breakGlassBanner()->isHidden());
        QVERIFY2(w.breakGlassBanner()->text().contains("BREAK-GLASS") &&
                     w.breakGlassBanner()->text().contains("INC-9 outage"),
                 qPrintable(w.breakGlassBanner()->text()));
        QVERIFY(w.signedInAs()->text().contains("platform-admin (break-glass)"));
        select(w, QStringLiteral("finance"));
        QVERIFY(w.tenantsPage()->editAction()->isEnabled());
        // The elevation is on record in the break-glass history.
        QTRY_VERIFY(w.usersPage()->breakGlassHistory()->rowCount() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.breakGlassBanner()->isHidden(), 5000);
    }
};

QTEST_MAIN(TestGuiAccess)
#include "tst_gui_access.moc"
