#include "tenantrepository.h"
#include "tenantrepository_p.h"

#include "auditactions.h"
#include "database.h"
#include "inputlimits.h"
#include "plancatalog.h"
#include "sqlvalues.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
// This file's messages, translated in the context tenant::TenantRepository.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::TenantRepository)
};
} // namespace

namespace tenant {

namespace {

QJsonValue jsonValue(const QString &key, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue();
    if (TenantCodec::isJsonKey(key)) {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    if (value.metaType().id() == QMetaType::QDateTime)
        return isoTimestamp(timestampFromColumn(value));
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

Error conflictError(const QString &tenantId, int editedVersion, int storedVersion)
{
    return Error::conflict(
        Messages::tr("tenant '%1' was changed by someone else (you edited version %2, stored "
                     "version is %3); reload and apply your change again")
            .arg(tenantId)
            .arg(editedVersion)
            .arg(storedVersion));
}

QString columnList()
{
    return TenantCodec::keys().join(QStringLiteral(", "));
}

} // namespace

QVariant columnValue(const QString &key, const QJsonValue &value)
{
    if (TenantCodec::isJsonKey(key)) {
        const QJsonDocument doc =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    }
    if (value.isNull() || (TenantCodec::isTimestampKey(key) && value.toString().isEmpty()))
        return QVariant();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (key == QLatin1String("sla_target"))
            return d;
        return static_cast<qlonglong>(d);
    }
    return value.toString();
}

Result<Tenant> tenantFromRecord(const QSqlRecord &record)
{
    QJsonObject json;
    for (int i = 0; i < record.count(); ++i) {
        const QString key = record.fieldName(i);
        json.insert(key, jsonValue(key, record.value(i)));
    }
    Tenant tenant;
    if (Status s = TenantCodec::apply(json, tenant, TenantCodec::Scope::Stored); !s)
        return Error::storage(Messages::tr("corrupt tenant row: %1").arg(s.error().message));
    return tenant;
}

TenantRepository::TenantRepository(Database &db, AuditLog &audit, ChangeNotifier &notifier,
                                   QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_notifier(notifier)
{}

Result<Tenant> TenantRepository::tierTemplate(Tier tier) const
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "SELECT max_users, max_documents, max_queries_per_day, sla_target, support_level, "
        "retention_days, monthly_budget FROM tier_defaults WHERE tier = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(nameOf(tier));
    if (Status s = Database::exec(q.value(), QStringLiteral("read tier defaults")); !s)
        return s.error();
    if (!q.value().next())
        return Error::notFound(Messages::tr("no defaults for tier %1").arg(nameOf(tier)));
    Tenant t;
    t.tier = tier;
    t.maxUsers = q.value().value(0).toLongLong();
    t.maxDocuments = q.value().value(1).toLongLong();
    t.maxQueriesPerDay = q.value().value(2).toLongLong();
    t.slaTarget = q.value().value(3).toDouble();
    t.supportLevel = q.value().value(4).toString();
    t.retentionDays = q.value().value(5).toInt();
    t.monthlyBudget = q.value().value(6).toLongLong();
    t.region = QString::fromLatin1(defaultRegion);
    return t;
}

Status TenantRepository::checkPlacement(const Tenant &tenant, const PlanCatalog *plans) const
{
    if (tenant.complianceTags.isEmpty())
        return success();
    if (plans)
        return plans->checkPlacement(tenant.region, tenant.allowedRegions, tenant.complianceTags);
    const Result<PlanCatalog> loaded = PlanCatalog::load(m_db);
    if (!loaded)
        return loaded.error();
    return loaded->checkPlacement(tenant.region, tenant.allowedRegions, tenant.complianceTags);
}

Result<Tenant> TenantRepository::insertRow(const Tenant &input)
{
    if (Status s = TenantValidator::validate(input); !s)
        return s.error();
    if (input.status != TenantStatus::Draft && input.status != TenantStatus::Active)
        return Error::validation(QStringLiteral("status"),
                                 Messages::tr("a new tenant starts as draft or active"));
    if (get(input.tenantId))
        return Error::validation(QStringLiteral("tenant_id"),
                                 Messages::tr("%1 already exists").arg(quoted(input.tenantId)));

    Tenant tenant = input;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    tenant.createdAt = now;
    tenant.updatedAt = now;
    tenant.archivedAt = QDateTime();
    tenant.version = 1;

    const QStringList keys = TenantCodec::keys();
    QStringList marks;
    for (int i = 0; i < keys.size(); ++i)
        marks << QStringLiteral("?");
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral("INSERT INTO tenants (%1) VALUES (%2)")
                                           .arg(columnList(), marks.join(QLatin1Char(','))));
    if (!q)
        return q.error();
    const QJsonObject json = TenantCodec::toJson(tenant);
    for (const QString &key : keys)
        q.value().addBindValue(columnValue(key, json.value(key)));
    if (Status s = Database::exec(q.value(), QStringLiteral("create tenant")); !s)
        return s.error();
    return tenant;
}

namespace {
const QString summaryColumns = QStringLiteral(
    "tenant_id, tenant_name, region, cost_center, monthly_budget, max_users, updated_at, "
    "last_sample_at, version, health_score, tier, status");

TenantSummary summaryFromQuery(const QSqlQuery &q)
{
    TenantSummary s;
    s.tenantId = q.value(0).toString();
    s.tenantName = q.value(1).toString();
    s.region = q.value(2).toString();
    s.costCenter = q.value(3).toString();
    s.monthlyBudget = q.value(4).toLongLong();
    s.maxUsers = q.value(5).toLongLong();
    s.updatedAtMs = timestampFromColumn(q.value(6)).toMSecsSinceEpoch();
    const QVariant sampled = q.value(7);
    s.lastSampleAtMs = sampled.isNull() ? 0 : timestampFromColumn(sampled).toMSecsSinceEpoch();
    s.version = q.value(8).toInt();
    s.healthScore = q.value(9).isNull() ? qint16(-1) : static_cast<qint16>(q.value(9).toInt());
    s.tier = tierFromString(q.value(10).toString()).value_or(Tier::Bronze);
    s.status = statusFromString(q.value(11).toString()).value_or(TenantStatus::Draft);
    return s;
}
} // namespace

Status
TenantRepository::summaries(int batchSize,
                            const std::function<bool(QList<TenantSummary> &&batch)> &batch) const
{
    // Code-point order on both backends, as QString compares: the table
    // model finds rows by binary search.
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM tenants ORDER BY tenant_id%2")
            .arg(summaryColumns, m_db.isPostgres() ? QStringLiteral(" COLLATE \"C\"") : QString()));
    if (!q)
        return q.error();
    q.value().setForwardOnly(true);
    if (Status s = Database::exec(q.value(), QStringLiteral("list tenants")); !s)
        return s;
    QList<TenantSummary> rows;
    rows.reserve(batchSize);
    while (q.value().next()) {
        rows << summaryFromQuery(q.value());
        if (rows.size() >= batchSize) {
            if (!batch(std::move(rows)))
                return success();
            rows = {};
            rows.reserve(batchSize);
        }
    }
    if (!rows.isEmpty())
        batch(std::move(rows));
    return success();
}

Result<TenantSummary> TenantRepository::summary(const QString &tenantId) const
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM tenants WHERE tenant_id = ?").arg(summaryColumns));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("read tenant")); !s)
        return s.error();
    if (!q.value().next())
        return Error::notFound(Messages::tr("no tenant %1").arg(quoted(tenantId)));
    return summaryFromQuery(q.value());
}

Result<Tenant> TenantRepository::insert(Transaction &tx, const Tenant &input, const QString &actor,
                                        const AuditNote &note)
{
    if (Status open = tx.requireOpenOn(m_db, QStringLiteral("creating a tenant")); !open)
        return open.error();
    const Result<Tenant> tenant = insertRow(input);
    if (!tenant)
        return tenant;
    if (const Result<AuditEntry> logged = m_audit.append(tx, actor,
                                                         {note.action,
                                                          tenant->tenantId,
                                                          {},
                                                          TenantCodec::toJson(tenant.value()),
                                                          note.reason,
                                                          note.correlationId});
        !logged)
        return logged.error();
    return tenant;
}

Result<Tenant> TenantRepository::store(Transaction &tx, const Tenant &before, const Tenant &changed,
                                       const QString &actor, const AuditNote &note)
{
    if (Status open = tx.requireOpenOn(m_db, QStringLiteral("writing a tenant")); !open)
        return open.error();
    if (changed.tenantId != before.tenantId || changed.version != before.version)
        return Error::conflict(
            Messages::tr("tenant %1 changed from another state than the one read")
                .arg(quoted(changed.tenantId)));
    const Result<Tenant> after = updateRow(changed);
    if (!after)
        return after;
    if (const Result<AuditEntry> logged =
            m_audit.append(tx, actor,
                           {note.action, changed.tenantId, TenantCodec::toJson(before),
                            TenantCodec::toJson(after.value()), note.reason, note.correlationId});
        !logged)
        return logged.error();
    return after;
}

Result<Tenant> TenantRepository::create(const Tenant &input, const QString &actor,
                                        const QString &reason)
{
    if (Status s = checkReason(QStringLiteral("reason"), reason, false); !s)
        return s.error();
    if (Status s = TenantValidator::validate(input); !s)
        return s.error();
    if (Status s = checkPlacement(input); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<Tenant> tenant = insert(tx, input, actor, {AuditAction::tenantCreate, reason, {}});
    if (!tenant)
        return tenant;
    if (Status s = tx.commit(); !s)
        return s.error();
    m_notifier.announceTenantCreated(tenant->tenantId);
    return tenant;
}

Status TenantRepository::removeDraft(const QString &tenantId, const QString &actor,
                                     const QString &reason, const QString &correlationId)
{
    if (Status s = checkReason(QStringLiteral("reason"), reason, false); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<Tenant> tenant = get(tenantId);
    if (!tenant)
        return tenant.error();
    if (tenant->status != TenantStatus::Draft)
        return Error::rule(Messages::tr("tenant '%1' is %2; only a draft can be removed")
                               .arg(tenantId, nameOf(tenant->status)));
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("DELETE FROM tenants WHERE tenant_id = ? AND status = 'draft'"));
    if (!q)
        return q.error();
    q->addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("remove draft tenant")); !s)
        return s;
    const Result<AuditEntry> logged = m_audit.append(tx, actor,
                                                     {AuditAction::tenantRemove,
                                                      tenantId,
                                                      TenantCodec::toJson(tenant.value()),
                                                      {},
                                                      reason,
                                                      correlationId});
    if (!logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s;
    m_notifier.announceTenantChanged(tenantId);
    return success();
}

Result<Tenant> TenantRepository::get(const QString &tenantId) const
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM tenants WHERE tenant_id = ?").arg(columnList()));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("read tenant")); !s)
        return s.error();
    if (!q.value().next())
        return Error::notFound(Messages::tr("no tenant %1").arg(quoted(tenantId)));
    return tenantFromRecord(q.value().record());
}

Result<QList<Tenant>> TenantRepository::list(const TenantFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.status) {
        where << QStringLiteral("status = ?");
        binds << nameOf(*filter.status);
    }
    if (filter.tier) {
        where << QStringLiteral("tier = ?");
        binds << nameOf(*filter.tier);
    }
    // The text is matched here, not by SQL: SQLite's lower() folds ASCII
    // only, and both backends must find the same tenants.
    if (Status s =
            checkText(QStringLiteral("search"), filter.text, {limits::tenantName, false, false});
        !s)
        return s.error();
    if (filter.minScore) {
        where << QStringLiteral("health_score >= ?");
        binds << *filter.minScore;
    }
    if (filter.maxScore) {
        where << QStringLiteral("health_score <= ?");
        binds << *filter.maxScore;
    }
    QString sql = QStringLiteral("SELECT %1 FROM tenants").arg(columnList());
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY tenant_id");

    Result<QSqlQuery> q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q.value().setForwardOnly(true);
    for (const QVariant &b : std::as_const(binds))
        q.value().addBindValue(b);
    if (Status s = Database::exec(q.value(), QStringLiteral("list tenants")); !s)
        return s.error();
    QList<Tenant> tenants;
    while (q.value().next()) {
        Result<Tenant> t = tenantFromRecord(q.value().record());
        if (!t)
            return t.error();
        if (!filter.text.isEmpty() && !t->tenantId.contains(filter.text, Qt::CaseInsensitive) &&
            !t->tenantName.contains(filter.text, Qt::CaseInsensitive))
            continue;
        tenants << std::move(t).value();
    }
    return tenants;
}

Result<Tenant> TenantRepository::updateRow(const Tenant &input)
{
    if (Status s = TenantValidator::validate(input); !s)
        return s.error();
    Tenant tenant = input;
    tenant.updatedAt = QDateTime::currentDateTimeUtc();
    tenant.version = input.version + 1;

    QStringList assignments;
    QStringList keys = TenantCodec::keys();
    keys.removeAll(QStringLiteral("tenant_id"));
    keys.removeAll(QStringLiteral("created_at"));
    for (const QString &key : std::as_const(keys))
        assignments << key + QStringLiteral(" = ?");
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("UPDATE tenants SET %1 WHERE tenant_id = ? AND version = ?")
                         .arg(assignments.join(QStringLiteral(", "))));
    if (!q)
        return q.error();
    const QJsonObject json = TenantCodec::toJson(tenant);
    for (const QString &key : std::as_const(keys))
        q.value().addBindValue(columnValue(key, json.value(key)));
    q.value().addBindValue(tenant.tenantId);
    q.value().addBindValue(input.version);
    if (Status s = Database::exec(q.value(), QStringLiteral("update tenant")); !s)
        return s.error();
    if (q.value().numRowsAffected() != 1) {
        const Result<Tenant> current = get(tenant.tenantId);
        if (!current)
            return current.error();
        return conflictError(tenant.tenantId, input.version, current->version);
    }
    return tenant;
}

Result<Tenant> TenantRepository::update(const Tenant &tenant, const QString &actor,
                                        const QString &reason)
{
    if (Status s = checkReason(QStringLiteral("reason"), reason, false); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<Tenant> before = get(tenant.tenantId);
    if (!before)
        return before.error();
    if (tenant.version != before->version)
        return conflictError(tenant.tenantId, tenant.version, before->version);
    if (tenant.status != before->status)
        return Error::validation(QStringLiteral("status"),
                                 Messages::tr("changes only through a lifecycle transition"));
    // Placement is judged when it changes: an unrelated edit of an older
    // record is not held up by it.
    if (tenant.region != before->region || tenant.allowedRegions != before->allowedRegions ||
        tenant.complianceTags != before->complianceTags) {
        if (Status s = TenantValidator::validate(tenant); !s)
            return s.error();
        if (Status s = checkPlacement(tenant); !s)
            return s.error();
    }
    // Health is written by the health service without a version bump; an
    // admin's edit must not overwrite it with the value it loaded.
    Tenant edited = tenant;
    edited.healthScore = before->healthScore;
    edited.lastSampleAt = before->lastSampleAt;
    edited.archivedAt = before->archivedAt;
    const Result<Tenant> after =
        store(tx, before.value(), edited, actor, {AuditAction::tenantUpdate, reason, {}});
    if (!after)
        return after;
    if (Status s = tx.commit(); !s)
        return s.error();
    m_notifier.announceTenantChanged(tenant.tenantId);
    return after;
}

} // namespace tenant
