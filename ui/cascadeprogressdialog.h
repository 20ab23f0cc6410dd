#pragma once

#include "tenant.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace tenant {
class CascadeProgressModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Suspends or activates a tenant on a worker thread and shows the cascade
/// as it runs: every downstream system with its status and time, and the
/// rollback of the applied steps when one fails. It cannot be closed while
/// the cascade runs (a half-run cascade is exactly what it prevents).
class CascadeProgressDialog final : public QDialog
{
    Q_OBJECT
public:
    CascadeProgressDialog(Workspace &workspace, const QString &tenantId, TenantStatus target,
                          const QString &reason, QWidget *parent = nullptr);

    /// Starts the cascade; the dialog reports until it ends.
    void start();
    bool isRunning() const { return m_running; }
    bool succeeded() const { return m_succeeded; }

    CascadeProgressModel *model() const { return m_model; }
    QLabel *summaryLabel() const { return m_summary; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    void cascadeFinished(bool succeeded, const QString &message);

public slots:
    void reject() override;

private:
    void finish(const Result<Tenant> &result, qint64 elapsedMs);

    Workspace &m_workspace;
    QString m_tenantId;
    TenantStatus m_target;
    QString m_reason;
    CascadeProgressModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_running = false;
    bool m_succeeded = false;
};

} // namespace tenant::ui
