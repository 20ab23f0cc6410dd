#pragma once

#include "provisioningrequest.h"

#include <QMetaType>

namespace tenant {

class Database;

/// The workflow's phases, in order.
enum class StepPhase { Provision, Configure, Validate, Activate, Notify, Rollback };
QString nameOf(StepPhase phase);

enum class StepStatus { Running, Done, Failed, Warning, Removed };
QString nameOf(StepStatus status);

/// One step of a provisioning run as persisted: its latest state.
struct StepRecord
{
    QString requestId;
    int position = 0; ///< sort order within the run
    StepPhase phase = StepPhase::Provision;
    QString name;
    bool blocking = true;
    StepStatus status = StepStatus::Running;
    QString detail;
    QDateTime startedAt;
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

/// Persists a provisioning run as it goes, so that a crash or a closed
/// window leaves a record the next start can resume or roll back: the
/// request's status and stage, the lease of the run holding it, and every
/// step's outcome.
class RunJournal final
{
public:
    explicit RunJournal(Database &db);

    /// Moves `seen` to `status` for a run identified by `owner`, holding it
    /// until `leaseUntil`. Fails with a Conflict when someone else changed the
    /// request since it was read (another run took it over).
    Status claim(const ProvisioningRequest &seen, RequestStatus status, const QString &owner,
                 const QDateTime &leaseUntil);
    /// Records the step reached and extends the lease.
    Status renew(const QString &requestId, const QString &owner, const QString &stage,
                 const QDateTime &leaseUntil);
    /// Ends (`finished`) or continues the run in `status`, with why.
    Status setStatus(const QString &requestId, const QString &owner, RequestStatus status,
                     const QString &outcome, bool finished);
    /// Gives the request up without finishing it: it is then interrupted.
    Status release(const QString &requestId, const QString &owner);

    Status record(const StepRecord &step);
    Result<QList<StepRecord>> steps(const QString &requestId) const;

private:
    Database &m_db;
};

} // namespace tenant

Q_DECLARE_METATYPE(tenant::StepRecord)
