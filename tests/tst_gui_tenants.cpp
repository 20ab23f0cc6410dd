// The console's tenant pages driven through their real widgets under the
// offscreen platform: filtering, editing (valid and invalid), lifecycle
// actions, the delete confirmation, shortcuts and the overview.
#include "cascadeprogressdialog.h"
#include "democonsole.h"
#include "hostileinput.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "tenanteditordialog.h"
#include "tenantfilterproxymodel.h"
#include "tenantspage.h"
#include "tenanttablemodel.h"
#include "testdatabase.h"
#include "transitiondialog.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tenant;
using namespace tenant::ui;

class TestGuiTenants : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;
    Workspace *m_ws = nullptr;
    MainWindow *m_window = nullptr;

    TenantsPage *page() const { return m_window->tenantsPage(); }

    QStringList visibleIds() const
    {
        QStringList ids;
        const QAbstractItemModel *model = page()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, TenantTableModel::IdColumn).data().toString();
        return ids;
    }

    /// Waits until the table shows `tenant` in `status` (rows are read
    /// again off the GUI thread after a change).
    void waitForStatus(const QString &tenant, const QString &status)
    {
        const TenantTableModel &model = m_window->tenantModel();
        QTRY_COMPARE(
            model.index(model.rowOf(tenant), TenantTableModel::StatusColumn).data().toString(),
            status);
    }

    int auditCount() const { return static_cast<int>(test::direct(m_ws)->audit().list()->size()); }

    template<typename D> void whenDialogOpens(std::function<void(D *)> interact)
    {
        test::whenDialogOpens<D>(this, std::move(interact));
    }

    /// Opens the editor on ops, lets another admin save ops meanwhile, edits
    /// max_users, saves, and presses the conflict dialog's button starting
    /// with `choice`; `afterChoice` then runs on the still-open editor (if
    /// given). Returns the conflict dialog's text and details.
    QString editWhileSomeoneElseSaves(const QString &choice,
                                      std::function<void(TenantEditorDialog *)> afterChoice)
    {
        page()->selectTenant(QStringLiteral("ops"));
        QString conflictText;
        whenDialogOpens<TenantEditorDialog>([&](TenantEditorDialog *dialog) {
            Tenant other = test::direct(m_ws)->tenants().get(QStringLiteral("ops")).value();
            other.costCenter = QStringLiteral("CC-OTHER");
            QVERIFY_OK(test::direct(m_ws)->tenants().update(other, QStringLiteral("someone-else")));
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("max_users")), "1234");
            // The save runs off the GUI thread; the conflict dialog follows it.
            whenDialogOpens<QMessageBox>([&](QMessageBox *box) {
                conflictText = box->text() + QLatin1Char('\n') + box->detailedText();
                for (QAbstractButton *button : box->buttons())
                    if (button->text().startsWith(choice))
                        button->click();
            });
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                Qt::LeftButton);
            if (afterChoice)
                afterChoice(dialog);
        });
        page()->editAction()->trigger();
        return conflictText;
    }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QByteArray m_consoleFor; ///< the test function whose rows share m_console

private slots:
    void init()
    {
        if (m_console.window && m_consoleFor == QTest::currentTestFunction())
            return; // a refusal row: the previous row's console, unchanged
        m_console.close();
        QVERIFY(m_console.open(m_databases));
        m_consoleFor = QTest::currentTestFunction();
        m_ws = m_console.workspace.get();
        m_window = m_console.window.get();
        m_window->showPage(QStringLiteral("tenants"));
    }
    void cleanup()
    {
        // The rows of a function that only checks refusals share one console
        // (each row asserts that nothing was written); any other test, or a
        // failed row, gets a new one.
        if (QTest::currentTestFailed() ||
            qstrcmp(QTest::currentTestFunction(), "hostileValuesAreRefusedUnderTheField") != 0)
            m_console.close();
    }
    void cleanupTestCase() { m_console.close(); }

    void everyModelPassesTheTester()
    {
        QAbstractItemModelTester sourceTester(
            &m_window->tenantModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            page()->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester attentionTester(
            m_window->overviewPage()->attentionView()->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::keyClicks(page()->filterEdit(), "o");
        QVERIFY(m_window->tenantModel().rowCount() == 5);
    }

    void filterBarFiltersTheTable()
    {
        QCOMPARE(visibleIds(), (QStringList{"finance", "hr", "legal", "marketing", "ops"}));
        QTest::keyClicks(page()->filterEdit(), "oper");
        QCOMPARE(visibleIds(), (QStringList{"hr", "ops"}));
        page()->tierFilter()->setCurrentIndex(page()->tierFilter()->findText("silver"));
        QCOMPARE(visibleIds(), QStringList{"hr"});
        page()->filterEdit()->clear();
        page()->bandFilter()->setCurrentIndex(page()->bandFilter()->findText("critical"));
        QCOMPARE(visibleIds(), QStringList{"marketing"});
        page()->tierFilter()->setCurrentIndex(0);
        page()->bandFilter()->setCurrentIndex(0);
        page()->statusFilter()->setCurrentIndex(page()->statusFilter()->findText("suspended"));
        QCOMPARE(visibleIds(), QStringList{});
    }

    void sortingByClickingTheHeader()
    {
        page()->view()->sortByColumn(TenantTableModel::HealthColumn, Qt::AscendingOrder);
        QCOMPARE(visibleIds().first(), QStringLiteral("marketing"));
        page()->view()->sortByColumn(TenantTableModel::HealthColumn, Qt::DescendingOrder);
        QCOMPARE(visibleIds().last(), QStringLiteral("marketing"));
    }

    void editingATenantWritesDatabaseAndAudit()
    {
        page()->selectTenant(QStringLiteral("hr"));
        const int before = auditCount();
        whenDialogOpens<TenantEditorDialog>([](TenantEditorDialog *dialog) {
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("max_users")), "777");
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("cost_center")), "CC-HR-999");
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                Qt::LeftButton);
        });
        page()->editAction()->trigger();

        const Tenant hr = test::direct(m_ws)->tenants().get(QStringLiteral("hr")).value();
        QCOMPARE(hr.maxUsers, qint64(777));
        QCOMPARE(hr.costCenter, QStringLiteral("CC-HR-999"));
        QCOMPARE(hr.version, 2);
        QCOMPARE(auditCount(), before + 1);
        const AuditEntry last = test::direct(m_ws)->audit().list(QStringLiteral("hr"))->last();
        QCOMPARE(last.action, QStringLiteral("tenant.update"));
        QCOMPARE(last.actor, QStringLiteral("gui-tester"));
        QVERIFY(last.after.contains("\"max_users\":777"));
        // The table shows the change once it has read the row again.
        const int row = m_window->tenantModel().rowOf("hr");
        QTRY_COMPARE(m_window->tenantModel()
                         .index(row, TenantTableModel::CostCenterColumn)
                         .data()
                         .toString(),
                     QStringLiteral("CC-HR-999"));
    }

    void hostileValuesAreRefusedUnderTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        for (const test::TextField &field : test::tenantTextFields())
            for (const test::HostileText &bad : test::hostileTexts(field.maxLength, field.required))
                if (bad.value.size() < 30000) // a line edit holds at most 32,767 characters
                    QTest::addRow("%s: %s", qPrintable(field.key), qPrintable(bad.name))
                        << field.key << bad.value;
        for (const test::HostileNumber &n : test::hostileNumbers())
            QTest::addRow("%s: %s", qPrintable(n.key), qPrintable(n.name)) << n.key << n.text;
        QTest::newRow("max_users: not a number") << "max_users"
                                                 << "lots";
        QTest::newRow("metadata: duplicate key") << "metadata"
                                                 << R"({"a": 1, "a": 2})";
        QTest::newRow("metadata: not JSON") << "metadata"
                                            << "{oops";
    }
    void hostileValuesAreRefusedUnderTheField()
    {
        // The editor uses core's rules: the same refusals as tenantctl, shown
        // under the field, and nothing saved.
        QFETCH(QString, key);
        QFETCH(QString, value);
        page()->selectTenant(QStringLiteral("legal"));
        const int before = auditCount();
        const Tenant original = test::direct(m_ws)->tenants().get(QStringLiteral("legal")).value();
        QString error;
        bool stillOpen = false;
        bool held = true;
        whenDialogOpens<TenantEditorDialog>([&](TenantEditorDialog *dialog) {
            QWidget *editor = dialog->fieldWidget(key);
            if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                line->setText(value);
                held = line->text() == value;
            } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
                text->setPlainText(value);
            } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
                spin->setValue(value.toInt()); // clamped by the box itself
                held = false;
            }
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                Qt::LeftButton);
            stillOpen = dialog->isVisible();
            error = dialog->fieldError(key);
            dialog->reject();
        });
        page()->editAction()->trigger();
        if (!held)
            QSKIP("the widget itself does not take this value");
        QVERIFY(stillOpen);
        QVERIFY2(!error.isEmpty(), qPrintable(key));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(test::direct(m_ws)->tenants().get(QStringLiteral("legal")).value(), original);
        QCOMPARE(auditCount(), before);
    }

    void invalidEditShowsErrorsAndWritesNothing()
    {
        page()->selectTenant(QStringLiteral("legal"));
        const int before = auditCount();
        const Tenant original = test::direct(m_ws)->tenants().get(QStringLiteral("legal")).value();
        QString maxUsersError;
        QString emailError;
        bool stillOpen = false;
        whenDialogOpens<TenantEditorDialog>([&](TenantEditorDialog *dialog) {
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("max_users")), "-5");
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("billing_email")),
                        "not-an-email");
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                Qt::LeftButton);
            stillOpen = dialog->isVisible();
            maxUsersError = dialog->fieldError("max_users");
            emailError = dialog->fieldError("billing_email");
            dialog->reject();
        });
        page()->editAction()->trigger();
        QVERIFY(stillOpen);
        QVERIFY2(maxUsersError.contains("between 1 and"), qPrintable(maxUsersError));
        QVERIFY2(emailError.contains("e-mail"), qPrintable(emailError));
        QCOMPARE(test::direct(m_ws)->tenants().get(QStringLiteral("legal")).value(), original);
        QCOMPARE(auditCount(), before);
    }

    void conflictOffersOverwrite()
    {
        const QString conflictText = editWhileSomeoneElseSaves("Overwrite", {});
        QVERIFY2(conflictText.contains("version 1") && conflictText.contains("version 2"),
                 qPrintable(conflictText));
        QVERIFY2(conflictText.contains("max_users"), qPrintable(conflictText));
        const Tenant ops = test::direct(m_ws)->tenants().get(QStringLiteral("ops")).value();
        QCOMPARE(ops.maxUsers, qint64(1234));
        QCOMPARE(ops.version, 3);
        // Overwrite means the form's values win, the other admin's cost centre included.
        QCOMPARE(ops.costCenter, QStringLiteral("CC-OPS-300"));
    }

    void conflictOffersReload()
    {
        QString shownAfterReload;
        editWhileSomeoneElseSaves("Reload", [&](TenantEditorDialog *dialog) {
            shownAfterReload =
                qobject_cast<QLineEdit *>(dialog->fieldWidget("cost_center"))->text();
            dialog->reject();
        });
        QCOMPARE(shownAfterReload, QStringLiteral("CC-OTHER"));
        const Tenant ops = test::direct(m_ws)->tenants().get(QStringLiteral("ops")).value();
        QCOMPARE(ops.version, 2); // only the other admin's save
        QCOMPARE(ops.maxUsers, qint64(1000));
    }

    void newTenantThroughTheEditor()
    {
        whenDialogOpens<TenantEditorDialog>([](TenantEditorDialog *dialog) {
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("tenant_id")), "research");
            replaceText(qobject_cast<QLineEdit *>(dialog->fieldWidget("tenant_name")),
                        "Research Lab");
            QTest::mouseClick(
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                Qt::LeftButton);
        });
        QTest::keySequence(m_window, QKeySequence::New);
        const Result<Tenant> created =
            test::direct(m_ws)->tenants().get(QStringLiteral("research"));
        QVERIFY_OK(created);
        QCOMPARE(created->status, TenantStatus::Draft);
        // Selected once the table has read the new row (off the GUI thread).
        QTRY_COMPARE(page()->currentTenant().value_or(TenantSummary{}).tenantId,
                     QStringLiteral("research"));
    }

    void lifecycleActionsMatchValidTransitions_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("enabled");
        QTest::newRow("active") << "hr"
                                << "active" << QStringList{"suspended", "migrating"};
        QTest::newRow("suspended") << "hr"
                                   << "suspended" << QStringList{"active", "archived"};
        QTest::newRow("migrating") << "hr"
                                   << "migrating" << QStringList{"active", "suspended"};
        QTest::newRow("archived") << "hr"
                                  << "archived" << QStringList{"deleted"};
    }
    void lifecycleActionsMatchValidTransitions()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, status);
        QFETCH(QStringList, enabled);
        // Walk the tenant to `status` through the service, then look at the actions.
        const QMap<QString, QList<TenantStatus>> paths = {
            {"active", {}},
            {"suspended", {TenantStatus::Suspended}},
            {"migrating", {TenantStatus::Migrating}},
            {"archived", {TenantStatus::Suspended, TenantStatus::Archived}}};
        for (TenantStatus step : paths.value(status))
            QVERIFY_OK(test::direct(m_ws)->lifecycle().transition(tenant, step, "setup", "t"));
        waitForStatus(tenant, status); // the table reads the row again off the GUI thread
        page()->selectTenant(tenant);
        for (TenantStatus target :
             {TenantStatus::Active, TenantStatus::Suspended, TenantStatus::Migrating,
              TenantStatus::Archived, TenantStatus::Deleted})
            QCOMPARE(page()->transitionAction(target)->isEnabled(),
                     enabled.contains(nameOf(target)));
    }

    void suspendAsksForAReasonAndAudits()
    {
        page()->selectTenant(QStringLiteral("hr"));
        bool okEnabledWithoutReason = true;
        whenDialogOpens<TransitionDialog>([&](TransitionDialog *dialog) {
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okEnabledWithoutReason = ok->isEnabled();
            QTest::keyClicks(dialog->reasonEdit(), "budget freeze");
            // Then the cascade's progress, until it is done.
            whenDialogOpens<CascadeProgressDialog>([](CascadeProgressDialog *progress) {
                QTRY_VERIFY(!progress->isRunning());
                progress->buttons()->button(QDialogButtonBox::Close)->click();
            });
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        page()->transitionAction(TenantStatus::Suspended)->trigger();
        QVERIFY(!okEnabledWithoutReason);
        QCOMPARE(test::direct(m_ws)->tenants().get(QStringLiteral("hr"))->status,
                 TenantStatus::Suspended);
        const AuditEntry last = test::direct(m_ws)->audit().list(QStringLiteral("hr"))->last();
        QCOMPARE(last.action, QStringLiteral("lifecycle.suspended"));
        QCOMPARE(last.reason, QStringLiteral("budget freeze"));
        // The actions follow the new state.
        QTRY_VERIFY(page()->transitionAction(TenantStatus::Active)->isEnabled());
        QVERIFY(!page()->transitionAction(TenantStatus::Suspended)->isEnabled());
    }

    void deleteNeedsTheTypedTenantId()
    {
        // A draft tenant can be deleted at once; the dialog still wants its id typed.
        test::createTenant(*m_ws, QStringLiteral("scratch"), Tier::Bronze);
        QTRY_VERIFY(m_window->tenantModel().rowOf(QStringLiteral("scratch")) >= 0);
        page()->selectTenant(QStringLiteral("scratch"));
        QList<bool> okStates;
        whenDialogOpens<TransitionDialog>([&](TransitionDialog *dialog) {
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::keyClicks(dialog->reasonEdit(), "created by mistake");
            okStates << ok->isEnabled();
            QVERIFY(dialog->confirmEdit());
            QTest::keyClicks(dialog->confirmEdit(), "scratc");
            okStates << ok->isEnabled();
            QTest::keyClicks(dialog->confirmEdit(), "h");
            okStates << ok->isEnabled();
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::keyClick(page()->view(), Qt::Key_Delete);
        QCOMPARE(okStates, (QList<bool>{false, false, true}));
        QCOMPARE(test::direct(m_ws)->tenants().get(QStringLiteral("scratch"))->status,
                 TenantStatus::Deleted);
    }

    void shortcutsAndStatusBar()
    {
        m_window->showPage(QStringLiteral("overview"));
        QTest::keySequence(m_window, QKeySequence::Find);
        QCOMPARE(m_window->currentPage(), QStringLiteral("tenants"));
        QTRY_VERIFY(page()->filterEdit()->hasFocus());
        QVERIFY(m_window->demoMarker()->isVisibleTo(m_window));
        QCOMPARE(m_window->findChild<QLabel *>("connectionState")->text(),
                 QStringLiteral("Connected"));
    }

    void overviewCountsFollowChanges()
    {
        OverviewPage *overview = m_window->overviewPage();
        QCOMPARE(overview->cardValue("total"), QStringLiteral("5"));
        QCOMPARE(overview->cardValue("suspended"), QStringLiteral("0"));
        QCOMPARE(overview->cardValue("attention"), QStringLiteral("2"));
        QCOMPARE(overview->attentionView()->model()->rowCount(), 2);
        QVERIFY(test::direct(m_ws)
                    ->lifecycle()
                    .transition("ops", TenantStatus::Suspended, "x", "t")
                    .ok());
        QVERIFY_OK(test::direct(m_ws)->health().record("ops", {1200, 0.1, 0.8, 0.95}, "monitor"));
        QTRY_COMPARE(overview->cardValue("suspended"), QStringLiteral("1"));
        QTRY_COMPARE(overview->cardValue("attention"), QStringLiteral("3"));
        QCOMPARE(overview->attentionView()->model()->index(0, 0).data().toString(),
                 QStringLiteral("ops"));
    }
};

QTEST_MAIN(TestGuiTenants)
#include "tst_gui_tenants.moc"
