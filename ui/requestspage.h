#pragma once

#include "provisioningrequest.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tenant {
class ProvisioningRequestModel;
class ProvisioningStepModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Onboarding requests: the ones waiting for approval first (the "Pending
/// requests" view), with approve/reject, provisioning of approved ones,
/// resume or rollback of interrupted runs, and the recorded steps of the
/// selected request. New business units are onboarded from here (the wizard).
class RequestsPage final : public QWidget
{
    Q_OBJECT
public:
    RequestsPage(Workspace &workspace, QWidget *parent = nullptr);

    QAction *onboardAction() const { return m_onboard; }
    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    QAction *provisionAction() const { return m_provision; }
    QAction *rollbackAction() const { return m_rollback; }
    ProvisioningRequestModel *model() const { return m_model; }
    ProvisioningStepModel *stepModel() const { return m_steps; }
    QComboBox *statusFilter() const { return m_filter; }

    /// Makes `requestId` current (switching the filter to all if it is hidden).
    void selectRequest(const QString &requestId);
    std::optional<ProvisioningRequest> currentRequest() const;

public slots:
    void reload();
    /// Opens the provisioning wizard.
    void onboard();

signals:
    void statusMessage(const QString &message);

private:
    void buildActions();
    void applyFilter();
    void updateActions();
    void showSteps();
    void decide(bool approve);
    /// Provisions (or resumes) the current request in a run dialog.
    void provisionCurrent();
    void rollbackCurrent();
    void runFinished(const QString &requestId, const QString &summary);

    Workspace &m_workspace;
    ProvisioningRequestModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ProvisioningStepModel *m_steps = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_details = nullptr;
    QAction *m_onboard = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_provision = nullptr;
    QAction *m_rollback = nullptr;
    QAction *m_refresh = nullptr;
    QString m_pendingSelection; ///< selected once the next reload lands
};

} // namespace tenant::ui
