// Onboarding from the console: the wizard's pages with their validation, the
// live run and its result; the Requests view's approve/reject; cancel and
// pause mid-run; and the start-up offer to resume or roll back a run that
// was cut off. Runs against the demo systems (LocalAdapter records).
#include "decisiondialog.h"
#include "democonsole.h"
#include "hostileinput.h"
#include "interruptedrunsdialog.h"
#include "mainwindow.h"
#include "provisioningrequestmodel.h"
#include "provisioningrundialog.h"
#include "provisioningrunview.h"
#include "provisioningstepmodel.h"
#include "provisioningsupport.h"
#include "provisioningwizard.h"
#include "provisioningwizardpages.h"
#include "requestspage.h"
#include "tierplanmodel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>

using namespace tenant;
using namespace tenant::ui;
using State = ProvisioningStepModel::State;

namespace {

/// The business unit page's fields.
struct Unit
{
    explicit Unit(QString unitName)
        : name(std::move(unitName))
    {}
    Unit(QString unitName, QString ownerEmail, QString centre, QStringList tags)
        : name(std::move(unitName))
        , owner(std::move(ownerEmail))
        , costCenter(std::move(centre))
        , compliance(std::move(tags))
    {}
    QString name;
    QString owner = QStringLiteral("cto@corp.example");
    QString costCenter = QStringLiteral("CC-LAB");
    QStringList compliance;
};

template<typename W> W *field(QWizard *wizard, const char *name)
{
    W *widget = wizard->currentPage()->findChild<W *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s on the current page", name);
    return widget;
}

/// Clicks Next (or Submit on the commit page) as a user would.
void clickNext(QWizard *wizard)
{
    QAbstractButton *commit = wizard->button(QWizard::CommitButton);
    QTest::mouseClick(commit->isVisible() ? commit : wizard->button(QWizard::NextButton),
                      Qt::LeftButton);
}

/// Saves `widget` as NAME.png under $TENANT_SCREENSHOT_DIR (the README's pictures).
void snap(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TENANT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

QStringList states(const ProvisioningStepModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << QStringLiteral("%1 %2 %3")
                   .arg(nameOf(model->stepAt(row).phase), model->stepAt(row).name,
                        ProvisioningStepModel::displayName(model->stateAt(row)));
    return out;
}

} // namespace

class TestGuiProvisioning : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;
    Workspace *m_ws = nullptr;
    MainWindow *m_window = nullptr;

    RequestsPage *requests() const { return m_window->requestsPage(); }

    /// Fills the business unit page and moves on to the plan page.
    void fillUnit(ProvisioningWizard *wizard, const Unit &unit)
    {
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::BusinessUnitPageId));
        QTest::keyClicks(field<QLineEdit>(wizard, "tenantName"), unit.name);
        QTest::keyClicks(field<QLineEdit>(wizard, "ownerEmail"), unit.owner);
        QTest::keyClicks(field<QLineEdit>(wizard, "costCenter"), unit.costCenter);
        for (const QString &tag : unit.compliance)
            field<QCheckBox>(wizard, qPrintable("compliance-" + tag))->setChecked(true);
        clickNext(wizard);
        QCOMPARE(wizard->pageError(), QString());
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::PlanPageId));
    }

    /// Chooses tier and region on the plan page by clicking the tier's row.
    void choosePlan(ProvisioningWizard *wizard, Tier tier, const QString &region)
    {
        QTRY_VERIFY(wizard->currentPage()->isComplete()); // the plans are read off-thread
        auto *table = field<QTableView>(wizard, "tierTable");
        auto *plans = qobject_cast<TierPlanModel *>(table->model());
        const QModelIndex cell = plans->index(plans->rowOf(tier), TierPlanModel::ModelColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        auto *regions = field<QComboBox>(wizard, "region");
        regions->setCurrentIndex(regions->findData(region));
    }

    /// Walks the wizard to the review page's Submit with a budget that
    /// covers the estimate.
    void walkToSubmit(ProvisioningWizard *wizard, const Unit &unit, Tier tier,
                      const QString &region)
    {
        fillUnit(wizard, unit);
        choosePlan(wizard, tier, region);
        clickNext(wizard);
        QCOMPARE(wizard->pageError(), QString());
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::BudgetPageId));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(ProvisioningWizard::ReviewPageId));
        clickNext(wizard); // Submit request
    }

    /// Runs `interact` in the wizard opened from the Requests page.
    void inWizard(std::function<void(ProvisioningWizard *)> interact)
    {
        bool ran = false;
        test::whenDialogOpens<ProvisioningWizard>(this, [&ran, interact](ProvisioningWizard *w) {
            interact(w);
            ran = true;
            if (w->isVisible())
                w->reject();
        });
        requests()->onboardAction()->trigger();
        QVERIFY(ran);
    }

    /// Selects the request of `tenantId` in the Requests view.
    void selectRequestOf(const QString &tenantId)
    {
        const auto all = test::direct(m_ws)->provisioning().list();
        QVERIFY(all);
        for (const ProvisioningRequest &r : all.value())
            if (r.tenantId == tenantId)
                requests()->selectRequest(r.requestId);
        QTRY_VERIFY(requests()->currentRequest() &&
                    requests()->currentRequest()->tenantId == tenantId);
    }

private slots:
    void initTestCase()
    {
        // Money in an Indian locale reads as the seeds write it (₹23,16,000),
        // the same text as formatRupees.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::India));
    }
    void init()
    {
        QVERIFY(m_console.open(m_databases));
        m_ws = m_console.workspace.get();
        m_window = m_console.window.get();
        m_window->showPage(QStringLiteral("requests"));
        QTRY_VERIFY(!requests()->model()->isLoading());
    }
    void cleanup() { m_console.close(); }

    void theWizardRefusesHostileValues_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        for (const auto &[widget, field, max, required] :
             {std::tuple{"tenantName", "tenant_name", limits::tenantName, true},
              std::tuple{"ownerEmail", "owner_email", limits::email, true},
              std::tuple{"costCenter", "cost_center", limits::costCenter, true}})
            for (const test::HostileText &bad : test::hostileTexts(max, required))
                if (bad.value.size() < 30000) // a line edit holds at most 32,767 characters
                    QTest::addRow("%s: %s", field, qPrintable(bad.name))
                        << QString::fromLatin1(widget) << QString::fromLatin1(field) << bad.value;
    }
    void theWizardRefusesHostileValues()
    {
        // The business unit page asks core (ProvisioningRequest::problems),
        // so the wizard refuses what tenantctl refuses; nothing is stored.
        QFETCH(QString, widget);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const int requestsBefore = int(test::direct(m_ws)->provisioning().list()->size());
        QString error;
        int page = -1;
        inWizard([&](ProvisioningWizard *wizard) {
            field<QLineEdit>(wizard, "tenantName")->setText(QStringLiteral("Acme Corporation"));
            field<QLineEdit>(wizard, "ownerEmail")->setText(QStringLiteral("cto@acme.example"));
            field<QLineEdit>(wizard, "costCenter")->setText(QStringLiteral("CC-ACME"));
            auto *edit = field<QLineEdit>(wizard, qPrintable(widget));
            edit->setText(value);
            field<QLineEdit>(wizard, "tenantId")->setText(QStringLiteral("acme"));
            clickNext(wizard);
            page = wizard->currentId();
            error = wizard->pageError();
        });
        QCOMPARE(page, int(ProvisioningWizard::BusinessUnitPageId));
        const QString label = key == QLatin1String("tenant_name") ? QStringLiteral("Name: ")
                              : key == QLatin1String("owner_email")
                                  ? QStringLiteral("Owner e-mail: ")
                                  : QStringLiteral("Cost centre: ");
        QVERIFY2(error.startsWith(label), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(int(test::direct(m_ws)->provisioning().list()->size()), requestsBefore);
    }

    void theWizardRefusesBadFieldsWithTheReasonThenActivatesTheTenant()
    {
        QAbstractItemModelTester requestTester(
            requests()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stepsTester(
            requests()->stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Result<PlanCatalog> catalog = PlanCatalog::load(test::direct(m_ws)->database());
        QVERIFY(catalog);
        const qint64 estimate = catalog->estimate(Tier::Silver, "eu-west-1")->monthly;
        // This walk shows the automatic path: this registry's approval
        // policy (data, edited as an admin would) asks nobody about GDPR.
        {
            QSqlQuery q(test::direct(m_ws)->database().connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE policies SET document = replace(document, "
                                          "'\"sensitive_tags\": [\"GDPR\", ', "
                                          "'\"sensitive_tags\": [') WHERE name = 'approval'")));
        }

        inWizard([&](ProvisioningWizard *wizard) {
            auto *page = wizard->currentPage();
            // Nothing filled in: Next is refused, naming each missing field.
            clickNext(wizard);
            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::BusinessUnitPageId));
            QVERIFY2(wizard->pageError().contains("Name: is required") &&
                         wizard->pageError().contains("Owner e-mail: is required") &&
                         wizard->pageError().contains("Cost centre: is required"),
                     qPrintable(wizard->pageError()));

            // The id follows the name until typed over.
            QTest::keyClicks(field<QLineEdit>(wizard, "tenantName"), "Research Lab");
            QCOMPARE(field<QLineEdit>(wizard, "tenantId")->text(), "research-lab");
            QTest::keyClicks(field<QLineEdit>(wizard, "ownerEmail"), "cto");
            QTest::keyClicks(field<QLineEdit>(wizard, "costCenter"), "CC-LAB");
            clickNext(wizard);
            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::BusinessUnitPageId));
            QCOMPARE(wizard->pageError(), "Owner e-mail: 'cto' is not an e-mail address");
            QCOMPARE(wizard->focusWidget(), field<QLineEdit>(wizard, "ownerEmail"));
            QTest::keyClicks(field<QLineEdit>(wizard, "ownerEmail"), "@lab.example");

            // An id a tenant already has is refused before anything is stored.
            auto *id = field<QLineEdit>(wizard, "tenantId");
            id->selectAll();
            QTest::keyClicks(id, "finance");
            clickNext(wizard);
            QVERIFY2(wizard->pageError().contains("finance"), qPrintable(wizard->pageError()));
            id->selectAll();
            QTest::keyClicks(id, "research-lab");
            QTest::keyClicks(field<QLineEdit>(wizard, "tenantName"), " EU");
            QCOMPARE(id->text(), "research-lab"); // typed over: no longer follows
            field<QCheckBox>(wizard, "compliance-GDPR")->setChecked(true);
            snap(wizard, "wizard-1-business-unit");
            clickNext(wizard);
            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::PlanPageId));
            QVERIFY(page != wizard->currentPage());

            // GDPR keeps the tenant in the EU: us-east-1 is refused with the reason.
            QTRY_VERIFY(wizard->currentPage()->isComplete());
            auto *plans = wizard->currentPage()->findChild<TierPlanModel *>();
            QAbstractItemModelTester planTester(
                plans, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(plans->rowCount(), 4);
            QCOMPARE(plans->index(plans->rowOf(Tier::Gold), TierPlanModel::QueriesColumn).data(),
                     QLocale().toString(1000));
            choosePlan(wizard, Tier::Silver, "us-east-1");
            QVERIFY(field<QLabel>(wizard, "residency")->text().contains("eu-west-1"));
            clickNext(wizard);
            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::PlanPageId));
            QVERIFY2(wizard->pageError().contains("GDPR") &&
                         wizard->pageError().contains("eu-west-1"),
                     qPrintable(wizard->pageError()));
            choosePlan(wizard, Tier::Silver, "eu-west-1");
            snap(wizard, "wizard-2-plan");
            clickNext(wizard);
            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::BudgetPageId));

            // The estimate is the chargeback formula's; a budget below it is refused.
            QVERIFY2(field<QLabel>(wizard, "estimate")->text().contains(formatRupees(estimate)),
                     qPrintable(field<QLabel>(wizard, "estimate")->text()));
            QVERIFY(field<QLabel>(wizard, "approval")->text().startsWith("Approved automatically"));
            auto *budget = field<QSpinBox>(wizard, "budget");
            QCOMPARE(budget->value(), estimate);
            budget->setValue(int(estimate - 1));
            clickNext(wizard);
            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::BudgetPageId));
            QVERIFY2(wizard->pageError().contains("does not cover"),
                     qPrintable(wizard->pageError()));
            budget->setValue(int(estimate + 50000));
            snap(wizard, "wizard-3-budget");
            clickNext(wizard);

            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::ReviewPageId));
            const QString review = field<QLabel>(wizard, "review")->text();
            QVERIFY(review.contains("research-lab") && review.contains("eu-west-1") &&
                    review.contains("automatic"));
            QCOMPARE(wizard->button(QWizard::CommitButton)->text(), "&Submit request");
            snap(wizard, "wizard-4-review");
            clickNext(wizard);

            // Approved at once: the run starts, off the GUI thread, and shows every step.
            QTRY_COMPARE(wizard->currentId(), int(ProvisioningWizard::ProgressPageId));
            ProvisioningRunView *run = wizard->runView();
            QAbstractItemModelTester runTester(
                run->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(run->model()->rowCount(),
                     test::direct(m_ws)->workflow().plannedSteps().size());
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
            const QStringList seen = states(run->model());
            QCOMPARE(seen.filter(" Done").size(), seen.size());
            QCOMPARE(run->model()->steps(StepPhase::Validate, State::Done).size(), 8);
            QVERIFY2(seen.first().startsWith("provision postgresql-rls"), qPrintable(seen.first()));
            QCOMPARE(seen.last(), "notify webhook Done");
            auto *bar = run->findChild<QProgressBar *>();
            QCOMPARE(bar->value(), bar->maximum());
            QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() ||
                    !wizard->button(QWizard::BackButton)->isVisible());
            snap(wizard, "wizard-5-progress");
            clickNext(wizard);

            QCOMPARE(wizard->currentId(), int(ProvisioningWizard::ResultPageId));
            QCOMPARE(wizard->currentPage()->title(), "research-lab is active");
            QVERIFY2(field<QLabel>(wizard, "resultText")->text().contains("all 8 checks passed"),
                     qPrintable(field<QLabel>(wizard, "resultText")->text()));
            snap(wizard, "wizard-6-result");
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        });

        const Result<Tenant> tenant = test::direct(m_ws)->tenants().get("research-lab");
        QVERIFY(tenant);
        QCOMPARE(tenant->status, TenantStatus::Active);
        QCOMPARE(tenant->tier, Tier::Silver);
        QCOMPARE(tenant->region, "eu-west-1");
        QCOMPARE(tenant->tenantName, "Research Lab EU");
        QCOMPARE(tenant->complianceTags, QStringList{"GDPR"});
        // The Requests view lands on the new request, with its recorded steps.
        QTRY_VERIFY(requests()->currentRequest() &&
                    requests()->currentRequest()->tenantId == "research-lab");
        QCOMPARE(requests()->currentRequest()->status, RequestStatus::Active);
        QTRY_COMPARE(requests()->stepModel()->rowCount(),
                     test::direct(m_ws)->workflow().plannedSteps().size());
    }

    void aCostlyRequestWaitsAndOnlyAnotherPersonApprovesIt()
    {
        QAbstractItemModelTester tester(requests()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Gold in eu-west-1 is estimated at ₹10,65,360: the cfo's band, the cto for
        // gold, legal and compliance for GDPR.
        inWizard([&](ProvisioningWizard *wizard) {
            fillUnit(wizard, Unit("Treasury EU", "cfo@corp.example", "CC-TRE", {"GDPR"}));
            choosePlan(wizard, Tier::Gold, "eu-west-1");
            clickNext(wizard);
            QVERIFY2(field<QLabel>(wizard, "approval")
                         ->text()
                         .startsWith("Needs approval by cfo, cto, legal, compliance"),
                     qPrintable(field<QLabel>(wizard, "approval")->text()));
            clickNext(wizard);
            QVERIFY(
                field<QLabel>(wizard, "review")->text().contains("by cfo, cto, legal, compliance"));
            clickNext(wizard);
            QTRY_COMPARE(wizard->currentId(), int(ProvisioningWizard::ResultPageId));
            QCOMPARE(wizard->currentPage()->title(), "Waiting for approval");
            QVERIFY(!wizard->runView()->result().has_value()); // nothing ran
            QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        });
        QCOMPARE(test::direct(m_ws)->tenants().get("treasury-eu").error().kind,
                 ErrorKind::NotFound);
        QTRY_VERIFY(requests()->currentRequest() &&
                    requests()->currentRequest()->status == RequestStatus::Pending);
        QVERIFY(requests()->approveAction()->isEnabled());
        QVERIFY(!requests()->provisionAction()->isEnabled());
        snap(m_window, "requests");

        // The requester cannot approve their own request: the refusal says why.
        QString refusal;
        test::whenDialogOpens<DecisionDialog>(this, [this, &refusal](DecisionDialog *dialog) {
            QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClicks(dialog->commentEdit(), "budget confirmed");
            test::whenDialogOpens<QMessageBox>(this, [&refusal](QMessageBox *box) {
                refusal = box->text();
                box->accept();
            });
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        requests()->approveAction()->trigger();
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains("gui-tester"), qPrintable(refusal));
        QCOMPARE(
            test::direct(m_ws)->provisioning().get(requests()->currentRequest()->requestId)->status,
            RequestStatus::Pending);

        // Three others give cfo, cto and legal; the console's user gives the
        // last authority, and provisioning follows in the run dialog.
        const QString id = requests()->currentRequest()->requestId;
        for (const char *authority : {"cfo", "cto", "legal"})
            QVERIFY_OK(test::direct(m_ws)->provisioning().approve(
                id, "fine by me", QStringLiteral("approver-") + QLatin1String(authority),
                QLatin1String(authority)));
        QTRY_COMPARE(requests()->currentRequest()->approvals.size(), 3);
        test::direct(m_ws)->setActor("approver");
        bool provisioned = false;
        test::whenDialogOpens<DecisionDialog>(this, [this, &provisioned](DecisionDialog *dialog) {
            QTest::keyClicks(dialog->commentEdit(), "budget confirmed by finance");
            test::whenDialogOpens<ProvisioningRunDialog>(
                this, [&provisioned](ProvisioningRunDialog *run) {
                    QVERIFY(!run->buttons()->button(QDialogButtonBox::Close)->isEnabled());
                    QTRY_VERIFY_WITH_TIMEOUT(!run->runView()->isRunning(), 30000);
                    provisioned = run->runView()->result()->ok();
                    run->buttons()->button(QDialogButtonBox::Close)->click();
                });
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        requests()->approveAction()->trigger();
        QTRY_VERIFY(provisioned);
        QCOMPARE(test::direct(m_ws)->tenants().get("treasury-eu")->status, TenantStatus::Active);
        QTRY_COMPARE(requests()->currentRequest()->status, RequestStatus::Active);
        QCOMPARE(requests()->currentRequest()->decidedBy, "approver");
    }

    void aRejectedRequestProvisionsNothing()
    {
        ProvisioningRequest request =
            ProvisioningRequest::fromJson(
                test::requestDocument("Vault", "platinum", "us-east-1", 99000000))
                .value();
        const Result<ProvisioningRequest> stored =
            test::direct(m_ws)->provisioning().submit(request, "requester");
        QVERIFY(stored);
        QCOMPARE(stored->status, RequestStatus::Pending);
        requests()->reload();
        selectRequestOf("vault");
        QVERIFY(requests()->rejectAction()->isEnabled());

        test::whenDialogOpens<DecisionDialog>(this, [](DecisionDialog *dialog) {
            QTest::keyClicks(dialog->commentEdit(), "no budget this quarter");
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        requests()->rejectAction()->trigger();
        QTRY_COMPARE(requests()->currentRequest()->status, RequestStatus::Rejected);
        QCOMPARE(requests()->currentRequest()->decisionComment, "no budget this quarter");
        QCOMPARE(test::direct(m_ws)->tenants().get("vault").error().kind, ErrorKind::NotFound);
        QVERIFY(test::direct(m_ws)->workflow().steps(stored->requestId)->isEmpty());
        QVERIFY(!requests()->provisionAction()->isEnabled());
        QVERIFY(!requests()->rollbackAction()->isEnabled());
        // Rejected requests are not "open": the default filter hides them.
        requests()->statusFilter()->setCurrentIndex(0);
        const std::optional<ProvisioningRequest> shown = requests()->currentRequest();
        QVERIFY(!shown || shown->tenantId != "vault");
    }

    void cancellingMidRunRemovesWhatWasCreated()
    {
        QSemaphore gate;
        test::ScriptedResource *held = test::insertScripted(*m_ws, 2, "held");
        held->gate = &gate;
        inWizard([&](ProvisioningWizard *wizard) {
            walkToSubmit(wizard, Unit("Lab Seven"), Tier::Bronze, "ap-south-1");
            QTRY_COMPARE(wizard->currentId(), int(ProvisioningWizard::ProgressPageId));
            QTRY_VERIFY(held->waiting.load());
            ProvisioningRunView *run = wizard->runView();
            QTRY_COMPARE(run->model()->stateAt(2), State::Running);
            QCOMPARE(run->model()->stateAt(0), State::Done);

            auto *page = static_cast<ProgressPage *>(wizard->currentPage());
            test::whenDialogOpens<QMessageBox>(
                this, [](QMessageBox *confirm) { confirm->button(QMessageBox::Yes)->click(); });
            QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
            gate.release();
            QTRY_VERIFY_WITH_TIMEOUT(page->isComplete(), 30000);
            QCOMPARE(run->result()->value().status, RequestStatus::RolledBack);
            // The three systems reached are removed in reverse order, and the registry too.
            QStringList removed;
            for (const StepRecord &s : run->model()->steps(StepPhase::Rollback, State::Removed))
                removed << s.name;
            QCOMPARE(removed.value(0), "monitoring (demo)");
            QCOMPARE(removed.value(removed.size() - 1), "registry");
            QVERIFY2(removed.contains("held (demo)") && removed.contains("auth"),
                     qPrintable(removed.join(", ")));
            QCOMPARE(run->model()->steps(StepPhase::Activate, State::Skipped).size(), 1);
            clickNext(wizard);
            QCOMPARE(wizard->currentPage()->title(), "Rolled back");
            const QString text = field<QLabel>(wizard, "resultText")->text();
            QVERIFY2(text.contains("cancelled by gui-tester") &&
                         text.contains("draft tenant lab-seven removed"),
                     qPrintable(text));
        });
        QCOMPARE(test::direct(m_ws)->tenants().get("lab-seven").error().kind, ErrorKind::NotFound);
    }

    void aRunCutOffIsOfferedForResumeOrRollbackAtTheNextStart_data()
    {
        QTest::addColumn<bool>("resume");
        QTest::newRow("resume") << true;
        QTest::newRow("roll back") << false;
    }

    void aRunCutOffIsOfferedForResumeOrRollbackAtTheNextStart()
    {
        QFETCH(bool, resume);
        QSemaphore gate;
        test::ScriptedResource *held = test::insertScripted(*m_ws, 3, "held");
        held->gate = &gate;
        // Closing the wizard mid-run: the admin chooses Pause.
        inWizard([&](ProvisioningWizard *wizard) {
            walkToSubmit(wizard, Unit("Night Shift"), Tier::Bronze, "us-west-2");
            QTRY_VERIFY(held->waiting.load());
            test::whenDialogOpens<QMessageBox>(this, [](QMessageBox *ask) {
                for (QAbstractButton *b : ask->buttons())
                    if (b->text() == "Pause")
                        b->click();
            });
            wizard->reject();             // the window's close button
            QVERIFY(wizard->isVisible()); // not closed while running
            gate.release();
            QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 30000);
            clickNext(wizard);
            QCOMPARE(wizard->currentPage()->title(), "Paused");
        });
        const Result<QList<ProvisioningRequest>> cutOff =
            test::direct(m_ws)->workflow().interrupted();
        QVERIFY(cutOff);
        QCOMPARE(cutOff->size(), 1);
        const Result<Tenant> draft = test::direct(m_ws)->tenants().get("night-shift");
        QVERIFY2(draft, qPrintable(draft.error().message));
        QCOMPARE(draft->status, TenantStatus::Draft);
        held->gate = nullptr; // no run is going: the resumed create need not wait

        // The next start finds it and offers both ways out.
        m_console.window.reset();
        bool handled = false;
        test::whenDialogOpens<InterruptedRunsDialog>(this, [&](InterruptedRunsDialog *dialog) {
            QAbstractItemModelTester tester(dialog->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(dialog->model()->rowCount(), 1);
            QCOMPARE(dialog->model()->requestAt(0).tenantId, "night-shift");
            QVERIFY(dialog->resumeButton()->isEnabled() && dialog->rollbackButton()->isEnabled());
            snap(dialog, "interrupted-runs");
            test::whenDialogOpens<ProvisioningRunDialog>(this, [&](ProvisioningRunDialog *run) {
                QTRY_VERIFY_WITH_TIMEOUT(!run->runView()->isRunning(), 30000);
                QVERIFY2(run->runView()->result()->ok(),
                         qPrintable(run->runView()->result()->error().message));
                run->buttons()->button(QDialogButtonBox::Close)->click();
                handled = true;
            });
            (resume ? dialog->resumeButton() : dialog->rollbackButton())->click();
        });
        m_console.window = std::make_unique<MainWindow>(*m_ws, true);
        m_window = m_console.window.get();
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(handled, 30000);
        // Nothing is left interrupted, so the dialog closes itself.
        QTRY_VERIFY(!qobject_cast<InterruptedRunsDialog *>(QApplication::activeModalWidget()));
        QVERIFY(test::direct(m_ws)->workflow().interrupted()->isEmpty());
        if (resume) {
            QCOMPARE(test::direct(m_ws)->tenants().get("night-shift")->status,
                     TenantStatus::Active);
        } else {
            QCOMPARE(test::direct(m_ws)->tenants().get("night-shift").error().kind,
                     ErrorKind::NotFound);
            ProvisionContext context;
            context.tenantId = "night-shift";
            for (QString system : test::direct(m_ws)->workflow().systems())
                if (system.endsWith(" (demo)"))
                    QCOMPARE(LocalAdapter(test::direct(m_ws)->database(), system.remove(" (demo)"))
                                 .remaining(context)
                                 .value(),
                             QStringList());
        }
    }
};

QTEST_MAIN(TestGuiProvisioning)
#include "tst_gui_provisioning.moc"
