// The audit page through its widgets: filters, the before/after diff of an
// entry, and chain verification before and after tampering.
#include "auditpage.h"
#include "audittablemodel.h"
#include "democonsole.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tenant;
using namespace tenant::ui;

class TestGuiAudit : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    test::DemoConsole m_console;
    QTemporaryDir m_settings;
    Workspace *m_ws = nullptr;
    MainWindow *m_window = nullptr;

    AuditPage *page() const { return m_window->auditPage(); }

    QStringList visibleColumn(int column) const
    {
        QStringList values;
        const QAbstractItemModel *model = page()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        // The console's own settings, where it remembers what it verified.
        QVERIFY(m_settings.isValid());
        qputenv("XDG_CONFIG_HOME", m_settings.path().toUtf8());
    }

    void init()
    {
        QVERIFY(m_console.open(m_databases, "auditor"));
        m_url = m_console.url;
        m_ws = m_console.workspace.get();
        m_window = m_console.window.get();
        QSignalSpy auditLoaded(page()->model(), &AuditTableModel::loaded);
        m_window->showPage("audit");
        if (page()->model()->rowCount() == 0)
            QVERIFY(auditLoaded.wait(10000));
    }
    void cleanup() { m_console.close(); }

    void filtersAndDiff()
    {
        QAbstractItemModelTester modelTester(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            page()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int seeded = page()->model()->rowCount();
        QCOMPARE(seeded, test::direct(m_ws)->audit().list()->size());

        // A change made elsewhere appears at once, as one inserted row.
        QSignalSpy inserted(page()->model(), &QAbstractItemModel::rowsInserted);
        Tenant hr = test::direct(m_ws)->tenants().get("hr").value();
        hr.maxUsers = 4321;
        QVERIFY_OK(test::direct(m_ws)->tenants().update(hr, "auditor", "headcount growth"));
        QTRY_COMPARE(inserted.count(), 1); // read off the GUI thread
        QCOMPARE(page()->model()->rowCount(), seeded + 1);

        QTest::keyClicks(page()->tenantFilter(), "hr");
        for (const QString &tenant : visibleColumn(AuditTableModel::TenantColumn))
            QCOMPARE(tenant, QStringLiteral("hr"));
        page()->actionFilter()->setCurrentText("tenant.update");
        QCOMPARE(visibleColumn(AuditTableModel::ActionColumn), QStringList{"tenant.update"});

        page()->view()->selectRow(0);
        const QString details = page()->details()->toPlainText();
        QVERIFY2(details.contains("headcount growth"), qPrintable(details));
        QVERIFY2(details.contains("max_users"), qPrintable(details));
        QVERIFY(details.contains("250"));          // before
        QVERIFY(details.contains("4321"));         // after
        QVERIFY(!details.contains("tenant_name")); // unchanged attributes are not listed
    }

    void verifyChainThenTamper()
    {
        QSignalSpy verified(page(), &AuditPage::verified);
        QTest::mouseClick(page()->verifyButton(), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.last().at(0).toBool(), true);
        QVERIFY(page()->verifyResult()->text().startsWith("Chain intact"));

        {
            QSqlDatabase db = m_url.backend == Backend::PostgreSQL
                                  ? m_databases.adminConnection(m_url)
                                  : test::TestDatabase::rawConnection(m_url, "tamper");
            QSqlQuery q(db);
            q.exec("DROP TRIGGER IF EXISTS audit_log_no_update");
            QVERIFY(q.exec("UPDATE audit_log SET actor = 'nobody' WHERE seq = 4"));
        }
        QTest::mouseClick(page()->verifyButton(), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.last().at(0).toBool(), false);
        QVERIFY2(page()->verifyResult()->text().contains("entry 4"),
                 qPrintable(page()->verifyResult()->text()));
        // The bad entry is selected for the admin.
        const QModelIndex current = page()->view()->currentIndex();
        QCOMPARE(current.data(AuditTableModel::SeqRole).toLongLong(), 4);
    }

    void aCutTailIsReportedByTheConsoleThatSawIt()
    {
        QSignalSpy verified(page(), &AuditPage::verified);
        QTest::mouseClick(page()->verifyButton(), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QVERIFY(verified.last().at(0).toBool());
        QTest::mouseClick(page()->verifyButton(), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QVERIFY2(page()->verifyResult()->text().contains("still holds entry"),
                 qPrintable(page()->verifyResult()->text()));

        // The owner deletes the newest entry and rewrites the head row to
        // match: consistent in itself, but not what this console verified.
        const QList<AuditEntry> entries = test::direct(m_ws)->audit().list().value();
        const AuditEntry &kept = entries.at(entries.size() - 2);
        {
            QSqlDatabase db = m_url.backend == Backend::PostgreSQL
                                  ? m_databases.adminConnection(m_url)
                                  : test::TestDatabase::rawConnection(m_url, "cut");
            QSqlQuery q(db);
            q.exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
            QVERIFY(q.exec(
                QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(entries.last().seq)));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_head SET last_seq = %1, last_hash = '%2'")
                               .arg(kept.seq)
                               .arg(kept.hash)));
        }
        QVERIFY(test::direct(m_ws)->audit().verify()->intact); // a walk without memory
        QTest::mouseClick(page()->verifyButton(), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.last().at(0).toBool(), false);
        QVERIFY2(page()->verifyResult()->text().contains("entries were removed"),
                 qPrintable(page()->verifyResult()->text()));
    }
};

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
