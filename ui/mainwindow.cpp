#include "mainwindow.h"

#include "auditpage.h"
#include "background.h"
#include "flagspage.h"
#include "healthpage.h"
#include "interruptedrunsdialog.h"
#include "models/tenanttablemodel.h"
#include "overviewpage.h"
#include "requestspage.h"
#include "tenantspage.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace tenant::ui {

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("tenants"), QStringLiteral("requests"),
            QStringLiteral("flags"),    QStringLiteral("health"),  QStringLiteral("audit")};
}

MainWindow::MainWindow(Workspace &workspace, bool demo, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(demo ? tr("Tenant Admin — DEMO") : tr("Tenant Admin"));
    m_tenantModel =
        new TenantTableModel(workspace.tenants(), workspace.health(), workspace.pool(), this);

    m_overviewPage = new OverviewPage(*m_tenantModel, this);
    m_tenantsPage = new TenantsPage(workspace, *m_tenantModel, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_overviewPage);
    m_pages->addWidget(m_tenantsPage);
    m_requestsPage = new RequestsPage(workspace, this);
    m_pages->addWidget(m_requestsPage);
    m_flagsPage = new FlagsPage(workspace, this);
    m_pages->addWidget(m_flagsPage);
    m_healthPage = new HealthPage(workspace, *m_tenantModel, this);
    m_pages->addWidget(m_healthPage);
    m_auditPage = new AuditPage(workspace, this);
    m_pages->addWidget(m_auditPage);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    const QStringList titles = {tr("Overview"),      tr("Tenants"), tr("Requests"),
                                tr("Feature Flags"), tr("Health"),  tr("Audit")};
    const QStringList icons = {QStringLiteral("go-home"),
                               QStringLiteral("system-users"),
                               QStringLiteral("mail-mark-task"),
                               QStringLiteral("flag"),
                               QStringLiteral("utilities-system-monitor"),
                               QStringLiteral("security-high")};
    for (int i = 0; i < titles.size(); ++i)
        new QListWidgetItem(QIcon::fromTheme(icons.at(i)), titles.at(i), m_navigation);
    m_navigation->setFixedWidth(170);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildActions();
    buildStatusBar(demo);
    auto showMessage = [this](const QString &message) { statusBar()->showMessage(message, 5000); };
    connect(m_tenantsPage, &TenantsPage::statusMessage, this, showMessage);
    connect(m_requestsPage, &RequestsPage::statusMessage, this, showMessage);
    connect(m_flagsPage, &FlagsPage::statusMessage, this, showMessage);
    connect(m_healthPage, &HealthPage::statusMessage, this, showMessage);
    connect(m_tenantModel, &TenantTableModel::loadingChanged, this, [this](bool loading) {
        m_connection->setText(loading ? tr("Loading…") : tr("Connected"));
        if (!loading) {
            emit loaded();
            checkInterruptedRuns();
        }
    });
    connect(m_tenantModel, &TenantTableModel::loadProgress, this, [this](int rows) {
        if (m_tenantModel->isLoading())
            m_connection->setText(tr("Loading… %L1 tenants").arg(rows));
    });
    connect(m_tenantModel, &TenantTableModel::loadFailed, this, [this](const QString &message) {
        m_connection->setText(tr("Error"));
        QMessageBox::warning(this, tr("Tenant Admin"),
                             tr("Could not load the tenants: %1").arg(message));
    });

    resize(1280, 800);
    restoreSettings();
    m_tenantModel->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refresh =
        file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refresh);
    QAction *connectAction = file->addAction(tr("&Connect…"));
    connectAction->setShortcut(QKeySequence::Open);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *tenants = menuBar()->addMenu(tr("&Tenants"));
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

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QStringList names = pageNames();
    for (int i = 0; i < names.size(); ++i) {
        QAction *page = go->addAction(m_navigation->item(i)->text());
        page->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(help->addAction(tr("&About Tenant Admin")), &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Tenant Admin"),
            tr("<b>Tenant Admin %1</b><p>The single source of truth for the platform's "
               "tenants.</p>")
                .arg(QApplication::applicationVersion()));
    });
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
    auto *busy = new QProgressBar(this);
    busy->setObjectName(QStringLiteral("busyIndicator"));
    busy->setRange(0, 0); // indeterminate: the load reports no steps
    busy->setMaximumWidth(120);
    busy->hide();
    connect(m_tenantModel, &TenantTableModel::loadingChanged, busy, &QWidget::setVisible);
    statusBar()->addPermanentWidget(busy);
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
    const int index = pageNames().indexOf(name);
    m_navigation->setCurrentRow(index < 0 ? 0 : index);
}

QString MainWindow::currentPage() const
{
    return pageNames().value(m_navigation->currentRow());
}

void MainWindow::refresh()
{
    m_tenantModel->reload();
    m_requestsPage->reload();
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
