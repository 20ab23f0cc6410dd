#include "controller.h"

#include "controllermetrics.h"
#include "drift.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <QHostInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace tenant {

QJsonObject ControllerPass::toJson() const
{
    return {{QStringLiteral("delivered"), delivered},
            {QStringLiteral("retried"), retried},
            {QStringLiteral("dead"), dead},
            {QStringLiteral("lease_lost"), leaseLost},
            {QStringLiteral("break_glass_swept"), breakGlassSwept},
            {QStringLiteral("drift_checked"), driftChecked},
            {QStringLiteral("drift_found"), driftFound},
            {QStringLiteral("reconciled"), reconciled},
            {QStringLiteral("resumed"), QJsonArray::fromStringList(resumed)},
            {QStringLiteral("duration_ms"), durationMs},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

Controller::Controller(Workspace &ws, WebhookSecrets secrets, QString owner,
                       ControllerMetrics *metrics)
    : m_ws(ws)
    , m_secrets(std::move(secrets))
    , m_owner(std::move(owner))
    , m_metrics(metrics)
{}

QString Controller::defaultOwner()
{
    // Unique per process, readable in `events show`.
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

Result<ControllerPass> Controller::runOnce(const std::atomic<bool> *stop, qint64 budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    ControllerPass pass;
    const Result<DeliveryPolicy> policy = DeliveryPolicy::read(m_ws.database());
    Status delivered = policy ? deliver(pass, policy.value(), stop, budgetMs) : policy.error();
    if (!delivered)
        pass.problems << delivered.error().message;

    if (Status s = resumeStoppedRuns(pass); !s)
        pass.problems << s.error().message;

    if (m_ws.database().isPostgres()) {
        // The database ends an elevation's privileges by time; this takes
        // the lapsed group memberships back as well.
        Result<QSqlQuery> sweep =
            m_ws.database().prepare(QStringLiteral("SELECT ta_sweep_break_glass()"));
        Status swept = sweep
                           ? Database::exec(sweep.value(), QStringLiteral("end lapsed break-glass"))
                           : Status(sweep.error());
        if (swept)
            pass.breakGlassSwept = true;
        else
            pass.problems << swept.error().message;
    }

    if (m_driftIntervalMs > 0)
        if (Status s = driftJob(pass); !s)
            pass.problems << s.error().message;

    if (const Result<QueueDepth> depth = m_ws.deliveries().depth(); depth && m_metrics)
        m_metrics->setQueue(depth->pending, depth->due, depth->dead);
    pass.durationMs = clock.elapsed();
    if (m_metrics)
        m_metrics->recordPass(double(pass.durationMs) / 1000.0, pass.problems.isEmpty());
    if (!delivered && !policy)
        return delivered.error();
    return pass;
}

Status Controller::deliver(ControllerPass &pass, const DeliveryPolicy &policy,
                           const std::atomic<bool> *stop, qint64 budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    DeliveryQueue &queue = m_ws.deliveries();
    while (!(stop && stop->load()) && clock.elapsed() < budgetMs) {
        const Result<QList<ClaimedDelivery>> claimed = queue.claim(m_owner, m_batch, policy);
        if (!claimed)
            return claimed.error();
        if (claimed->isEmpty())
            return success();
        for (const ClaimedDelivery &delivery : claimed.value()) {
            if (stop && stop->load()) {
                // Stopping: what is not sent yet goes back to the queue now
                // rather than when its lease runs out.
                if (Status s = queue.release(delivery, m_owner); !s)
                    return s;
                continue;
            }
            AttemptOutcome outcome;
            const Result<QByteArray> key = m_secrets.keyFor(delivery.subscription);
            if (key)
                outcome = sendStandardWebhook(delivery.subscription.url, delivery.event,
                                              key.value(), policy.timeoutSeconds);
            else
                outcome.error = key.error().message; // retried: the secret may be set meanwhile
            const Result<FinishedDelivery> finished =
                queue.finish(delivery, m_owner, outcome, policy);
            if (!finished)
                return finished.error();
            QString counted;
            if (finished->leaseLost) {
                ++pass.leaseLost;
                counted = QStringLiteral("lease_lost");
            } else if (finished->state == DeliveryState::Delivered) {
                ++pass.delivered;
                counted = QStringLiteral("delivered");
            } else if (finished->state == DeliveryState::Dead) {
                ++pass.dead;
                counted = QStringLiteral("dead");
            } else {
                ++pass.retried;
                counted = QStringLiteral("retry");
            }
            if (m_metrics)
                m_metrics->recordDelivery(counted, double(finished->latencyMs) / 1000.0);
        }
    }
    return success();
}

Status Controller::resumeStoppedRuns(ControllerPass &pass)
{
    ProvisioningWorkflow &workflow = m_ws.workflow();
    const Result<QList<ProvisioningRequest>> stopped = workflow.interrupted();
    if (!stopped)
        return stopped.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList mine = workflow.systems();
    for (const ProvisioningRequest &r : stopped.value()) {
        // A run released on purpose (paused) has no holder: its operator decides.
        if (r.runOwner.isEmpty() || !r.leaseUntil.isValid() || r.leaseUntil > now)
            continue;
        const Result<QList<StepRecord>> steps = workflow.steps(r.requestId);
        if (!steps)
            return steps.error();
        QStringList started;
        for (const StepRecord &step : steps.value())
            if (step.phase == StepPhase::Provision && !started.contains(step.name))
                started << step.name;
        if (!std::all_of(started.begin(), started.end(),
                         [&](const QString &system) { return mine.contains(system); })) {
            pass.problems << QStringLiteral("request %1 was started on %2, which this controller "
                                            "does not drive (start it with --profile)")
                                 .arg(r.requestId, started.join(u", "));
            continue;
        }
        const Result<ProvisioningRequest> done =
            r.status == RequestStatus::RollingBack
                ? workflow.rollback(r.requestId,
                                    QStringLiteral("finishing a rollback whose run stopped"),
                                    m_ws.actor())
                : workflow.run(r.requestId, m_ws.actor());
        if (!done)
            pass.problems
                << QStringLiteral("request %1: %2").arg(r.requestId, done.error().message);
        else
            pass.resumed << r.requestId;
    }
    return success();
}

Status Controller::driftJob(ControllerPass &pass)
{
    // Whoever moves the job's next run on wins this interval: of several
    // controllers, one checks.
    Database &db = m_ws.database();
    Result<QSqlQuery> turn =
        db.prepare(QStringLiteral("UPDATE controller_jobs SET next_run_ms = %1 + ?, holder = ? "
                                  "WHERE name = 'drift' AND next_run_ms <= %1")
                       .arg(nowMillisSql(db)));
    if (!turn)
        return turn.error();
    turn->addBindValue(m_driftIntervalMs);
    turn->addBindValue(m_owner.left(200));
    if (Status s = Database::exec(turn.value(), QStringLiteral("take the drift job")); !s)
        return s;
    if (turn->numRowsAffected() != 1)
        return success();
    pass.driftChecked = true;
    DriftService drift(m_ws);
    if (!m_repairDrift) {
        const Result<DriftCheck> checked = drift.check();
        if (!checked)
            return checked.error();
        pass.driftFound = int(checked->findings.size());
        if (m_metrics)
            m_metrics->setDrift(pass.driftFound);
        return success();
    }
    const Result<QList<Reconciliation>> repaired = drift.reconcileAll(m_ws.actor());
    if (!repaired)
        return repaired.error();
    QStringList failures;
    for (const Reconciliation &r : repaired.value()) {
        ++pass.reconciled;
        if (!r.converged)
            failures << QStringLiteral("%1: %2").arg(r.tenantId, r.error);
    }
    const Result<QList<DriftFinding>> left = drift.findings();
    pass.driftFound = left ? int(left->size()) : 0;
    if (m_metrics)
        m_metrics->setDrift(pass.driftFound);
    if (!failures.isEmpty())
        return Error::storage(QStringLiteral("drift not repaired: ") + failures.join(u"; "));
    return success();
}

} // namespace tenant
