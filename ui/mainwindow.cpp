#include "mainwindow.h"

#include "changefeed.h"

#include "appearance.h"
#include "auditpage.h"
#include "audittablemodel.h"
#include "background.h"
#include "chargebackmodels.h"
#include "chargebackpage.h"
#include "connectionmonitor.h"
#include "connectionprofile.h"
#include "consolepreferences.h"
#include "driftpage.h"
#include "flagmatrixmodel.h"
#include "flagspage.h"
#include "flagtreemodel.h"
#include "healthpage.h"
#include "helpdialogs.h"
#include "interruptedrunsdialog.h"
#include "localization.h"
#include "overviewpage.h"
#include "preferencesdialog.h"
#include "requestspage.h"
#include "tenantspage.h"
#include "tenanttablemodel.h"
#include "userspage.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>

#include <algorithm>

namespace tenant::ui {

namespace {
/// The pages, in navigation order (Alt+1…9): the name --page and the
/// settings use, the title and the theme icon.
struct PageEntry
{
    const char *name;
    const char *title;
    const char *icon;
};
const PageEntry pageTable[] = {
    {"overview", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Overview"), "go-home"},
    {"tenants", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Tenants"), "system-users"},
    {"requests", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Requests"), "mail-mark-task"},
    {"flags", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Feature Flags"), "flag"},
    {"health", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Health"), "utilities-system-monitor"},
    {"chargeback", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Chargeback"), "office-chart-bar"},
    {"drift", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Drift"), "view-refresh"},
    {"audit", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Audit"), "security-high"},
    {"users", QT_TRANSLATE_NOOP("tenant::ui::MainWindow", "Users and roles"),
     "preferences-desktop-user"},
};
constexpr int pageCount = int(std::size(pageTable));
} // namespace

QStringList MainWindow::pageNames()
{
    QStringList names;
    for (const PageEntry &page : pageTable)
        names << QString::fromLatin1(page.name);
    return names;
}

MainWindow::MainWindow(Workspace &workspace, bool demo, ConnectionMonitor *monitor, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(demo ? tr("Tenant Admin — DEMO") : tr("Tenant Admin"));

    m_pages = new QStackedWidget(this);
    for (const QString &name : pageNames()) {
        auto *placeholder = new QLabel(m_pages);
        placeholder->setObjectName(QStringLiteral("placeholder-") + name);
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        placeholder->setMargin(40);
        placeholder->setText(
            tr("Connecting to %1…").arg(workspace.database().url().toDisplayString()));
        m_placeholders << placeholder;
        m_pages->addWidget(placeholder);
    }
    buildNavigation();

    m_offlineBanner = new QLabel(this);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setMargin(6);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("background: #fff3e0; color: #8a3b00; border-bottom: 1px solid #ef6c00;"));
    m_offlineBanner->hide();

    m_breakGlassBanner = new QLabel(this);
    m_breakGlassBanner->setObjectName(QStringLiteral("breakGlassBanner"));
    m_breakGlassBanner->setWordWrap(true);
    m_breakGlassBanner->setMargin(6);
    m_breakGlassBanner->setStyleSheet(QStringLiteral(
        "background: #c62828; color: white; font-weight: bold; border-bottom: 1px solid #8e0000;"));
    m_breakGlassBanner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_breakGlassBanner);
    column->addWidget(m_offlineBanner);
    column->addWidget(m_pages, 1);
    layout->addLayout(column, 1);
    setCentralWidget(central);

    // Preferences → Refresh every: re-reads the pages while the registry is reachable.
    m_autoRefresh = new QTimer(this);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!m_monitor || m_monitor->state() != ConnectionMonitor::State::Offline)
            refresh();
    });
    setRefreshInterval(ConsolePreferences::load().refreshSeconds);
    buildActions();
    buildStatusBar(demo);
    resize(1280, 800);

    if (!m_monitor || m_monitor->hasConnected()) {
        buildPages();
    } else {
        m_connection->setText(tr("Connecting…"));
        connect(m_monitor, &ConnectionMonitor::online, this, &MainWindow::showOnline);
        connect(m_monitor, &ConnectionMonitor::offline, this, &MainWindow::showOffline);
        connect(m_monitor, &ConnectionMonitor::retryCountdown, this, &MainWindow::showCountdown);
    }
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QString MainWindow::placeholderText(const QString &name) const
{
    const int index = pageNames().indexOf(name);
    return index < 0 || index >= m_placeholders.size() ? QString()
                                                       : m_placeholders.at(index)->text();
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    for (const PageEntry &page : pageTable)
        new QListWidgetItem(QIcon::fromTheme(QString::fromLatin1(page.icon)), tr(page.title),
                            m_navigation);
    m_navigation->setFixedWidth(170);
    // The keyboard belongs to the pages (Alt+1…9 switch them), so a key
    // such as Del reaches the page shown, not the list.
    m_navigation->setFocusPolicy(Qt::ClickFocus);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
}

void MainWindow::buildPages()
{
    Workspace &workspace = m_workspace;
    m_tenantModel =
        new TenantTableModel(workspace.tenants(), workspace.health(), workspace.pool(), this);
    m_chargebackLoader = new ChargebackLoader(workspace, this);
    m_overviewPage = new OverviewPage(*m_tenantModel, *m_chargebackLoader, this);
    m_tenantsPage = new TenantsPage(workspace, *m_tenantModel, this);
    m_requestsPage = new RequestsPage(workspace, this);
    m_flagsPage = new FlagsPage(workspace, this);
    m_healthPage = new HealthPage(workspace, *m_tenantModel, this);
    m_auditPage = new AuditPage(workspace, this);
    m_usersPage = new UsersPage(workspace, this);
    m_chargebackPage = new ChargebackPage(workspace, *m_chargebackLoader, this);
    m_driftPage = new DriftPage(workspace, this);
    // In pageTable's order.
    const QList<QWidget *> pages = {m_overviewPage, m_tenantsPage, m_requestsPage,
                                    m_flagsPage,    m_healthPage,  m_chargebackPage,
                                    m_driftPage,    m_auditPage,   m_usersPage};
    Q_ASSERT(pages.size() == pageCount);
    const int current = m_navigation->currentRow();
    for (int i = 0; i < pages.size(); ++i) {
        m_pages->insertWidget(i, pages.at(i));
        m_pages->removeWidget(m_placeholders.at(i));
        m_placeholders.at(i)->deleteLater();
    }
    m_placeholders.clear();
    m_pages->setCurrentIndex(current < 0 ? 0 : current);

    buildPageMenus();
    localization::tidyToolBarTexts(this);
    showIdentity();
    auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    connect(m_tenantsPage, &TenantsPage::statusMessage, this, showMessage);
    connect(m_requestsPage, &RequestsPage::statusMessage, this, showMessage);
    connect(m_flagsPage, &FlagsPage::statusMessage, this, showMessage);
    connect(m_healthPage, &HealthPage::statusMessage, this, showMessage);
    connect(m_usersPage, &UsersPage::statusMessage, this, showMessage);
    connect(m_chargebackPage, &ChargebackPage::statusMessage, this, showMessage);
    connect(m_driftPage, &DriftPage::statusMessage, this, showMessage);
    connect(m_tenantModel, &TenantTableModel::loadingChanged, this, [this](bool loading) {
        if (!m_offlineBanner->isHidden())
            return; // the offline state owns the label meanwhile
        m_connection->setText(loading ? tr("Loading…") : tr("Connected"));
        if (!loading) {
            emit loaded();
            checkInterruptedRuns();
        }
    });
    connect(m_tenantModel, &TenantTableModel::loadProgress, this, [this](int rows) {
        if (m_tenantModel->isLoading())
            m_connection->setText(tr("Loading… %Ln tenant(s)", nullptr, int(rows)));
    });
    // Not a message box: a failed load must not block the window (or a
    // headless screenshot); the status bar says what happened.
    connect(m_tenantModel, &TenantTableModel::loadFailed, this, [this](const QString &message) {
        m_connection->setText(tr("Error"));
        statusBar()->showMessage(tr("Could not load the tenants: %1").arg(message));
        emit loaded();
    });
    connect(m_tenantModel, &TenantTableModel::loadingChanged, m_busy, &QWidget::setVisible);
    m_tenantModel->reload();

    // Other consoles' and tenantctl's changes, row by row as they commit.
    m_feed = new ChangeFeed(workspace, this);
    connect(m_feed, &ChangeFeed::changesAnnounced, this, [this](int count) {
        statusBar()->showMessage(tr("%n change(s) from other clients", nullptr, count), 3000);
    });
    m_feed->start();
}

void MainWindow::showIdentity()
{
    const Identity &me = m_workspace.identity();
    const QString roles = me.roleSummaries().join(QStringLiteral(", "));
    m_signedIn->setText(me.local ? roles : tr("Signed in as %1 — %2").arg(me.user, roles));
    m_signedIn->setToolTip(me.local ? tr("A SQLite registry is one local user: anyone who can "
                                         "open the file can change everything.")
                                    : tr("Roles this PostgreSQL login holds; the database "
                                         "enforces them for every client."));
    const bool elevated = me.breakGlass && me.breakGlass->isActive();
    m_breakGlassBanner->setVisible(elevated);
    if (!elevated)
        return;
    const BreakGlass &glass = *me.breakGlass;
    m_breakGlassBanner->setText(
        tr("BREAK-GLASS: %1 holds platform-admin until %2 — %3. Every action is audited.")
            .arg(glass.login, QLocale().toString(glass.endsAt.toLocalTime(), QLocale::ShortFormat),
                 glass.reason));
    // The database ends it by itself at that moment; the banner goes with it.
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(glass.endsAt);
    QTimer::singleShot(std::max<qint64>(left, 0), this, [this] {
        m_breakGlassBanner->hide();
        statusBar()->showMessage(tr("Break-glass has ended; reopen the registry to see your "
                                    "own roles again."));
    });
}

void MainWindow::showOnline(bool first)
{
    m_offlineBanner->hide();
    if (first || !hasPages()) {
        m_connection->setText(tr("Loading…"));
        buildPages();
        return;
    }
    statusBar()->showMessage(tr("The registry is back; reloading."), 5000);
    refresh();
}

void MainWindow::showOffline(const QString &reason)
{
    if (!hasPages()) {
        for (int i = 0; i < m_placeholders.size(); ++i)
            m_placeholders.at(i)->setText(
                tr("%1: nothing to show yet. The registry %2 does not answer: %3\n\n"
                   "Tenant Admin keeps trying; this page fills in once it answers.")
                    .arg(tr(pageTable[i].title), m_workspace.database().url().toDisplayString(),
                         reason));
        if (std::exchange(m_offlineSince, QStringLiteral("start")).isEmpty())
            emit firstContactFailed();
        return;
    }
    m_offlineSince = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_offlineBanner->setText(
        tr("Offline since %1: the registry does not answer (%2). The pages show what was "
           "loaded before; changes are refused until it is back.")
            .arg(m_offlineSince, reason));
    m_offlineBanner->show();
}

void MainWindow::showCountdown(int seconds)
{
    m_connection->setText(seconds > 0 ? tr("Offline — retrying in %n s", nullptr, seconds)
                                      : tr("Offline — retrying…"));
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh =
        file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_monitor && m_monitor->state() == ConnectionMonitor::State::Offline)
            m_monitor->retryNow();
        else
            MainWindow::refresh();
    });
    QAction *connectAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Connect…"));
    connectAction->setShortcut(QKeySequence::Open);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    file->addSeparator();
    QAction *preferences =
        file->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(preferences, &QAction::triggered, this, &MainWindow::editPreferences);
    file->addSeparator();
    QAction *quit =
        file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    const QStringList names = pageNames();
    for (int i = 0; i < names.size(); ++i) {
        QAction *page = m_goMenu->addAction(m_navigation->item(i)->text());
        page->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("input-keyboard")),
                                         tr("&Keyboard Shortcuts"));
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *about =
        help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Tenant Admin"));
    about->setObjectName(QStringLiteral("about"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("AboutBox"));
        box.setWindowTitle(tr("About Tenant Admin"));
        box.setIconPixmap(appearance::applicationIcon().pixmap(96, 96));
        box.setTextFormat(Qt::RichText);
        box.setText(aboutText(m_workspace.database().url().toDisplayString()));
        box.exec();
    });
}

void MainWindow::editPreferences()
{
    const ConnectionProfileStore store;
    QStringList profiles;
    for (const ConnectionProfile &profile : store.profiles())
        profiles << profile.name;
    const ConsolePreferences before = ConsolePreferences::load();
    PreferencesDialog dialog(before, profiles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConsolePreferences chosen = dialog.preferences();
    chosen.save();
    appearance::applyTheme(themeFromName(chosen.theme));
    setRefreshInterval(chosen.refreshSeconds);
    // Rows and summaries coloured for the old theme are drawn again.
    if (chosen.theme != before.theme)
        refresh();
}

void MainWindow::setRefreshInterval(int seconds)
{
    if (seconds <= 0) {
        m_autoRefresh->stop();
        return;
    }
    m_autoRefresh->start(seconds * 1000);
}

int MainWindow::refreshInterval() const
{
    return m_autoRefresh->isActive() ? m_autoRefresh->interval() / 1000 : 0;
}

void MainWindow::buildPageMenus()
{
    auto *tenants = new QMenu(tr("&Tenants"), this);
    menuBar()->insertMenu(m_goMenu->menuAction(), tenants);
    tenants->addAction(m_tenantsPage->newAction());
    tenants->addAction(m_tenantsPage->editAction());
    tenants->addAction(m_requestsPage->onboardAction());
    connect(m_requestsPage->onboardAction(), &QAction::triggered, this,
            [this] { showPage(QStringLiteral("requests")); });
    QAction *find = tenants->addAction(tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        showPage(QStringLiteral("tenants"));
        m_tenantsPage->focusFilter();
    });
    // Ctrl+N works from every page: it opens the editor over the tenants page.
    connect(m_tenantsPage->newAction(), &QAction::triggered, this,
            [this] { showPage(QStringLiteral("tenants")); });
}

void MainWindow::buildStatusBar(bool demo)
{
    const DatabaseUrl &url = m_workspace.database().url();
    auto *backend = new QLabel(
        url.backendName() == QLatin1String("sqlite") ? tr("SQLite") : tr("PostgreSQL"), this);
    auto *database = new QLabel(url.toDisplayString(), this);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connection = new QLabel(tr("Connected"), this);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_demoMarker = new QLabel(tr(" DEMO "), this);
    m_demoMarker->setObjectName(QStringLiteral("demoMarker"));
    m_demoMarker->setStyleSheet(QStringLiteral(
        "background: #ef6c00; color: white; font-weight: bold; border-radius: 3px;"));
    m_demoMarker->setToolTip(
        tr("Demo data in a local SQLite file; nothing here touches a real platform."));
    m_demoMarker->setVisible(demo);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: the load reports no steps
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_signedIn = new QLabel(this);
    m_signedIn->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_signedIn);
    statusBar()->addPermanentWidget(m_demoMarker);
    statusBar()->addPermanentWidget(backend);
    statusBar()->addPermanentWidget(database);
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showPage(settings.value(QStringLiteral("window/page"), QStringLiteral("overview")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!hasPages()) { // never connected: nothing runs, nothing to keep but the layout
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        event->accept();
        return;
    }
    // A run still going (a dialog closed by the session ending, say) stops
    // after its step and is offered for resume or rollback at the next start.
    if (m_workspace.workflow().isBusy())
        m_workspace.workflow().requestStop(ProvisioningWorkflow::Stop::Pause);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/page"), currentPage());
    event->accept();
}

void MainWindow::showPage(const QString &name)
{
    // "chargeback/charts": a page, then the view inside it.
    const QString page = name.section(QLatin1Char('/'), 0, 0);
    const int index = pageNames().indexOf(page);
    m_navigation->setCurrentRow(index < 0 ? 0 : index);
    if (m_chargebackPage && page == QLatin1String("chargeback"))
        m_chargebackPage->showView(name.section(QLatin1Char('/'), 1));
}

QString MainWindow::currentPage() const
{
    return pageNames().value(m_navigation->currentRow());
}

void MainWindow::refresh()
{
    if (!hasPages())
        return;
    m_tenantModel->reload();
    m_requestsPage->reload();
    m_auditPage->model()->reload();
    m_flagsPage->treeModel()->reload();
    m_flagsPage->matrixModel()->reload();
    m_chargebackLoader->reload();
}

void MainWindow::checkInterruptedRuns()
{
    if (std::exchange(m_checkedInterrupted, true))
        return;
    ProvisioningWorkflow *workflow = &m_workspace.workflow();
    runInBackground<Result<QList<ProvisioningRequest>>>(
        m_workspace.pool(), this, [workflow] { return workflow->interrupted(); },
        [this](Result<QList<ProvisioningRequest>> interrupted) {
            if (!interrupted) {
                statusBar()->showMessage(tr("Could not look for interrupted provisioning runs: %1")
                                             .arg(interrupted.error().message));
                return;
            }
            if (interrupted->isEmpty())
                return;
            auto *dialog = new InterruptedRunsDialog(m_workspace, interrupted.value(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &InterruptedRunsDialog::handled, this,
                    [this](const QString &, const QString &summary) {
                        statusBar()->showMessage(summary, 8000);
                        m_requestsPage->reload();
                    });
            dialog->open();
        });
}

} // namespace tenant::ui
