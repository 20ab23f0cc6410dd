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
/// cost); the `approval` policy then names the authorities it needs (by
/// budget band, sensitive data, a cross-border placement, a premium tier).
/// One that needs none is approved at once; any other waits until each
/// authority is given by a different person, not its requester, or one
/// refuses it.
/// Approval creates the tenant in draft, in the same transaction as the
/// decision and its audit entries.
class ProvisioningService final : public QObject
{
    Q_OBJECT
public:
    ProvisioningService(Database &db, TenantRepository &tenants, AuditLog &audit,
                        QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProvisioningService)

    Result<ProvisioningRequest> submit(const ProvisioningRequest &request, const QString &actor);
    /// Gives one authority of the request's chain: `authority`, or the first
    /// outstanding one the caller holds. The last one approves the request
    /// (and creates its draft tenant); until then it stays pending.
    Result<ProvisioningRequest> approve(const QString &requestId, const QString &comment,
                                        const QString &actor, const QString &authority = {});
    /// One refusal, by a holder of an outstanding authority, ends the request.
    Result<ProvisioningRequest> reject(const QString &requestId, const QString &comment,
                                       const QString &actor, const QString &authority = {});

    /// The approval policy as stored, and its replacement: checked whole
    /// (a malformed document is refused naming the key, nothing changes),
    /// written with its audit entry. Requests already submitted keep their chain.
    Result<QJsonObject> approvalPolicy() const;
    Status setApprovalPolicy(const QJsonObject &document, const QString &actor);

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
                                       const QString &actor, RequestStatus decision,
                                       const QString &authority);
    /// The authorities the session may give on `tenantId`'s requests.
    Result<QStringList> authoritiesHeld(const QString &tenantId) const;
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
