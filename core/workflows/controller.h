#pragma once

#include "deliveryqueue.h"
#include "webhookdelivery.h"

#include <QJsonObject>

#include <atomic>

namespace tenant {

class ControllerMetrics;
class Workspace;

/// What one controller pass did.
struct ControllerPass
{
    int delivered = 0;
    int retried = 0; ///< failed attempts that will be tried again
    int dead = 0;    ///< deliveries that became dead letters in this pass
    int leaseLost = 0;
    bool breakGlassSwept = false;
    bool driftChecked = false; ///< this controller ran the drift job in this pass
    int driftFound = 0;        ///< findings the check stored
    int reconciled = 0;        ///< tenants whose systems were brought back
    QStringList resumed;       ///< provisioning runs whose holder stopped, taken up again
    qint64 durationMs = 0;
    QStringList problems; ///< one line each: what went wrong and was left for the next pass

    QJsonObject toJson() const;
};

/// The control plane's worker. A pass delivers every due webhook delivery
/// (claimed under a lease, so any number of controllers share the queue),
/// takes up provisioning runs whose holder stopped (its lease ran out; a
/// paused run is left for its operator), ends lapsed break-glass
/// elevations, and, once per drift interval across
/// all controllers, checks every tenant's downstream systems against the
/// registry and repairs what drifted. Every step is safe to repeat:
/// a controller killed mid-pass leaves leases that run out, and the next
/// holder finishes the work.
class Controller final
{
public:
    /// `owner` names this controller in leases and attempts (host, pid).
    Controller(Workspace &ws, WebhookSecrets secrets, QString owner, ControllerMetrics *metrics);

    static QString defaultOwner();

    /// One pass. Stops claiming new work once `stop` is set or after
    /// `budgetMs` (the next pass goes on), and finishes what it holds.
    Result<ControllerPass> runOnce(const std::atomic<bool> *stop = nullptr,
                                   qint64 budgetMs = 30000);

    /// Deliveries claimed per round trip.
    void setBatchSize(int batch) { m_batch = batch; }
    /// How often the drift job runs (shared by every controller of the
    /// registry); 0: never. Repairs what it finds unless `repair` is false.
    void setDriftInterval(qint64 ms, bool repair = true)
    {
        m_driftIntervalMs = ms;
        m_repairDrift = repair;
    }

private:
    /// Resumes (or finishes rolling back) runs whose lease ran out, when
    /// this controller drives the systems the run was started on.
    Status resumeStoppedRuns(ControllerPass &pass);
    /// The drift job, when this controller wins this interval's turn.
    Status driftJob(ControllerPass &pass);
    Status deliver(ControllerPass &pass, const DeliveryPolicy &policy,
                   const std::atomic<bool> *stop, qint64 budgetMs);

    Workspace &m_ws;
    WebhookSecrets m_secrets;
    QString m_owner;
    ControllerMetrics *m_metrics = nullptr;
    int m_batch = 50;
    qint64 m_driftIntervalMs = 0;
    bool m_repairDrift = true;
};

} // namespace tenant
