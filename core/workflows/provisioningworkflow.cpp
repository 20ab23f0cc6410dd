#include "provisioningworkflow.h"

#include "httpcall.h"
#include "provisioningworkflow_p.h"
#include "standardwebhooks.h"
#include "webhookdelivery.h"
#include "webhooksubscriptions.h"

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

namespace {
const QString configureStep = QStringLiteral("tier defaults and flags");
const QString activateStep = QStringLiteral("activate");
const QString notifyStep = QStringLiteral("webhook");
} // namespace

using namespace workflow_detail;

ProvisioningWorkflow::ProvisioningWorkflow(Database &db, ProvisioningService &requests,
                                           TenantRepository &tenants, LifecycleService &lifecycle,
                                           FlagService &flags, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_requests(requests)
    , m_tenants(tenants)
    , m_lifecycle(lifecycle)
    , m_flags(flags)
    , m_audit(audit)
    , m_journal(db)
    , m_targets(std::make_shared<ProvisioningTargets>())
{
    qRegisterMetaType<StepRecord>();
}

ProvisioningWorkflow::~ProvisioningWorkflow() = default;

void ProvisioningWorkflow::setTargets(ProvisioningTargets targets)
{
    auto shared = std::make_shared<const ProvisioningTargets>(std::move(targets));
    const QMutexLocker lock(&m_targetsMutex);
    m_targets = std::move(shared); // a running run keeps the set it started with
}

std::shared_ptr<const ProvisioningTargets> ProvisioningWorkflow::targets() const
{
    const QMutexLocker lock(&m_targetsMutex);
    return m_targets;
}

QStringList ProvisioningWorkflow::systems() const
{
    QStringList names;
    for (const auto &resource : targets()->resources)
        names << resource->system();
    return names;
}

QList<ProvisioningWorkflow::NamedCheck>
ProvisioningWorkflow::namedChecks(const ProvisioningTargets &targets)
{
    QList<ValidationCheck> checks;
    for (const auto &resource : targets.resources)
        checks << resource->checks();
    std::stable_sort(
        checks.begin(), checks.end(),
        [](const ValidationCheck &a, const ValidationCheck &b) { return a.kind < b.kind; });
    QList<NamedCheck> named;
    QSet<CheckKind> seen;
    for (const ValidationCheck &check : checks) {
        const bool repeated = seen.contains(check.kind);
        seen.insert(check.kind);
        named << NamedCheck{repeated
                                ? QStringLiteral("%1 (%2)").arg(nameOf(check.kind), check.system)
                                : nameOf(check.kind),
                            check};
    }
    return named;
}

QList<StepRecord> ProvisioningWorkflow::plannedSteps() const
{
    const auto current = targets();
    QList<StepRecord> planned;
    auto add = [&planned](StepPhase phase, const QString &name, bool blocking) {
        StepRecord step;
        step.position = planned.size();
        step.phase = phase;
        step.name = name;
        step.blocking = blocking;
        planned << step;
    };
    for (const auto &resource : current->resources)
        add(StepPhase::Provision, resource->system(), true);
    add(StepPhase::Configure, configureStep, true);
    for (const NamedCheck &check : namedChecks(*current))
        add(StepPhase::Validate, check.name, isBlocking(check.check.kind));
    add(StepPhase::Activate, activateStep, true);
    add(StepPhase::Notify, notifyStep, false);
    return planned;
}

Result<QList<StepRecord>> ProvisioningWorkflow::steps(const QString &requestId) const
{
    return m_journal.steps(requestId);
}

Result<QList<ProvisioningRequest>> ProvisioningWorkflow::interrupted() const
{
    Result<QList<ProvisioningRequest>> all = m_requests.list();
    if (!all)
        return all;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ProvisioningRequest> stopped;
    for (const ProvisioningRequest &r : all.value()) {
        const bool unfinished =
            r.status == RequestStatus::Provisioning || r.status == RequestStatus::RollingBack;
        const bool held = !r.runOwner.isEmpty() && r.leaseUntil.isValid() && r.leaseUntil > now;
        if (unfinished && !held)
            stopped << r;
    }
    return stopped;
}

Status ProvisioningWorkflow::audit(const Run &run, const QString &action, const QJsonObject &after,
                                   const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<AuditEntry> logged = m_audit.append(
        tx, run.actor, {action, run.request.tenantId, {}, after, reason, run.request.requestId});
    if (!logged)
        return logged.error();
    return tx.commit();
}

Result<ProvisioningWorkflow::Run>
ProvisioningWorkflow::begin(const QString &requestId, const QString &actor, RequestStatus status)
{
    const Result<ProvisioningRequest> request = m_requests.get(requestId);
    if (!request)
        return request.error();
    if (request->status == RequestStatus::Provisioning ||
        request->status == RequestStatus::RollingBack) {
        if (!request->runOwner.isEmpty() && request->leaseUntil.isValid() &&
            request->leaseUntil > QDateTime::currentDateTimeUtc())
            return Error::conflict(
                QStringLiteral("request %1 is being worked on by another session (until %2)")
                    .arg(requestId, request->leaseUntil.toString(Qt::ISODate)));
    }
    const Result<PlanCatalog> plans = PlanCatalog::load(m_db);
    if (!plans)
        return plans.error();
    const Result<TierPlan> plan = plans->plan(request->tier);
    if (!plan)
        return plan.error();
    const Result<QJsonObject> policy = readPolicy(m_db, QStringLiteral("provisioning"));
    if (!policy)
        return policy.error();

    Run run;
    run.request = request.value();
    run.actor = actor;
    run.owner = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.targets = targets();
    run.lease = std::chrono::seconds(policy->value(QStringLiteral("lease_seconds")).toInt(120));
    run.context.tenantId = request->tenantId;
    run.context.requestId = requestId;
    run.context.correlationId = requestId;
    run.context.tier = request->tier;
    run.context.costCenter = request->costCenter;
    run.plan = plan.value();
    run.context.dedicatedNamespace = plan->dedicatedNamespace;
    run.context.latencySlaMs = plan->latencySlaMs;

    const QDateTime leaseUntil = QDateTime::currentDateTimeUtc().addSecs(run.lease.count());
    if (Status s = m_journal.claim(run.request, status, run.owner, leaseUntil); !s)
        return s.error();
    run.request.status = status;
    run.request.runOwner = run.owner;
    m_stop = Stop::None;
    return run;
}

Result<QString> ProvisioningWorkflow::step(Run &run, StepPhase phase, const QString &name,
                                           bool blocking, std::chrono::milliseconds timeout,
                                           const Work &work)
{
    if (phase != run.phase) {
        run.phase = phase;
        run.positionInPhase = 0;
    }
    StepRecord record;
    record.requestId = run.request.requestId;
    record.position = phaseBase(phase) + run.positionInPhase++;
    record.phase = phase;
    record.name = name;
    record.blocking = blocking;
    record.status = StepStatus::Running;
    record.startedAt = QDateTime::currentDateTimeUtc();

    // The policy's lease outlasts any step's timeout: a live run is never
    // mistaken for a dead one.
    const QDateTime leaseUntil = record.startedAt.addSecs(run.lease.count());
    if (Status s = m_journal.renew(run.request.requestId, run.owner,
                                   nameOf(phase) + QLatin1Char(' ') + name, leaseUntil);
        !s)
        return s.error();
    if (Status s = m_journal.record(record); !s)
        return s.error();
    emit stepChanged(record);

    run.context.deadline = QDeadlineTimer(timeout);
    QElapsedTimer timer;
    timer.start();
    Result<QString> result = work();
    record.durationMs = timer.elapsed();
    if (result && record.durationMs > timeout.count())
        result = Error::storage(QStringLiteral("took %1 ms, over its %2 ms timeout")
                                    .arg(record.durationMs)
                                    .arg(timeout.count()));

    if (result) {
        record.status = phase == StepPhase::Rollback ? StepStatus::Removed : StepStatus::Done;
        record.detail = result.value();
    } else {
        record.status = blocking ? StepStatus::Failed : StepStatus::Warning;
        record.detail = result.error().message;
    }
    if (Status s = m_journal.record(record); !s)
        return s.error();
    emit stepChanged(record);
    return result;
}

Result<ProvisioningRequest> ProvisioningWorkflow::run(const QString &requestId,
                                                      const QString &actor)
{
    const Result<ProvisioningRequest> current = m_requests.get(requestId);
    if (!current)
        return current.error();
    switch (current->status) {
    case RequestStatus::Approved:
    case RequestStatus::Provisioning:
        break;
    case RequestStatus::Pending:
        return Error::rule(QStringLiteral("request %1 is waiting for approval").arg(requestId));
    case RequestStatus::Rejected:
        return Error::rule(
            QStringLiteral("request %1 was rejected: %2").arg(requestId, current->decisionComment));
    case RequestStatus::RollingBack:
        return Error::rule(
            QStringLiteral("request %1 was being rolled back; finish the rollback").arg(requestId));
    case RequestStatus::Active:
    case RequestStatus::RolledBack:
        return Error::rule(
            QStringLiteral("request %1 is already %2").arg(requestId, nameOf(current->status)));
    }
    const BusyGuard busy(m_busy);
    if (!busy.held())
        return busyError();
    Result<Run> run = begin(requestId, actor, RequestStatus::Provisioning);
    if (!run)
        return run.error();
    if (Status s =
            audit(run.value(), AuditAction::provisionStart,
                  QJsonObject{
                      {QStringLiteral("systems"), QJsonArray::fromStringList(systems())},
                      {QStringLiteral("resumed"), current->status == RequestStatus::Provisioning}});
        !s)
        return s.error();
    return provision(run.value());
}

Result<ProvisioningRequest> ProvisioningWorkflow::pause(Run &run)
{
    if (Status s = m_journal.release(run.request.requestId, run.owner); !s)
        return s.error();
    return m_requests.get(run.request.requestId);
}

Result<ProvisioningRequest> ProvisioningWorkflow::provision(Run &run)
{
    // Between steps: a cancel rolls back, a pause leaves the run to resume.
    const auto stopped = [this, &run]() -> std::optional<Result<ProvisioningRequest>> {
        switch (m_stop.load()) {
        case Stop::None:
            return std::nullopt;
        case Stop::Pause:
            return pause(run);
        case Stop::Cancel:
            return rollBack(run, QStringLiteral("cancelled by %1").arg(run.actor));
        }
        return std::nullopt;
    };
    const auto failed = [this, &run](const QString &stepName, const Error &error) {
        return rollBack(run, QStringLiteral("%1 failed: %2").arg(stepName, error.message));
    };

    for (const auto &resource : run.targets->resources) {
        if (auto stop = stopped())
            return *stop;
        TenantResource *r = resource.get();
        const Result<QString> created =
            step(run, StepPhase::Provision, r->system(), true, resourceTimeout,
                 [&] { return r->create(run.context); });
        if (!created)
            return failed(QStringLiteral("provisioning ") + r->system(), created.error());
        if (Status s = audit(run, AuditAction::provisionCreate,
                             {{QStringLiteral("system"), r->system()},
                              {QStringLiteral("created"), created.value()}});
            !s)
            return s.error();
    }

    if (auto stop = stopped())
        return *stop;
    const Result<QString> configured = step(run, StepPhase::Configure, configureStep, true,
                                            registryTimeout, [&] { return configure(run); });
    if (!configured)
        return failed(QStringLiteral("configuration"), configured.error());

    const QList<NamedCheck> checks = namedChecks(*run.targets);
    for (CheckKind kind : allCheckKinds())
        if (std::none_of(checks.begin(), checks.end(),
                         [kind](const NamedCheck &c) { return c.check.kind == kind; }))
            return failed(
                QStringLiteral("validation"),
                Error::storage(QStringLiteral("no system runs the %1 check").arg(nameOf(kind))));
    QList<StepRecord> results;
    for (const NamedCheck &named : checks) {
        if (auto stop = stopped())
            return *stop;
        const QString &name = named.name;
        const ValidationCheck &check = named.check;
        const Result<QString> passed = step(run, StepPhase::Validate, name, isBlocking(check.kind),
                                            check.timeout, [&] { return check.run(run.context); });
        StepRecord summary;
        summary.name = name;
        summary.status = passed
                             ? StepStatus::Done
                             : (isBlocking(check.kind) ? StepStatus::Failed : StepStatus::Warning);
        summary.detail = passed ? passed.value() : passed.error().message;
        results << summary;
        if (!passed && isBlocking(check.kind))
            return failed(QStringLiteral("the %1 check").arg(name), passed.error());
    }

    if (auto stop = stopped())
        return *stop;
    const Result<QString> activated =
        step(run, StepPhase::Activate, activateStep, true, registryTimeout + resourceTimeout,
             [&] { return activate(run); });
    if (!activated)
        return failed(QStringLiteral("activation"), activated.error());

    // The tenant is active from here on: a failed notification only warns.
    (void)step(run, StepPhase::Notify, notifyStep, false, notifyTimeout,
               [&] { return notify(run); });

    const qsizetype warnings =
        std::count_if(results.begin(), results.end(),
                      [](const StepRecord &r) { return r.status == StepStatus::Warning; });
    const QString outcome = warnings == 0
                                ? QStringLiteral("activated; all 8 checks passed")
                                : QStringLiteral("activated with %1 warning(s)").arg(warnings);
    if (Status s = m_journal.setStatus(run.request.requestId, run.owner, RequestStatus::Active,
                                       outcome, true);
        !s)
        return s.error();
    // What subscribers of provisioning.completed read (the event's data.after).
    QJsonArray checkJson;
    for (const StepRecord &r : results)
        checkJson << QJsonObject{{QStringLiteral("check"), r.name},
                                 {QStringLiteral("status"), nameOf(r.status)},
                                 {QStringLiteral("detail"), r.detail}};
    const ProvisioningRequest &r = run.request;
    if (Status s = audit(run, AuditAction::provisionComplete,
                         {{QStringLiteral("status"), QStringLiteral("active")},
                          {QStringLiteral("request_id"), r.requestId},
                          {QStringLiteral("tenant_id"), r.tenantId},
                          {QStringLiteral("tenant_name"), r.tenantName},
                          {QStringLiteral("tier"), nameOf(r.tier)},
                          {QStringLiteral("region"), r.region},
                          {QStringLiteral("owner_email"), r.ownerEmail},
                          {QStringLiteral("cost_center"), r.costCenter},
                          {QStringLiteral("activated_at"),
                           QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("checks"), checkJson}},
                         outcome);
        !s)
        return s.error();
    return m_requests.get(run.request.requestId);
}

Result<QString> ProvisioningWorkflow::configure(Run &run)
{
    const Result<Tenant> tenant = m_tenants.get(run.context.tenantId);
    if (!tenant)
        return tenant.error();
    if (tenant->status != TenantStatus::Draft && tenant->status != TenantStatus::Active)
        return Error::rule(QStringLiteral("tenant '%1' is %2, not draft")
                               .arg(run.context.tenantId, nameOf(tenant->status)));
    const TierPlan &plan = run.plan;

    // The plan's feature matrix becomes the tier's defaults; the tenant inherits them.
    int changed = 0;
    QStringList on;
    for (const QString &feature : TierPlan::allFeatures()) {
        const bool wanted = plan.features.contains(feature);
        if (wanted)
            on << feature;
        const Result<FlagEvaluation> now =
            m_flags.evaluate(run.context.tenantId, run.context.tier, feature);
        if (now && now->source == FlagSource::Tier && now->enabled == wanted)
            continue;
        if (!now && now.error().kind != ErrorKind::NotFound)
            return now.error();
        FlagChange change;
        change.flag = feature;
        change.scope = FlagScope::Tier;
        change.scopeId = nameOf(run.context.tier);
        change.enabled = wanted;
        if (const Result<FlagValue> set =
                m_flags.set(change, run.actor,
                            QStringLiteral("%1 plan (request %2)")
                                .arg(nameOf(run.context.tier), run.request.requestId));
            !set)
            return set.error();
        ++changed;
    }
    // Confirm the tenant now evaluates to the plan.
    for (const QString &feature : TierPlan::allFeatures()) {
        const Result<FlagEvaluation> e =
            m_flags.evaluate(run.context.tenantId, run.context.tier, feature);
        if (!e)
            return e.error();
        if (e->enabled != plan.features.contains(feature) && e->source != FlagSource::Tenant)
            return Error::storage(
                QStringLiteral("flag %1 evaluates to %2 for %3")
                    .arg(feature, e->enabled ? QStringLiteral("on") : QStringLiteral("off"),
                         run.context.tenantId));
    }
    return QStringLiteral("%1 plan: %2 queries/day, %3 documents, %4 tokens; features %5 (%6 tier "
                          "default(s) set)")
        .arg(nameOf(run.context.tier))
        .arg(tenant->maxQueriesPerDay)
        .arg(tenant->maxDocuments)
        .arg(plan.maxTokens)
        .arg(on.join(QStringLiteral(", ")))
        .arg(changed);
}

Result<QString> ProvisioningWorkflow::activate(Run &run)
{
    const Result<Tenant> tenant = m_tenants.get(run.context.tenantId);
    if (!tenant)
        return tenant.error();
    if (tenant->status == TenantStatus::Active)
        return QStringLiteral("already active");
    const Result<Tenant> active = m_lifecycle.transition(
        run.context.tenantId, TenantStatus::Active,
        QStringLiteral("provisioned by request %1").arg(run.request.requestId), run.actor, false,
        run.request.requestId);
    if (!active)
        return active.error();
    return QStringLiteral("draft -> active");
}

Result<QString> ProvisioningWorkflow::notify(Run &run)
{
    if (!run.targets->webhook)
        return QStringLiteral("no webhook configured");
    const ProvisioningWebhook &hook = *run.targets->webhook;
    // The profile's webhook is a subscription to provisioning.completed: the
    // event this run's completion writes, delivered (signed, retried) by
    // the controller like every other.
    if (hook.hadQuery)
        return Error::rule(QStringLiteral(
            "the webhook URL carries a token in its query, which a subscription cannot keep out "
            "of the registry: give a URL without one (the signature authenticates the sender)"));
    WebhookSubscriptions subscriptions(m_db, m_audit);
    const Result<QList<WebhookSubscription>> existing = subscriptions.list();
    if (!existing)
        return existing.error();
    const QString hint = StandardWebhooks::hint(hook.secret);
    for (const WebhookSubscription &s : existing.value())
        if (s.url == hook.url && s.secretHint == hint &&
            s.wants(QStringLiteral("provisioning.completed")))
            return QStringLiteral("provisioning.completed goes to webhook %1 (%2), delivered "
                                  "by the controller")
                .arg(s.id)
                .arg(displayUrl(hook.url));
    const WebhookSecrets keys(m_db.url());
    const Result<WebhookSubscription> added = subscriptions.add(
        hook.url.toString(), {QStringLiteral("provisioning.completed")}, hook.secret, run.actor,
        [&keys](qint64 id, const QString &secret) { return keys.keep(id, secret); });
    if (!added)
        return added.error();
    return QStringLiteral("subscribed %1 to provisioning.completed as webhook %2; the "
                          "controller delivers it")
        .arg(displayUrl(hook.url))
        .arg(added->id);
}

} // namespace tenant
