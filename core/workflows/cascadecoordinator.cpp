#include "cascadecoordinator.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace tenant {

QString nameOf(CascadeAction action)
{
    return action == CascadeAction::Suspend ? QStringLiteral("suspend")
                                            : QStringLiteral("activate");
}

CascadeAction opposite(CascadeAction action)
{
    return action == CascadeAction::Suspend ? CascadeAction::Activate : CascadeAction::Suspend;
}

QString nameOf(StepOutcome::State state)
{
    switch (state) {
    case StepOutcome::State::Applied:
        return QStringLiteral("applied");
    case StepOutcome::State::Unchanged:
        return QStringLiteral("unchanged");
    case StepOutcome::State::Failed:
        return QStringLiteral("failed");
    case StepOutcome::State::Compensated:
        return QStringLiteral("compensated");
    case StepOutcome::State::CompensationFailed:
        return QStringLiteral("compensation-failed");
    }
    return {};
}

QJsonObject StepOutcome::toJson() const
{
    return QJsonObject{{QStringLiteral("system"), system},
                       {QStringLiteral("outcome"), nameOf(state)},
                       {QStringLiteral("ms"), milliseconds},
                       {QStringLiteral("message"), message}};
}

QJsonObject CascadeReport::toJson() const
{
    QJsonArray stepList;
    for (const StepOutcome &s : steps)
        stepList << s.toJson();
    return QJsonObject{{QStringLiteral("tenant"), tenantId},
                       {QStringLiteral("action"), nameOf(action)},
                       {QStringLiteral("correlation_id"), correlationId},
                       {QStringLiteral("succeeded"), succeeded},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("steps"), stepList}};
}

CascadeCoordinator::CascadeCoordinator(AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_audit(audit)
{}

void CascadeCoordinator::addAdapter(std::unique_ptr<CascadeAdapter> adapter)
{
    m_adapters.push_back(std::move(adapter));
}

void CascadeCoordinator::setAdapters(std::vector<std::unique_ptr<CascadeAdapter>> adapters)
{
    m_adapters = std::move(adapters);
}

QStringList CascadeCoordinator::systems() const
{
    QStringList names;
    for (const auto &a : m_adapters)
        names << a->system();
    return names;
}

void CascadeCoordinator::audit(const QString &actor, const CascadeContext &context,
                               const StepOutcome &outcome)
{
    // Each step is its own audit entry, written as it happens: the systems
    // it touched are outside the registry's transaction anyway.
    Transaction tx(m_audit.database());
    const Result<AuditEntry> logged =
        m_audit.append(tx, actor,
                       {AuditAction::cascadePrefix + nameOf(context.action),
                        context.tenantId,
                        {},
                        outcome.toJson(),
                        context.reason,
                        context.correlationId});
    if (logged)
        (void)tx.commit();
}

Status CascadeCoordinator::bring(const QString &tenantId, TenantStatus target,
                                 const QString &correlationId, const QString &actor,
                                 const QString &reason)
{
    const CascadeAction action =
        target == TenantStatus::Suspended ? CascadeAction::Suspend : CascadeAction::Activate;
    const Result<CascadeReport> report = run(tenantId, action, correlationId, actor, reason);
    if (!report)
        return report.error();
    if (!report->succeeded)
        return Error::storage(QStringLiteral("%1 of %2 rolled back: %3")
                                  .arg(nameOf(action), quoted(tenantId), report->error));
    return success();
}

Result<CascadeReport> CascadeCoordinator::run(const QString &tenantId, CascadeAction action,
                                              const QString &correlationId, const QString &actor,
                                              const QString &reason)
{
    CascadeReport report{tenantId, action, correlationId, false, {}, {}};
    std::vector<CascadeAdapter *> applied;

    for (const auto &adapter : m_adapters) {
        CascadeContext context{tenantId, action, correlationId, QDeadlineTimer(m_stepTimeoutMs),
                               reason};
        emit stepStarted(adapter->system());
        bool touched = false;
        StepOutcome outcome = bringOne(*adapter, context, touched);
        if (touched) // a timed-out step may have taken effect: undo it too
            applied.push_back(adapter.get());
        report.steps << outcome;
        audit(actor, context, outcome);
        emit stepFinished(outcome);

        if (outcome.state == StepOutcome::State::Failed) {
            report.error = QStringLiteral("%1 failed: %2").arg(outcome.system, outcome.message);
            // Undo what was applied, newest first.
            for (auto it = applied.rbegin(); it != applied.rend(); ++it) {
                CascadeContext undo{tenantId, action, correlationId,
                                    QDeadlineTimer(m_stepTimeoutMs), reason};
                QElapsedTimer undoClock;
                undoClock.start();
                const Status compensated = (*it)->compensate(undo);
                StepOutcome undone{(*it)->system(),
                                   compensated ? StepOutcome::State::Compensated
                                               : StepOutcome::State::CompensationFailed,
                                   undoClock.elapsed(),
                                   compensated ? QString() : compensated.error().message};
                report.steps << undone;
                audit(actor, undo, undone);
                emit stepFinished(undone);
            }
            return report;
        }
    }
    report.succeeded = true;
    return report;
}

StepOutcome CascadeCoordinator::bringOne(CascadeAdapter &adapter, const CascadeContext &context,
                                         bool &touched)
{
    QElapsedTimer clock;
    clock.start();
    StepOutcome outcome{adapter.system(), StepOutcome::State::Failed, 0, {}};
    touched = false;
    const Result<bool> already = adapter.isApplied(context);
    if (already && already.value()) {
        outcome.state = StepOutcome::State::Unchanged;
    } else if (!already) {
        outcome.message = already.error().message;
    } else if (Status s = adapter.apply(context); !s) {
        outcome.message = s.error().message;
    } else if (context.deadline.hasExpired()) {
        outcome.message = QStringLiteral("timed out after %1 ms").arg(m_stepTimeoutMs);
        touched = true;
    } else {
        touched = true;
        const Result<bool> check = adapter.isApplied(context);
        if (check && check.value())
            outcome.state = StepOutcome::State::Applied;
        else
            outcome.message = check
                                  ? QStringLiteral("read-back shows the change did not take effect")
                                  : check.error().message;
    }
    outcome.milliseconds = clock.elapsed();
    return outcome;
}

QList<SystemReading> CascadeCoordinator::readBack(const QString &tenantId, CascadeAction action)
{
    QList<SystemReading> readings;
    for (const auto &adapter : m_adapters) {
        const CascadeContext context{tenantId, action, {}, QDeadlineTimer(m_stepTimeoutMs)};
        const Result<bool> holds = adapter->isApplied(context);
        readings << SystemReading{adapter->system(), holds && holds.value(),
                                  holds ? QString() : holds.error().message};
    }
    return readings;
}

Result<CascadeReport> CascadeCoordinator::converge(const QString &tenantId, CascadeAction action,
                                                   const QString &correlationId,
                                                   const QString &actor, const QString &reason)
{
    CascadeReport report{tenantId, action, correlationId, true, {}, {}};
    QStringList failures;
    for (const auto &adapter : m_adapters) {
        const CascadeContext context{tenantId, action, correlationId,
                                     QDeadlineTimer(m_stepTimeoutMs), reason};
        emit stepStarted(adapter->system());
        bool touched = false;
        const StepOutcome outcome = bringOne(*adapter, context, touched);
        report.steps << outcome;
        audit(actor, context, outcome);
        emit stepFinished(outcome);
        if (outcome.state == StepOutcome::State::Failed)
            failures << QStringLiteral("%1: %2").arg(outcome.system, outcome.message);
    }
    report.succeeded = failures.isEmpty();
    report.error = failures.join(QStringLiteral("; "));
    return report;
}

} // namespace tenant
