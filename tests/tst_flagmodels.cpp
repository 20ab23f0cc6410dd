// Flag tree and effective-value matrix models under QAbstractItemModelTester:
// structure, in-place edits through FlagService, and targeted refreshes.
#include "demodata.h"
#include "flagmatrixmodel.h"
#include "flagtreemodel.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tenant;

class TestFlagModels : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
        QVERIFY_OK(DemoData::seed(*m_ws));
    }
    void cleanup() { m_ws.reset(); }

    void treeShowsFlagsAndTheirValues()
    {
        FlagTreeModel model(m_ws->flags(), "tester", m_ws->pool());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isLoading()); // read on a worker thread
        QTRY_COMPARE(model.rowCount(), 6);
        const QModelIndex analytics = model.indexOfFlag("advanced_analytics");
        QVERIFY(analytics.isValid());
        QCOMPARE(model.rowCount(analytics), 4); // global, marketing, gold, platinum
        const QModelIndex gold = model.indexOfValue("advanced_analytics", FlagScope::Tier, "gold");
        QCOMPARE(gold.parent(), analytics);
        QCOMPARE(gold.data().toString(), QStringLiteral("tier: gold"));
        QCOMPARE(gold.siblingAtColumn(FlagTreeModel::EnabledColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::Checked);
        QVERIFY(model.flags(gold.siblingAtColumn(FlagTreeModel::EnabledColumn)) &
                Qt::ItemIsUserCheckable);
        QVERIFY(model.flags(gold.siblingAtColumn(FlagTreeModel::RolloutColumn)) &
                Qt::ItemIsEditable);
        QVERIFY(!(model.flags(analytics) & Qt::ItemIsEditable));
    }

    void editingInPlaceGoesThroughTheService()
    {
        FlagTreeModel model(m_ws->flags(), "tester", m_ws->pool());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex goldValue =
            model.indexOfValue("advanced_analytics", FlagScope::Tier, "gold")
                .siblingAtColumn(FlagTreeModel::EnabledColumn);
        QVERIFY(model.setData(goldValue, Qt::Unchecked, Qt::CheckStateRole));
        QTRY_VERIFY(changed.count() > 0);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(reset.count(), 0); // same shape: targeted updates only
        QCOMPARE(m_ws->flags().evaluate("ops", "advanced_analytics")->enabled, false);
        QCOMPARE(m_ws->audit().list()->last().action, QStringLiteral("flag.set"));

        const QModelIndex rollout = goldValue.siblingAtColumn(FlagTreeModel::RolloutColumn);
        QVERIFY(model.setData(rollout, 40, Qt::EditRole));
        QTRY_COMPARE(rollout.data(FlagTreeModel::RawValueRole).toInt(), 40);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.setData(rollout, 140, Qt::EditRole)); // refused by the service
        QVERIFY(model.lastError().contains("rollout"));
        QCOMPARE(rollout.data(FlagTreeModel::RawValueRole).toInt(), 40);
    }

    void newValueChangesTheShape()
    {
        FlagTreeModel model(m_ws->flags(), "tester", m_ws->pool());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 6);
        FlagChange change;
        change.flag = "new_flag";
        change.enabled = true;
        QVERIFY_OK(m_ws->flags().set(change, "tester"));
        QTRY_COMPARE(model.rowCount(), 7);
        QVERIFY(model.indexOfFlag("new_flag").isValid());
    }

    void matrixShowsValueAndDecidingLevel()
    {
        FlagMatrixModel model(m_ws->flags(), m_ws->tenants(), m_ws->pool());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 5); // computed on a worker thread
        QCOMPARE(model.columnCount(), 6);
        auto source = [&](const char *tenant, const char *flag) {
            return static_cast<FlagSource>(
                model.cell(tenant, flag).data(FlagMatrixModel::SourceRole).toInt());
        };
        QCOMPARE(source("finance", "advanced_analytics"), FlagSource::Tier);
        QCOMPARE(source("marketing", "advanced_analytics"), FlagSource::Tenant);
        QCOMPARE(source("ops", "dedicated_namespace"), FlagSource::Default);
        QCOMPARE(source("hr", "basic_search"), FlagSource::Global);
        QVERIFY(model.cell("finance", "advanced_analytics")
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("platinum tier"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        FlagChange change;
        change.flag = "dedicated_namespace";
        change.scope = FlagScope::Tier;
        change.scopeId = "gold";
        change.enabled = true;
        QVERIFY_OK(m_ws->flags().set(change, "tester"));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(
            model.cell("ops", "dedicated_namespace").data(FlagMatrixModel::RawValueRole).toBool(),
            true);
        QCOMPARE(source("ops", "dedicated_namespace"), FlagSource::Tier);
    }
};

QTEST_GUILESS_MAIN(TestFlagModels)
#include "tst_flagmodels.moc"
