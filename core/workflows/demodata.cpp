#include "demodata.h"

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
         780,
         0.035,
         0.93,
         0.91},
    };
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
        if (Result<Tenant> created =
                ws.tenants().create(tenant, actor, QStringLiteral("demo data"));
            !created)
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
    }

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
    return success();
}

} // namespace tenant
