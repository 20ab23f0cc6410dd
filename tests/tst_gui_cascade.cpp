// Suspend and activate from the console: the cascade runs on a worker
// thread while a progress dialog shows every system's step, its status and
// time, and the rollback when a step fails.
#include "cascadeprogressdialog.h"
#include "cascadeprogressmodel.h"
#include "cascadesupport.h"
#include "democonsole.h"
#include "localadapter.h"
#include "mainwindow.h"
#include "tenantspage.h"
#include "transitiondialog.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QThread>

using namespace tenant;
using namespace tenant::ui;

namespace {
/// A step that holds the cascade until the test opens the gate, so the
/// dialog can be looked at while the cascade is certainly running.
class GatedAdapter final : public CascadeAdapter
{
public:
    explicit GatedAdapter(QSemaphore &gate)
        : m_gate(gate)
    {}
    QString system() const override { return QStringLiteral("vector"); }
    Status apply(const CascadeContext &) override
    {
        if (!m_gate.tryAcquire(1, 10000))
            return Error::storage(QStringLiteral("the test never opened the gate"));
        m_applied = true;
        return success();
    }
    Status compensate(const CascadeContext &) override
    {
        m_applied = false;
        return success();
    }
    Result<bool> isApplied(const CascadeContext &) override { return m_applied.load(); }

private:
    QSemaphore &m_gate;
    std::atomic<bool> m_applied{false};
};
} // namespace

class TestGuiCascade : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;
    Workspace *m_ws = nullptr;
    MainWindow *m_window = nullptr;

    struct Seen
    {
        QStringList states;
        QString summary;
        int progress = -1;
        bool closeEnabledWhileRunning = true;
        bool closedWhileRunning = false;
    };

    /// Triggers `target` on `tenantId` with a reason, then watches the
    /// progress dialog to its end and closes it. With a `gate`, the dialog
    /// is inspected while the cascade waits at the gate, then the gate opens.
    Seen runTransition(const QString &tenantId, TenantStatus target, QSemaphore *gate = nullptr)
    {
        Seen seen;
        Seen *out = &seen; // by value below: the inner lambda outlives the outer one's call
        m_window->tenantsPage()->selectTenant(tenantId);
        test::whenDialogOpens<TransitionDialog>(this, [this, out, gate](TransitionDialog *dialog) {
            QTest::keyClicks(dialog->reasonEdit(), "contract paused");
            test::whenDialogOpens<CascadeProgressDialog>(
                this, [out, gate](CascadeProgressDialog *progress) {
                    QAbstractItemModelTester tester(
                        progress->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                    if (gate) {
                        QVERIFY(progress->isRunning());
                        out->closeEnabledWhileRunning =
                            progress->buttons()->button(QDialogButtonBox::Close)->isEnabled();
                        QTest::keyClick(progress, Qt::Key_Escape); // must not close it
                        out->closedWhileRunning = !progress->isVisible();
                        gate->release();
                    }
                    QTRY_VERIFY(!progress->isRunning());
                    for (int row = 0; row < progress->model()->rowCount(); ++row)
                        out->states << progress->model()->index(row, 0).data().toString() + "=" +
                                           progress->model()
                                               ->index(row, 0)
                                               .data(CascadeProgressModel::StateNameRole)
                                               .toString();
                    out->summary = progress->summaryLabel()->text();
                    out->progress = progress->findChild<QProgressBar *>()->value();
                    progress->buttons()->button(QDialogButtonBox::Close)->click();
                });
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        m_window->tenantsPage()->transitionAction(target)->trigger();
        return seen;
    }

private slots:
    void init()
    {
        QVERIFY(m_console.open(m_databases));
        m_ws = m_console.workspace.get();
        m_window = m_console.window.get();
        m_window->showPage(QStringLiteral("tenants"));
    }
    void cleanup() { m_console.close(); }

    void suspendShowsEveryStepAndRunsOffTheGuiThread()
    {
        QThread *stepThread = nullptr;
        connect(
            &test::direct(m_ws)->cascade(), &CascadeCoordinator::stepStarted, this,
            [&stepThread] { stepThread = QThread::currentThread(); }, Qt::DirectConnection);

        const Seen seen = runTransition("hr", TenantStatus::Suspended);
        QVERIFY(stepThread && stepThread != QThread::currentThread());
        QStringList expected;
        for (const QString &system : test::direct(m_ws)->cascade().systems())
            expected << system + "=applied";
        QCOMPARE(seen.states, expected);
        QCOMPARE(seen.progress, 5);
        QVERIFY2(seen.summary.startsWith("hr is now suspended"), qPrintable(seen.summary));
        QCOMPARE(test::direct(m_ws)->tenants().get("hr")->status, TenantStatus::Suspended);

        // Activate undoes it, step by step, through the same dialog (once the
        // table has read the suspended row again, off the GUI thread).
        QTRY_VERIFY(m_window->tenantsPage()->transitionAction(TenantStatus::Active)->isEnabled());
        const Seen back = runTransition("hr", TenantStatus::Active);
        QCOMPARE(back.states.filter("=applied").size(), 5);
        QCOMPARE(test::direct(m_ws)->tenants().get("hr")->status, TenantStatus::Active);
    }

    void aFailingStepShowsTheRollbackAndChangesNothing()
    {
        std::vector<std::unique_ptr<CascadeAdapter>> steps;
        steps.push_back(
            std::make_unique<LocalAdapter>(test::direct(m_ws)->database(), "postgresql-rls"));
        QSemaphore gate;
        steps.push_back(std::make_unique<GatedAdapter>(gate));
        steps.push_back(std::make_unique<test::FailingAdapter>("s3", "403 AccessDenied"));
        steps.push_back(std::make_unique<LocalAdapter>(test::direct(m_ws)->database(), "redis"));
        steps.push_back(
            std::make_unique<LocalAdapter>(test::direct(m_ws)->database(), "monitoring"));
        test::direct(m_ws)->cascade().setAdapters(std::move(steps));

        const Seen seen = runTransition("hr", TenantStatus::Suspended, &gate);
        QVERIFY(!seen.closeEnabledWhileRunning);
        QVERIFY(!seen.closedWhileRunning);
        QCOMPARE(seen.states,
                 QStringList({"postgresql-rls (demo)=compensated", "vector=compensated",
                              "s3=failed", "redis (demo)=waiting", "monitoring (demo)=waiting"}));
        QVERIFY2(seen.summary.contains("Nothing changed") &&
                     seen.summary.contains("403 AccessDenied") &&
                     seen.summary.contains("2 applied step(s) rolled back"),
                 qPrintable(seen.summary));
        QCOMPARE(test::direct(m_ws)->tenants().get("hr")->status, TenantStatus::Active);
        QCOMPARE(m_window->tenantsPage()->transitionAction(TenantStatus::Suspended)->isEnabled(),
                 true);
    }
};

QTEST_MAIN(TestGuiCascade)
#include "tst_gui_cascade.moc"
