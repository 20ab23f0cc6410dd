// ProvisioningWorkflow's rollback: every created resource removed, newest
// first, each removal journalled and audited.
#include "provisioningworkflow.h"
#include "provisioningworkflow_p.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "flagservice.h"
#include "lifecycle.h"
#include "plancatalog.h"
#include "provisioningservice.h"
#include "sqlvalues.h"
#include "tenantrepository.h"
#include "textrules.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace tenant {

using namespace workflow_detail;

Result<ProvisioningRequest> ProvisioningWorkflow::rollback(const QString &requestId,
                                                           const QString &reason,
                                                           const QString &actor)
{
    if (reason.trimmed().isEmpty())
        return Error::validation(QStringLiteral("reason"),
                                 QStringLiteral("a rollback needs a reason"));
    if (Status s = checkReason(QStringLiteral("reason"), reason, true); !s)
        return s.error();
    const Result<ProvisioningRequest> current = m_requests.get(requestId);
    if (!current)
        return current.error();
    if (current->status != RequestStatus::Provisioning &&
        current->status != RequestStatus::RollingBack && current->status != RequestStatus::Approved)
        return Error::rule(QStringLiteral("request %1 is %2; only an unfinished run rolls back")
                               .arg(quoted(requestId), nameOf(current->status)));
    if (const Result<Tenant> tenant = m_tenants.get(current->tenantId);
        tenant && tenant->status != TenantStatus::Draft)
        return Error::rule(QStringLiteral("tenant '%1' is already %2: resume the run to finish it")
                               .arg(current->tenantId, nameOf(tenant->status)));
    const BusyGuard busy(m_busy);
    if (!busy.held())
        return busyError();
    Result<Run> run = begin(requestId, actor, RequestStatus::RollingBack);
    if (!run)
        return run.error();
    return rollBack(run.value(), reason.trimmed());
}

Result<ProvisioningRequest> ProvisioningWorkflow::rollBack(Run &run, const QString &reason)
{
    if (Status s = m_journal.setStatus(run.request.requestId, run.owner, RequestStatus::RollingBack,
                                       reason, false);
        !s)
        return s.error();
    run.request.status = RequestStatus::RollingBack;

    // Remove from every system, created or not: a crash may have hit mid-step.
    QStringList leftovers;
    const auto &resources = run.targets->resources;
    for (auto it = resources.rbegin(); it != resources.rend(); ++it) {
        TenantResource *r = it->get();
        const Result<QString> removed = step(
            run, StepPhase::Rollback, r->system(), true, resourceTimeout, [&]() -> Result<QString> {
                if (Status s = r->remove(run.context); !s)
                    return s.error();
                const Result<QStringList> left = r->remaining(run.context);
                if (!left)
                    return left.error();
                if (!left->isEmpty())
                    return Error::storage(QStringLiteral("still there after removal: ") +
                                          left->join(QStringLiteral(", ")));
                return QStringLiteral("removed; nothing of %1 remains").arg(run.context.tenantId);
            });
        if (!removed)
            leftovers << QStringLiteral("%1 (%2)").arg(r->system(), removed.error().message);
        else if (Status s = audit(run, AuditAction::provisionRemove,
                                  {{QStringLiteral("system"), r->system()},
                                   {QStringLiteral("result"), removed.value()}},
                                  reason);
                 !s)
            return s.error();
    }
    const Result<QString> registry =
        step(run, StepPhase::Rollback, QStringLiteral("registry"), true, registryTimeout,
             [&]() -> Result<QString> {
                 const Result<Tenant> tenant = m_tenants.get(run.context.tenantId);
                 if (!tenant && tenant.error().kind == ErrorKind::NotFound)
                     return QStringLiteral("no draft tenant to remove");
                 if (!tenant)
                     return tenant.error();
                 if (Status s = m_tenants.removeDraft(run.context.tenantId, run.actor, reason,
                                                      run.request.requestId);
                     !s)
                     return s.error();
                 return QStringLiteral("draft tenant %1 removed").arg(run.context.tenantId);
             });
    if (!registry)
        leftovers << QStringLiteral("registry (%1)").arg(registry.error().message);

    if (!leftovers.isEmpty()) {
        (void)m_journal.release(run.request.requestId, run.owner);
        return Error::storage(
            QStringLiteral("rollback of %1 is incomplete, run it again: %2")
                .arg(run.request.requestId, leftovers.join(QStringLiteral("; "))));
    }
    if (Status s = m_journal.setStatus(run.request.requestId, run.owner, RequestStatus::RolledBack,
                                       reason, true);
        !s)
        return s.error();
    if (Status s = audit(run, AuditAction::provisionRollback,
                         {{QStringLiteral("status"), QStringLiteral("rolled_back")},
                          {QStringLiteral("systems"), QJsonArray::fromStringList(systems())}},
                         reason);
        !s)
        return s.error();
    return m_requests.get(run.request.requestId);
}

} // namespace tenant
