// The tenant table model and its filter proxy, under QAbstractItemModelTester,
// on a demo registry: background load, filters, raw-value sorting, and
// row-level updates from the services' signals.
#include "demodata.h"
#include "tenantfilterproxymodel.h"
#include "tenanttablemodel.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <thread>

using namespace tenant;

class TestTenantModels : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<TenantTableModel> m_model;
    std::unique_ptr<TenantFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QStringList ids(const QAbstractItemModel &model) const
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, TenantTableModel::IdColumn).data().toString();
        return out;
    }

    /// "inserted 2-2" / "changed 3-3": structural signals read at a glance.
    static QStringList flatten(const QSignalSpy &spy, const char *what)
    {
        QStringList out;
        for (const QList<QVariant> &args : spy) {
            const bool rows = args.at(0).value<QModelIndex>().isValid() == false &&
                              args.size() >= 3 && args.at(1).typeId() == QMetaType::Int;
            out << QStringLiteral("%1 %2-%3")
                       .arg(QLatin1String(what))
                       .arg(rows ? args.at(1).toInt() : args.at(0).value<QModelIndex>().row())
                       .arg(rows ? args.at(2).toInt() : args.at(1).value<QModelIndex>().row());
        }
        return out;
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<Workspace>(m_databases.migrated());
        QVERIFY_OK(m_ws->open());
        QVERIFY_OK(DemoData::seed(*m_ws));
        m_model = std::make_unique<TenantTableModel>(m_ws->tenants(), m_ws->health(), m_ws->pool());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy = std::make_unique<TenantFilterProxyModel>();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setSourceModel(m_model.get());

        QSignalSpy loading(m_model.get(), &TenantTableModel::loadingChanged);
        m_model->reload();
        QVERIFY(m_model->isLoading());
        QVERIFY(loading.wait(10000));
        QTRY_VERIFY(!m_model->isLoading());
    }
    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_ws.reset();
    }

    void loadsEveryTenantOffTheGuiThread()
    {
        QCOMPARE(ids(*m_model), (QStringList{"finance", "hr", "legal", "marketing", "ops"}));
        QCOMPARE(m_model->columnCount(), int(TenantTableModel::ColumnCount));
        const QModelIndex tier = m_model->index(0, TenantTableModel::TierColumn);
        QCOMPARE(tier.data().toString(), QStringLiteral("platinum"));
        QCOMPARE(tier.data(TenantTableModel::RawValueRole).toInt(), int(Tier::Platinum));
        QCOMPARE(m_model->index(0, 0).data(TenantTableModel::TenantIdRole).toString(),
                 QStringLiteral("finance"));
        QCOMPARE(m_model->headerData(TenantTableModel::HealthColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Health"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("band");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << "" << -1 << -1 << -1
                              << QStringList{"finance", "hr", "legal", "marketing", "ops"};
        QTest::newRow("text in name") << "operations" << -1 << -1 << -1 << QStringList{"hr", "ops"};
        QTest::newRow("text in id, any case") << "FIN" << -1 << -1 << -1 << QStringList{"finance"};
        QTest::newRow("tier gold")
            << "" << -1 << int(Tier::Gold) << -1 << QStringList{"legal", "ops"};
        QTest::newRow("critical band")
            << "" << -1 << -1 << int(HealthBand::Critical) << QStringList{"marketing"};
        QTest::newRow("warning band")
            << "" << -1 << -1 << int(HealthBand::Warning) << QStringList{"hr"};
        QTest::newRow("status draft")
            << "" << int(TenantStatus::Draft) << -1 << -1 << QStringList{};
        QTest::newRow("combined") << "o" << int(TenantStatus::Active) << int(Tier::Gold)
                                  << int(HealthBand::Healthy) << QStringList{"ops"};
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        QFETCH(int, tier);
        QFETCH(int, band);
        QFETCH(QStringList, expected);
        m_proxy->setText(text);
        m_proxy->setStatus(status < 0 ? std::nullopt
                                      : std::optional(static_cast<TenantStatus>(status)));
        m_proxy->setTier(tier < 0 ? std::nullopt : std::optional(static_cast<Tier>(tier)));
        m_proxy->setBand(band < 0 ? std::nullopt : std::optional(static_cast<HealthBand>(band)));
        QCOMPARE(ids(*m_proxy), expected);
    }

    void sortsOnRawValues()
    {
        // Health: marketing 10, hr 59, ops 97, finance and legal 100 (tie broken by id).
        m_proxy->sort(TenantTableModel::HealthColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), (QStringList{"marketing", "hr", "ops", "finance", "legal"}));
        // Tier by rank, not alphabetically.
        m_proxy->sort(TenantTableModel::TierColumn, Qt::AscendingOrder);
        QCOMPARE(ids(*m_proxy), (QStringList{"finance", "legal", "ops", "hr", "marketing"}));
        // Budget numerically: 300000 < 350000 < 900000 < 1200000 < 2500000.
        m_proxy->sort(TenantTableModel::BudgetColumn, Qt::DescendingOrder);
        QCOMPARE(ids(*m_proxy), (QStringList{"finance", "ops", "legal", "hr", "marketing"}));
    }

    void tenantsPageSortsTheSourceAndKeepsItSorted()
    {
        // As the Tenants page sets it up: the source sorts its own rows.
        m_proxy->setSortInSource(true);
        QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
        m_proxy->sort(TenantTableModel::HealthColumn, Qt::DescendingOrder);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(ids(*m_model), (QStringList{"finance", "legal", "ops", "hr", "marketing"}));
        QCOMPARE(ids(*m_proxy), ids(*m_model));
        QCOMPARE(m_model->rowOf("hr"), 3);

        // A filter keeps the order; a persistent index follows its tenant.
        const QPersistentModelIndex ops = m_proxy->index(2, 0);
        m_proxy->setText("OPS"); // case-insensitive
        QCOMPARE(ids(*m_proxy), QStringList{"ops"});
        QCOMPARE(ops.row(), 0);
        QCOMPARE(ops.data().toString(), QStringLiteral("ops"));
        m_proxy->setText({});

        // A changed health moves its row to where it now sorts.
        auto sortedByHealth = [this] {
            for (int row = 0; row + 1 < m_model->rowCount(); ++row) {
                const int order = m_model->compare(row, row + 1, TenantTableModel::HealthColumn);
                if (order < 0 || (order == 0 && m_model->tenantAt(row).tenantId >
                                                    m_model->tenantAt(row + 1).tenantId))
                    return false;
            }
            return true;
        };
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QVERIFY_OK(m_ws->health().record("marketing", {40, 0.0, 1.0, 0.1}, "m"));
        QTRY_COMPARE(moved.count(), 1); // the row is read again off the GUI thread
        QVERIFY(m_model->rowOf("marketing") < 4);
        QVERIFY(sortedByHealth());
        // A new tenant arrives in place; a full reload keeps the order.
        test::createTenant(*m_ws, QStringLiteral("aardvark"), Tier::Bronze); // never sampled
        QTRY_COMPARE(ids(*m_model).last(), QStringLiteral("aardvark"));
        QVERIFY(sortedByHealth());
        const QStringList before = ids(*m_model);
        m_model->reload();
        QTRY_VERIFY(!m_model->isLoading());
        QCOMPARE(ids(*m_model), before);
    }

    void createdTenantIsInsertedInPlace()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        test::createTenant(*m_ws, QStringLiteral("legal-eu"), Tier::Gold);
        QTRY_COMPARE(flatten(inserted, "inserted"), QStringList{"inserted 3-3"});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(ids(*m_model).at(3), QStringLiteral("legal-eu"));
    }

    void updateAndHealthChangeOneRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        Tenant hr = m_ws->tenants().get(QStringLiteral("hr")).value();
        hr.maxUsers = 999;
        QVERIFY_OK(m_ws->tenants().update(hr, QStringLiteral("tester")));
        QTRY_COMPARE(flatten(changed, "changed"), QStringList{"changed 1-1"});
        QCOMPARE(m_model->index(1, TenantTableModel::UsersColumn)
                     .data(TenantTableModel::RawValueRole)
                     .toLongLong(),
                 999);

        changed.clear();
        QVERIFY(m_ws->health()
                    .record(QStringLiteral("ops"), {1200, 0.1, 0.8, 0.95}, QStringLiteral("m"))
                    .ok());
        QTRY_COMPARE(flatten(changed, "changed"), QStringList{"changed 4-4"});
        QCOMPARE(m_model->index(4, TenantTableModel::HealthColumn)
                     .data(TenantTableModel::HealthBandRole)
                     .toInt(),
                 int(HealthBand::Critical));

        changed.clear();
        QVERIFY(m_ws->lifecycle()
                    .transition(QStringLiteral("hr"), TenantStatus::Suspended,
                                QStringLiteral("test"), QStringLiteral("t"))
                    .ok());
        QTRY_COMPARE(flatten(changed, "changed"), QStringList{"changed 1-1"});
        QCOMPARE(m_model->index(1, TenantTableModel::StatusColumn).data().toString(),
                 QStringLiteral("suspended"));
    }

    void proxyFollowsSourceChanges()
    {
        m_proxy->setStatus(TenantStatus::Suspended);
        QCOMPARE(m_proxy->rowCount(), 0);
        QVERIFY(m_ws->lifecycle()
                    .transition(QStringLiteral("hr"), TenantStatus::Suspended,
                                QStringLiteral("test"), QStringLiteral("t"))
                    .ok());
        QTRY_COMPARE(ids(*m_proxy), QStringList{"hr"});
    }

    /// Reloads and, when the first rows of the load have arrived (the rest
    /// still to come), runs `during`; then waits for the table to settle
    /// and compares every row with the registry.
    void reloadChangingMidway(const std::function<void()> &during)
    {
        bool changedDuringLoad = false;
        const QMetaObject::Connection midway =
            connect(m_model.get(), &TenantTableModel::loadProgress, this, [&](int rowsLoaded) {
                if (changedDuringLoad || rowsLoaded > TenantTableModel::firstBatchSize)
                    return;
                changedDuringLoad = true;
                QVERIFY(m_model->isLoading());
                during();
            });
        m_model->reload();
        QVERIFY(m_model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(changedDuringLoad, 60000);
        disconnect(midway);
        QList<TenantSummary> stored;
        QVERIFY_OK(test::direct(m_ws)->tenants().summaries(50000, [&](QList<TenantSummary> &&b) {
            stored += std::move(b);
            return true;
        }));
        // Rows changed during the load are read again after it: wait for them.
        const auto same = [&] {
            if (m_model->isLoading() || m_model->rowCount() != stored.size())
                return false;
            for (int row = 0; row < stored.size(); ++row) {
                const TenantSummary &shown = m_model->tenantAt(row);
                const TenantSummary &truth = stored.at(row);
                if (shown.tenantId != truth.tenantId || shown.costCenter != truth.costCenter ||
                    shown.version != truth.version)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(same(), 30000);
    }

    static Tenant bulkTenant(const Tenant &from, const QString &id)
    {
        Tenant t = from;
        t.tenantId = id;
        t.tenantName = QStringLiteral("Bulk ") + id;
        t.costCenter = QStringLiteral("CC-BULK");
        return t;
    }

    // Changes, creations and an import while 100,000 tenants load: when the
    // dust settles the table holds exactly what the registry holds, each
    // tenant once, none stale. The race it guards: a change during a load
    // was dropped, and a created row the load had not reached came twice.
    void changesDuringALargeLoadAreNeitherLostNorDoubled()
    {
        // Three batches after the first: enough for changes to land while
        // later batches are still being read (tst_gui_scale loads 100,000).
        constexpr int bulk = 45000;
        const auto bulkId = [](int i) {
            return QStringLiteral("t%1").arg(i, 6, 10, QLatin1Char('0'));
        };
        const Tenant bronze = m_ws->tenants().tierTemplate(Tier::Bronze).value();
        QList<Tenant> many;
        many.reserve(bulk);
        for (int i = 0; i < bulk; ++i)
            many << bulkTenant(bronze, bulkId(i));
        QVERIFY_OK(m_ws->tenants().importTenants(many, QStringLiteral("loader")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() == bulk + 5, 60000);

        // Rows whose refresh is on its way when the load begins: one near
        // the end (the load reaches it late) and one in the first batch.
        for (const QString &id : {bulkId(bulk - 2), QStringLiteral("finance")}) {
            Tenant t = m_ws->tenants().get(id).value();
            t.costCenter = QStringLiteral("CC-BEFORE-LOAD");
            QVERIFY_OK(m_ws->tenants().update(t, QStringLiteral("t")));
        }

        // Round one: updates and creations only, so nothing reloads after.
        reloadChangingMidway([&] {
            // One row the load has read, one it has not reached yet.
            Tenant read = m_ws->tenants().get(QStringLiteral("hr")).value();
            read.costCenter = QStringLiteral("CC-HR-DURING");
            QVERIFY_OK(m_ws->tenants().update(read, QStringLiteral("t")));
            Tenant ahead = m_ws->tenants().get(bulkId(bulk - 1)).value();
            ahead.costCenter = QStringLiteral("CC-AHEAD");
            QVERIFY_OK(m_ws->tenants().update(ahead, QStringLiteral("t")));
            // Created before, among and after the rows read so far, the last
            // by another client on another thread.
            test::createTenant(*m_ws, QStringLiteral("a-first"), Tier::Gold);
            test::createTenant(*m_ws, bulkId(bulk / 2) + QLatin1Char('x'), Tier::Gold);
            std::thread other(
                [this] { test::createTenant(*m_ws, QStringLiteral("zz-last"), Tier::Silver); });
            other.join();
        });
        QCOMPARE(m_model->rowCount(), bulk + 5 + 3);
        QCOMPARE(m_model->tenantAt(m_model->rowOf(bulkId(bulk - 1))).costCenter,
                 QStringLiteral("CC-AHEAD"));
        QCOMPARE(m_model->tenantAt(m_model->rowOf(QStringLiteral("hr"))).costCenter,
                 QStringLiteral("CC-HR-DURING"));
        QCOMPARE(m_model->tenantAt(m_model->rowOf(QStringLiteral("finance"))).costCenter,
                 QStringLiteral("CC-BEFORE-LOAD"));
        QCOMPARE(m_model->tenantAt(m_model->rowOf(bulkId(bulk - 2))).costCenter,
                 QStringLiteral("CC-BEFORE-LOAD"));

        // Round two: an import (a whole reload asked for during the load)
        // and a change together.
        reloadChangingMidway([&] {
            QVERIFY_OK(m_ws->tenants().importTenants({bulkTenant(bronze, QStringLiteral("u1")),
                                                      bulkTenant(bronze, QStringLiteral("u2"))},
                                                     QStringLiteral("t")));
            Tenant read = m_ws->tenants().get(QStringLiteral("legal")).value();
            read.costCenter = QStringLiteral("CC-LEGAL-DURING");
            QVERIFY_OK(m_ws->tenants().update(read, QStringLiteral("t")));
        });
        QCOMPARE(m_model->rowCount(), bulk + 5 + 3 + 2);
        QCOMPARE(m_model->tenantAt(m_model->rowOf(QStringLiteral("legal"))).costCenter,
                 QStringLiteral("CC-LEGAL-DURING"));
    }
};

QTEST_GUILESS_MAIN(TestTenantModels)
#include "tst_tenantmodels.moc"
