// The health page through its widgets: the score chart holds the tenant's
// samples, and recording a sample through the dialog adds a point.
#include "democonsole.h"
#include "healthpage.h"
#include "healthsamplemodel.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tenant;
using namespace tenant::ui;

class TestGuiHealth : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;
    Workspace *m_ws = nullptr;
    MainWindow *m_window = nullptr;

private slots:
    void init()
    {
        QVERIFY(m_console.open(m_databases));
        m_ws = m_console.workspace.get();
        m_window = m_console.window.get();
        m_window->showPage("health");
    }
    void cleanup() { m_console.close(); }

    void chartHoldsTheTenantsSamples()
    {
        HealthPage *page = m_window->healthPage();
        QAbstractItemModelTester tester(page->samples(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->showTenant("hr");
        const QList<HealthSample> stored = test::direct(m_ws)->health().samples("hr").value();
        QCOMPARE(stored.size(), DemoData::sampleDays * DemoData::samplesPerDay);
        QTRY_COMPARE(page->scoreSeries()->count(), stored.size()); // read off the GUI thread
        const QList<QPointF> points = page->scoreSeries()->points();
        QCOMPARE(points.size(), stored.size());
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(qint64(points.at(i).x()), stored.at(i).sampledAt.toMSecsSinceEpoch());
            QCOMPARE(points.at(i).y(), double(stored.at(i).score));
        }
        QCOMPARE(points.last().y(),
                 double(test::direct(m_ws)->tenants().get("hr")->healthScore.value()));
    }

    void recordingASampleAddsAPoint()
    {
        HealthPage *page = m_window->healthPage();
        page->showTenant("ops");
        QTRY_VERIFY(!page->samples()->isLoading() && page->scoreSeries()->count() > 0);
        const int before = page->scoreSeries()->count();
        QString preview;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<RecordSampleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->latency()->setValue(600);
            dialog->errorRate()->setValue(2); // percent in the form
            dialog->successRate()->setValue(95);
            dialog->storage()->setValue(85);
            preview = dialog->preview();
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        page->recordSample();
        QCOMPARE(preview, QStringLiteral("70 (healthy)"));
        QTRY_COMPARE(page->scoreSeries()->count(), before + 1);
        QCOMPARE(page->scoreSeries()->points().last().y(), 70.0);
        QCOMPARE(test::direct(m_ws)->tenants().get("ops")->healthScore.value(), 70);
        const HealthSample last = test::direct(m_ws)->health().samples("ops")->last();
        QCOMPARE(last.values.errorRate, 0.02); // stored as a fraction
    }
};

QTEST_MAIN(TestGuiHealth)
#include "tst_gui_health.moc"
