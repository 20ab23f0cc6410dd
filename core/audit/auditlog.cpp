#include "auditlog.h"

#include "database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tenant {

namespace {

QString compact(const QJsonObject &object)
{
    return object.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue parsed(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, occurred_at, actor, action, tenant_id, before_state, after_state, reason, "
    "correlation_id, prev_hash, hash FROM audit_log");

AuditEntry entryFromQuery(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.occurredAt = q.value(1).toString();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.tenantId = q.value(4).toString();
    e.before = q.value(5).toString();
    e.after = q.value(6).toString();
    e.reason = q.value(7).toString();
    e.correlationId = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

} // namespace

QList<FieldChange> diffJson(const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    QList<FieldChange> changes;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a != b)
            changes.append({key, a, b});
    }
    return changes;
}

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("occurred_at"), occurredAt},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("tenant_id"), tenantId},
                       {QStringLiteral("before"), parsed(before)},
                       {QStringLiteral("after"), parsed(after)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("correlation_id"), correlationId},
                       {QStringLiteral("prev_hash"), prevHash},
                       {QStringLiteral("hash"), hash}};
}

QString AuditEntry::computeHash() const
{
    // A JSON array is an unambiguous encoding: no field can bleed into the next.
    const QJsonArray fields{
        QString::number(seq), occurredAt, actor, action, tenantId, before, after, reason,
        correlationId,        prevHash};
    const QByteArray bytes = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

namespace {
constexpr int auditBatchRows = 500;
} // namespace

Result<AuditEntry> AuditLog::append(Transaction &tx, const QString &actor,
                                    const AuditRecord &record)
{
    Result<Appender> writer = appender(tx, actor);
    if (!writer)
        return writer.error();
    if (Status s = writer->append(record); !s)
        return s.error();
    if (Status s = writer->finish(); !s)
        return s.error();
    return writer->lastEntry();
}

Result<AuditLog::Appender> AuditLog::appender(Transaction &tx, const QString &actor)
{
    if (Status open = tx.requireOpenOn(m_db, QStringLiteral("an audit entry")); !open)
        return open.error();
    if (m_db.isPostgres()) {
        // Serialises appenders across connections; released at commit/rollback.
        Result<QSqlQuery> lock = m_db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(7301)"));
        if (!lock)
            return lock.error();
        if (Status s = Database::exec(lock.value(), QStringLiteral("lock audit log")); !s)
            return s.error();
    }
    // The head row, not the newest entry readable: under row-level security
    // a tenant-scoped login reads only its tenants' entries.
    Result<QSqlQuery> head =
        m_db.prepare(QStringLiteral("SELECT last_seq, last_hash FROM audit_head"));
    if (!head)
        return head.error();
    if (Status s = Database::exec(head.value(), QStringLiteral("read audit head")); !s)
        return s.error();
    qint64 seq = 0;
    QString prevHash = genesisHash();
    if (head.value().next()) {
        seq = head.value().value(0).toLongLong();
        prevHash = head.value().value(1).toString();
    }
    Appender writer(m_db, m_db.actorFor(actor), seq, prevHash);
    writer.m_tx = &tx;
    writer.m_log = this;
    writer.m_firstSeq = seq + 1;
    return writer;
}

bool AuditLog::committedHere(qint64 seq) const
{
    const QMutexLocker lock(&m_committedMutex);
    for (auto it = m_committed.crbegin(); it != m_committed.crend(); ++it)
        if (seq >= it->first && seq <= it->second)
            return true;
    return false;
}

void AuditLog::forgetOwn(qint64 first, qint64 last)
{
    const QMutexLocker lock(&m_committedMutex);
    QList<std::pair<qint64, qint64>> kept;
    for (const auto &[from, to] : std::as_const(m_committed)) {
        if (to < first || from > last) {
            kept.append({from, to});
            continue;
        }
        if (from < first)
            kept.append({from, first - 1});
        if (to > last)
            kept.append({last + 1, to});
    }
    m_committed = kept;
}

void AuditLog::rememberOwn(qint64 first, qint64 last)
{
    const QMutexLocker lock(&m_committedMutex);
    if (!m_committed.isEmpty() && m_committed.last().second + 1 == first)
        m_committed.last().second = last;
    else
        m_committed.append({first, last});
    if (m_committed.size() > 10000)
        m_committed.removeFirst();
}

AuditLog::Appender::Appender(Database &db, QString actor, qint64 seq, QString prevHash)
    : m_insert(db, QStringLiteral("audit_log"),
               {QStringLiteral("seq"), QStringLiteral("occurred_at"), QStringLiteral("actor"),
                QStringLiteral("action"), QStringLiteral("tenant_id"),
                QStringLiteral("before_state"), QStringLiteral("after_state"),
                QStringLiteral("reason"), QStringLiteral("correlation_id"),
                QStringLiteral("prev_hash"), QStringLiteral("hash")},
               auditBatchRows, QStringLiteral("write audit entries"))
    , m_actor(std::move(actor))
    , m_occurredAt(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    , m_seq(seq)
    , m_prevHash(std::move(prevHash))
{}

AuditEntry AuditLog::Appender::chain(const AuditRecord &record)
{
    AuditEntry e;
    e.seq = m_seq + 1;
    e.prevHash = m_prevHash;
    e.occurredAt = m_occurredAt;
    e.actor = m_actor;
    e.action = record.action;
    e.tenantId = record.tenantId;
    e.before = compact(record.before);
    e.after = compact(record.after);
    e.reason = record.reason;
    e.correlationId = record.correlationId.isEmpty()
                          ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                          : record.correlationId;
    e.hash = e.computeHash();
    m_seq = e.seq;
    m_prevHash = e.hash;
    return e;
}

Status AuditLog::Appender::write(const AuditEntry &e)
{
    m_last = e;
    return m_insert.add({e.seq, e.occurredAt, e.actor, e.action, e.tenantId, e.before, e.after,
                         e.reason, e.correlationId, e.prevHash, e.hash});
}

Status AuditLog::Appender::finish()
{
    if (Status s = m_insert.finish(); !s)
        return s;
    if (m_tx && m_log && m_last.seq >= m_firstSeq) {
        // Ours from now: the rows are invisible to others until the commit,
        // and the audit lock keeps their numbers ours until then.
        m_log->rememberOwn(m_firstSeq, m_last.seq);
        m_tx->onRollback(
            [log = m_log, first = m_firstSeq, last = m_last.seq] { log->forgetOwn(first, last); });
    }
    return success();
}

Result<QList<AuditEntry>> AuditLog::list(const QString &tenantId, qint64 afterSeq) const
{
    Result<QSqlQuery> query =
        m_db.prepare(selectColumns + QStringLiteral(" WHERE seq > ?") +
                     (tenantId.isEmpty() ? QString() : QStringLiteral(" AND tenant_id = ?")) +
                     QStringLiteral(" ORDER BY seq"));
    if (!query)
        return query.error();
    query.value().addBindValue(afterSeq);
    if (!tenantId.isEmpty())
        query.value().addBindValue(tenantId);
    if (Status s = Database::exec(query.value(), QStringLiteral("list audit entries")); !s)
        return s.error();
    QList<AuditEntry> entries;
    while (query.value().next())
        entries << entryFromQuery(query.value());
    return entries;
}

Status AuditLog::forEach(const std::function<bool(const AuditEntry &entry)> &visit) const
{
    Result<QSqlQuery> query = m_db.prepare(selectColumns + QStringLiteral(" ORDER BY seq"));
    if (!query)
        return query.error();
    query.value().setForwardOnly(true);
    if (Status s = Database::exec(query.value(), QStringLiteral("read audit log")); !s)
        return s;
    while (query.value().next())
        if (!visit(entryFromQuery(query.value())))
            return success();
    // next() is false at the end and on a read error: the latter must not
    // pass for the end of the log (an export cut short).
    if (query.value().lastError().isValid())
        return storageError(QStringLiteral("read audit log"), query.value());
    return success();
}

Result<AuditVerification> AuditLog::verify(const Progress &progress,
                                           const std::optional<AuditHead> &seenBefore) const
{
    qint64 total = 0;
    if (progress) {
        Result<QSqlQuery> count = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        if (!count)
            return count.error();
        if (Status s = Database::exec(count.value(), QStringLiteral("count audit entries")); !s)
            return s.error();
        total = count.value().next() ? count.value().value(0).toLongLong() : 0;
    }
    Result<QSqlQuery> query = m_db.prepare(selectColumns + QStringLiteral(" ORDER BY seq"));
    if (!query)
        return query.error();
    query.value().setForwardOnly(true);
    if (Status s = Database::exec(query.value(), QStringLiteral("read audit log")); !s)
        return s.error();

    AuditVerification report;
    auto fail = [&report](qint64 seq, const QString &problem) {
        report.intact = false;
        report.firstBadSeq = seq;
        report.problem = problem;
        return report;
    };
    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash();
    while (query.value().next()) {
        const AuditEntry e = entryFromQuery(query.value());
        if (e.seq != expectedSeq)
            return fail(expectedSeq, QStringLiteral("entry %1 is missing (next stored entry is %2)")
                                         .arg(expectedSeq)
                                         .arg(e.seq));
        if (e.prevHash != expectedPrev)
            return fail(
                e.seq,
                QStringLiteral("entry %1 does not link to entry %2").arg(e.seq).arg(e.seq - 1));
        if (e.computeHash() != e.hash)
            return fail(e.seq,
                        QStringLiteral("entry %1 was modified: its content does not match its hash")
                            .arg(e.seq));
        if (seenBefore && e.seq == seenBefore->seq && e.hash != seenBefore->hash)
            return fail(e.seq, QStringLiteral("entry %1 is not the one verified before (hash %2…, "
                                              "now %3…): the log was rewritten")
                                   .arg(e.seq)
                                   .arg(seenBefore->hash.left(12), e.hash.left(12)));
        expectedPrev = e.hash;
        report.head = {e.seq, e.hash};
        ++expectedSeq;
        ++report.entriesChecked;
        if (progress && report.entriesChecked % 1000 == 0 &&
            !progress(report.entriesChecked, total)) {
            report.cancelled = true;
            return report;
        }
    }

    if (query.value().lastError().isValid()) // a read error is not the end of the log
        return storageError(QStringLiteral("read audit log"), query.value());

    Result<QSqlQuery> head =
        m_db.prepare(QStringLiteral("SELECT last_seq, last_hash FROM audit_head"));
    if (!head)
        return head.error();
    if (Status s = Database::exec(head.value(), QStringLiteral("read audit head")); !s)
        return s.error();
    if (head.value().next()) {
        const qint64 lastSeq = head.value().value(0).toLongLong();
        if (lastSeq >= expectedSeq)
            return fail(expectedSeq,
                        QStringLiteral("entry %1 is missing: the chain head records %2 entries")
                            .arg(expectedSeq)
                            .arg(lastSeq));
        if (lastSeq == expectedSeq - 1 && head.value().value(1).toString() != expectedPrev)
            return fail(lastSeq,
                        QStringLiteral("entry %1 does not match the chain head").arg(lastSeq));
    }
    if (seenBefore && report.head.seq < seenBefore->seq)
        return fail(report.head.seq + 1,
                    QStringLiteral("the log ends at entry %1, but entry %2 was verified before: "
                                   "entries were removed")
                        .arg(report.head.seq)
                        .arg(seenBefore->seq));
    return report;
}

} // namespace tenant
