// The feature-flag page through its widgets: clicking a tier value's check
// box in the tree changes exactly that tier's tenants in the matrix.
#include "democonsole.h"
#include "flagmatrixmodel.h"
#include "flagspage.h"
#include "flagtreemodel.h"
#include "mainwindow.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace tenant;
using namespace tenant::ui;

class TestGuiFlags : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    test::DemoConsole m_console;
    Workspace *m_ws = nullptr;
    MainWindow *m_window = nullptr;

    QMap<QString, bool> column(const QString &flag) const
    {
        const FlagMatrixModel *matrix = m_window->flagsPage()->matrixModel();
        QMap<QString, bool> values;
        for (const char *t : {"finance", "hr", "legal", "marketing", "ops"})
            values.insert(t, matrix->cell(t, flag).data(FlagMatrixModel::RawValueRole).toBool());
        return values;
    }

    void clickCheckBox(QTreeView *tree, const QModelIndex &index)
    {
        tree->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(tree);
        option.rect = tree->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        option.state |= QStyle::State_Enabled;
        const QRect box =
            tree->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, tree);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, box.center());
    }

private slots:
    void init()
    {
        QVERIFY(m_console.open(m_databases));
        m_ws = m_console.workspace.get();
        m_window = m_console.window.get();
        m_window->showPage("flags");
        // Both flag models read on worker threads.
        QTRY_VERIFY(!m_window->flagsPage()->treeModel()->isLoading() &&
                    !m_window->flagsPage()->matrixModel()->isLoading());
    }
    void cleanup() { m_console.close(); }

    void togglingATierFlagChangesThatTiersCells()
    {
        FlagsPage *page = m_window->flagsPage();
        QAbstractItemModelTester treeTester(page->treeModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester matrixTester(
            page->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The matrix is computed on a worker thread.
        QTRY_VERIFY(!page->matrixModel()->isLoading() && page->matrixModel()->rowCount() == 5);
        const QMap<QString, bool> before = column("advanced_analytics");
        QCOMPARE(before, (QMap<QString, bool>{{"finance", true},
                                              {"hr", false},
                                              {"legal", true},
                                              {"marketing", true},
                                              {"ops", true}}));

        const QModelIndex gold = page->treeModel()
                                     ->indexOfValue("advanced_analytics", FlagScope::Tier, "gold")
                                     .siblingAtColumn(FlagTreeModel::EnabledColumn);
        clickCheckBox(page->tree(), gold);

        // Gold tenants (legal, ops) turn off; nobody else moves.
        QTRY_COMPARE(column("advanced_analytics"), (QMap<QString, bool>{{"finance", true},
                                                                        {"hr", false},
                                                                        {"legal", false},
                                                                        {"marketing", true},
                                                                        {"ops", false}}));
        const QModelIndex opsCell = page->matrixModel()->cell("ops", "advanced_analytics");
        QCOMPARE(static_cast<FlagSource>(opsCell.data(FlagMatrixModel::SourceRole).toInt()),
                 FlagSource::Tier);
        QCOMPARE(page->matrix()->model()->data(opsCell).toString(), QStringLiteral("off"));
        // Clicking again turns them back on.
        clickCheckBox(page->tree(),
                      page->treeModel()
                          ->indexOfValue("advanced_analytics", FlagScope::Tier, "gold")
                          .siblingAtColumn(FlagTreeModel::EnabledColumn));
        QTRY_COMPARE(column("advanced_analytics"), before);
    }
};

QTEST_MAIN(TestGuiFlags)
#include "tst_gui_flags.moc"
