#include "healthservice.h"

#include "auditactions.h"
#include "changenotifier.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalues.h"
#include "tenantrepository.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tenant {

HealthService::HealthService(Database &db, TenantRepository &tenants, AuditLog &audit,
                             QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tenants(tenants)
    , m_audit(audit)
{}

Result<HealthPolicy> HealthService::policy() const
{
    const Result<QJsonObject> document = readPolicy(m_db, QStringLiteral("health"));
    if (!document)
        return document.error();
    return HealthPolicy::fromJson(document.value());
}

Status HealthService::insertSample(Transaction &tx, const HealthSample &s)
{
    if (Status open = tx.requireOpenOn(m_db, QStringLiteral("a health sample")); !open)
        return open;
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("INSERT INTO health_samples (tenant_id, sampled_at, "
                                    "latency_p95_ms, error_rate, success_rate, "
                                    "storage_utilisation, score) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q.value().addBindValue(s.tenantId);
    q.value().addBindValue(isoTimestamp(s.sampledAt));
    q.value().addBindValue(s.values.latencyP95Ms);
    q.value().addBindValue(s.values.errorRate);
    q.value().addBindValue(s.values.successRate);
    q.value().addBindValue(s.values.storageUtilisation);
    q.value().addBindValue(s.score);
    return Database::exec(q.value(), QStringLiteral("store health sample"));
}

Status HealthService::updateTenantScore(Transaction &tx, const QString &tenantId, int score,
                                        const QDateTime &at)
{
    if (Status open = tx.requireOpenOn(m_db, QStringLiteral("a health score")); !open)
        return open;
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "UPDATE tenants SET health_score = ?, last_sample_at = ? WHERE tenant_id = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(score);
    q.value().addBindValue(isoTimestamp(at));
    q.value().addBindValue(tenantId);
    return Database::exec(q.value(), QStringLiteral("update health score"));
}

Result<HealthSample> HealthService::record(const QString &tenantId, const HealthSignals &values,
                                           const QString &actor, const QDateTime &at)
{
    if (Status s = values.validate(); !s)
        return s.error();
    const Result<HealthPolicy> p = policy();
    if (!p)
        return p.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<Tenant> tenant = m_tenants.get(tenantId);
    if (!tenant)
        return tenant.error();

    HealthSample sample{tenantId, at.isValid() ? at : QDateTime::currentDateTimeUtc(), values,
                        p->score(values)};
    if (Status s = insertSample(tx, sample); !s)
        return s.error();
    if (Status s = updateTenantScore(tx, tenantId, sample.score, sample.sampledAt); !s)
        return s.error();
    QJsonObject before;
    if (tenant->healthScore)
        before.insert(QStringLiteral("score"), *tenant->healthScore);
    QJsonObject after = sample.toJson();
    after.insert(QStringLiteral("band"), nameOf(p->band(sample.score)));
    if (const Result<AuditEntry> logged =
            m_audit.append(tx, actor, {AuditAction::healthRecord, tenantId, before, after, {}, {}});
        !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_tenants.notifier().announceHealthRecorded(tenantId);
    return sample;
}

Result<int> HealthService::importSamples(const QString &tenantId,
                                         const QList<std::pair<QDateTime, HealthSignals>> &samples,
                                         const QString &actor)
{
    const Result<HealthPolicy> p = policy();
    if (!p)
        return p.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (const Result<Tenant> tenant = m_tenants.get(tenantId); !tenant)
        return tenant.error();
    HealthSample latest;
    for (const auto &[at, values] : samples) {
        if (Status s = values.validate(); !s)
            return s.error();
        const HealthSample sample{tenantId, at, values, p->score(values)};
        if (Status s = insertSample(tx, sample); !s)
            return s.error();
        if (!latest.sampledAt.isValid() || at > latest.sampledAt)
            latest = sample;
    }
    if (latest.sampledAt.isValid()) {
        if (Status s = updateTenantScore(tx, tenantId, latest.score, latest.sampledAt); !s)
            return s.error();
    }
    const QJsonObject after{{QStringLiteral("samples"), samples.size()},
                            {QStringLiteral("score"), latest.score}};
    if (const Result<AuditEntry> logged =
            m_audit.append(tx, actor, {AuditAction::healthImport, tenantId, {}, after, {}, {}});
        !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_tenants.notifier().announceHealthRecorded(tenantId);
    return static_cast<int>(samples.size());
}

Result<QList<HealthSample>> HealthService::samples(const QString &tenantId,
                                                   const QDateTime &from) const
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT sampled_at, latency_p95_ms, error_rate, success_rate, "
                                    "storage_utilisation, score "
                                    "FROM health_samples WHERE tenant_id = ?") +
                     (from.isValid() ? QStringLiteral(" AND sampled_at >= ?") : QString()) +
                     QStringLiteral(" ORDER BY sampled_at"));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    if (from.isValid())
        q.value().addBindValue(isoTimestamp(from));
    if (Status s = Database::exec(q.value(), QStringLiteral("read health samples")); !s)
        return s.error();
    QList<HealthSample> list;
    while (q.value().next()) {
        HealthSample s;
        s.tenantId = tenantId;
        s.sampledAt = timestampFromColumn(q.value().value(0));
        s.values = {q.value().value(1).toDouble(), q.value().value(2).toDouble(),
                    q.value().value(3).toDouble(), q.value().value(4).toDouble()};
        s.score = q.value().value(5).toInt();
        list << s;
    }
    return list;
}

ChangeNotifier &HealthService::notifier() const
{
    return m_tenants.notifier();
}

} // namespace tenant
