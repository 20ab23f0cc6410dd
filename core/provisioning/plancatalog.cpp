#include "plancatalog.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace {
// This file's messages, translated in the context tenant::PlanCatalog.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::PlanCatalog)
};
} // namespace

namespace tenant {

namespace {
Result<QSqlQuery> select(Database &db, const QString &sql, const QString &what)
{
    Result<QSqlQuery> q = db.prepare(sql);
    if (!q)
        return q;
    if (Status s = Database::exec(q.value(), what); !s)
        return s.error();
    return q;
}

QStringList stringList(const QVariant &column)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(column.toString().toUtf8()).array())
        list << v.toString();
    return list;
}
} // namespace

QStringList TierPlan::allFeatures()
{
    return {QStringLiteral("advanced_search"), QStringLiteral("realtime_indexing"),
            QStringLiteral("custom_models"),   QStringLiteral("batch_processing"),
            QStringLiteral("api_access"),      QStringLiteral("demo_documents")};
}

QString formatRupees(qint64 rupees)
{
    // Indian grouping: the last three digits, then groups of two.
    QString digits = QString::number(std::llabs(rupees));
    QString grouped = digits.right(3);
    digits.chop(3);
    while (!digits.isEmpty()) {
        grouped.prepend(digits.right(2) + QLatin1Char(','));
        digits.chop(2);
    }
    return (rupees < 0 ? QStringLiteral("-₹") : QStringLiteral("₹")) + grouped;
}

Result<PlanCatalog> PlanCatalog::load(Database &db)
{
    PlanCatalog catalog;
    Result<QSqlQuery> plans = select(
        db,
        QStringLiteral("SELECT p.tier, model, queries_per_minute, documents_per_month, max_tokens, "
                       "features, dedicated_namespace, latency_sla_ms, cost_multiplier, "
                       "est_api_calls, est_storage_gb, est_compute_hours FROM tier_plans p "
                       "JOIN tier_defaults d ON d.tier = p.tier ORDER BY d.rank"),
        QStringLiteral("read tier plans"));
    if (!plans)
        return plans.error();
    while (plans->next()) {
        const QSqlQuery &q = plans.value();
        const std::optional<Tier> tier = tierFromString(q.value(0).toString());
        if (!tier)
            return Error::storage(
                Messages::tr("tier_plans names unknown tier %1").arg(q.value(0).toString()));
        TierPlan plan;
        plan.tier = *tier;
        plan.model = q.value(1).toString();
        plan.queriesPerMinute = q.value(2).toInt();
        plan.documentsPerMonth = q.value(3).toLongLong();
        plan.maxTokens = q.value(4).toInt();
        plan.features = stringList(q.value(5));
        plan.dedicatedNamespace = q.value(6).toBool();
        plan.latencySlaMs = q.value(7).toInt();
        plan.costMultiplier = q.value(8).toDouble();
        plan.usage = {q.value(9).toLongLong(), q.value(10).toLongLong(), q.value(11).toLongLong()};
        catalog.m_plans << plan;
    }

    Result<QSqlQuery> regions = select(
        db,
        QStringLiteral("SELECT region, jurisdiction, cost_multiplier FROM regions ORDER BY region"),
        QStringLiteral("read regions"));
    if (!regions)
        return regions.error();
    while (regions->next())
        catalog.m_regions << Region{regions->value(0).toString(), regions->value(1).toString(),
                                    regions->value(2).toDouble()};

    Result<QSqlQuery> rules =
        select(db, QStringLiteral("SELECT compliance_tag, jurisdiction FROM residency_rules"),
               QStringLiteral("read residency rules"));
    if (!rules)
        return rules.error();
    while (rules->next())
        catalog.m_jurisdictionsByTag.insert(rules->value(0).toString(), rules->value(1).toString());

    const Result<QJsonObject> rates = readPolicy(db, QStringLiteral("chargeback"));
    if (!rates)
        return rates.error();
    catalog.m_rates.perApiCall = rates->value(QStringLiteral("api_call_rate")).toDouble(0.5);
    catalog.m_rates.perStorageGb = rates->value(QStringLiteral("storage_gb_rate")).toDouble(200);
    catalog.m_rates.perComputeHour = rates->value(QStringLiteral("compute_hour_rate")).toDouble(50);
    return catalog;
}

Result<TierPlan> PlanCatalog::plan(Tier tier) const
{
    for (const TierPlan &p : m_plans)
        if (p.tier == tier)
            return p;
    return Error::notFound(Messages::tr("no plan for tier %1").arg(nameOf(tier)));
}

std::optional<Region> PlanCatalog::region(const QString &name) const
{
    for (const Region &r : m_regions)
        if (r.name == name)
            return r;
    return std::nullopt;
}

QStringList PlanCatalog::allowedRegions(const QStringList &compliance) const
{
    QStringList allowed;
    for (const Region &r : m_regions) {
        const bool permitted =
            std::all_of(compliance.begin(), compliance.end(), [&](const QString &tag) {
                const QStringList areas = m_jurisdictionsByTag.values(tag);
                return areas.isEmpty() || areas.contains(r.jurisdiction);
            });
        if (permitted)
            allowed << r.name;
    }
    return allowed;
}

Status PlanCatalog::checkResidency(const QString &regionName, const QStringList &compliance) const
{
    const std::optional<Region> r = region(regionName);
    if (!r) {
        QStringList names;
        for (const Region &known : m_regions)
            names << known.name;
        return Error::validation(QStringLiteral("region"),
                                 Messages::tr("%1 is not a region we place tenants in (%2)")
                                     .arg(quoted(regionName), names.join(QStringLiteral(", "))));
    }
    for (const QString &tag : compliance) {
        const QStringList areas = m_jurisdictionsByTag.values(tag);
        if (!areas.isEmpty() && !areas.contains(r->jurisdiction))
            return Error::validation(QStringLiteral("region"),
                                     Messages::tr("%1 is in %2, but %3 keeps data in %4: choose %5")
                                         .arg(quoted(regionName), r->jurisdiction, tag,
                                              areas.join(QStringLiteral("/")),
                                              allowedRegions({tag}).join(QStringLiteral(", "))));
    }
    return success();
}

Status PlanCatalog::checkPlacement(const QString &regionName, const QStringList &allowedRegions,
                                   const QStringList &compliance) const
{
    const bool confined =
        std::any_of(compliance.cbegin(), compliance.cend(),
                    [this](const QString &tag) { return m_jurisdictionsByTag.contains(tag); });
    if (!confined)
        return success();
    if (Status s = checkResidency(regionName, compliance); !s)
        return s;
    for (const QString &allowed : allowedRegions)
        if (Status s = checkResidency(allowed, compliance); !s)
            return Error::validation(QStringLiteral("allowed_regions"),
                                     s.error().message.mid(QStringLiteral("region: ").size()));
    return success();
}

Result<CostBreakdown> PlanCatalog::cost(const UsageAmounts &usage, Tier tier,
                                        const QString &regionName) const
{
    // Looked up in place: a month's report prices every tenant.
    const auto plan = std::find_if(m_plans.cbegin(), m_plans.cend(),
                                   [tier](const TierPlan &p) { return p.tier == tier; });
    if (plan == m_plans.cend())
        return Error::notFound(Messages::tr("no plan for tier %1").arg(nameOf(tier)));
    const auto region =
        std::find_if(m_regions.cbegin(), m_regions.cend(),
                     [&regionName](const Region &r) { return r.name == regionName; });
    if (region == m_regions.cend())
        return Error::validation(QStringLiteral("region"),
                                 Messages::tr("%1 is not a known region").arg(quoted(regionName)));
    CostBreakdown c;
    c.apiCost = usage.apiCalls * m_rates.perApiCall;
    c.storageCost = usage.storageGb * m_rates.perStorageGb;
    c.computeCost = usage.computeHours * m_rates.perComputeHour;
    c.regionMultiplier = region->costMultiplier;
    c.tierMultiplier = plan->costMultiplier;
    return c;
}

Result<CostEstimate> PlanCatalog::estimate(Tier tier, const QString &regionName) const
{
    const Result<TierPlan> p = plan(tier);
    if (!p)
        return p.error();
    const UsageAmounts assumed{static_cast<double>(p->usage.apiCalls),
                               static_cast<double>(p->usage.storageGb),
                               static_cast<double>(p->usage.computeHours)};
    const Result<CostBreakdown> c = cost(assumed, tier, regionName);
    if (!c)
        return c.error();
    CostEstimate e;
    e.baseCost = c->usageCost();
    e.regionMultiplier = c->regionMultiplier;
    e.tierMultiplier = c->tierMultiplier;
    e.monthly = std::llround(c->total());
    return e;
}

Status PlanCatalog::checkBudget(qint64 budget, qint64 estimated, Tier tier, const QString &region)
{
    if (budget >= estimated)
        return success();
    return Error::validation(
        QStringLiteral("budget"),
        Messages::tr("%1 a month does not cover the estimated %2 of a %3 "
                     "tenant in %4")
            .arg(formatRupees(budget), formatRupees(estimated), nameOf(tier), region));
}

} // namespace tenant
