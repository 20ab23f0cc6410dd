// The console on a 100,000-tenant registry: the Tenants page's filter and
// sort still give exactly the right rows. Correctness only; tenant-bench
// measures the time.
#include "mainwindow.h"
#include "tenantfilterproxymodel.h"
#include "tenantspage.h"
#include "tenanttablemodel.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tenant;
using namespace tenant::ui;

namespace {
constexpr int tenantCount = 100000;

QString idOf(int i)
{
    return QStringLiteral("bu-%1").arg(i, 6, 10, QLatin1Char('0'));
}

/// Every 7th suspended, health i mod 101 (every 50th never sampled).
TenantStatus statusOf(int i)
{
    return i % 7 == 0 ? TenantStatus::Draft : TenantStatus::Active;
}
} // namespace

class TestGuiScale : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;

    TenantsPage *page() const { return m_window->tenantsPage(); }

    /// The ids the view shows, top to bottom.
    QStringList shownIds() const
    {
        const QAbstractItemModel *model = page()->view()->model();
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, TenantTableModel::IdColumn).data().toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_ws = std::make_unique<Workspace>(m_databases.fresh());
        QVERIFY_OK(test::direct(m_ws)->open());
        Tenant base = test::direct(m_ws)->tenants().tierTemplate(Tier::Silver).value();
        QList<Tenant> tenants;
        tenants.reserve(tenantCount);
        for (int i = 0; i < tenantCount; ++i) {
            Tenant t = base;
            t.tenantId = idOf(i);
            t.tenantName = QStringLiteral("Unit %1 %2").arg(i).arg(i % 3 == 0 ? "Finance" : "Ops");
            t.status = statusOf(i);
            t.healthScore = i % 50 == 0 ? std::optional<int>() : std::optional<int>(i % 101);
            tenants << t;
        }
        const Result<int> imported = test::direct(m_ws)->tenants().importTenants(tenants, "tester");
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));

        m_window = std::make_unique<MainWindow>(*m_ws, false);
        QSignalSpy loaded(m_window.get(), &MainWindow::loaded);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!loaded.isEmpty() || loaded.wait(60000));
        m_window->showPage(QStringLiteral("tenants"));
        QCOMPARE(page()->view()->model()->rowCount(), tenantCount);
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_ws.reset();
    }

    void filterShowsExactlyTheMatchingTenants()
    {
        QTest::keyClicks(page()->filterEdit(), "BU-04217"); // case-insensitive
        QStringList expected;
        for (int i = 0; i < tenantCount; ++i)
            if (idOf(i).contains(QStringLiteral("bu-04217")))
                expected << idOf(i);
        QCOMPARE(expected.size(), 10);
        QStringList shown = shownIds();
        shown.sort();
        QCOMPARE(shown, expected);

        // Names match too, combined with the status filter.
        page()->filterEdit()->clear();
        QTest::keyClicks(page()->filterEdit(), "unit 4217");
        page()->statusFilter()->setCurrentIndex(
            page()->statusFilter()->findText(nameOf(TenantStatus::Draft)));
        expected.clear();
        for (int i = 0; i < tenantCount; ++i)
            if (QStringLiteral("Unit %1 ").arg(i).startsWith(QStringLiteral("Unit 4217")) &&
                statusOf(i) == TenantStatus::Draft)
                expected << idOf(i);
        QVERIFY(!expected.isEmpty());
        shown = shownIds();
        shown.sort();
        QCOMPARE(shown, expected);

        page()->statusFilter()->setCurrentIndex(0);
        page()->filterEdit()->clear();
        QCOMPARE(page()->view()->model()->rowCount(), tenantCount);
    }

    void headerSortOrdersAllRowsAndFilteringKeepsTheOrder()
    {
        QHeaderView *header = page()->view()->horizontalHeader();
        const QPoint healthHeader(
            header->sectionViewportPosition(TenantTableModel::HealthColumn) + 5, 5);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, healthHeader);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        QCOMPARE(header->sortIndicatorSection(), int(TenantTableModel::HealthColumn));

        auto checkSorted = [this, order](int expectedRows) {
            const QAbstractItemModel *model = page()->view()->model();
            QCOMPARE(model->rowCount(), expectedRows);
            int previous = order == Qt::AscendingOrder ? -2 : 1000;
            for (int row = 0; row < model->rowCount(); ++row) {
                const int health = model->index(row, TenantTableModel::HealthColumn)
                                       .data(TenantTableModel::RawValueRole)
                                       .toInt();
                if (order == Qt::AscendingOrder ? health < previous : health > previous)
                    QFAIL(qPrintable(QStringLiteral("row %1 breaks the order").arg(row)));
                previous = health;
            }
        };
        checkSorted(tenantCount);
        if (const QString dir = qEnvironmentVariable("TENANT_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/scale-tenants.png")));

        // Filtered rows keep the sort; never-sampled tenants (-1) sit at one end.
        QTest::keyClicks(page()->filterEdit(), "finance");
        int finance = 0;
        for (int i = 0; i < tenantCount; ++i)
            finance += i % 3 == 0;
        checkSorted(finance);
        const QString first = shownIds().first();
        const int firstIndex = first.mid(3).toInt();
        if (order == Qt::AscendingOrder)
            QVERIFY2(firstIndex % 50 == 0, qPrintable(first)); // never sampled first
        page()->filterEdit()->clear();

        // The other direction.
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, healthHeader);
        QCOMPARE(header->sortIndicatorOrder(),
                 order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QAbstractItemModel *model = page()->view()->model();
        const int top = model->index(0, TenantTableModel::HealthColumn)
                            .data(TenantTableModel::RawValueRole)
                            .toInt();
        QCOMPARE(top, order == Qt::AscendingOrder ? 100 : -1);
    }
};

QTEST_MAIN(TestGuiScale)
#include "tst_gui_scale.moc"
