#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tenant {
class TenantTableModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

class AuditPage;
class FlagsPage;
class HealthPage;
class OverviewPage;
class RequestsPage;
class TenantsPage;

/// The console's window: navigation between the pages, application-wide
/// actions and shortcuts, and a status bar naming the open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Workspace &workspace, bool demo, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Page names, in navigation order: overview, tenants, requests, flags,
    /// health, audit.
    static QStringList pageNames();
    void showPage(const QString &name);
    QString currentPage() const;

    TenantTableModel &tenantModel() const { return *m_tenantModel; }
    TenantsPage *tenantsPage() const { return m_tenantsPage; }
    RequestsPage *requestsPage() const { return m_requestsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    FlagsPage *flagsPage() const { return m_flagsPage; }
    HealthPage *healthPage() const { return m_healthPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    QLabel *demoMarker() const { return m_demoMarker; }

public slots:
    void refresh();
    /// Looks for provisioning runs cut off earlier and, if there are any,
    /// offers to resume or roll them back. Done once after the first load.
    void checkInterruptedRuns();

signals:
    /// The first load after start-up (or refresh()) has finished.
    void loaded();
    /// File > Connect: the admin wants to open another registry.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildStatusBar(bool demo);
    void restoreSettings();

    Workspace &m_workspace;
    TenantTableModel *m_tenantModel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    TenantsPage *m_tenantsPage = nullptr;
    RequestsPage *m_requestsPage = nullptr;
    FlagsPage *m_flagsPage = nullptr;
    HealthPage *m_healthPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_demoMarker = nullptr;
    bool m_checkedInterrupted = false;
};

} // namespace tenant::ui
