#include "provisioningrunview.h"

#include "background.h"
#include "palette.h"
#include "provisioningrequestmodel.h"
#include "provisioningstepmodel.h"
#include "workspace.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tenant::ui {

ProvisioningRunView::ProvisioningRunView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_model = new ProvisioningStepModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("provisioningSteps"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progress = new QProgressBar(this);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("runSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);

    // The workflow reports from its worker thread; this context queues the
    // records onto ours. Only this view's request is shown.
    connect(&workspace.workflow(), &ProvisioningWorkflow::stepChanged, this,
            [this](const StepRecord &step) {
                if (!m_running || step.requestId != m_requestId)
                    return;
                // The run has begun (and reset any earlier stop): a stop asked
                // for before now can be passed on.
                m_begun = true;
                if (m_pendingStop)
                    m_workspace.workflow().requestStop(*std::exchange(m_pendingStop, {}));
                m_model->record(step);
                m_view->scrollTo(m_model->index(m_model->rowOf(step.phase, step.name), 0));
                updateProgress();
            });
}

void ProvisioningRunView::startRun(const QString &requestId)
{
    Workspace &ws = m_workspace;
    const QString actor = ws.actor();
    m_model->setPlan(ws.workflow().plannedSteps());
    start(requestId, [&ws, requestId, actor] { return ws.workflow().run(requestId, actor); });
}

void ProvisioningRunView::startRollback(const QString &requestId, const QString &reason)
{
    Workspace &ws = m_workspace;
    const QString actor = ws.actor();
    m_model->setPlan({});
    start(requestId, [&ws, requestId, reason, actor] {
        return ws.workflow().rollback(requestId, reason, actor);
    });
}

void ProvisioningRunView::start(const QString &requestId,
                                std::function<Result<ProvisioningRequest>()> work)
{
    if (m_running)
        return;
    m_running = true;
    m_begun = false;
    m_pendingStop.reset();
    m_requestId = requestId;
    m_result.reset();
    m_summary->setStyleSheet({});
    m_summary->setText(tr("Running %1…").arg(requestId));
    updateProgress();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    emit started();
    runInBackground<Result<ProvisioningRequest>>(m_workspace.pool(), this, std::move(work),
                                                 [this, clock](Result<ProvisioningRequest> result) {
                                                     finish(std::move(result), clock->elapsed());
                                                 });
}

void ProvisioningRunView::stop(ProvisioningWorkflow::Stop how)
{
    if (!m_running)
        return;
    if (m_begun)
        m_workspace.workflow().requestStop(how);
    else
        m_pendingStop = how;
    m_summary->setText(how == ProvisioningWorkflow::Stop::Cancel
                           ? tr("Cancelling: removing what was created…")
                           : tr("Pausing after the current step…"));
}

void ProvisioningRunView::askHowToStop(QWidget *parent)
{
    if (!m_running)
        return;
    QMessageBox ask(
        QMessageBox::Question, tr("Provisioning is running"),
        tr("Request %1 is running. Closing now would leave it half done.").arg(m_requestId),
        QMessageBox::NoButton, parent);
    ask.setInformativeText(tr("Roll back removes everything created so far. Pause stops after "
                              "the current step; resume or roll back later from Requests."));
    QPushButton *rollBack = ask.addButton(tr("Roll back"), QMessageBox::DestructiveRole);
    QPushButton *pause = ask.addButton(tr("Pause"), QMessageBox::AcceptRole);
    QPushButton *keep = ask.addButton(tr("Keep running"), QMessageBox::RejectRole);
    ask.setDefaultButton(keep);
    ask.exec();
    if (ask.clickedButton() == rollBack)
        stop(ProvisioningWorkflow::Stop::Cancel);
    else if (ask.clickedButton() == pause)
        stop(ProvisioningWorkflow::Stop::Pause);
}

void ProvisioningRunView::confirmCancel(QWidget *parent)
{
    if (!m_running)
        return;
    const auto answer = QMessageBox::question(
        parent, tr("Cancel provisioning"),
        tr("Stop request %1 and remove everything created for it so far?").arg(m_requestId),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        stop(ProvisioningWorkflow::Stop::Cancel);
}

void ProvisioningRunView::finish(Result<ProvisioningRequest> result, qint64 elapsedMs)
{
    m_running = false;
    m_elapsedMs = elapsedMs;
    m_result = std::move(result);
    m_model->markUnreachedSkipped();
    updateProgress();
    const bool good = m_result->ok() && m_result->value().status == RequestStatus::Active;
    m_summary->setStyleSheet(good ? QString()
                                  : QStringLiteral("color: %1;").arg(errorTextColor().name()));
    m_summary->setText(summary());
    emit finished();
}

QString ProvisioningRunView::summary() const
{
    if (!m_result)
        return m_running ? tr("Running…") : QString();
    if (!m_result->ok())
        return tr("Stopped: %1").arg(m_result->error().message);
    const ProvisioningRequest &r = m_result->value();
    switch (r.status) {
    case RequestStatus::Active:
        return tr("%1 is active: %2 (%3 ms in all).").arg(r.tenantId, r.outcome).arg(m_elapsedMs);
    case RequestStatus::RolledBack:
        return tr("Rolled back: %1. Nothing of %2 remains (%3 ms in all).")
            .arg(r.outcome, r.tenantId)
            .arg(m_elapsedMs);
    case RequestStatus::Provisioning:
    case RequestStatus::RollingBack:
        return tr("Paused at \"%1\". Resume or roll it back from Requests, now or after a "
                  "restart.")
            .arg(r.stage);
    default:
        return tr("%1 is %2.").arg(r.requestId, ProvisioningRequestModel::displayName(r.status));
    }
}

void ProvisioningRunView::updateProgress()
{
    m_progress->setRange(0, std::max(1, m_model->rowCount()));
    m_progress->setValue(m_model->finishedCount());
}

} // namespace tenant::ui
