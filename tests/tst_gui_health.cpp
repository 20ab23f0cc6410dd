// The health page through its widgets: the score chart holds the tenant's
// samples, and recording a sample through the dialog adds a point.
#include "demo/demodata.h"
#include "healthpage.h"
#include "mainwindow.h"
#include "models/healthsamplemodel.h"
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
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.fresh());
        QVERIFY(m_ws->open().ok());
        QVERIFY(DemoData::seed(*m_ws).ok());
        m_window = std::make_unique<MainWindow>(*m_ws, true);
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        if (loaded.isEmpty())
            QVERIFY(loaded.wait(10000));
        m_window->showPage("health");
    }
    void cleanup()
    {
        m_window.reset();
        m_ws.reset();
    }

    void chartHoldsTheTenantsSamples()
    {
        HealthPage *page = m_window->healthPage();
        QAbstractItemModelTester tester(page->samples(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->showTenant("hr");
        const QList<HealthSample> stored = m_ws->health().samples("hr").value();
        QCOMPARE(stored.size(), DemoData::sampleDays * DemoData::samplesPerDay);
        const QList<QPointF> points = page->scoreSeries()->points();
        QCOMPARE(points.size(), stored.size());
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(qint64(points.at(i).x()), stored.at(i).sampledAt.toMSecsSinceEpoch());
            QCOMPARE(points.at(i).y(), double(stored.at(i).score));
        }
        QCOMPARE(points.last().y(), double(m_ws->tenants().get("hr")->healthScore.value()));
    }

    void recordingASampleAddsAPoint()
    {
        HealthPage *page = m_window->healthPage();
        page->showTenant("ops");
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
        QCOMPARE(page->scoreSeries()->count(), before + 1);
        QCOMPARE(page->scoreSeries()->points().last().y(), 70.0);
        QCOMPARE(m_ws->tenants().get("ops")->healthScore.value(), 70);
        const HealthSample last = m_ws->health().samples("ops")->last();
        QCOMPARE(last.values.errorRate, 0.02); // stored as a fraction
    }
};

QTEST_MAIN(TestGuiHealth)
#include "tst_gui_health.moc"
