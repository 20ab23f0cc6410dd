#include "runjournal.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace tenant {

namespace {
const StepPhase allPhases[] = {StepPhase::Provision, StepPhase::Configure, StepPhase::Validate,
                               StepPhase::Activate,  StepPhase::Notify,    StepPhase::Rollback};
const StepStatus allStepStatuses[] = {StepStatus::Running, StepStatus::Done, StepStatus::Failed,
                                      StepStatus::Warning, StepStatus::Removed};
} // namespace

QString nameOf(StepPhase phase)
{
    switch (phase) {
    case StepPhase::Provision:
        return QStringLiteral("provision");
    case StepPhase::Configure:
        return QStringLiteral("configure");
    case StepPhase::Validate:
        return QStringLiteral("validate");
    case StepPhase::Activate:
        return QStringLiteral("activate");
    case StepPhase::Notify:
        return QStringLiteral("notify");
    case StepPhase::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

QString nameOf(StepStatus status)
{
    switch (status) {
    case StepStatus::Running:
        return QStringLiteral("running");
    case StepStatus::Done:
        return QStringLiteral("done");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    case StepStatus::Warning:
        return QStringLiteral("warning");
    case StepStatus::Removed:
        return QStringLiteral("removed");
    }
    return {};
}

QJsonObject StepRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("phase"), nameOf(phase)},
                       {QStringLiteral("step"), name},
                       {QStringLiteral("blocking"), blocking},
                       {QStringLiteral("status"), nameOf(status)},
                       {QStringLiteral("detail"), detail},
                       {QStringLiteral("started_at"), isoTimestamp(startedAt)},
                       {QStringLiteral("duration_ms"), durationMs}};
}

RunJournal::RunJournal(Database &db)
    : m_db(db)
{}

Status RunJournal::claim(const ProvisioningRequest &seen, RequestStatus status,
                         const QString &owner, const QDateTime &leaseUntil)
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "UPDATE provisioning_requests SET status = ?, run_owner = ?, lease_until = ? "
        "WHERE request_id = ? AND status = ? AND run_owner = ?"));
    if (!q)
        return q.error();
    q->addBindValue(nameOf(status));
    q->addBindValue(owner);
    q->addBindValue(timestampParam(leaseUntil));
    q->addBindValue(seen.requestId);
    q->addBindValue(nameOf(seen.status));
    q->addBindValue(seen.runOwner);
    if (Status s = Database::exec(q.value(), QStringLiteral("claim provisioning request")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return Error::conflict(
            QStringLiteral("request %1 was taken over by another session").arg(seen.requestId));
    return success();
}

Status RunJournal::renew(const QString &requestId, const QString &owner, const QString &stage,
                         const QDateTime &leaseUntil)
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("UPDATE provisioning_requests SET stage = ?, lease_until = ? "
                                    "WHERE request_id = ? AND run_owner = ?"));
    if (!q)
        return q.error();
    q->addBindValue(stage);
    q->addBindValue(timestampParam(leaseUntil));
    q->addBindValue(requestId);
    q->addBindValue(owner);
    if (Status s = Database::exec(q.value(), QStringLiteral("renew provisioning lease")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return Error::conflict(
            QStringLiteral("request %1 was taken over by another session").arg(requestId));
    return success();
}

Status RunJournal::setStatus(const QString &requestId, const QString &owner, RequestStatus status,
                             const QString &outcome, bool finished)
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("UPDATE provisioning_requests SET status = ?, outcome = ?, finished_at = ?, "
                       "lease_until = CASE WHEN ? THEN NULL ELSE lease_until END, "
                       "run_owner = CASE WHEN ? THEN '' ELSE run_owner END "
                       "WHERE request_id = ? AND run_owner = ?"));
    if (!q)
        return q.error();
    q->addBindValue(nameOf(status));
    q->addBindValue(outcome);
    q->addBindValue(finished ? timestampParam(QDateTime::currentDateTimeUtc()) : QVariant());
    q->addBindValue(finished);
    q->addBindValue(finished);
    q->addBindValue(requestId);
    q->addBindValue(owner);
    if (Status s = Database::exec(q.value(), QStringLiteral("record provisioning status")); !s)
        return s;
    if (q->numRowsAffected() != 1)
        return Error::conflict(
            QStringLiteral("request %1 was taken over by another session").arg(requestId));
    return success();
}

Status RunJournal::release(const QString &requestId, const QString &owner)
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("UPDATE provisioning_requests SET lease_until = NULL, run_owner = '' "
                       "WHERE request_id = ? AND run_owner = ?"));
    if (!q)
        return q.error();
    q->addBindValue(requestId);
    q->addBindValue(owner);
    return Database::exec(q.value(), QStringLiteral("release provisioning request"));
}

Status RunJournal::record(const StepRecord &step)
{
    // Delete-then-insert keeps one row per step on both backends.
    Result<QSqlQuery> del = m_db.prepare(QStringLiteral(
        "DELETE FROM provisioning_steps WHERE request_id = ? AND phase = ? AND name = ?"));
    if (!del)
        return del.error();
    del->addBindValue(step.requestId);
    del->addBindValue(nameOf(step.phase));
    del->addBindValue(step.name);
    if (Status s = Database::exec(del.value(), QStringLiteral("record provisioning step")); !s)
        return s;
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO provisioning_steps (request_id, position, phase, name, blocking, status, "
        "detail, started_at, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(step.requestId);
    q->addBindValue(step.position);
    q->addBindValue(nameOf(step.phase));
    q->addBindValue(step.name);
    q->addBindValue(step.blocking);
    q->addBindValue(nameOf(step.status));
    q->addBindValue(step.detail);
    q->addBindValue(timestampParam(step.startedAt));
    q->addBindValue(step.durationMs);
    return Database::exec(q.value(), QStringLiteral("record provisioning step"));
}

Result<QList<StepRecord>> RunJournal::steps(const QString &requestId) const
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "SELECT position, phase, name, blocking, status, detail, started_at, "
        "duration_ms FROM provisioning_steps WHERE request_id = ? ORDER BY position"));
    if (!q)
        return q.error();
    q->addBindValue(requestId);
    if (Status s = Database::exec(q.value(), QStringLiteral("read provisioning steps")); !s)
        return s.error();
    QList<StepRecord> steps;
    while (q->next()) {
        StepRecord step;
        step.requestId = requestId;
        step.position = q->value(0).toInt();
        const QString phase = q->value(1).toString();
        for (StepPhase p : allPhases)
            if (nameOf(p) == phase)
                step.phase = p;
        step.name = q->value(2).toString();
        step.blocking = q->value(3).toBool();
        const QString status = q->value(4).toString();
        for (StepStatus s : allStepStatuses)
            if (nameOf(s) == status)
                step.status = s;
        step.detail = q->value(5).toString();
        step.startedAt = timestampFromColumn(q->value(6));
        step.durationMs = q->value(7).toLongLong();
        steps << step;
    }
    return steps;
}

} // namespace tenant
