#pragma once

#include "provisioningrequest.h"

#include <QObject>

#include <optional>

namespace tenant {

class AuditLog;
class ChangeNotifier;
class PlanCatalog;
class Database;
class Transaction;
class TenantRepository;

/// Takes onboarding requests and their approval. A request is checked
/// against the plans (region residency, a budget that covers the estimated
/// cost); one whose estimated monthly cost is below the `provisioning`
/// policy's threshold is approved at once, any other waits until a second
/// person approves or rejects it with a comment.
/// Approval creates the tenant in draft, in the same transaction as the
/// decision and its audit entries.
class ProvisioningService final : public QObject
{
    Q_OBJECT
public:
    ProvisioningService(Database &db, TenantRepository &tenants, AuditLog &audit,
                        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProvisioningService)

    /// Estimated costs strictly below this are approved automatically (rupees/month).
    Result<qint64> autoApproveBelow() const;

    Result<ProvisioningRequest> submit(const ProvisioningRequest &request, const QString &actor);
    Result<ProvisioningRequest> approve(const QString &requestId, const QString &comment,
                                        const QString &actor);
    Result<ProvisioningRequest> reject(const QString &requestId, const QString &comment,
                                       const QString &actor);

    Result<ProvisioningRequest> get(const QString &requestId) const;
    Result<QList<ProvisioningRequest>> list(std::optional<RequestStatus> status = {}) const;

    /// Refuses an id a tenant or an open request already has, naming it.
    Status checkTenantIdFree(const QString &tenantId) const;

    /// The draft tenant an approved request becomes.
    Result<Tenant> draftTenant(const ProvisioningRequest &request) const;

    /// Where this service's committed changes are announced.
    ChangeNotifier &notifier() const;

private:
    Result<ProvisioningRequest> decide(const QString &requestId, const QString &comment,
                                       const QString &actor, RequestStatus decision);
    /// Records the decision (by `decidedBy`: a person, or "policy") and, on
    /// approval, creates the tenant, inside the caller's open transaction
    /// `tx`; the audit entries are `actor`'s.
    Status applyDecision(Transaction &tx, ProvisioningRequest &request, RequestStatus decision,
                         const QString &comment, const QString &decidedBy, const QString &actor,
                         const PlanCatalog &plans);
    Result<Tenant> draftTenant(const ProvisioningRequest &request, const PlanCatalog &plans) const;

    Database &m_db;
    TenantRepository &m_tenants;
    AuditLog &m_audit;
};

} // namespace tenant
