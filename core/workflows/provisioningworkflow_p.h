#pragma once

// Internal to ProvisioningWorkflow's sources (the run and its rollback):
// the timeouts, the run's state and the one-run-at-a-time guard.

#include "provisioningworkflow.h"

#include "plancatalog.h"

#include <atomic>
#include <chrono>

namespace tenant {

namespace workflow_detail {
// Creating a role, a bucket or a collection: generous, since a slow system is
// not a failed one. Checks carry their own timeouts.
inline constexpr std::chrono::milliseconds resourceTimeout = std::chrono::seconds(20);
inline constexpr std::chrono::milliseconds registryTimeout = std::chrono::seconds(20);
inline constexpr std::chrono::milliseconds notifyTimeout = std::chrono::seconds(60);

// Positions keep the phases in order in the journal whatever the step count.
inline int phaseBase(StepPhase phase)
{
    return static_cast<int>(phase) * 100;
}

inline Error busyError()
{
    return Error::conflict(
        QStringLiteral("another provisioning run is in progress in this session; wait for it"));
}
} // namespace workflow_detail

struct ProvisioningWorkflow::Run
{
    ProvisioningRequest request;
    QString actor;
    QString owner; ///< this run's id, held in the request while it runs
    ProvisionContext context;
    TierPlan plan; ///< the request's tier, read once when the run begins
    std::shared_ptr<const ProvisioningTargets> targets;
    std::chrono::seconds lease{120};
    int positionInPhase = 0;
    StepPhase phase = StepPhase::Provision;
};

class ProvisioningWorkflow::BusyGuard
{
public:
    explicit BusyGuard(std::atomic<bool> &busy)
        : m_busy(busy)
        , m_held(!busy.exchange(true))
    {}
    ~BusyGuard()
    {
        if (m_held)
            m_busy = false;
    }
    Q_DISABLE_COPY_MOVE(BusyGuard)
    bool held() const { return m_held; }

private:
    std::atomic<bool> &m_busy;
    bool m_held;
};

} // namespace tenant
