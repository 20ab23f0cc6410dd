#include "chargeback.h"

#include "auditactions.h"
#include "auditlog.h"
#include "changenotifier.h"
#include "csv.h"
#include "database.h"
#include "policychange.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace {
// This file's messages, translated in the context tenant::Chargeback.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Chargeback)
};
} // namespace

namespace tenant {

QString nameOf(BudgetStatus status)
{
    switch (status) {
    case BudgetStatus::Under:
        return QStringLiteral("under");
    case BudgetStatus::Over:
        return QStringLiteral("over");
    case BudgetStatus::FarOver:
        return QStringLiteral("over_10pct");
    }
    return {};
}

QString describe(BudgetStatus status)
{
    switch (status) {
    case BudgetStatus::Under:
        return Messages::tr("under budget");
    case BudgetStatus::Over:
        return Messages::tr("over budget");
    case BudgetStatus::FarOver:
        return Messages::tr("over budget by more than 10 %");
    }
    return {};
}

QString Chargeback::percentText(const std::optional<double> &pct, const QString &none)
{
    return pct ? QStringLiteral("%1%2 %")
                     .arg(*pct > 0 ? QStringLiteral("+") : QString())
                     .arg(*pct, 0, 'f', 1)
               : none;
}

double Chargeback::toPaise(double rupees)
{
    return std::round(rupees * 100) / 100;
}

double BudgetComparison::variance() const
{
    return Chargeback::toPaise(chargeback - double(budget));
}

std::optional<double> BudgetComparison::variancePct() const
{
    if (budget <= 0)
        return std::nullopt;
    return std::round(variance() / double(budget) * 1000) / 10;
}

BudgetStatus BudgetComparison::status() const
{
    if (chargeback <= double(budget))
        return BudgetStatus::Under;
    // Against the exact share, not the rounded one: 10.04 % is past 10 %.
    if (budget <= 0)
        return BudgetStatus::FarOver;
    return variance() * 100 <= farOverPct * double(budget) ? BudgetStatus::Over
                                                           : BudgetStatus::FarOver;
}

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject budgetJson(const BudgetComparison &b)
{
    return {{QStringLiteral("chargeback"), b.chargeback},
            {QStringLiteral("budget"), b.budget},
            {QStringLiteral("variance"), b.variance()},
            {QStringLiteral("variance_pct"), optionalNumber(b.variancePct())},
            {QStringLiteral("status"), nameOf(b.status())}};
}

QString money(double rupees)
{
    return QString::number(rupees, 'f', 2);
}

QString pctText(const std::optional<double> &pct)
{
    return pct ? QString::number(*pct, 'f', 1) : QString();
}

/// A text cell a spreadsheet must not run: one that starts like a formula
/// (= + - @, a tab or a carriage return) is prefixed with an apostrophe.
/// Numbers are written as numbers and never pass through here.
QString textCell(const QString &text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace

QJsonObject ChargebackLine::toJson() const
{
    QJsonObject o = budgetJson(budget);
    o.insert(QStringLiteral("tenant_id"), tenantId);
    o.insert(QStringLiteral("tenant_name"), tenantName);
    o.insert(QStringLiteral("cost_center"), costCenter);
    o.insert(QStringLiteral("tier"), nameOf(tier));
    o.insert(QStringLiteral("region"), region);
    o.insert(UsageColumn::apiCalls, usage.apiCalls);
    o.insert(UsageColumn::storageGb, usage.storageGb);
    o.insert(UsageColumn::computeHours, usage.computeHours);
    o.insert(QStringLiteral("api_cost"), Chargeback::toPaise(cost.apiCost));
    o.insert(QStringLiteral("storage_cost"), Chargeback::toPaise(cost.storageCost));
    o.insert(QStringLiteral("compute_cost"), Chargeback::toPaise(cost.computeCost));
    o.insert(QStringLiteral("usage_cost"), Chargeback::toPaise(cost.usageCost()));
    o.insert(QStringLiteral("region_multiplier"), cost.regionMultiplier);
    o.insert(QStringLiteral("tier_multiplier"), cost.tierMultiplier);
    QJsonObject quota;
    for (const QuotaUse &q : quotas)
        quota.insert(q.quota, QJsonObject{{QStringLiteral("used"), q.used},
                                          {QStringLiteral("limit"), q.limit},
                                          {QStringLiteral("near_limit"), q.nearLimit()}});
    o.insert(QStringLiteral("quota"), quota);
    return o;
}

QJsonObject CostCentreLine::toJson() const
{
    QJsonObject o = budgetJson(budget);
    if (!costCenter.isNull())
        o.insert(QStringLiteral("cost_center"), costCenter);
    o.insert(QStringLiteral("tenants"), tenants);
    o.insert(QStringLiteral("usage_cost"), Chargeback::toPaise(usageCost));
    return o;
}

QJsonObject ChargebackReport::toJson() const
{
    QJsonArray tenantArray;
    for (const ChargebackLine &l : tenants)
        tenantArray << l.toJson();
    QJsonArray centres;
    for (const CostCentreLine &c : costCentres)
        centres << c.toJson();
    return {{QStringLiteral("month"), month},
            {QStringLiteral("tenants"), tenantArray},
            {QStringLiteral("cost_centres"), centres},
            {QStringLiteral("total"), total.toJson()}};
}

QByteArray ChargebackReport::toCsv(By by) const
{
    QByteArray out;
    if (by == By::Tenant) {
        out += csvLine({QStringLiteral("month"), QStringLiteral("tenant_id"),
                        QStringLiteral("tenant_name"), QStringLiteral("cost_center"),
                        QStringLiteral("tier"), QStringLiteral("region"), UsageColumn::apiCalls,
                        UsageColumn::storageGb, UsageColumn::computeHours,
                        QStringLiteral("usage_cost"), QStringLiteral("region_multiplier"),
                        QStringLiteral("tier_multiplier"), QStringLiteral("chargeback"),
                        QStringLiteral("budget"), QStringLiteral("variance"),
                        QStringLiteral("variance_pct"), QStringLiteral("status")});
        for (const ChargebackLine &l : tenants)
            out += csvLine({month, l.tenantId, l.tenantName, l.costCenter, nameOf(l.tier), l.region,
                            QString::number(l.usage.apiCalls),
                            QString::number(l.usage.storageGb, 'g', 15),
                            QString::number(l.usage.computeHours, 'g', 15),
                            money(l.cost.usageCost()), QString::number(l.cost.regionMultiplier),
                            QString::number(l.cost.tierMultiplier), money(l.budget.chargeback),
                            QString::number(l.budget.budget), money(l.budget.variance()),
                            pctText(l.budget.variancePct()), nameOf(l.budget.status())});
        return out;
    }
    out += csvLine(
        {QStringLiteral("month"), QStringLiteral("cost_center"), QStringLiteral("tenants"),
         QStringLiteral("usage_cost"), QStringLiteral("chargeback"), QStringLiteral("budget"),
         QStringLiteral("variance"), QStringLiteral("variance_pct"), QStringLiteral("status")});
    for (const CostCentreLine &c : costCentres)
        out += csvLine({month, textCell(c.costCenter), QString::number(c.tenants),
                        money(c.usageCost), money(c.budget.chargeback),
                        QString::number(c.budget.budget), money(c.budget.variance()),
                        pctText(c.budget.variancePct()), nameOf(c.budget.status())});
    return out;
}

QJsonObject BudgetForecast::toJson() const
{
    return {{QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("cost_center"), costCenter},
            {QStringLiteral("month"), month},
            {QStringLiteral("month_to_date"), Chargeback::toPaise(monthToDate)},
            {QStringLiteral("forecast"), Chargeback::toPaise(forecast)},
            {QStringLiteral("budget"), budget},
            {QStringLiteral("covered_share"), std::round(coveredShare * 1000) / 1000}};
}

QList<CostCentreLine> Chargeback::byCostCentre(const QList<ChargebackLine> &lines,
                                               CostCentreLine *total)
{
    QMap<QString, CostCentreLine> centres;
    CostCentreLine sum;
    sum.costCenter = QString(); // null: the total has no name
    double totalCharge = 0;
    QMap<QString, double> charges; // unrounded sums, rounded once
    for (const ChargebackLine &l : lines) {
        CostCentreLine &c = centres[l.costCenter];
        c.costCenter = l.costCenter;
        ++c.tenants;
        c.usageCost += l.cost.usageCost();
        c.budget.budget += l.budget.budget;
        charges[l.costCenter] += l.budget.chargeback;
        ++sum.tenants;
        sum.usageCost += l.cost.usageCost();
        sum.budget.budget += l.budget.budget;
        totalCharge += l.budget.chargeback;
    }
    for (auto it = centres.begin(); it != centres.end(); ++it)
        it->budget.chargeback = toPaise(charges.value(it.key()));
    sum.budget.chargeback = toPaise(totalCharge);
    if (total)
        *total = sum;
    return centres.values();
}

double Chargeback::coveredShare(const QString &month, const QDateTime &recordedAt)
{
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    const QDateTime start(first, QTime(0, 0), Qt::UTC);
    const QDateTime end(first.addMonths(1), QTime(0, 0), Qt::UTC);
    const double length = double(start.secsTo(end));
    const double covered = double(start.secsTo(recordedAt.toUTC()));
    return std::clamp(covered / length, 86400.0 / length, 1.0);
}

ChargebackService::ChargebackService(Database &db, AuditLog &audit, ChangeNotifier &notifier)
    : m_db(db)
    , m_audit(audit)
    , m_notifier(notifier)
{}

Result<ChargebackReport> ChargebackService::report(const QString &month) const
{
    return report(month, false);
}

Result<ChargebackReport> ChargebackService::report(const QString &month, bool withRecordedAt) const
{
    const Result<PlanCatalog> catalog = PlanCatalog::load(m_db);
    if (!catalog)
        return catalog.error();
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral(
            "SELECT u.tenant_id, t.tenant_name, u.cost_center, u.tier, u.region, u.monthly_budget, "
            "t.max_queries_per_day, t.max_documents, t.max_users, u.api_calls, u.storage_gb, "
            "u.compute_hours, u.peak_queries_per_day, u.documents, u.active_users, %1 "
            "FROM tenant_usage u JOIN tenants t ON t.tenant_id = u.tenant_id "
            "WHERE u.month = ? ORDER BY u.tenant_id")
            .arg(withRecordedAt ? QStringLiteral("u.recorded_at") : QStringLiteral("NULL")));
    if (!q)
        return q.error();
    q.value().setForwardOnly(true);
    q.value().addBindValue(month);
    if (Status s = Database::exec(q.value(), QStringLiteral("read the month's usage")); !s)
        return s.error();
    ChargebackReport r;
    r.month = month;
    while (q->next()) {
        const QSqlQuery &row = q.value();
        ChargebackLine l;
        l.tenantId = row.value(0).toString();
        l.tenantName = row.value(1).toString();
        l.costCenter = row.value(2).toString();
        const std::optional<Tier> tier = tierFromString(row.value(3).toString());
        if (!tier)
            return Error::storage(Messages::tr("tenant %1 has an unknown tier").arg(l.tenantId));
        l.tier = *tier;
        l.region = row.value(4).toString();
        l.budget.budget = row.value(5).toLongLong();
        l.usage.tenantId = l.tenantId;
        l.usage.month = month;
        l.usage.apiCalls = row.value(9).toLongLong();
        l.usage.storageGb = row.value(10).toDouble();
        l.usage.computeHours = row.value(11).toDouble();
        if (withRecordedAt) // parsing a timestamp per row costs more than pricing it
            l.usage.recordedAt = timestampFromColumn(row.value(15));
        const std::pair<QString, int> quota[] = {{UsageColumn::peakQueriesPerDay, 6},
                                                 {UsageColumn::documents, 7},
                                                 {UsageColumn::activeUsers, 8}};
        for (const auto &[name, limitColumn] : quota) {
            const QVariant used = row.value(limitColumn + 6);
            if (!used.isNull())
                l.quotas << QuotaUse{name, used.toLongLong(), row.value(limitColumn).toLongLong()};
        }
        const Result<CostBreakdown> cost = catalog->cost(
            {double(l.usage.apiCalls), l.usage.storageGb, l.usage.computeHours}, l.tier, l.region);
        if (!cost)
            return Error::storage(
                Messages::tr("tenant %1: %2").arg(l.tenantId, cost.error().message));
        l.cost = cost.value();
        l.budget.chargeback = Chargeback::toPaise(l.cost.total());
        r.tenants.append(std::move(l));
    }
    r.costCentres = Chargeback::byCostCentre(r.tenants, &r.total);
    return r;
}

Result<QList<TrendMonth>> ChargebackService::trend(const QString &lastMonth, int count) const
{
    const QStringList months = usageMonthsEndingAt(lastMonth, count);
    const Result<PlanCatalog> catalog = PlanCatalog::load(m_db);
    if (!catalog)
        return catalog.error();
    // The formula is linear in usage, so each (month, tier, region) group's
    // sums priced once give the same figures as pricing every tenant; the
    // rows carry their terms, so the sums come from one index.
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "SELECT month, tier, region, SUM(api_calls), SUM(storage_gb), SUM(compute_hours), "
        "SUM(monthly_budget), COUNT(*) FROM tenant_usage "
        "WHERE month >= ? AND month <= ? GROUP BY month, tier, region"));
    if (!q)
        return q.error();
    q.value().addBindValue(months.first());
    q.value().addBindValue(months.last());
    if (Status s = Database::exec(q.value(), QStringLiteral("read the usage trend")); !s)
        return s.error();
    QList<TrendMonth> trend;
    for (const QString &m : months)
        trend << TrendMonth{m, 0, 0, 0, 0, 0};
    while (q->next()) {
        const qsizetype i = months.indexOf(q->value(0).toString());
        const std::optional<Tier> tier = tierFromString(q->value(1).toString());
        if (i < 0 || !tier)
            continue;
        const Result<CostBreakdown> c =
            catalog->cost({q->value(3).toDouble(), q->value(4).toDouble(), q->value(5).toDouble()},
                          *tier, q->value(2).toString());
        if (!c)
            return c.error();
        const double multiplier = c->regionMultiplier * c->tierMultiplier;
        TrendMonth &t = trend[i];
        t.apiCost += c->apiCost * multiplier;
        t.storageCost += c->storageCost * multiplier;
        t.computeCost += c->computeCost * multiplier;
        t.budget += q->value(6).toLongLong();
        t.tenants += q->value(7).toInt();
    }
    return trend;
}

Result<QList<BudgetForecast>> ChargebackService::overBudgetForecasts(const QDateTime &asOf) const
{
    const QString month = usageMonthText(asOf.toUTC().date());
    const Result<ChargebackReport> r = report(month, true);
    if (!r)
        return r.error();
    QList<BudgetForecast> over;
    for (const ChargebackLine &l : r->tenants) {
        BudgetForecast f;
        f.tenantId = l.tenantId;
        f.costCenter = l.costCenter;
        f.month = month;
        f.monthToDate = l.budget.chargeback;
        f.coveredShare = Chargeback::coveredShare(month, l.usage.recordedAt);
        f.forecast = l.budget.chargeback / f.coveredShare;
        f.budget = l.budget.budget;
        if (f.forecast > double(f.budget))
            over << f;
    }
    return over;
}

Result<QJsonObject> ChargebackService::policy() const
{
    const Result<PlanCatalog> catalog = PlanCatalog::load(m_db);
    if (!catalog)
        return catalog.error();
    QJsonObject regions;
    for (const Region &r : catalog->regions())
        regions.insert(r.name, r.costMultiplier);
    QJsonObject tiers;
    for (const TierPlan &p : catalog->plans())
        tiers.insert(nameOf(p.tier), p.costMultiplier);
    const ChargebackRates &rates = catalog->rates();
    return QJsonObject{{QStringLiteral("api_call_rate"), rates.perApiCall},
                       {QStringLiteral("storage_gb_rate"), rates.perStorageGb},
                       {QStringLiteral("compute_hour_rate"), rates.perComputeHour},
                       {QStringLiteral("region_multipliers"), regions},
                       {QStringLiteral("tier_multipliers"), tiers}};
}

namespace {
const QStringList rateKeys = {QStringLiteral("api_call_rate"), QStringLiteral("storage_gb_rate"),
                              QStringLiteral("compute_hour_rate")};

Status checkMultipliers(const QString &key, const QJsonValue &value, const QStringList &known)
{
    if (!value.isObject())
        return Error::validation(key, Messages::tr("must be an object of multipliers"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = key + QLatin1Char('.') + it.key();
        if (!known.contains(it.key()))
            return Error::validation(
                key, Messages::tr("%1 is not one of %2")
                         .arg(quoted(it.key(), 40), known.join(QStringLiteral(", "))));
        const double m = it.value().toDouble(-1);
        if (!it.value().isDouble() || !(m > 0) || m > 100)
            return Error::validation(field,
                                     Messages::tr("must be a number above 0 and at most 100"));
    }
    return success();
}
} // namespace

Status ChargebackService::setPolicy(const QJsonObject &document, const QString &actor)
{
    const Result<PlanCatalog> catalog = PlanCatalog::load(m_db);
    if (!catalog)
        return catalog.error();
    QStringList regions;
    for (const Region &r : catalog->regions())
        regions << r.name;
    QStringList tiers;
    for (const TierPlan &p : catalog->plans())
        tiers << nameOf(p.tier);
    for (auto it = document.begin(); it != document.end(); ++it) {
        const QString &key = it.key();
        if (rateKeys.contains(key)) {
            const double rate = it.value().toDouble(-1);
            if (!it.value().isDouble() || rate < 0 || rate > 1000000)
                return Error::validation(
                    key, Messages::tr("must be a number of rupees from 0 to 1000000"));
        } else if (key == QLatin1String("region_multipliers")) {
            if (Status s = checkMultipliers(key, it.value(), regions); !s)
                return s;
        } else if (key == QLatin1String("tier_multipliers")) {
            if (Status s = checkMultipliers(key, it.value(), tiers); !s)
                return s;
        } else {
            return Error::validation(key, Messages::tr("is not part of the chargeback policy (%1, "
                                                       "region_multipliers, tier_multipliers)")
                                              .arg(rateKeys.join(QStringLiteral(", "))));
        }
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<QJsonObject> before = policy();
    if (!before)
        return before.error();
    Result<QJsonObject> rates = readPolicy(m_db, QStringLiteral("chargeback"));
    if (!rates)
        return rates.error();
    for (const QString &key : rateKeys)
        if (document.contains(key))
            rates->insert(key, document.value(key));
    if (Status s = storePolicyDocument(m_db, QStringLiteral("chargeback"), rates.value()); !s)
        return s;
    const std::pair<QString, QString> tables[] = {
        {QStringLiteral("region_multipliers"),
         QStringLiteral("UPDATE regions SET cost_multiplier = ? WHERE region = ?")},
        {QStringLiteral("tier_multipliers"),
         QStringLiteral("UPDATE tier_plans SET cost_multiplier = ? WHERE tier = ?")}};
    for (const auto &[key, sql] : tables) {
        const QJsonObject multipliers = document.value(key).toObject();
        for (auto it = multipliers.begin(); it != multipliers.end(); ++it) {
            Result<QSqlQuery> q = m_db.prepare(sql);
            if (!q)
                return q.error();
            q.value().addBindValue(it.value().toDouble());
            q.value().addBindValue(it.key());
            if (Status s = Database::exec(q.value(), QStringLiteral("store a multiplier")); !s)
                return s;
            if (q.value().numRowsAffected() != 1)
                return Error::denied(Messages::tr("the %1 multiplier was not changed: changing "
                                                  "the chargeback policy needs the "
                                                  "platform-admin role")
                                         .arg(it.key()));
        }
    }
    const Result<QJsonObject> after = policy();
    if (!after)
        return after.error();
    if (const Result<AuditEntry> logged =
            m_audit.append(tx, actor,
                           {AuditAction::policyChargeback,
                            {},
                            before.value(),
                            after.value(),
                            QStringLiteral("chargeback rates and multipliers replaced"),
                            {}});
        !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s;
    m_notifier.announceUsageChanged({});
    return success();
}

} // namespace tenant
