#include "flagservice.h"

#include "auditactions.h"
#include "changenotifier.h"

#include "auditlog.h"
#include "database.h"
#include "inputlimits.h"
#include "sqlvalues.h"
#include "tenantrepository.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
// This file's messages, translated in the context tenant::FlagService.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::FlagService)
};
} // namespace

namespace tenant {

namespace {

QJsonObject valueJson(const FlagValue &v)
{
    return QJsonObject{{QStringLiteral("flag"), v.flagName},
                       {QStringLiteral("scope"), nameOf(v.scope)},
                       {QStringLiteral("scope_id"), v.scopeId},
                       {QStringLiteral("enabled"), v.enabled},
                       {QStringLiteral("rollout_percentage"), v.rolloutPercentage}};
}

} // namespace

QJsonObject FlagReport::toJson() const
{
    QJsonArray valueList;
    for (const FlagValue &v : values)
        valueList << valueJson(v);
    return QJsonObject{
        {QStringLiteral("name"), definition.name},
        {QStringLiteral("description"), definition.description},
        {QStringLiteral("owner"), definition.owner},
        {QStringLiteral("created_at"), isoTimestamp(definition.createdAt)},
        {QStringLiteral("expires_at"), definition.expiresAt.isValid()
                                           ? QJsonValue(isoTimestamp(definition.expiresAt))
                                           : QJsonValue()},
        {QStringLiteral("stale"), stale},
        {QStringLiteral("expired"), expired},
        {QStringLiteral("values"), valueList}};
}

FlagService::FlagService(Database &db, TenantRepository &tenants, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_tenants(tenants)
    , m_audit(audit)
{
    // At once, on the writing thread: an evaluation right after a tier
    // change must not come from the cache.
    connect(&m_tenants.notifier(), &ChangeNotifier::tenantWritten, this, &FlagService::invalidate,
            Qt::DirectConnection);
}

void FlagService::invalidate()
{
    const QMutexLocker lock(&m_cacheMutex);
    ++m_generation;
    m_snapshot.reset();
    m_cache.clear();
    m_cachedCells = 0;
}

Result<FlagService::Snapshot> FlagService::readSnapshot() const
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT f.name, v.scope, v.scope_id, v.enabled, v.rollout_percentage "
                       "FROM feature_flags f LEFT JOIN flag_values v ON v.flag_name = f.name"));
    if (!q)
        return q.error();
    q.value().setForwardOnly(true);
    if (Status s = Database::exec(q.value(), QStringLiteral("read flags")); !s)
        return s.error();
    QList<FlagValue> values;
    QSet<QString> names;
    while (q.value().next()) {
        names.insert(q.value().value(0).toString());
        if (q.value().value(1).isNull())
            continue;
        FlagValue v;
        v.flagName = q.value().value(0).toString();
        v.scope = flagScopeFromString(q.value().value(1).toString()).value_or(FlagScope::Global);
        v.scopeId = q.value().value(2).toString();
        v.enabled = q.value().value(3).toBool();
        v.rolloutPercentage = q.value().value(4).toInt();
        values << v;
    }
    return Snapshot{FlagEvaluator(values), names};
}

Result<FlagService::Snapshot> FlagService::currentSnapshot(quint64 &generation)
{
    {
        const QMutexLocker lock(&m_cacheMutex);
        generation = m_generation;
        if (m_snapshot)
            return *m_snapshot; // implicitly shared: a copy is cheap and outlives invalidate()
    }
    // Read without the lock, so that cached evaluations on other threads go
    // on meanwhile; keep it only if nothing was written since the read began.
    Result<Snapshot> read = readSnapshot();
    if (!read)
        return read;
    const QMutexLocker lock(&m_cacheMutex);
    if (m_generation == generation && !m_snapshot)
        m_snapshot = read.value();
    return read;
}

const FlagService::CachedCell *FlagService::cachedCell(const QString &tenantId,
                                                       const QString &flag) const
{
    // Two lookups on the caller's strings: no key is built, nothing allocated.
    const auto byFlag = m_cache.constFind(flag);
    if (byFlag == m_cache.constEnd())
        return nullptr;
    const auto cell = byFlag->constFind(tenantId);
    return cell == byFlag->constEnd() ? nullptr : &*cell;
}

std::optional<FlagEvaluation> FlagService::cached(const QString &tenantId, const QString &flag,
                                                  std::optional<Tier> tier) const
{
    const CachedCell *cell = cachedCell(tenantId, flag);
    if (!cell || (tier && cell->tier != *tier))
        return std::nullopt;
    return FlagEvaluation{tenantId, flag, cell->enabled, cell->source, cell->rolloutPercentage};
}

Result<FlagEvaluation> FlagService::evaluate(const QString &tenantId, const QString &flag)
{
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_cacheMutex);
        if (std::optional<FlagEvaluation> hit = cached(tenantId, flag))
            return *std::move(hit);
        generation = m_generation; // before the tier is read: a change after it is seen
    }
    const Result<Tenant> tenant = m_tenants.get(tenantId);
    if (!tenant)
        return tenant.error();
    return evaluateFrom(generation, tenantId, tenant->tier, flag);
}

Result<FlagEvaluation> FlagService::evaluate(const QString &tenantId, Tier tier,
                                             const QString &flag)
{
    quint64 generation = 0;
    {
        const QMutexLocker lock(&m_cacheMutex);
        if (std::optional<FlagEvaluation> hit = cached(tenantId, flag, tier))
            return *std::move(hit);
        generation = m_generation;
    }
    return evaluateFrom(generation, tenantId, tier, flag);
}

Result<FlagEvaluation> FlagService::evaluateFrom(quint64 generation, const QString &tenantId,
                                                 Tier tier, const QString &flag)
{
    quint64 snapshotGeneration = 0;
    const Result<Snapshot> snapshot = currentSnapshot(snapshotGeneration);
    if (!snapshot)
        return snapshot.error();
    if (!snapshot->flagNames.contains(flag))
        return Error::notFound(Messages::tr("no flag %1").arg(quoted(flag)));
    const FlagEvaluation result = snapshot->values.evaluate(tenantId, tier, flag);
    const QMutexLocker lock(&m_cacheMutex);
    // A write since the caller began (its tier read) or since the snapshot
    // was taken makes this evaluation stale for the cache; the caller still
    // gets what was true when it asked.
    if (m_generation == generation && snapshotGeneration == generation &&
        !cachedCell(tenantId, flag)) {
        m_cache[flag].insert(tenantId,
                             {result.enabled, result.source, result.rolloutPercentage, tier});
        ++m_cachedCells;
    }
    return result;
}

Result<bool> FlagService::isEnabled(const QString &tenantId, Tier tier, const QString &flag)
{
    {
        const QMutexLocker lock(&m_cacheMutex);
        if (const CachedCell *cell = cachedCell(tenantId, flag); cell && cell->tier == tier)
            return cell->enabled;
    }
    const Result<FlagEvaluation> evaluated = evaluate(tenantId, tier, flag);
    if (!evaluated)
        return evaluated.error();
    return evaluated->enabled;
}

Result<FlagEvaluator> FlagService::snapshot(QStringList *flagNames)
{
    quint64 generation = 0;
    const Result<Snapshot> snapshot = currentSnapshot(generation);
    if (!snapshot)
        return snapshot.error();
    if (flagNames) {
        *flagNames = QStringList(snapshot->flagNames.cbegin(), snapshot->flagNames.cend());
        flagNames->sort();
    }
    return snapshot->values;
}

Result<FlagMatrix> FlagService::matrix(const QList<FlagMatrix::TenantKey> &tenants,
                                       QStringList *flagNames)
{
    QStringList names;
    const Result<FlagEvaluator> values = snapshot(&names);
    if (!values)
        return values.error();
    if (flagNames)
        *flagNames = names;
    return FlagMatrix::compute(tenants, names, values.value());
}

Status FlagService::checkChange(const FlagChange &change)
{
    static const QRegularExpression name(QStringLiteral("^[a-z0-9_.-]{1,100}\\z"));
    if (!name.match(change.flag).hasMatch())
        return Error::validation(
            QStringLiteral("flag"),
            Messages::tr("%1 is not a flag name (a-z, 0-9, _ . -)").arg(quoted(change.flag)));
    if (Status s = checkText(QStringLiteral("owner"), change.owner.value_or(QString()),
                             {limits::flagOwner, false, false});
        !s)
        return s;
    if (Status s = checkText(QStringLiteral("description"), change.description.value_or(QString()),
                             {limits::flagDescription, true, false});
        !s)
        return s;
    if (change.rolloutPercentage < 0 || change.rolloutPercentage > 100)
        return Error::validation(
            QStringLiteral("rollout"),
            Messages::tr("must be between 0 and 100, got %1").arg(change.rolloutPercentage));
    switch (change.scope) {
    case FlagScope::Global:
        if (!change.scopeId.isEmpty())
            return Error::validation(QStringLiteral("scope_id"),
                                     Messages::tr("global scope takes no id"));
        break;
    case FlagScope::Tier:
        if (!tierFromString(change.scopeId))
            return Error::validation(
                QStringLiteral("scope_id"),
                Messages::tr("unknown tier %1 (expected %2)")
                    .arg(quoted(change.scopeId), allTierNames().join(QStringLiteral(", "))));
        break;
    case FlagScope::Tenant:
        break;
    }
    return success();
}

Status FlagService::validate(const FlagChange &change) const
{
    if (Status s = checkChange(change); !s)
        return s;
    if (change.scope == FlagScope::Tenant) {
        if (const Result<Tenant> t = m_tenants.get(change.scopeId); !t)
            return t.error().kind == ErrorKind::NotFound
                       ? Error::validation(QStringLiteral("scope_id"),
                                           Messages::tr("no tenant %1").arg(quoted(change.scopeId)))
                       : t.error();
    }
    return success();
}

Result<FlagValue> FlagService::set(const FlagChange &change, const QString &actor,
                                   const QString &reason)
{
    if (Status s = validate(change); !s)
        return s.error();
    if (Status s = checkReason(QStringLiteral("reason"), reason, false); !s)
        return s.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();

    Result<QSqlQuery> def = m_db.prepare(
        QStringLiteral("SELECT description, owner, expires_at FROM feature_flags WHERE name = ?"));
    if (!def)
        return def.error();
    def.value().addBindValue(change.flag);
    if (Status s = Database::exec(def.value(), QStringLiteral("read flag")); !s)
        return s.error();
    const bool exists = def.value().next();
    const QString description =
        change.description.value_or(exists ? def.value().value(0).toString() : QString());
    const QString owner =
        change.owner.value_or(exists ? def.value().value(1).toString() : QString());
    const QDateTime expires =
        change.expiresAt.value_or(exists ? timestampFromColumn(def.value().value(2)) : QDateTime());

    Result<QSqlQuery> upsertDef = m_db.prepare(
        exists ? QStringLiteral("UPDATE feature_flags SET description = ?, owner = ?, expires_at = "
                                "? WHERE name = ?")
               : QStringLiteral(
                     "INSERT INTO feature_flags (description, owner, expires_at, name, created_at) "
                     "VALUES (?, ?, ?, ?, ?)"));
    if (!upsertDef)
        return upsertDef.error();
    upsertDef.value().addBindValue(description);
    upsertDef.value().addBindValue(owner);
    upsertDef.value().addBindValue(timestampParam(expires));
    upsertDef.value().addBindValue(change.flag);
    if (!exists)
        upsertDef.value().addBindValue(isoTimestamp(now));
    if (Status s = Database::exec(upsertDef.value(), QStringLiteral("write flag")); !s)
        return s.error();

    // Read the previous value for the audit entry, then upsert (portable syntax).
    Result<QSqlQuery> prev =
        m_db.prepare(QStringLiteral("SELECT enabled, rollout_percentage FROM flag_values WHERE "
                                    "flag_name = ? AND scope = ? AND scope_id = ?"));
    if (!prev)
        return prev.error();
    prev.value().addBindValue(change.flag);
    prev.value().addBindValue(nameOf(change.scope));
    prev.value().addBindValue(change.scopeId);
    if (Status s = Database::exec(prev.value(), QStringLiteral("read flag value")); !s)
        return s.error();
    QJsonObject before;
    if (prev.value().next()) {
        FlagValue old{change.flag,
                      change.scope,
                      change.scopeId,
                      prev.value().value(0).toBool(),
                      prev.value().value(1).toInt(),
                      {}};
        before = valueJson(old);
    }

    Result<QSqlQuery> upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO flag_values (flag_name, scope, scope_id, enabled, rollout_percentage, "
        "updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (flag_name, scope, scope_id) DO UPDATE SET "
        "enabled = excluded.enabled, rollout_percentage = excluded.rollout_percentage, "
        "updated_at = excluded.updated_at"));
    if (!upsert)
        return upsert.error();
    FlagValue value{
        change.flag, change.scope, change.scopeId, change.enabled, change.rolloutPercentage, now};
    upsert.value().addBindValue(value.flagName);
    upsert.value().addBindValue(nameOf(value.scope));
    upsert.value().addBindValue(value.scopeId);
    upsert.value().addBindValue(value.enabled);
    upsert.value().addBindValue(value.rolloutPercentage);
    upsert.value().addBindValue(isoTimestamp(now));
    if (Status s = Database::exec(upsert.value(), QStringLiteral("write flag value")); !s)
        return s.error();

    const QString tenantId = change.scope == FlagScope::Tenant ? change.scopeId : QString();
    if (const Result<AuditEntry> logged = m_audit.append(
            tx, actor, {AuditAction::flagSet, tenantId, before, valueJson(value), reason, {}});
        !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    invalidate();
    m_tenants.notifier().announceFlagsChanged();
    return value;
}

Status FlagService::clear(const QString &flag, FlagScope scope, const QString &scopeId,
                          const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<QSqlQuery> del = m_db.prepare(QStringLiteral(
        "DELETE FROM flag_values WHERE flag_name = ? AND scope = ? AND scope_id = ?"));
    if (!del)
        return del.error();
    del.value().addBindValue(flag);
    del.value().addBindValue(nameOf(scope));
    del.value().addBindValue(scopeId);
    if (Status s = Database::exec(del.value(), QStringLiteral("clear flag value")); !s)
        return s;
    if (del.value().numRowsAffected() == 0)
        return Error::notFound(Messages::tr("flag %1 has no %2 value %3")
                                   .arg(quoted(flag), nameOf(scope), quoted(scopeId)));
    const QJsonObject before{{QStringLiteral("flag"), flag},
                             {QStringLiteral("scope"), nameOf(scope)},
                             {QStringLiteral("scope_id"), scopeId}};
    if (const Result<AuditEntry> logged =
            m_audit.append(tx, actor,
                           {AuditAction::flagClear,
                            scope == FlagScope::Tenant ? scopeId : QString(),
                            before,
                            {},
                            {},
                            {}});
        !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s;
    invalidate();
    m_tenants.notifier().announceFlagsChanged();
    return success();
}

Status FlagService::remove(const QString &flag, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<QSqlQuery> del =
        m_db.prepare(QStringLiteral("DELETE FROM feature_flags WHERE name = ?"));
    if (!del)
        return del.error();
    del.value().addBindValue(flag);
    if (Status s = Database::exec(del.value(), QStringLiteral("remove flag")); !s)
        return s;
    if (del.value().numRowsAffected() == 0)
        return Error::notFound(Messages::tr("no flag %1").arg(quoted(flag)));
    if (const Result<AuditEntry> logged = m_audit.append(
            tx, actor,
            {AuditAction::flagRemove, {}, QJsonObject{{QStringLiteral("flag"), flag}}, {}, {}, {}});
        !logged)
        return logged.error();
    if (Status s = tx.commit(); !s)
        return s;
    invalidate();
    m_tenants.notifier().announceFlagsChanged();
    return success();
}

Result<int> FlagService::staleAfterDays() const
{
    const Result<QJsonObject> policy = readPolicy(m_db, QStringLiteral("flags"));
    if (!policy)
        return policy.error();
    return policy->value(QStringLiteral("stale_after_days")).toInt(90);
}

Result<QList<FlagReport>> FlagService::reports()
{
    const Result<int> staleDays = staleAfterDays();
    if (!staleDays)
        return staleDays.error();
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "SELECT f.name, f.description, f.owner, f.created_at, f.expires_at, v.scope, v.scope_id, "
        "v.enabled, v.rollout_percentage, v.updated_at FROM feature_flags f "
        "LEFT JOIN flag_values v ON v.flag_name = f.name ORDER BY f.name, v.scope, v.scope_id"));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("read flags")); !s)
        return s.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<FlagReport> list;
    while (q.value().next()) {
        const QString name = q.value().value(0).toString();
        if (list.isEmpty() || list.last().definition.name != name) {
            FlagReport r;
            r.definition = {name, q.value().value(1).toString(), q.value().value(2).toString(),
                            timestampFromColumn(q.value().value(3)),
                            timestampFromColumn(q.value().value(4))};
            r.stale = r.definition.isStale(now, staleDays.value());
            r.expired = r.definition.isExpired(now);
            list << r;
        }
        if (q.value().value(5).isNull())
            continue;
        list.last().values << FlagValue{
            name,
            flagScopeFromString(q.value().value(5).toString()).value_or(FlagScope::Global),
            q.value().value(6).toString(),
            q.value().value(7).toBool(),
            q.value().value(8).toInt(),
            timestampFromColumn(q.value().value(9))};
    }
    return list;
}

ChangeNotifier &FlagService::notifier() const
{
    return m_tenants.notifier();
}

} // namespace tenant
