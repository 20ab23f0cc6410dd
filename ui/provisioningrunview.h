#pragma once

#include "provisioningworkflow.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QTableView;

namespace tenant {
class ProvisioningStepModel;
class Workspace;
} // namespace tenant

namespace tenant::ui {

/// Runs a provisioning request (or its rollback) on a worker thread and
/// shows it live: every step and check with its status and time, a progress
/// bar, and a summary when it ends. Used by the wizard's progress page and
/// by the dialog that resumes, provisions or rolls back from the Requests page.
class ProvisioningRunView final : public QWidget
{
    Q_OBJECT
public:
    explicit ProvisioningRunView(Workspace &workspace, QWidget *parent = nullptr);

    /// Provisions an approved request, or resumes an interrupted one.
    void startRun(const QString &requestId);
    /// Rolls back an unfinished request.
    void startRollback(const QString &requestId, const QString &reason);
    /// Asks the run to stop at its next step: Cancel rolls back, Pause
    /// leaves it to resume later.
    void stop(ProvisioningWorkflow::Stop how);

    /// Closing mid-run: asks whether to roll back, pause or keep running,
    /// and passes the choice on. The run then ends on its own.
    void askHowToStop(QWidget *parent);
    /// Asks for confirmation, then rolls back what the run created so far.
    void confirmCancel(QWidget *parent);

    bool isRunning() const { return m_running; }
    /// Once a run has ended: the request as it ended, or why it could not run.
    const std::optional<Result<ProvisioningRequest>> &result() const { return m_result; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    /// "Ended as ..." in words, for a result page or a status bar.
    QString summary() const;

    ProvisioningStepModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void started();
    /// The run ended, however it ended; see result().
    void finished();

private:
    void start(const QString &requestId, std::function<Result<ProvisioningRequest>()> work);
    void finish(Result<ProvisioningRequest> result, qint64 elapsedMs);
    void updateProgress();

    Workspace &m_workspace;
    QString m_requestId;
    ProvisioningStepModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    bool m_running = false;
    bool m_begun = false; ///< the run has reported its first step
    std::optional<ProvisioningWorkflow::Stop> m_pendingStop;
    std::optional<Result<ProvisioningRequest>> m_result;
    qint64 m_elapsedMs = 0;
};

} // namespace tenant::ui
