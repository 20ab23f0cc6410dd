#include "demodata.h"
#include "localadapter.h"

#include "plancatalog.h"
#include "workspace.h"

#include <QtMath>

namespace tenant {

namespace {

struct DemoTenant
{
    const char *id;
    const char *name;
    Tier tier;
    const char *costCenter;
    qint64 budget;
    const char *region;
    QStringList allowed;
    QStringList compliance;
    const char *crm;
    // Chargeback as a share of the budget, month by month (i = 0 is a year
    // ago): finance drifts over, legal stays just under.
    double (*budgetShare)(int i);
    double documentsShare; ///< of max_documents (marketing runs close to it)
    // Baseline signals; the daily wave is added on top.
    double latency;
    double errorRate;
    double successRate;
    double storage;
};

QList<DemoTenant> demoTenants()
{
    const QString in = QStringLiteral("ap-south-1");
    const QString in2 = QStringLiteral("ap-south-2");
    const QString eu = QStringLiteral("eu-west-1");
    const QString us = QStringLiteral("us-east-1");
    return {
        {"finance",
         "Finance Department",
         Tier::Platinum,
         "CC-FIN-100",
         2500000,
         "ap-south-1",
         {in, in2},
         {QStringLiteral("SOX"), QStringLiteral("DPDP")},
         "CRM-00101",
         [](int i) { return 0.90 + 0.025 * i; },
         0.55,
         280,
         0.002,
         0.995,
         0.62},
        {"legal",
         "Legal Department",
         Tier::Gold,
         "CC-LEG-200",
         900000,
         "eu-west-1",
         {eu},
         {QStringLiteral("GDPR")},
         "CRM-00102",
         [](int i) { return 0.955 + 0.015 * std::sin(0.9 * i); },
         0.40,
         420,
         0.006,
         0.985,
         0.71},
        {"ops",
         "Global Operations",
         Tier::Gold,
         "CC-OPS-300",
         1200000,
         "us-east-1",
         {us, eu, in},
         {},
         "CRM-00103",
         [](int i) { return 0.80 + 0.05 * std::sin(0.5 * i); },
         0.35,
         560,
         0.012,
         0.96,
         0.80},
        {"hr",
         "HR Operations",
         Tier::Silver,
         "CC-HR-400",
         350000,
         "ap-south-1",
         {in},
         {QStringLiteral("DPDP")},
         "CRM-00104",
         [](int i) { return 0.70 + 0.01 * i; },
         0.30,
         610,
         0.019,
         0.95,
         0.86},
        {"marketing",
         "Marketing",
         Tier::Silver,
         "CC-MKT-500",
         300000,
         "us-east-1",
         {},
         {},
         "CRM-00105",
         [](int i) { return 0.85 + 0.04 * std::sin(1.0 * i); },
         0.94,
         780,
         0.035,
         0.93,
         0.91},
    };
}

/// Twelve months of usage and this month so far, priced back from each
/// tenant's budget share: 55 % of the usage cost is API calls, 30 %
/// storage, 15 % compute; quotas at a steady share of their limits.
QList<UsageRecord> demoUsage(const DemoTenant &d, const Tenant &t, const PlanCatalog &catalog)
{
    const Result<CostBreakdown> unit = catalog.cost({}, t.tier, t.region);
    const double multiplier = unit ? unit->regionMultiplier * unit->tierMultiplier : 1.0;
    const ChargebackRates &rates = catalog.rates();
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    // The share of this month gone by, as the forecast will measure it.
    const double soFar =
        Chargeback::coveredShare(usageMonthText(today), QDateTime::currentDateTimeUtc());
    QList<UsageRecord> records;
    for (int i = 0; i <= DemoData::usageMonths; ++i) {
        const double scale = i == DemoData::usageMonths ? soFar : 1.0;
        const double usageCost = double(t.monthlyBudget) * d.budgetShare(i) / multiplier * scale;
        UsageRecord u;
        u.tenantId = t.tenantId;
        u.month = usageMonthText(thisMonth.addMonths(i - DemoData::usageMonths));
        u.apiCalls = std::llround(0.55 * usageCost / rates.perApiCall);
        u.storageGb = std::round(0.30 * usageCost / rates.perStorageGb * 10) / 10;
        u.computeHours = std::round(0.15 * usageCost / rates.perComputeHour * 10) / 10;
        u.peakQueriesPerDay = std::llround(t.maxQueriesPerDay * (0.45 + 0.02 * i));
        u.documents = std::llround(t.maxDocuments * (d.documentsShare + 0.002 * i));
        u.activeUsers = std::llround(t.maxUsers * (0.50 + 0.01 * i) * std::max(scale, 0.5));
        records << u;
    }
    return records;
}

/// Onboarding requests in three states: waiting for the cfo, one authority
/// of four given, and refused. None is approved, so no draft tenant is made.
Status seedRequests(Workspace &ws)
{
    struct DemoRequest
    {
        const char *name;
        Tier tier;
        const char *region;
        qint64 budget;
        QStringList compliance;
        const char *decider; ///< gives (or refuses) the first authority
        bool refuse;
    };
    const DemoRequest requests[] = {
        {"Payroll Services", Tier::Silver, "ap-south-1", 1500000, {}, nullptr, false},
        {"Data Science",
         Tier::Gold,
         "eu-west-1",
         1200000,
         {QStringLiteral("GDPR")},
         "priya.cfo",
         false},
        {"Dev Sandbox", Tier::Bronze, "us-east-1", 1100000, {}, "priya.cfo", true},
    };
    for (const DemoRequest &r : requests) {
        ProvisioningRequest request;
        request.tenantName = QString::fromLatin1(r.name);
        request.tenantId = ProvisioningRequest::suggestTenantId(request.tenantName);
        request.tier = r.tier;
        request.region = QString::fromLatin1(r.region);
        request.budget = r.budget;
        request.ownerEmail = QStringLiteral("owner-%1@corp.example")
                                 .arg(request.tenantName.toLower().section(QLatin1Char(' '), 0, 0));
        request.costCenter = QStringLiteral("CC-NEW-%1").arg(request.tenantName.size() * 100);
        request.compliance = r.compliance;
        const Result<ProvisioningRequest> submitted =
            ws.provisioning().submit(request, QStringLiteral("asha.requester"));
        if (!submitted)
            return submitted.error();
        if (!r.decider)
            continue;
        const QString decider = QString::fromLatin1(r.decider);
        const Result<ProvisioningRequest> decided =
            r.refuse
                ? ws.provisioning().reject(submitted->requestId,
                                           QStringLiteral("A dev sandbox does not need ₹11 lakh "
                                                          "a month: resubmit at bronze size"),
                                           decider, QStringLiteral("cfo"))
                : ws.provisioning().approve(submitted->requestId,
                                            QStringLiteral("Within the research budget"), decider,
                                            QStringLiteral("cfo"));
        if (!decided)
            return decided.error();
    }
    return success();
}

} // namespace

Status DemoData::seed(Workspace &ws)
{
    const Result<QList<Tenant>> existing = ws.tenants().list();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error::rule(
            QStringLiteral("the registry already holds %1 tenants; demo data goes only into an "
                           "empty registry")
                .arg(existing->size()));
    const QString actor = QStringLiteral("demo-seed");
    const Result<PlanCatalog> catalog = PlanCatalog::load(ws.database());
    if (!catalog)
        return catalog.error();
    QList<UsageRecord> usage;

    for (const DemoTenant &d : demoTenants()) {
        Result<Tenant> t = ws.tenants().tierTemplate(d.tier);
        if (!t)
            return t.error();
        Tenant tenant = std::move(t).value();
        const QString id = QString::fromLatin1(d.id);
        tenant.tenantId = id;
        tenant.tenantName = QString::fromLatin1(d.name);
        tenant.technicalContact = QStringLiteral("platform-%1@corp.example").arg(id);
        tenant.billingContact = QStringLiteral("finance-%1@corp.example").arg(id);
        tenant.incidentContact = QStringLiteral("oncall-%1@corp.example").arg(id);
        tenant.billingEmail = QStringLiteral("billing-%1@corp.example").arg(id);
        tenant.crmId = QString::fromLatin1(d.crm);
        tenant.billingAccountId = QStringLiteral("BA-") + QString::fromLatin1(d.costCenter).mid(3);
        tenant.costCenter = QString::fromLatin1(d.costCenter);
        tenant.monthlyBudget = d.budget;
        tenant.region = QString::fromLatin1(d.region);
        tenant.allowedRegions = d.allowed;
        tenant.complianceTags = d.compliance;
        tenant.isolationMode = d.tier == Tier::Platinum ? QStringLiteral("dedicated-database")
                                                        : QStringLiteral("shared-schema");
        tenant.status = TenantStatus::Active;
        const Result<Tenant> created =
            ws.tenants().create(tenant, actor, QStringLiteral("demo data"));
        if (!created)
            return created.error();

        // Deterministic history: a daily wave plus a slow drift, no randomness.
        QList<std::pair<QDateTime, HealthSignals>> samples;
        const QDateTime end = QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
        const int count = sampleDays * samplesPerDay;
        for (int i = 0; i < count; ++i) {
            const double phase = 2 * M_PI * i / samplesPerDay;
            const double drift = static_cast<double>(i) / count;
            HealthSignals s;
            s.latencyP95Ms = d.latency * (1.0 + 0.15 * std::sin(phase) + 0.10 * drift);
            s.errorRate = std::clamp(d.errorRate * (1.0 + 0.30 * std::sin(phase + 1.0)), 0.0, 1.0);
            s.successRate =
                std::clamp(d.successRate - 0.01 * std::sin(phase + 2.0) * drift, 0.0, 1.0);
            s.storageUtilisation = std::clamp(d.storage + 0.05 * drift, 0.0, 1.0);
            samples.append(
                {end.addSecs(-static_cast<qint64>(count - i) * 86400 / samplesPerDay), s});
        }
        if (Result<int> imported = ws.health().importSamples(id, samples, actor); !imported)
            return imported.error();
        usage += demoUsage(d, created.value(), catalog.value());
    }
    if (Result<UsageImport> stored = ws.usage().import(usage, QStringLiteral("demo"), actor);
        !stored)
        return stored.error();
    if (Status s = seedRequests(ws); !s)
        return s;

    struct DemoFlag
    {
        const char *flag;
        FlagScope scope;
        const char *scopeId;
        bool enabled;
    };
    const DemoFlag flags[] = {
        {"basic_search", FlagScope::Global, "", true},
        {"advanced_analytics", FlagScope::Global, "", false},
        {"advanced_analytics", FlagScope::Tier, "platinum", true},
        {"dedicated_namespace", FlagScope::Tier, "platinum", true},
        {"priority_support", FlagScope::Tier, "platinum", true},
        {"advanced_analytics", FlagScope::Tier, "gold", true},
        {"shared_namespace", FlagScope::Tier, "gold", true},
        {"basic_analytics", FlagScope::Tier, "silver", true},
        {"shared_namespace", FlagScope::Tier, "silver", true},
        {"advanced_analytics", FlagScope::Tenant, "marketing", true},
    };
    for (const DemoFlag &f : flags) {
        FlagChange change;
        change.flag = QString::fromLatin1(f.flag);
        change.scope = f.scope;
        change.scopeId = QString::fromLatin1(f.scopeId);
        change.enabled = f.enabled;
        change.owner = QStringLiteral("platform-team");
        if (Result<FlagValue> set = ws.flags().set(change, actor, QStringLiteral("demo data"));
            !set)
            return set.error();
    }
    // Drift for the Drift page to find (the registry seed's second incident,
    // the other way round): ops is active in the registry, but its cache
    // still holds it suspended from last quarter's freeze. Written behind
    // the registry's back, as a script outside it would.
    LocalAdapter cache(ws.database(), QStringLiteral("redis"));
    return cache.apply({QStringLiteral("ops"), CascadeAction::Suspend, {}, QDeadlineTimer(5000)});
}

} // namespace tenant
