#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tenant {
class DriftModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Where the downstream systems disagree with the registry: each mismatch
/// with the tenant, system, expected and found state and since when, a
/// check that reads every system back, and reconcile for the selected
/// tenants or all of them (confirmed: it changes real systems).
class DriftPage final : public QWidget
{
    Q_OBJECT
public:
    DriftPage(Workspace &workspace, QWidget *parent = nullptr);

    DriftModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *summary() const { return m_summary; }
    QAction *checkAction() const { return m_check; }
    QAction *reconcileSelectedAction() const { return m_reconcileSelected; }
    QAction *reconcileAllAction() const { return m_reconcileAll; }

public slots:
    void reconcileSelected();
    /// Asks first: every drifted tenant's systems are changed.
    void reconcileAll();

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    QStringList selectedTenants() const;

    Workspace &m_workspace;
    DriftModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_check = nullptr;
    QAction *m_reconcileSelected = nullptr;
    QAction *m_reconcileAll = nullptr;
    bool m_checkedOnce = false;
};

} // namespace tenant::ui
