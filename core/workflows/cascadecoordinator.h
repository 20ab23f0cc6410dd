#pragma once

#include "cascadeadapter.h"
#include "lifecycle.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <memory>

namespace tenant {

class AuditLog;

/// How one step of a cascade ended.
struct StepOutcome
{
    enum class State { Applied, Unchanged, Failed, Compensated, CompensationFailed };
    QString system;
    State state = State::Failed;
    qint64 milliseconds = 0;
    QString message;

    QJsonObject toJson() const;
};
QString nameOf(StepOutcome::State state);

/// One system read back: whether it holds the state asked about.
struct SystemReading
{
    QString system;
    bool holds = false;
    QString error; ///< non-empty when the system could not be read
};

/// The outcome of a whole cascade, step by step.
struct CascadeReport
{
    QString tenantId;
    CascadeAction action = CascadeAction::Suspend;
    QString correlationId;
    bool succeeded = false;
    QList<StepOutcome> steps;
    QString error; ///< the failure that stopped it, empty on success

    QJsonObject toJson() const;
};

/// Runs suspend or activate across the downstream systems in a fixed order,
/// all or nothing: when a step fails (or times out), the steps already
/// applied are compensated in reverse order. A system already in the wanted
/// state is left alone, so repeating a successful cascade changes nothing.
/// Every step, its outcome and duration are audited under one correlation id.
class CascadeCoordinator final : public QObject, public DownstreamGate
{
    Q_OBJECT
public:
    CascadeCoordinator(AuditLog &audit, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CascadeCoordinator)

    /// Adds a system at the end of the order; the coordinator owns it.
    void addAdapter(std::unique_ptr<CascadeAdapter> adapter);
    /// Replaces every step (not while a cascade runs).
    void setAdapters(std::vector<std::unique_ptr<CascadeAdapter>> adapters);
    QStringList systems() const;
    void setStepTimeout(int milliseconds) { m_stepTimeoutMs = milliseconds; }

    /// Runs the cascade. The report says what happened; a failed cascade
    /// is an ok() result with succeeded == false (the report is the point).
    /// Every step's audit entry carries `reason`; its outcome is in the
    /// entry's after-state.
    Result<CascadeReport> run(const QString &tenantId, CascadeAction action,
                              const QString &correlationId, const QString &actor,
                              const QString &reason = {});

    /// Each system read back on its own: does it hold `action`'s state for
    /// `tenantId`? Changes nothing; what drift detection asks.
    QList<SystemReading> readBack(const QString &tenantId, CascadeAction action);
    /// Brings each system that does not hold `action`'s state into it, on
    /// its own: a system that fails leaves the others repaired (undoing a
    /// repair would re-create the drift). Audited like run(); succeeded
    /// when every system holds the state afterwards.
    Result<CascadeReport> converge(const QString &tenantId, CascadeAction action,
                                   const QString &correlationId, const QString &actor,
                                   const QString &reason);

    /// DownstreamGate: run() for the action `target` needs; a cascade that
    /// rolled back is an error naming the step that failed.
    Status bring(const QString &tenantId, TenantStatus target, const QString &correlationId,
                 const QString &actor, const QString &reason) override;

signals:
    void stepStarted(const QString &system);
    void stepFinished(const tenant::StepOutcome &outcome);

private:
    void audit(const QString &actor, const CascadeContext &context, const StepOutcome &outcome);
    /// One system brought to the context's state: unchanged when it already
    /// is, else applied and read back. `touched`: apply() was called.
    StepOutcome bringOne(CascadeAdapter &adapter, const CascadeContext &context, bool &touched);

    AuditLog &m_audit;
    std::vector<std::unique_ptr<CascadeAdapter>> m_adapters;
    int m_stepTimeoutMs = 10000;
};

} // namespace tenant
