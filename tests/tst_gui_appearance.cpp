// The console's look and language through its real widgets: the bundled
// icons, the dark and light themes (palette, icons, charts), Preferences
// applied and saved, Hindi and German labels with their number formats,
// the keyboard-shortcuts window and About.
#include "appearance.h"
#include "chargebackmodels.h"
#include "connectionprofile.h"
#include "consolepreferences.h"
#include "democonsole.h"
#include "flagmatrixmodel.h"
#include "helpdialogs.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "tenanttablemodel.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWizard>

#include <algorithm>
#include <memory>

using namespace tenant;
using namespace tenant::ui;

class TestGuiAppearance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    test::TestDatabase m_databases;
    test::DemoConsole m_console;

    QListWidget *navigation() const { return m_console.window->findChild<QListWidget *>(); }
    QAction *action(const char *name) const
    {
        return m_console.window->findChild<QAction *>(QLatin1String(name));
    }
    QString budgetShown(const QString &tenant) const
    {
        const TenantTableModel &model = m_console.window->tenantModel();
        return model.index(model.rowOf(tenant), TenantTableModel::BudgetColumn).data().toString();
    }
    /// The colour behind an "off" cell of the Flags page's matrix, as its
    /// delegate paints it with the view's palette; invalid until one is loaded.
    QColor offCellBackground() const
    {
        for (const QTableView *view : m_console.window->findChildren<QTableView *>()) {
            const auto *matrix = qobject_cast<const FlagMatrixModel *>(view->model());
            for (int row = 0; matrix && row < matrix->rowCount(); ++row) {
                for (int column = 0; column < matrix->columnCount(); ++column) {
                    const QModelIndex cell = matrix->index(row, column);
                    if (cell.data(FlagMatrixModel::RawValueRole).toBool())
                        continue;
                    QImage image(40, 16, QImage::Format_ARGB32);
                    image.fill(Qt::magenta);
                    QPainter painter(&image);
                    QStyleOptionViewItem option;
                    option.initFrom(view);
                    option.rect = image.rect();
                    view->itemDelegate()->paint(&painter, option, cell);
                    painter.end();
                    return image.pixelColor(1, 1);
                }
            }
        }
        return {};
    }
    /// Every chart on the Overview has the palette's base behind it and
    /// its text colour on the axes.
    void verifyChartsFollow(const QPalette &palette)
    {
        const QList<QChartView *> views = m_console.window->findChildren<QChartView *>();
        QVERIFY(!views.isEmpty());
        for (const QChartView *view : views) {
            QCOMPARE(view->chart()->backgroundBrush().color(), palette.color(QPalette::Base));
            for (const QAbstractAxis *axis : view->chart()->axes())
                QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
        }
    }

private slots:
    void initTestCase()
    {
        // Preferences go to a settings file of the test's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        appearance::installIcons();
        localization::apply(QStringLiteral("en"));
    }
    void init() { QVERIFY(m_console.open(m_databases)); }
    void cleanup()
    {
        m_console.close();
        appearance::applyTheme(Theme::System);
        // English, whatever the machine's $LANG or $LANGUAGE (the system's
        // own language is theSystemLanguageIsFollowed's, in a child process).
        localization::apply(QStringLiteral("en"));
        QSettings().clear(); // no test's preferences reach the next
    }

    void bundledIconsFillTheSidebarToolbarsAndMenus()
    {
        // offscreen has no icon theme: every icon comes from the bundled Breeze.
        QCOMPARE(QIcon::themeName(), QStringLiteral("breeze"));
        for (int i = 0; i < navigation()->count(); ++i)
            QVERIFY2(!navigation()->item(i)->icon().isNull(),
                     qPrintable(navigation()->item(i)->text()));
        for (const char *name : {"preferences", "keyboardShortcuts", "about"})
            QVERIFY2(!action(name)->icon().isNull(), name);
        // Every page's toolbar: at least one icon each, and the Tenants
        // page's actions all have theirs.
        const QList<QToolBar *> bars = m_console.window->findChildren<QToolBar *>();
        QVERIFY(bars.size() >= 4);
        for (const QToolBar *bar : bars) {
            const QList<QAction *> actions = bar->actions();
            QVERIFY2(std::any_of(actions.begin(), actions.end(),
                                 [](const QAction *a) { return !a->icon().isNull(); }),
                     qPrintable(bar->windowTitle()));
        }
        for (const char *name :
             {"transition-suspended", "transition-active", "transition-archived"})
            QVERIFY2(!action(name)->icon().isNull(), name);
        QVERIFY(!QApplication::windowIcon().isNull());
        QVERIFY(!QApplication::windowIcon().pixmap(48, 48).isNull());
    }

    void darkAndLightRecolourPaletteIconsAndCharts()
    {
        m_console.window->showPage(QStringLiteral("overview"));
        appearance::applyTheme(Theme::Dark);
        QVERIFY(appearance::isDark(QApplication::palette()));
        QTRY_VERIFY(appearance::isDark(m_console.window->palette()));
        QCOMPARE(QIcon::themeName(), QStringLiteral("breeze-dark"));
        QTRY_COMPARE(m_console.window->palette().color(QPalette::Base),
                     appearance::darkPalette().color(QPalette::Base));
        verifyChartsFollow(appearance::darkPalette());
        // A flag that is off: a deep tint in the dark, not a pale patch.
        QTRY_VERIFY(offCellBackground().isValid());
        QTRY_VERIFY2(offCellBackground().lightness() < 100, qPrintable(offCellBackground().name()));

        appearance::applyTheme(Theme::Light);
        QVERIFY(!appearance::isDark(QApplication::palette()));
        QCOMPARE(QIcon::themeName(), QStringLiteral("breeze"));
        // The palette reaches the widgets through posted events.
        QTRY_VERIFY(!appearance::isDark(m_console.window->palette()));
        verifyChartsFollow(QApplication::palette());
        QTRY_VERIFY2(offCellBackground().lightness() > 200, qPrintable(offCellBackground().name()));
        // Charts drawn after the switch get the new colours too.
        QSignalSpy reloaded(m_console.window.get(), &MainWindow::loaded);
        m_console.window->refresh();
        QVERIFY(reloaded.wait(10000));
        verifyChartsFollow(QApplication::palette());
    }

    void preferencesApplyTheThemeAndRefreshAndAreSaved()
    {
        ConsolePreferences before;
        before.theme = QStringLiteral("light");
        before.save();
        bool noteShown = false;
        test::whenDialogOpens<PreferencesDialog>(this, [&](PreferencesDialog *dialog) {
            QCOMPARE(dialog->themeBox()->currentData().toString(), QStringLiteral("light"));
            QVERIFY(!dialog->restartNote()->isVisible());
            dialog->themeBox()->setCurrentIndex(
                dialog->themeBox()->findData(QStringLiteral("dark")));
            dialog->languageBox()->setCurrentIndex(
                dialog->languageBox()->findData(QStringLiteral("hi")));
            noteShown = dialog->restartNote()->isVisible();
            dialog->refreshBox()->setValue(60);
            dialog->startupBox()->setCurrentIndex(
                dialog->startupBox()->findData(ConsolePreferences::demoProfile()));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        action("preferences")->trigger();
        QVERIFY(noteShown);
        QVERIFY(appearance::isDark(QApplication::palette()));
        QCOMPARE(m_console.window->refreshInterval(), 60);
        const ConsolePreferences saved = ConsolePreferences::load();
        QCOMPARE(saved.theme, QStringLiteral("dark"));
        QCOMPARE(saved.language, QStringLiteral("hi"));
        QCOMPARE(saved.refreshSeconds, 60);
        QCOMPARE(saved.startupProfile, ConsolePreferences::demoProfile());
        // The window's own language stays until the next start.
        QCOMPARE(navigation()->item(0)->text(), QStringLiteral("Overview"));

        // Cancel changes nothing.
        test::whenDialogOpens<PreferencesDialog>(this, [](PreferencesDialog *dialog) {
            dialog->themeBox()->setCurrentIndex(0);
            dialog->reject();
        });
        action("preferences")->trigger();
        QVERIFY(appearance::isDark(QApplication::palette()));
        QCOMPARE(ConsolePreferences::load(), saved);
    }

    void preferencesReadBackAreChecked()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("xx"));
        settings.setValue(QStringLiteral("preferences/theme"), QStringLiteral("neon"));
        settings.setValue(QStringLiteral("preferences/refreshSeconds"), 1);
        settings.sync();
        const ConsolePreferences p = ConsolePreferences::load();
        QCOMPARE(p.language, QString());
        QCOMPARE(p.theme, QStringLiteral("system"));
        QCOMPARE(p.refreshSeconds, ConsolePreferences::minRefreshSeconds);
    }

    void englishPluralsComeFromTheirOwnFile()
    {
        m_console.close();
        localization::apply(QStringLiteral("en"));
        QVERIFY(m_console.open(m_databases));
        m_console.window->showPage(QStringLiteral("tenants"));
        auto *count = m_console.window->findChild<QLabel *>(QStringLiteral("tenantCount"));
        QVERIFY(count);
        QTRY_COMPARE(count->text(), QStringLiteral("5 of 5 tenants"));
        // The singular, as the same label's text would read with one tenant.
        QCOMPARE(QCoreApplication::translate("tenant::ui::TenantsPage", "%L1 of %Ln tenant(s)",
                                             nullptr, 1)
                     .arg(1),
                 QStringLiteral("1 of 1 tenant"));
    }

    void aLanguageWithoutTranslationFallsBackToEnglish()
    {
        const QLocale french = localization::apply(QStringLiteral("fr"));
        QCOMPARE(french.language(), QLocale::French);
        // English text, the plural forms too (Qt's French is not loaded either)...
        QCOMPARE(QCoreApplication::translate("tenant::ui::TenantsPage", "%L1 of %Ln tenant(s)",
                                             nullptr, 2)
                     .arg(2),
                 QStringLiteral("2 of 2 tenants"));
        QCOMPARE(QCoreApplication::translate("tenant::ui::MainWindow", "Overview"),
                 QStringLiteral("Overview"));
        // ...but French numbers (the territory is the system's).
        QCOMPARE(moneyText(2500000), french.toCurrencyString(2500000.0, QStringLiteral("₹"), 0));
        QVERIFY2(!moneyText(2500000).contains(QLatin1Char(',')), qPrintable(moneyText(2500000)));
    }

    void theSystemLanguageIsFollowed()
    {
        // QLocale::system() is read once per process: a child run of this
        // test with a Hindi environment checks what apply({}) does there.
        if (qEnvironmentVariableIsSet("TENANT_SYSTEM_LANGUAGE_CHILD")) {
            const QLocale locale = localization::apply({});
            QCOMPARE(locale.language(), QLocale::Hindi);
            QCOMPARE(locale.territory(), QLocale::India);
            QCOMPARE(QCoreApplication::translate("tenant::ui::MainWindow", "Overview"),
                     QStringLiteral("अवलोकन"));
            QCOMPARE(moneyText(2500000), QStringLiteral("₹25,00,000"));
            return;
        }
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TENANT_SYSTEM_LANGUAGE_CHILD"), QStringLiteral("1"));
        for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            environment.insert(QString::fromLatin1(name), QStringLiteral("hi_IN.UTF-8"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("theSystemLanguageIsFollowed")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray said = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 said.constData());
        QVERIFY2(said.contains("PASS   : TestGuiAppearance::theSystemLanguageIsFollowed()"),
                 said.constData());
    }

    void hindiLabelsAndIndianGrouping()
    {
        m_console.close();
        const QLocale locale = localization::apply(QStringLiteral("hi"));
        QCOMPARE(locale.language(), QLocale::Hindi);
        QVERIFY(m_console.open(m_databases));
        QCOMPARE(navigation()->item(0)->text(), QStringLiteral("अवलोकन"));
        QCOMPARE(navigation()->item(1)->text(), QStringLiteral("टेनेंट"));
        QCOMPARE(m_console.window->tenantModel()
                     .headerData(TenantTableModel::BudgetColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("मासिक बजट"));
        QCOMPARE(budgetShown(QStringLiteral("finance")), QStringLiteral("₹25,00,000"));
        QCOMPARE(moneyText(12000000), QStringLiteral("₹1,20,00,000"));
        QCOMPARE(moneyText(2500000, false, QLocale(QStringLiteral("en_IN"))),
                 QStringLiteral("₹25,00,000"));
        // A status as the table shows it, and a refusal from the core.
        QCOMPARE(m_console.window->tenantModel()
                     .index(m_console.window->tenantModel().rowOf(QStringLiteral("finance")),
                            TenantTableModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("सक्रिय"));
        ConnectionProfile demo;
        demo.name = ConsolePreferences::demoProfile();
        demo.host = demo.database = demo.user = QStringLiteral("x");
        const Status reserved = demo.validate();
        QVERIFY(!reserved);
        QVERIFY2(reserved.error().message.contains(QStringLiteral("डेमो")),
                 qPrintable(reserved.error().message));
        const Status refused = ConnectionProfile{}.validate();
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, QStringLiteral("name: आवश्यक है"));
        // Toolbar buttons without the bracketed mnemonic, menus with it.
        QCOMPARE(action("newTenant")->text(), QStringLiteral("नया टेनेंट… (&N)"));
        QCOMPARE(action("newTenant")->iconText(), QStringLiteral("नया टेनेंट…"));
        // Qt's own buttons, which Qt has no Hindi for, come from the console's file...
        for (const localization::QtString &qt : localization::qtStringsTranslatedHere())
            QVERIFY2(QCoreApplication::translate(qt.context, qt.source) !=
                         QString::fromUtf8(qt.source),
                     qt.source);
        // ...as Qt's widgets ask for them.
        QWizard wizard;
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("आगे (&N) >"));
        QLineEdit field;
        const std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QVERIFY(menu->actions().constFirst()->text().startsWith(QStringLiteral("पूर्ववत करें (&U)")));
        QString cancelShown;
        test::whenDialogOpens<PreferencesDialog>(this, [&](PreferencesDialog *dialog) {
            cancelShown =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text();
            dialog->reject();
        });
        action("preferences")->trigger();
        QCOMPARE(cancelShown, QStringLiteral("रद्द करें"));
    }

    void germanLabelsAndGrouping()
    {
        m_console.close();
        localization::apply(QStringLiteral("de"));
        QVERIFY(m_console.open(m_databases));
        QCOMPARE(navigation()->item(0)->text(), QStringLiteral("Übersicht"));
        QCOMPARE(action("preferences")->text(), QStringLiteral("&Einstellungen…"));
        QCOMPARE(budgetShown(QStringLiteral("finance")), QStringLiteral("2.500.000\u00a0₹"));
        // Elsewhere the locale's own grouping.
        QCOMPARE(moneyText(2500000, false, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("₹2,500,000"));
    }

    void shortcutsWindowListsEveryShortcut()
    {
        action("keyboardShortcuts")->trigger();
        auto *dialog = m_console.window->findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList rows;
        for (int r = 0; r < dialog->proxy()->rowCount(); ++r)
            rows << dialog->proxy()->index(r, 0).data().toString() + QLatin1Char('=') +
                        dialog->proxy()->index(r, 1).data().toString();
        for (const char *expected : {"Preferences…=Ctrl+,", "Keyboard Shortcuts=Ctrl+/",
                                     "Refresh=F5", "Overview=Alt+1", "Drift=Alt+7"})
            QVERIFY2(rows.contains(QString::fromUtf8(expected)),
                     qPrintable(expected + QStringLiteral(" not in ") + rows.join(u", ")));
        QTest::keyClicks(dialog->filter(), "alt+");
        QCOMPARE(dialog->proxy()->rowCount(), MainWindow::pageNames().size());
        dialog->close();
    }

    void aboutNamesVersionLicenceQtAndDatabase()
    {
        // The box as Help → About opens it: the application icon beside the text.
        QString shownText;
        QSize iconShown;
        test::whenDialogOpens<QMessageBox>(this, [&](QMessageBox *box) {
            shownText = box->text();
            iconShown = box->iconPixmap().deviceIndependentSize().toSize();
            box->accept();
        });
        action("about")->trigger();
        QCOMPARE(iconShown, QSize(96, 96));
        QCOMPARE(shownText, aboutText(m_console.url.toDisplayString()));
        QVERIFY(!m_console.window->windowIcon().isNull());

        const QString text = aboutText(m_console.url.toDisplayString());
        QVERIFY(text.contains(QApplication::applicationVersion()));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(text.contains(m_console.url.toDisplayString().toHtmlEscaped()));
    }
};

QTEST_MAIN(TestGuiAppearance)
#include "tst_gui_appearance.moc"
