#pragma once

#include <QWidget>

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace tenant {
class ChargebackLoader;
class ChargebackTenantModel;
class CostCentreModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// The finance view: a month's chargeback per tenant and per cost centre
/// (sortable, filterable, money in the locale's format, over-budget rows
/// tinted), budget-versus-actual bars, the 12-month cost trend and quota
/// use; importing usage from CSV or Prometheus, and exporting the month as
/// CSV or a PDF report. Every read and write runs off the GUI thread.
class ChargebackPage final : public QWidget
{
    Q_OBJECT
public:
    ChargebackPage(Workspace &workspace, ChargebackLoader &loader, QWidget *parent = nullptr);

    QComboBox *monthPicker() const { return m_month; }
    QTableView *tenantView() const { return m_tenantView; }
    QTableView *costCentreView() const { return m_centreView; }
    QSortFilterProxyModel *tenantProxy() const { return m_tenantProxy; }
    ChargebackTenantModel *tenantModel() const { return m_tenants; }
    CostCentreModel *costCentreModel() const { return m_centres; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QChartView *budgetChart() const { return m_budgetChart; }
    QChartView *trendChart() const { return m_trendChart; }
    QChartView *quotaChart() const { return m_quotaChart; }
    QAction *importAction() const { return m_import; }
    QAction *pullAction() const { return m_pull; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportPdfAction() const { return m_exportPdf; }

    /// Shows the "tables" or the "charts" tab.
    void showView(const QString &view);

    /// The work behind the actions, without their file dialogs.
    void importCsv(const QString &path);
    void pullFromPrometheus(const QString &url, const QString &month);
    void exportCsv(const QString &path);
    void exportPdf(const QString &path);

signals:
    void statusMessage(const QString &message);
    /// An import, pull or export finished: `ok`, or why not in `message`.
    void finished(bool ok, const QString &message);

private:
    void showSnapshot();
    void finish(bool ok, const QString &message);
    void updateActions();

    Workspace &m_workspace;
    ChargebackLoader &m_loader;
    ChargebackTenantModel *m_tenants = nullptr;
    CostCentreModel *m_centres = nullptr;
    QSortFilterProxyModel *m_tenantProxy = nullptr;
    QSortFilterProxyModel *m_centreProxy = nullptr;
    QComboBox *m_month = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_tenantView = nullptr;
    QTableView *m_centreView = nullptr;
    QChartView *m_budgetChart = nullptr;
    QChartView *m_trendChart = nullptr;
    QChartView *m_quotaChart = nullptr;
    QAction *m_import = nullptr;
    QAction *m_pull = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportPdf = nullptr;
    bool m_busy = false;
};

} // namespace tenant::ui
