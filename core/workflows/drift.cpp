#include "drift.h"

#include "auditactions.h"
#include "sqlvalues.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QUuid>

namespace {
// This file's messages, translated in the context tenant::Drift.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Drift)
};
} // namespace

namespace tenant {

namespace {
const QString active = QStringLiteral("active");
const QString suspended = QStringLiteral("suspended");

CascadeAction actionFor(const QString &expected)
{
    return expected == suspended ? CascadeAction::Suspend : CascadeAction::Activate;
}

/// The same finding in two checks: same tenant, system and mismatch.
QString sameFinding(const DriftFinding &f)
{
    return QStringList{f.tenantId, f.system, f.expected, f.found}.join(QLatin1Char('\n'));
}
} // namespace

QJsonObject DriftFinding::toJson() const
{
    return {{QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("system"), system},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("found"), found},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("since"), isoTimestamp(since)},
            {QStringLiteral("last_seen"), isoTimestamp(lastSeen)}};
}

QJsonObject Reconciliation::toJson() const
{
    return {{QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("converged"), converged},
            {QStringLiteral("repaired"), QJsonArray::fromStringList(repaired)},
            {QStringLiteral("error"), error}};
}

Result<QList<std::pair<QString, QString>>>
DriftService::desiredStates(const QStringList &tenantIds) const
{
    const bool one = tenantIds.size() == 1;
    Result<QSqlQuery> q = m_ws.database().prepare(
        QStringLiteral("SELECT tenant_id, status FROM tenants WHERE status IN ('active', "
                       "'suspended', 'archived')") +
        (one ? QStringLiteral(" AND tenant_id = ?") : QString()) +
        QStringLiteral(" ORDER BY tenant_id"));
    if (!q)
        return q.error();
    if (one)
        q->addBindValue(tenantIds.first());
    if (Status s = Database::exec(q.value(), QStringLiteral("read tenant states")); !s)
        return s.error();
    QList<std::pair<QString, QString>> states;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (!tenantIds.isEmpty() && !tenantIds.contains(id))
            continue;
        states.append({id, q->value(1).toString() == active ? active : suspended});
    }
    return states;
}

Result<DriftCheck> DriftService::check(const QStringList &tenantIds)
{
    QElapsedTimer clock;
    clock.start();
    const Result<QList<std::pair<QString, QString>>> states = desiredStates(tenantIds);
    if (!states)
        return states.error();
    DriftCheck result;
    QStringList checked;
    for (const auto &[tenantId, expected] : states.value()) {
        checked << tenantId;
        ++result.tenantsChecked;
        for (const SystemReading &r : m_ws.cascade().readBack(tenantId, actionFor(expected))) {
            ++result.systemsRead;
            if (r.holds)
                continue;
            DriftFinding f{tenantId,
                           r.system,
                           expected,
                           r.error.isEmpty() ? (expected == active ? suspended : active)
                                             : QStringLiteral("unreachable"),
                           r.error.left(500),
                           {},
                           {}};
            result.findings << f;
        }
    }
    // A tenant named but without a desired state (draft, deleted): nothing
    // of it can be drift, so its old findings go.
    for (const QString &id : tenantIds)
        if (!checked.contains(id))
            checked << id;
    // A viewer may look but not record: the findings are reported unstored.
    if (Status s = store(tenantIds.isEmpty() ? QStringList() : checked, result.findings); !s) {
        if (s.error().kind != ErrorKind::Denied)
            return s.error();
        result.stored = false;
    }
    const Result<QList<DriftFinding>> stored = findings();
    if (!stored)
        return stored.error();
    // Report them with the times the store kept (first seen earlier, maybe).
    for (DriftFinding &f : result.findings)
        for (const DriftFinding &s : stored.value())
            if (s.tenantId == f.tenantId && s.system == f.system) {
                f.since = s.since;
                f.lastSeen = s.lastSeen;
            }
    result.durationMs = clock.elapsed();
    return result;
}

Status DriftService::store(const QStringList &tenantIds, const QList<DriftFinding> &found)
{
    Database &db = m_ws.database();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    // Clear what this check covered, keeping first_seen of what persists.
    QHash<QString, QDateTime> firstSeen;
    {
        const Result<QList<DriftFinding>> before = findings();
        if (!before)
            return before.error();
        for (const DriftFinding &f : before.value())
            if (tenantIds.isEmpty() || tenantIds.contains(f.tenantId))
                firstSeen.insert(sameFinding(f), f.since);
    }
    if (tenantIds.isEmpty()) {
        Result<QSqlQuery> clear = db.prepare(QStringLiteral("DELETE FROM drift_findings"));
        if (!clear)
            return clear.error();
        if (Status s = Database::exec(clear.value(), QStringLiteral("clear drift findings")); !s)
            return s;
    } else {
        for (const QString &id : tenantIds) {
            Result<QSqlQuery> clear =
                db.prepare(QStringLiteral("DELETE FROM drift_findings WHERE tenant_id = ?"));
            if (!clear)
                return clear.error();
            clear->addBindValue(id);
            if (Status s = Database::exec(clear.value(), QStringLiteral("clear drift findings"));
                !s)
                return s;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DriftFinding &f : found) {
        Result<QSqlQuery> insert = db.prepare(QStringLiteral(
            "INSERT INTO drift_findings (tenant_id, system, expected, found, detail, first_seen, "
            "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        const QDateTime since = firstSeen.value(sameFinding(f), now);
        for (const QVariant &v :
             {QVariant(f.tenantId), QVariant(f.system), QVariant(f.expected), QVariant(f.found),
              QVariant(f.detail), timestampParam(since), timestampParam(now)})
            insert->addBindValue(v);
        if (Status s = Database::exec(insert.value(), QStringLiteral("store drift finding")); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<DriftFinding>> DriftService::findings() const
{
    Result<QSqlQuery> q = m_ws.database().prepare(
        QStringLiteral("SELECT tenant_id, system, expected, found, detail, first_seen, last_seen "
                       "FROM drift_findings ORDER BY tenant_id, system"));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("read drift findings")); !s)
        return s.error();
    QList<DriftFinding> list;
    while (q->next())
        list << DriftFinding{q->value(0).toString(),          q->value(1).toString(),
                             q->value(2).toString(),          q->value(3).toString(),
                             q->value(4).toString(),          timestampFromColumn(q->value(5)),
                             timestampFromColumn(q->value(6))};
    return list;
}

Result<Reconciliation> DriftService::reconcile(const QString &tenantId, const QString &actor)
{
    const Result<QList<std::pair<QString, QString>>> states = desiredStates({tenantId});
    if (!states)
        return states.error();
    if (states->isEmpty()) {
        if (const Result<Tenant> t = m_ws.tenants().get(tenantId); !t)
            return t.error();
        return Error::rule(Messages::tr("tenant %1 has no downstream state to reconcile (only "
                                        "active, suspended and archived tenants have one)")
                               .arg(quoted(tenantId)));
    }
    const QString expected = states->first().second;
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Result<QList<DriftFinding>> before = findings();
    if (!before)
        return before.error();
    QJsonArray drifted;
    for (const DriftFinding &f : before.value())
        if (f.tenantId == tenantId)
            drifted << f.toJson();

    const Result<CascadeReport> report = m_ws.cascade().converge(
        tenantId, actionFor(expected), correlationId, actor,
        // The audit entries' reason: in the source language, whatever the console's.
        QStringLiteral("reconcile drift: the registry holds the tenant %1").arg(expected));
    if (!report)
        return report.error();
    Reconciliation done{tenantId, expected, report->succeeded, {}, report->error};
    for (const StepOutcome &step : report->steps)
        if (step.state == StepOutcome::State::Applied)
            done.repaired << step.system;
    {
        Transaction tx(m_ws.database());
        if (!tx.isActive())
            return tx.beginError();
        const Result<AuditEntry> logged = m_ws.audit().append(
            tx, actor,
            {AuditAction::driftReconcile, tenantId, QJsonObject{{QStringLiteral("drift"), drifted}},
             done.toJson(), QStringLiteral("converge downstream systems to the registry"),
             correlationId});
        if (!logged)
            return logged.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (const Result<DriftCheck> again = check({tenantId}); !again)
        return again.error();
    return done;
}

Result<QList<Reconciliation>> DriftService::reconcileAll(const QString &actor)
{
    const Result<DriftCheck> checked = check();
    if (!checked)
        return checked.error();
    QStringList tenants;
    for (const DriftFinding &f : checked->findings)
        if (!tenants.contains(f.tenantId))
            tenants << f.tenantId;
    QList<Reconciliation> done;
    for (const QString &id : tenants) {
        const Result<Reconciliation> r = reconcile(id, actor);
        if (!r)
            return r.error();
        done << r.value();
    }
    return done;
}

} // namespace tenant
