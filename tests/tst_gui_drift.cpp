// The Drift page through its real widgets: the demo's drift (ops's cache
// left suspended) found when the page opens, sorted and filtered, repaired
// for the selected tenant and, after a confirmation, for all; every read
// and repair off the GUI thread.
#include "democonsole.h"
#include "driftmodel.h"
#include "driftpage.h"
#include "localadapter.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace tenant;
using namespace tenant::ui;

class TestGuiDrift : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;

    DriftPage *page() const { return m_console.window->driftPage(); }

    /// Drift behind the registry's back, as a script outside it would make.
    void driftCache(const QString &tenant, bool suspended)
    {
        const Database::DirectAccess outside;
        LocalAdapter cache(m_console.workspace->database(), QStringLiteral("redis"));
        QVERIFY_OK(cache.apply({tenant,
                                suspended ? CascadeAction::Suspend : CascadeAction::Activate,
                                {},
                                QDeadlineTimer(5000)}));
    }

    int reconcileEntries()
    {
        const Database::DirectAccess read;
        int n = 0;
        for (const AuditEntry &e : m_console.workspace->audit().list().value())
            n += e.action == QLatin1String("drift.reconcile");
        return n;
    }

private slots:
    void init() { QVERIFY(m_console.open(m_databases)); }
    void cleanup() { m_console.close(); }

    void theDemosDriftIsFoundAndRepaired()
    {
        QAbstractItemModelTester modelTester(
            page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            page()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy checked(page()->model(), &DriftModel::checked);
        m_console.window->showPage(QStringLiteral("drift"));
        QVERIFY(checked.wait(10000)); // opening the page checks
        QCOMPARE(page()->model()->rowCount(), 1);
        const QAbstractItemModel *rows = page()->proxy();
        QCOMPARE(rows->index(0, DriftModel::TenantColumn).data().toString(), QStringLiteral("ops"));
        QCOMPARE(rows->index(0, DriftModel::SystemColumn).data().toString(),
                 QStringLiteral("redis (demo)"));
        QCOMPARE(rows->index(0, DriftModel::ExpectedColumn).data().toString(),
                 QStringLiteral("active"));
        QCOMPARE(rows->index(0, DriftModel::FoundColumn).data().toString(),
                 QStringLiteral("suspended"));
        QVERIFY(!rows->index(0, DriftModel::SinceColumn).data().toString().isEmpty());
        QVERIFY(page()->summary()->text().contains(QLatin1String("1 system(s) out of step")));
        QVERIFY(!page()->reconcileSelectedAction()->isEnabled()); // nothing selected
        QVERIFY(page()->reconcileAllAction()->isEnabled());

        // A second finding; sorted by since, filtered by text.
        driftCache(QStringLiteral("hr"), true);
        QCOMPARE(page()->checkAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
        page()->checkAction()->trigger();
        QVERIFY(checked.wait(10000));
        QCOMPARE(page()->model()->rowCount(), 2);
        QCOMPARE(rows->index(0, DriftModel::TenantColumn).data().toString(),
                 QStringLiteral("ops")); // first seen first
        page()->filter()->setText(QStringLiteral("hr"));
        QCOMPARE(rows->rowCount(), 1);
        page()->filter()->clear();

        // Reconcile the selected row: only ops is repaired.
        page()->view()->selectRow(0);
        QVERIFY(page()->reconcileSelectedAction()->isEnabled());
        QSignalSpy reconciled(page()->model(), &DriftModel::reconciled);
        page()->reconcileSelectedAction()->trigger();
        QVERIFY(reconciled.wait(10000));
        QCOMPARE(page()->model()->rowCount(), 1);
        QCOMPARE(rows->index(0, DriftModel::TenantColumn).data().toString(), QStringLiteral("hr"));
        QVERIFY2(page()->summary()->text().contains(QLatin1String("Repaired ops (redis (demo))")),
                 qPrintable(page()->summary()->text()));
        QCOMPARE(reconcileEntries(), 1);

        // Reconcile all asks first; Cancel changes nothing.
        test::whenDialogOpens<QMessageBox>(this, [](QMessageBox *box) {
            QVERIFY(box->text().contains(QLatin1String("1 tenant(s)")));
            box->button(QMessageBox::Cancel)->click();
        });
        page()->reconcileAllAction()->trigger();
        QCOMPARE(page()->model()->rowCount(), 1);
        QCOMPARE(reconcileEntries(), 1);
        test::whenDialogOpens<QMessageBox>(this, [](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QLatin1String("Reconcile"))
                    b->click();
        });
        page()->reconcileAllAction()->trigger();
        QVERIFY(reconciled.wait(10000));
        QCOMPARE(page()->model()->rowCount(), 0);
        QCOMPARE(reconcileEntries(), 2);
        QVERIFY(!page()->reconcileAllAction()->isEnabled());
    }
};

QTEST_MAIN(TestGuiDrift)
#include "tst_gui_drift.moc"
