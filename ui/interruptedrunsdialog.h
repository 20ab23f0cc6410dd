#pragma once

#include "provisioningrequest.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableView;

namespace tenant {
class ProvisioningRequestModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Shown at start-up when provisioning runs were cut off (a crash, a
/// closed window, a killed tenantctl): lists them and resumes or rolls back
/// the chosen one, so none is left half made without anyone noticing.
class InterruptedRunsDialog final : public QDialog
{
    Q_OBJECT
public:
    InterruptedRunsDialog(Workspace &workspace, const QList<ProvisioningRequest> &interrupted,
                          QWidget *parent = nullptr);

    ProvisioningRequestModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *rollbackButton() const { return m_rollback; }

signals:
    /// A run was resumed or rolled back; `summary` says how it ended.
    void handled(const QString &requestId, const QString &summary);

private:
    void act(bool resume);
    void updateButtons();

    Workspace &m_workspace;
    ProvisioningRequestModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_rollback = nullptr;
};

} // namespace tenant::ui
