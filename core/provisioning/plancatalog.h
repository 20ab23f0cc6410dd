#pragma once

#include "tenant.h"

#include <QMultiHash>

#include <optional>

namespace tenant {

class Database;

/// The monthly usage a plan's cost estimate assumes.
struct UsageEstimate
{
    qint64 apiCalls = 0;
    qint64 storageGb = 0;
    qint64 computeHours = 0;
};

/// What a tier buys: the seed's plan table (tier_plans).
struct TierPlan
{
    Tier tier = Tier::Bronze;
    QString model;
    int queriesPerMinute = 0;
    qint64 documentsPerMonth = 0;
    int maxTokens = 0;
    QStringList features; ///< flag names the tier turns on
    bool dedicatedNamespace = false;
    int latencySlaMs = 0; ///< p95 a query must stay under
    double costMultiplier = 1.0;
    UsageEstimate usage;

    /// The plan's feature matrix: every feature any plan offers.
    static QStringList allFeatures();
};

/// A region tenants may be placed in.
struct Region
{
    QString name;
    QString jurisdiction; ///< US, EU, IN, APAC
    double costMultiplier = 1.0;
};

/// The chargeback formula's base rates in rupees.
struct ChargebackRates
{
    double perApiCall = 0.5;
    double perStorageGb = 200;
    double perComputeHour = 50;
};

/// A month's metered usage, the chargeback formula's input: a plan's
/// assumed usage or a tenant's recorded one.
struct UsageAmounts
{
    double apiCalls = 0;
    double storageGb = 0;
    double computeHours = 0;
};

/// The chargeback formula's terms for some usage of a tier in a region:
/// each part of the usage cost, and the multipliers the total applies.
struct CostBreakdown
{
    double apiCost = 0;     ///< api_calls x the API rate
    double storageCost = 0; ///< storage_gb x the storage rate
    double computeCost = 0; ///< compute_hours x the compute rate
    double regionMultiplier = 1.0;
    double tierMultiplier = 1.0;

    double usageCost() const { return apiCost + storageCost + computeCost; }
    /// The chargeback: the usage cost times both multipliers.
    double total() const { return usageCost() * regionMultiplier * tierMultiplier; }
};

/// The chargeback formula applied to a plan in a region.
struct CostEstimate
{
    double baseCost = 0; ///< usage x rates
    double regionMultiplier = 1.0;
    double tierMultiplier = 1.0;
    qint64 monthly = 0; ///< rupees, rounded
};

/// "₹10,00,000": rupees with Indian digit grouping.
QString formatRupees(qint64 rupees);

/// Plans, regions, residency rules and rates, read from the registry once.
/// A value: cheap to copy, safe to read from any thread.
class PlanCatalog final
{
public:
    static Result<PlanCatalog> load(Database &db);

    const QList<TierPlan> &plans() const { return m_plans; }
    Result<TierPlan> plan(Tier tier) const;
    const QList<Region> &regions() const { return m_regions; }
    std::optional<Region> region(const QString &name) const;
    const ChargebackRates &rates() const { return m_rates; }

    /// The regions a tenant with these compliance tags may be placed in.
    QStringList allowedRegions(const QStringList &compliance) const;
    /// Refuses an unknown region or one outside the tags' jurisdictions,
    /// naming the tag and the regions it allows.
    Status checkResidency(const QString &region, const QStringList &compliance) const;
    /// The residency rule for a tenant record: when a tag confines data
    /// (GDPR to the EU), its region and every allowed region must lie in
    /// an area the tag permits. Tags without a rule restrict nothing.
    Status checkPlacement(const QString &region, const QStringList &allowedRegions,
                          const QStringList &compliance) const;
    /// The chargeback formula: `usage` of a `tier` tenant in `region`. The
    /// one calculator behind the provisioning estimate and the monthly
    /// chargeback report.
    Result<CostBreakdown> cost(const UsageAmounts &usage, Tier tier, const QString &region) const;
    /// The estimated monthly cost of `tier` in `region`: cost() of the
    /// plan's assumed usage.
    Result<CostEstimate> estimate(Tier tier, const QString &region) const;
    /// The rule every request meets, in the wizard and at submit: the
    /// monthly budget covers the estimate (a validation error on "budget").
    static Status checkBudget(qint64 budget, qint64 estimated, Tier tier, const QString &region);

private:
    QList<TierPlan> m_plans;
    QList<Region> m_regions;
    QMultiHash<QString, QString> m_jurisdictionsByTag;
    ChargebackRates m_rates;
};

} // namespace tenant
