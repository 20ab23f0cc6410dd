#pragma once

#include "tenantrepository.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolBar;

namespace tenant {
class TenantFilterProxyModel;
class TenantTableModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// The tenant registry: filter bar, sortable table with badges, and the
/// actions on the selected tenant (edit, lifecycle transitions).
class TenantsPage final : public QWidget
{
    Q_OBJECT
public:
    TenantsPage(Workspace &workspace, TenantTableModel &model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *bandFilter() const { return m_band; }
    TenantFilterProxyModel *proxy() const { return m_proxy; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    /// The action that moves the selected tenant to `target`.
    QAction *transitionAction(TenantStatus target) const { return m_transitions.value(target); }

    /// The selected tenant, if any.
    std::optional<TenantSummary> currentTenant() const;
    /// Selects `tenantId` if it is visible; one the table has not read yet
    /// (just created) as soon as it arrives.
    void selectTenant(const QString &tenantId);

public slots:
    void focusFilter();
    void newTenant();
    void editCurrent();
    void requestTransition(TenantStatus target);
    /// The Del key: the delete path, if deleting is valid from the current state.
    void deleteCurrent();

signals:
    void statusMessage(const QString &message);

private:
    void buildFilterBar(QWidget *bar);
    void applyFilters();
    void updateCount();
    void updateActions();
    void showContextMenu(const QPoint &pos);

    Workspace &m_workspace;
    TenantTableModel &m_model;
    TenantFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_band = nullptr;
    QLabel *m_count = nullptr;
    QToolBar *m_toolbar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QHash<TenantStatus, QAction *> m_transitions;
    QString m_pendingSelection; ///< asked for before the table had the row
};

} // namespace tenant::ui
