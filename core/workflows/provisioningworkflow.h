#pragma once

#include "downstream.h"
#include "runjournal.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace tenant {

class AuditLog;
class Database;
class FlagService;
class LifecycleService;
class ProvisioningService;
class TenantRepository;

/// Onboards an approved request: provision -> configure -> validate ->
/// activate -> notify, or, on a blocking failure or a cancel, roll back
/// every resource in reverse order and verify in each system that nothing of
/// the tenant remains. Every step is persisted as it happens (RunJournal), so
/// a run that dies leaves its request "interrupted": the next start offers
/// run() again (resume: every step is safe to repeat) or rollback().
///
/// run() and rollback() block; front ends call them on a worker thread and
/// follow stepChanged(). One run per workflow at a time.
class ProvisioningWorkflow final : public QObject
{
    Q_OBJECT
public:
    ProvisioningWorkflow(Database &db, ProvisioningService &requests, TenantRepository &tenants,
                         LifecycleService &lifecycle, FlagService &flags, AuditLog &audit,
                         QObject *parent = nullptr);
    ~ProvisioningWorkflow() override;
    Q_DISABLE_COPY_MOVE(ProvisioningWorkflow)

    void setTargets(ProvisioningTargets targets);
    /// The systems resources are created in, in order.
    QStringList systems() const;

    /// The forward steps run() takes with the current targets, in order
    /// (provision each system, configure, every check, activate, notify),
    /// each with its phase, name and whether it blocks; status Running.
    QList<StepRecord> plannedSteps() const;
    /// True while run() or rollback() works in this session.
    bool isBusy() const { return m_busy; }

    /// Provisions an approved request, or resumes an interrupted one.
    Result<ProvisioningRequest> run(const QString &requestId, const QString &actor);
    /// Rolls back an interrupted request (or finishes a rollback that left
    /// something behind). An activated tenant is not rolled back.
    Result<ProvisioningRequest> rollback(const QString &requestId, const QString &reason,
                                         const QString &actor);

    /// Requests whose run stopped without finishing: provisioning or rolling
    /// back, and no live run holds them.
    Result<QList<ProvisioningRequest>> interrupted() const;
    Result<QList<StepRecord>> steps(const QString &requestId) const;

    /// How a running run() should stop at its next step (thread-safe).
    enum class Stop {
        None,
        Cancel, ///< roll back what was created
        Pause,  ///< leave the request interrupted, to resume or roll back later
    };
    void requestStop(Stop how) { m_stop = how; }

signals:
    /// A step started or finished (emitted on the thread running the workflow).
    void stepChanged(const tenant::StepRecord &step);

private:
    struct Run;
    using Work = std::function<Result<QString>()>;

    struct NamedCheck
    {
        QString name;
        ValidationCheck check;
    };
    /// Every system's checks in kind order; a kind checked twice is named
    /// after its second system.
    static QList<NamedCheck> namedChecks(const ProvisioningTargets &targets);
    /// Marks the workflow busy for one run; false when another run holds it.
    class BusyGuard;

    Result<Run> begin(const QString &requestId, const QString &actor, RequestStatus status);
    /// Runs one step: persists and announces it, renews the lease, times it.
    Result<QString> step(Run &run, StepPhase phase, const QString &name, bool blocking,
                         std::chrono::milliseconds timeout, const Work &work);
    Result<ProvisioningRequest> provision(Run &run);
    Result<ProvisioningRequest> rollBack(Run &run, const QString &reason);
    Result<QString> configure(Run &run);
    Result<QString> activate(Run &run);
    /// Makes the profile's webhook a subscription to provisioning.completed.
    Result<QString> notify(Run &run);
    Result<ProvisioningRequest> pause(Run &run);
    Status audit(const Run &run, const QString &action, const QJsonObject &after,
                 const QString &reason = {});
    std::shared_ptr<const ProvisioningTargets> targets() const;

    Database &m_db;
    ProvisioningService &m_requests;
    TenantRepository &m_tenants;
    LifecycleService &m_lifecycle;
    FlagService &m_flags;
    AuditLog &m_audit;
    RunJournal m_journal;
    mutable QMutex m_targetsMutex;
    std::shared_ptr<const ProvisioningTargets> m_targets;
    std::atomic<Stop> m_stop{Stop::None};
    std::atomic<bool> m_busy{false};
};

} // namespace tenant
