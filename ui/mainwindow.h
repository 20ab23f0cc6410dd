#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTimer;

namespace tenant {
class ChangeFeed;
class ChargebackLoader;
class ConnectionMonitor;
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
class UsersPage;
class ChargebackPage;
class DriftPage;

/// The console's window: navigation between the pages, application-wide
/// actions and shortcuts, and a status bar naming the open database.
///
/// With a ConnectionMonitor the window opens before the registry answers:
/// until the first contact each page says why it is empty and the status
/// bar counts down to the next attempt; when the registry goes away later
/// the pages keep what they showed under a banner saying so, changes are
/// refused (the Database is marked offline), and everything reloads when
/// it is back. Nothing modal: a screenshot or --quit-after still finishes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// `monitor` null: the workspace is open already and the pages load now.
    MainWindow(Workspace &workspace, bool demo, ConnectionMonitor *monitor = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Page names, in navigation order: overview, tenants, requests, flags,
    /// health, audit, users.
    static QStringList pageNames();
    void showPage(const QString &name);
    QString currentPage() const;

    /// The pages and their models exist once the registry has been reached
    /// (at once without a monitor); before that these are null.
    bool hasPages() const { return m_tenantModel != nullptr; }
    TenantTableModel &tenantModel() const { return *m_tenantModel; }
    TenantsPage *tenantsPage() const { return m_tenantsPage; }
    RequestsPage *requestsPage() const { return m_requestsPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    FlagsPage *flagsPage() const { return m_flagsPage; }
    HealthPage *healthPage() const { return m_healthPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    UsersPage *usersPage() const { return m_usersPage; }
    ChargebackPage *chargebackPage() const { return m_chargebackPage; }
    DriftPage *driftPage() const { return m_driftPage; }
    /// What tells this window of other clients' changes (live updates).
    ChangeFeed *changeFeed() const { return m_feed; }
    QLabel *demoMarker() const { return m_demoMarker; }
    QLabel *connectionState() const { return m_connection; }
    /// The line over the pages while the registry is away mid-session.
    QLabel *offlineBanner() const { return m_offlineBanner; }
    /// The red line over the pages while a break-glass elevation lasts.
    QLabel *breakGlassBanner() const { return m_breakGlassBanner; }
    /// "Signed in as NAME — roles", or "local — no access control".
    QLabel *signedInAs() const { return m_signedIn; }
    /// What the page `name` says while there is nothing to show yet.
    QString placeholderText(const QString &name) const;

    /// A full refresh every `seconds` (Preferences); 0: none.
    void setRefreshInterval(int seconds);
    int refreshInterval() const;

public slots:
    void refresh();
    /// File → Preferences: the theme and refresh interval apply at once.
    void editPreferences();
    /// Looks for provisioning runs cut off earlier and, if there are any,
    /// offers to resume or roll them back. Done once after the first load.
    void checkInterruptedRuns();

signals:
    /// The first load after start-up (or refresh()) has finished.
    void loaded();
    /// The first attempt to reach the registry failed: the window shows
    /// its offline state.
    void firstContactFailed();
    /// File > Connect: the admin wants to open another registry.
    void connectRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildNavigation();
    void buildActions();
    void buildStatusBar(bool demo);
    /// Creates the pages in place of their placeholders and starts loading.
    void buildPages();
    void buildPageMenus();
    void restoreSettings();
    void showOffline(const QString &reason);
    void showOnline(bool first);
    /// Who is signed in, and the break-glass banner while it lasts.
    void showIdentity();
    void showCountdown(int seconds);

    Workspace &m_workspace;
    ConnectionMonitor *m_monitor = nullptr;
    QList<QLabel *> m_placeholders; ///< one per page until the pages exist
    QMenu *m_goMenu = nullptr;
    QLabel *m_offlineBanner = nullptr;
    QLabel *m_breakGlassBanner = nullptr;
    QLabel *m_signedIn = nullptr;
    QString m_offlineSince;
    TenantTableModel *m_tenantModel = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overviewPage = nullptr;
    TenantsPage *m_tenantsPage = nullptr;
    RequestsPage *m_requestsPage = nullptr;
    FlagsPage *m_flagsPage = nullptr;
    HealthPage *m_healthPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    ChargebackPage *m_chargebackPage = nullptr;
    ChangeFeed *m_feed = nullptr;
    DriftPage *m_driftPage = nullptr;
    ChargebackLoader *m_chargebackLoader = nullptr;
    QLabel *m_connection = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_demoMarker = nullptr;
    QTimer *m_autoRefresh = nullptr;
    bool m_checkedInterrupted = false;
};

} // namespace tenant::ui
