#include "usageservice.h"

#include "auditactions.h"
#include "auditlog.h"
#include "batchinsert.h"
#include "changenotifier.h"
#include "database.h"
#include "policychange.h"
#include "sqlvalues.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace {
// This file's messages, translated in the context tenant::UsageService.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::UsageService)
};
} // namespace

namespace tenant {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT tenant_id, month, api_calls, storage_gb, compute_hours, peak_queries_per_day, "
    "documents, active_users, source, recorded_by, recorded_at, tier, region, cost_center, "
    "monthly_budget FROM tenant_usage");

std::optional<qint64> optionalCount(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QVariant countParam(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

UsageRecord recordFrom(const QSqlQuery &q)
{
    UsageRecord u;
    u.tenantId = q.value(0).toString();
    u.month = q.value(1).toString();
    u.apiCalls = q.value(2).toLongLong();
    u.storageGb = q.value(3).toDouble();
    u.computeHours = q.value(4).toDouble();
    u.peakQueriesPerDay = optionalCount(q.value(5));
    u.documents = optionalCount(q.value(6));
    u.activeUsers = optionalCount(q.value(7));
    u.source = q.value(8).toString();
    u.recordedBy = q.value(9).toString();
    u.recordedAt = timestampFromColumn(q.value(10));
    u.tier = tierFromString(q.value(11).toString()).value_or(Tier::Bronze);
    u.region = q.value(12).toString();
    u.costCenter = q.value(13).toString();
    u.monthlyBudget = q.value(14).toLongLong();
    return u;
}

/// One line naming where: "line 4, column storage_gb: ..." for a record
/// from a file, "finance 2026-11, storage_gb: ..." otherwise.
Error refusal(const UsageRecord &u, const QString &column, const QString &message)
{
    const QString place = u.line > 0 ? Messages::tr("line %1, column %2").arg(u.line).arg(column)
                                     : QStringLiteral("%1 %2, %3").arg(u.tenantId, u.month, column);
    return Error::make(ErrorKind::Validation, place + QStringLiteral(": ") + message, column);
}

} // namespace

QJsonObject UsageImport::toJson() const
{
    return {{QStringLiteral("rows"), rows},
            {QStringLiteral("replaced"), replaced},
            {QStringLiteral("tenants"), QJsonArray::fromStringList(tenants)},
            {QStringLiteral("months"), QJsonArray::fromStringList(months)}};
}

UsageService::UsageService(Database &db, AuditLog &audit, ChangeNotifier &notifier)
    : m_db(db)
    , m_audit(audit)
    , m_notifier(notifier)
{}

Result<UsageImport> UsageService::import(const QList<UsageRecord> &records, const QString &source,
                                         const QString &actor)
{
    if (Status s = checkText(QStringLiteral("source"), source, {300, false, true}); !s)
        return s.error();
    QHash<QString, const UsageRecord *> byKey;
    QStringList months;
    for (const UsageRecord &u : records) {
        if (Status s = u.validate(); !s)
            return refusal(u, s.error().field, s.error().message.section(QStringLiteral(": "), 1));
        const QString key = u.tenantId + QLatin1Char(' ') + u.month;
        if (byKey.contains(key))
            return refusal(u, UsageColumn::month, Messages::tr("is given twice for this tenant"));
        byKey.insert(key, &u);
        if (!months.contains(u.month))
            months << u.month;
    }
    if (records.isEmpty())
        return Error::validation(QStringLiteral("usage"),
                                 Messages::tr("there is nothing to import"));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();

    // Tenants the session can see, with the terms they are billed on now:
    // any other id is unknown to it.
    QHash<QString, UsageRecord> known;
    {
        Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
            "SELECT tenant_id, tier, region, cost_center, monthly_budget FROM tenants"));
        if (!q)
            return q.error();
        q.value().setForwardOnly(true);
        if (Status s = Database::exec(q.value(), QStringLiteral("read tenant ids")); !s)
            return s.error();
        while (q->next()) {
            UsageRecord terms;
            terms.tier = tierFromString(q->value(1).toString()).value_or(Tier::Bronze);
            terms.region = q->value(2).toString();
            terms.costCenter = q->value(3).toString();
            terms.monthlyBudget = q->value(4).toLongLong();
            known.insert(q->value(0).toString(), terms);
        }
    }
    for (const UsageRecord &u : records)
        if (!known.contains(u.tenantId))
            return refusal(u, UsageColumn::tenantId,
                           Messages::tr("no tenant %1 in the registry").arg(quoted(u.tenantId)));

    // What is already stored for these months: replaced, and kept in the audit.
    QHash<QString, UsageRecord> existing;
    for (const QString &month : std::as_const(months)) {
        Result<QSqlQuery> q = m_db.prepare(selectColumns + QStringLiteral(" WHERE month = ?"));
        if (!q)
            return q.error();
        q.value().addBindValue(month);
        if (Status s = Database::exec(q.value(), QStringLiteral("read stored usage")); !s)
            return s.error();
        while (q->next()) {
            UsageRecord u = recordFrom(q.value());
            const QString key = u.tenantId + QLatin1Char(' ') + u.month;
            if (byKey.contains(key))
                existing.insert(key, std::move(u));
        }
    }
    if (!existing.isEmpty()) {
        Result<QSqlQuery> remove = m_db.prepare(
            QStringLiteral("DELETE FROM tenant_usage WHERE tenant_id = ? AND month = ?"));
        if (!remove)
            return remove.error();
        for (const UsageRecord &old : std::as_const(existing)) {
            remove.value().bindValue(0, old.tenantId);
            remove.value().bindValue(1, old.month);
            if (Status s = Database::exec(remove.value(), QStringLiteral("replace stored usage"));
                !s)
                return s.error();
        }
    }

    Result<AuditLog::Appender> audit = m_audit.appender(tx, actor);
    if (!audit)
        return audit.error();
    const QString recorder = m_db.actorFor(actor);
    const QString now = isoTimestamp(QDateTime::currentDateTimeUtc());
    const QString reason = QStringLiteral("usage from %1").arg(source);
    BatchInsert rows(
        m_db, QStringLiteral("tenant_usage"),
        {QStringLiteral("tenant_id"), QStringLiteral("month"), QStringLiteral("api_calls"),
         QStringLiteral("storage_gb"), QStringLiteral("compute_hours"),
         QStringLiteral("peak_queries_per_day"), QStringLiteral("documents"),
         QStringLiteral("active_users"), QStringLiteral("tier"), QStringLiteral("region"),
         QStringLiteral("cost_center"), QStringLiteral("monthly_budget"), QStringLiteral("source"),
         QStringLiteral("recorded_by"), QStringLiteral("recorded_at")},
        150, QStringLiteral("store usage"));
    UsageImport result;
    for (const UsageRecord &u : records) {
        const UsageRecord &terms = known[u.tenantId];
        if (Status s = rows.add({u.tenantId, u.month, u.apiCalls, u.storageGb, u.computeHours,
                                 countParam(u.peakQueriesPerDay), countParam(u.documents),
                                 countParam(u.activeUsers), nameOf(terms.tier), terms.region,
                                 terms.costCenter, terms.monthlyBudget, source, recorder, now});
            !s)
            return s.error();
        const auto old = existing.constFind(u.tenantId + QLatin1Char(' ') + u.month);
        const bool replacing = old != existing.cend();
        if (Status s = audit->append({AuditAction::usageImport,
                                      u.tenantId,
                                      replacing ? old->figures() : QJsonObject{},
                                      u.figures(),
                                      reason,
                                      {}});
            !s)
            return s.error();
        result.replaced += replacing ? 1 : 0;
        if (!result.tenants.contains(u.tenantId))
            result.tenants << u.tenantId;
    }
    if (Status s = rows.finish(); !s)
        return s.error();
    if (Status s = audit->finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    result.rows = static_cast<int>(records.size());
    std::sort(months.begin(), months.end());
    result.months = months;
    m_notifier.announceUsageChanged(months);
    return result;
}

Result<QList<UsageRecord>> UsageService::forMonth(const QString &month) const
{
    Result<QSqlQuery> q =
        m_db.prepare(selectColumns + QStringLiteral(" WHERE month = ? ORDER BY tenant_id"));
    if (!q)
        return q.error();
    q.value().addBindValue(month);
    if (Status s = Database::exec(q.value(), QStringLiteral("read usage")); !s)
        return s.error();
    QList<UsageRecord> records;
    while (q->next())
        records << recordFrom(q.value());
    return records;
}

Result<QStringList> UsageService::months() const
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT DISTINCT month FROM tenant_usage ORDER BY month DESC"));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("read usage months")); !s)
        return s.error();
    QStringList months;
    while (q->next())
        months << q->value(0).toString();
    return months;
}

Result<QJsonObject> UsageService::queries() const
{
    return readPolicy(m_db, QStringLiteral("usage_queries"));
}

Status UsageService::checkQueries(const QJsonObject &document)
{
    const QStringList columns = UsageColumn::billed() + UsageColumn::quota();
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!columns.contains(it.key()))
            return Error::validation(
                it.key(),
                Messages::tr("is not a usage column (%1)").arg(columns.join(QStringLiteral(", "))));
        if (!it.value().isString())
            return Error::validation(it.key(), Messages::tr("must be a PromQL query (text)"));
        if (Status s = checkText(it.key(), it.value().toString(), {4000, true, true}); !s)
            return s;
    }
    for (const QString &billed : UsageColumn::billed())
        if (!document.contains(billed))
            return Error::validation(billed, Messages::tr("needs a query: it is billed"));
    return success();
}

Status UsageService::setQueries(const QJsonObject &document, const QString &actor)
{
    if (Status s = checkQueries(document); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Status s = replacePolicy(tx, m_db, m_audit, QStringLiteral("usage_queries"), document,
                                 AuditAction::policyUsageQueries, actor);
        !s)
        return s;
    return tx.commit();
}

} // namespace tenant
