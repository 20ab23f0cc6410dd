#include "provisioningservice.h"

#include "policychange.h"

#include "auditactions.h"
#include "changenotifier.h"

#include "access.h"
#include "approvalpolicy.h"
#include "auditlog.h"
#include "database.h"
#include "inputlimits.h"
#include "plancatalog.h"
#include "sqlvalues.h"
#include "tenantrepository.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace {
// This file's messages, translated in the context tenant::ProvisioningService.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::ProvisioningService)
};
} // namespace

namespace tenant {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT request_id, document, status, requested_by, requested_at, decided_by, "
                   "decision_comment, decided_at, estimated_cost, stage, outcome, finished_at, "
                   "run_owner, lease_until, required_authorities "
                   "FROM provisioning_requests");

QStringList authoritiesFrom(const QVariant &column)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(column.toString().toUtf8()).array())
        out << v.toString();
    return out;
}

Result<ProvisioningRequest> requestFromQuery(const QSqlQuery &q)
{
    const QJsonObject doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    Result<ProvisioningRequest> parsed = ProvisioningRequest::fromStored(doc);
    if (!parsed)
        return Error::storage(Messages::tr("corrupt provisioning request %1: %2")
                                  .arg(q.value(0).toString(), parsed.error().message));
    ProvisioningRequest r = std::move(parsed).value();
    r.requestId = q.value(0).toString();
    const std::optional<RequestStatus> status = requestStatusFromString(q.value(2).toString());
    if (!status)
        return Error::storage(Messages::tr("provisioning request %1 has unknown status %2")
                                  .arg(r.requestId, q.value(2).toString()));
    r.status = *status;
    r.requestedBy = q.value(3).toString();
    r.requestedAt = timestampFromColumn(q.value(4));
    r.decidedBy = q.value(5).toString();
    r.decisionComment = q.value(6).toString();
    r.decidedAt = timestampFromColumn(q.value(7));
    r.estimatedCost = q.value(8).toLongLong();
    r.stage = q.value(9).toString();
    r.outcome = q.value(10).toString();
    r.finishedAt = timestampFromColumn(q.value(11));
    r.runOwner = q.value(12).toString();
    r.leaseUntil = timestampFromColumn(q.value(13));
    r.requiredAuthorities = authoritiesFrom(q.value(14));
    return r;
}

/// Every approval given on the requests in `requests` (one query).
Status loadApprovals(Database &db, QList<ProvisioningRequest> &requests,
                     const QString &onlyRequest = {})
{
    Result<QSqlQuery> q = db.prepare(
        QStringLiteral("SELECT request_id, authority, approver, decision, comment, decided_at "
                       "FROM provisioning_approvals%1 ORDER BY decided_at, authority")
            .arg(onlyRequest.isEmpty() ? QString() : QStringLiteral(" WHERE request_id = ?")));
    if (!q)
        return q.error();
    if (!onlyRequest.isEmpty())
        q.value().addBindValue(onlyRequest);
    if (Status s = Database::exec(q.value(), QStringLiteral("read approvals")); !s)
        return s;
    QHash<QString, QList<Approval>> byRequest;
    while (q.value().next())
        byRequest[q.value().value(0).toString()]
            << Approval{q.value().value(1).toString(), q.value().value(2).toString(),
                        q.value().value(3).toString() == QLatin1String("approve"),
                        q.value().value(4).toString(), timestampFromColumn(q.value().value(5))};
    for (ProvisioningRequest &r : requests)
        r.approvals = byRequest.value(r.requestId);
    return success();
}

} // namespace

ProvisioningService::ProvisioningService(Database &db, TenantRepository &tenants, AuditLog &audit,
                                         QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tenants(tenants)
    , m_audit(audit)
{}

Result<Tenant> ProvisioningService::draftTenant(const ProvisioningRequest &request) const
{
    const Result<PlanCatalog> plans = PlanCatalog::load(m_db);
    if (!plans)
        return plans.error();
    return draftTenant(request, plans.value());
}

Result<Tenant> ProvisioningService::draftTenant(const ProvisioningRequest &r,
                                                const PlanCatalog &plans) const
{
    Result<Tenant> t = m_tenants.tierTemplate(r.tier);
    if (!t)
        return t;
    Tenant tenant = std::move(t).value();
    tenant.tenantId = r.tenantId;
    tenant.tenantName = r.tenantName;
    tenant.region = r.region;
    tenant.complianceTags = r.compliance;
    tenant.costCenter = r.costCenter;
    tenant.monthlyBudget = r.budget;
    tenant.technicalContact = r.ownerEmail;
    tenant.billingEmail = r.ownerEmail;
    tenant.status = TenantStatus::Draft;
    // The plan sets the limits and the placement the tier buys.
    const Result<TierPlan> plan = plans.plan(r.tier);
    if (!plan)
        return plan.error();
    tenant.maxQueriesPerDay = qint64(plan->queriesPerMinute) * 60 * 24;
    tenant.maxDocuments = plan->documentsPerMonth;
    tenant.isolationMode =
        plan->dedicatedNamespace ? QStringLiteral("hybrid") : QStringLiteral("shared-schema");
    tenant.allowedRegions = plans.allowedRegions(r.compliance);
    tenant.metadata = QJsonObject{{QStringLiteral("provisioning_request"), r.requestId}};
    if (Status s = TenantValidator::validate(tenant); !s)
        return s.error();
    return tenant;
}

Status ProvisioningService::checkTenantIdFree(const QString &tenantId) const
{
    if (m_tenants.get(tenantId))
        return Error::validation(QStringLiteral("tenant_id"),
                                 Messages::tr("%1 already exists").arg(quoted(tenantId)));
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT request_id FROM provisioning_requests WHERE tenant_id "
                                    "= ? AND status NOT IN ('rejected', 'rolled_back')"));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("check requests")); !s)
        return s;
    if (q.value().next())
        return Error::validation(QStringLiteral("tenant_id"),
                                 Messages::tr("'%1' is already requested by %2")
                                     .arg(tenantId, q.value().value(0).toString()));
    return success();
}

Result<ProvisioningRequest> ProvisioningService::submit(const ProvisioningRequest &input,
                                                        const QString &actor)
{
    // The gate for every front end: the wizard and tenantctl both land here.
    if (const QList<Error> found = input.problems(); !found.isEmpty())
        return found.first();
    ProvisioningRequest request = input;
    request.requestId =
        QStringLiteral("req-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    request.status = RequestStatus::Pending;
    request.requestedBy = m_db.actorFor(actor);
    request.requestedAt = QDateTime::currentDateTimeUtc();
    request.decidedBy.clear();
    request.decisionComment.clear();
    request.decidedAt = QDateTime();
    const Result<PlanCatalog> plans = PlanCatalog::load(m_db);
    if (!plans)
        return plans.error();
    if (Status s = plans->checkResidency(request.region, request.compliance); !s)
        return s.error();
    const Result<CostEstimate> estimate = plans->estimate(request.tier, request.region);
    if (!estimate)
        return estimate.error();
    request.estimatedCost = estimate->monthly;
    if (Status s = PlanCatalog::checkBudget(request.budget, request.estimatedCost, request.tier,
                                            request.region);
        !s)
        return s.error();
    if (const Result<Tenant> draft = draftTenant(request, plans.value()); !draft)
        return draft.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = checkTenantIdFree(request.tenantId); !s)
        return s.error();
    const Result<ApprovalPolicy> chain = ApprovalPolicy::load(m_db);
    if (!chain)
        return chain.error();
    const std::optional<Region> region = plans->region(request.region);
    request.requiredAuthorities = chain->required(request.budget, request.tier, request.compliance,
                                                  region ? region->jurisdiction : QString());
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO provisioning_requests (request_id, tenant_id, tenant_name, tier, budget, "
        "estimated_cost, document, status, requested_by, requested_at, required_authorities) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"));
    if (!q)
        return q.error();
    q.value().addBindValue(request.requestId);
    q.value().addBindValue(request.tenantId);
    q.value().addBindValue(request.tenantName);
    q.value().addBindValue(nameOf(request.tier));
    q.value().addBindValue(request.budget);
    q.value().addBindValue(request.estimatedCost);
    q.value().addBindValue(
        QString::fromUtf8(QJsonDocument(request.document()).toJson(QJsonDocument::Compact)));
    q.value().addBindValue(request.requestedBy);
    q.value().addBindValue(isoTimestamp(request.requestedAt));
    q.value().addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(request.requiredAuthorities))
                              .toJson(QJsonDocument::Compact)));
    if (Status s = Database::exec(q.value(), QStringLiteral("store provisioning request")); !s)
        return s.error();
    // PostgreSQL works the chain out itself, from the same policy: its
    // answer is the one that holds.
    if (const Result<ProvisioningRequest> stored = get(request.requestId); stored)
        request.requiredAuthorities = stored->requiredAuthorities;
    else
        return stored.error();
    if (const Result<AuditEntry> logged = m_audit.append(tx, actor,
                                                         {AuditAction::provisionRequest,
                                                          request.tenantId,
                                                          {},
                                                          request.toJson(),
                                                          {},
                                                          request.requestId});
        !logged)
        return logged.error();
    if (request.requiredAuthorities.isEmpty()) {
        // Stored and audited: in the source language, whatever the console's.
        const QString comment =
            QStringLiteral("a budget of %1 a month needs no approver under the approval policy")
                .arg(formatRupees(request.budget));
        // Decided by the policy; the audit entries are the submitter's.
        if (Status s = applyDecision(tx, request, RequestStatus::Approved, comment,
                                     QStringLiteral("policy"), actor, plans.value());
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    m_tenants.notifier().announceRequestChanged(request.requestId);
    if (request.status == RequestStatus::Approved)
        m_tenants.notifier().announceTenantCreated(request.tenantId);
    return request;
}

Status ProvisioningService::applyDecision(Transaction &tx, ProvisioningRequest &request,
                                          RequestStatus decision, const QString &comment,
                                          const QString &decidedBy, const QString &actor,
                                          const PlanCatalog &plans)
{
    const QJsonObject before = request.toJson();
    request.status = decision;
    request.decidedBy = decidedBy;
    request.decisionComment = comment;
    request.decidedAt = QDateTime::currentDateTimeUtc();

    if (decision == RequestStatus::Approved) {
        const Result<Tenant> draft = draftTenant(request, plans);
        if (!draft)
            return draft.error();
        const Result<Tenant> created = m_tenants.insert(
            tx, draft.value(), actor, {AuditAction::tenantCreate, comment, request.requestId});
        if (!created)
            return created.error();
    }
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "UPDATE provisioning_requests SET status = ?, decided_by = ?, decision_comment = ?, "
        "decided_at = ? WHERE request_id = ? AND status = 'pending'"));
    if (!q)
        return q.error();
    q.value().addBindValue(nameOf(decision));
    q.value().addBindValue(decidedBy);
    q.value().addBindValue(comment);
    q.value().addBindValue(isoTimestamp(request.decidedAt));
    q.value().addBindValue(request.requestId);
    if (Status s = Database::exec(q.value(), QStringLiteral("record decision")); !s)
        return s;
    if (q.value().numRowsAffected() != 1)
        return Error::conflict(
            Messages::tr("request %1 was decided by someone else").arg(request.requestId));
    const QString action = decision == RequestStatus::Approved ? AuditAction::provisionApprove
                                                               : AuditAction::provisionReject;
    if (const Result<AuditEntry> logged = m_audit.append(
            tx, actor,
            {action, request.tenantId, before, request.toJson(), comment, request.requestId});
        !logged)
        return logged.error();
    return success();
}

Result<QStringList> ProvisioningService::authoritiesHeld(const QString &tenantId) const
{
    // Without access control (SQLite, a PostgreSQL owner) nobody holds
    // anything in particular: any outstanding authority may be given.
    if (!m_db.isPostgres() || m_db.governedLogin().isEmpty())
        return Roles::authorities();
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "SELECT authority FROM access_members WHERE login = session_user AND role = 'approver' "
        "AND (tenant_id = '' OR tenant_id = ?)"));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("read the approver's authorities")); !s)
        return s.error();
    QStringList held;
    while (q.value().next())
        held << q.value().value(0).toString();
    return held;
}

Result<ProvisioningRequest>
ProvisioningService::decide(const QString &requestId, const QString &comment, const QString &actor,
                            RequestStatus decision, const QString &authority)
{
    if (comment.trimmed().isEmpty())
        return Error::validation(QStringLiteral("comment"),
                                 Messages::tr("a decision needs a comment"));
    if (Status s = checkText(QStringLiteral("comment"), comment, {limits::comment, true, true}); !s)
        return s.error();
    if (!authority.isEmpty() && !Roles::authorities().contains(authority))
        return Error::validation(
            QStringLiteral("authority"),
            Messages::tr("%1 is not an authority (expected one of %2)")
                .arg(quoted(authority), Roles::authorities().join(QStringLiteral(", "))));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<ProvisioningRequest> request = get(requestId);
    if (!request)
        return request;
    if (request->status != RequestStatus::Pending)
        return Error::rule(
            Messages::tr("request %1 is already %2").arg(requestId, nameOf(request->status)));
    const QString decider = m_db.actorFor(actor);
    if (request->requestedBy == decider)
        return Error::rule(
            Messages::tr("%1 requested %2 and so cannot decide it; another approver must")
                .arg(decider, requestId));
    for (const Approval &given : request->approvals)
        if (given.approver == decider)
            return Error::rule(Messages::tr("%1 already approved %2 as %3: each authority is "
                                            "given by a different person")
                                   .arg(decider, requestId, given.authority));
    const QStringList outstanding = request->outstandingAuthorities();
    const Result<QStringList> held = authoritiesHeld(request->tenantId);
    if (!held)
        return held.error();
    QString used = authority;
    if (used.isEmpty()) {
        for (const QString &a : outstanding)
            if (held->contains(a)) {
                used = a;
                break;
            }
        if (used.isEmpty())
            return Error::denied(
                Messages::tr("request %1 waits for %2; %3 holds none of these authorities")
                    .arg(requestId, outstanding.join(QStringLiteral(", ")), decider));
    } else if (!request->requiredAuthorities.contains(used)) {
        return Error::rule(
            Messages::tr("request %1 needs %2, not %3")
                .arg(requestId, request->requiredAuthorities.join(QStringLiteral(", ")), used));
    } else if (!outstanding.contains(used)) {
        return Error::rule(
            Messages::tr("%1 has already been given on request %2").arg(used, requestId));
    } else if (!held->contains(used)) {
        return Error::denied(Messages::tr("%1 does not hold the %2 authority for %3")
                                 .arg(decider, used, request->tenantId));
    }

    const bool approving = decision == RequestStatus::Approved;
    const Approval given{used, decider, approving, comment.trimmed(),
                         QDateTime::currentDateTimeUtc()};
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO provisioning_approvals (request_id, authority, approver, decision, comment, "
        "decided_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    for (const QVariant &v :
         {QVariant(requestId), QVariant(used), QVariant(decider),
          QVariant(approving ? QStringLiteral("approve") : QStringLiteral("reject")),
          QVariant(given.comment), QVariant(isoTimestamp(given.decidedAt))})
        q.value().addBindValue(v);
    if (Status s = Database::exec(q.value(), QStringLiteral("record approval")); !s)
        return s.error();
    const QJsonObject before = request->toJson();
    request->approvals << given;

    if (!approving || request->outstandingAuthorities().isEmpty()) {
        // One refusal ends it; the last approval approves it.
        const Result<PlanCatalog> plans = PlanCatalog::load(m_db);
        if (!plans)
            return plans.error();
        if (Status s = applyDecision(tx, request.value(), decision, given.comment, decider, decider,
                                     plans.value());
            !s)
            return s.error();
    } else if (const Result<AuditEntry> logged =
                   m_audit.append(tx, decider,
                                  {AuditAction::provisionApproval, request->tenantId, before,
                                   request->toJson(), given.comment, request->requestId});
               !logged) {
        return logged.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    m_tenants.notifier().announceRequestChanged(requestId);
    if (request->status == RequestStatus::Approved)
        m_tenants.notifier().announceTenantCreated(request->tenantId);
    return request;
}

Result<ProvisioningRequest> ProvisioningService::approve(const QString &requestId,
                                                         const QString &comment,
                                                         const QString &actor,
                                                         const QString &authority)
{
    return decide(requestId, comment, actor, RequestStatus::Approved, authority);
}

Result<ProvisioningRequest> ProvisioningService::reject(const QString &requestId,
                                                        const QString &comment,
                                                        const QString &actor,
                                                        const QString &authority)
{
    return decide(requestId, comment, actor, RequestStatus::Rejected, authority);
}

Result<QJsonObject> ProvisioningService::approvalPolicy() const
{
    return readPolicy(m_db, QStringLiteral("approval"));
}

Status ProvisioningService::setApprovalPolicy(const QJsonObject &document, const QString &actor)
{
    if (const Result<ApprovalPolicy> parsed = ApprovalPolicy::fromJson(document); !parsed)
        return Error::validation(QStringLiteral("document"), parsed.error().message);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = replacePolicy(tx, m_db, m_audit, QStringLiteral("approval"), document,
                                 AuditAction::policyApproval, actor);
        !s)
        return s;
    return tx.commit();
}

Result<ProvisioningRequest> ProvisioningService::get(const QString &requestId) const
{
    Result<QSqlQuery> q = m_db.prepare(selectColumns + QStringLiteral(" WHERE request_id = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(requestId);
    if (Status s = Database::exec(q.value(), QStringLiteral("read provisioning request")); !s)
        return s.error();
    if (!q.value().next())
        return Error::notFound(Messages::tr("no provisioning request %1").arg(quoted(requestId)));
    Result<ProvisioningRequest> read = requestFromQuery(q.value());
    if (!read)
        return read;
    QList<ProvisioningRequest> one{std::move(read).value()};
    if (Status s = loadApprovals(m_db, one, requestId); !s)
        return s.error();
    return one.first();
}

Result<QList<ProvisioningRequest>>
ProvisioningService::list(std::optional<RequestStatus> status) const
{
    Result<QSqlQuery> q =
        m_db.prepare(selectColumns + (status ? QStringLiteral(" WHERE status = ?") : QString()) +
                     QStringLiteral(" ORDER BY requested_at, request_id"));
    if (!q)
        return q.error();
    if (status)
        q.value().addBindValue(nameOf(*status));
    if (Status s = Database::exec(q.value(), QStringLiteral("list provisioning requests")); !s)
        return s.error();
    QList<ProvisioningRequest> list;
    while (q.value().next()) {
        Result<ProvisioningRequest> r = requestFromQuery(q.value());
        if (!r)
            return r.error();
        list << std::move(r).value();
    }
    if (Status s = loadApprovals(m_db, list); !s)
        return s.error();
    return list;
}

ChangeNotifier &ProvisioningService::notifier() const
{
    return m_tenants.notifier();
}

} // namespace tenant
