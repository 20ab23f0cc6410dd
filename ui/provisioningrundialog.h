#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPushButton;

namespace tenant {
class Workspace;
} // namespace tenant

namespace tenant::ui {

class ProvisioningRunView;

/// Provisions, resumes or rolls back one request outside the wizard (from
/// Requests, or when the start-up finds an interrupted run), showing the run
/// live. Closing it mid-run asks whether to roll back or pause.
class ProvisioningRunDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ProvisioningRunDialog(Workspace &workspace, QWidget *parent = nullptr);

    void startRun(const QString &requestId);
    void startRollback(const QString &requestId, const QString &reason);

    ProvisioningRunView *runView() const { return m_run; }
    QDialogButtonBox *buttons() const { return m_buttons; }

public slots:
    void reject() override;

private:
    ProvisioningRunView *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace tenant::ui
