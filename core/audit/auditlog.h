#pragma once

#include "batchinsert.h"
#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <QMutex>

#include <functional>
#include <optional>

namespace tenant {

class Database;
class Transaction;

/// One audit entry as stored. `before`/`after` are compact JSON text.
struct AuditEntry
{
    qint64 seq = 0;
    QString occurredAt; ///< ISO-8601 UTC with milliseconds, hashed as text
    QString actor;
    QString action;
    QString tenantId;
    QString before;
    QString after;
    QString reason;
    QString correlationId;
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
    /// SHA-256 over every field but `hash`, in a fixed order.
    QString computeHash() const;
};

/// One attribute that differs between an entry's before and after states.
struct FieldChange
{
    QString key;
    QJsonValue before; ///< undefined when the key was added
    QJsonValue after;  ///< undefined when the key was removed
};

/// The keys whose values differ between two JSON objects, in key order.
QList<FieldChange> diffJson(const QJsonObject &before, const QJsonObject &after);

/// What a caller asks to record; the log fills in sequence, time and hashes.
struct AuditRecord
{
    QString action;
    QString tenantId;
    QJsonObject before;
    QJsonObject after;
    QString reason;
    QString correlationId; ///< empty: a fresh id is generated
};

/// One entry of the chain as a verifier saw it: the newest entry it
/// checked, remembered so that a later walk proves the log still holds it.
struct AuditHead
{
    qint64 seq = 0; ///< 0: an empty log
    QString hash;
    bool operator==(const AuditHead &other) const { return seq == other.seq && hash == other.hash; }
};

/// Outcome of walking the chain.
struct AuditVerification
{
    bool intact = true;
    bool cancelled = false; ///< stopped early on request; `intact` covers what was checked
    qint64 entriesChecked = 0;
    qint64 firstBadSeq = 0; ///< 0 when intact
    QString problem;        ///< one line naming the entry and what is wrong
    /// The last entry checked: what a verifier remembers when the walk is
    /// intact and not cancelled (a cancelled walk's head is partial).
    AuditHead head;
};

/// Append-only, hash-chained audit log. Every entry's hash covers the previous
/// entry's hash, so editing, deleting or reordering rows breaks the chain.
class AuditLog final
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {}

    /// Whether entry `seq` was appended by this process: a live console
    /// skips what it announced itself. An entry counts from just before its
    /// commit (the NOTIFY may reach another thread before commit() returns)
    /// and is forgotten if it rolls back. Remembers the newest 10,000
    /// transactions' ranges.
    bool committedHere(qint64 seq) const;

    /// Appends inside the caller's open transaction `tx`, so that the change
    /// and its audit entry commit or roll back together. Returns the entry.
    Result<AuditEntry> append(Transaction &tx, const QString &actor, const AuditRecord &record);
    /// Appends many entries (a bulk import) inside the caller's transaction:
    /// the chain head is read once and entries are written in multi-row
    /// INSERTs as they come, so nothing large accumulates in memory and the
    /// per-statement cost is paid once per batch. finish() writes the rest.
    class Appender
    {
    public:
        Status append(const AuditRecord &record) { return write(chain(record)); }
        /// The next entry of the chain, not yet written. Pure computation: a
        /// bulk import chains on a worker thread while this thread writes.
        AuditEntry chain(const AuditRecord &record);
        /// Writes (or buffers) an entry chain() made, in chain order.
        Status write(const AuditEntry &entry);
        Status finish();
        const AuditEntry &lastEntry() const { return m_last; }

    private:
        friend class AuditLog;
        Appender(Database &db, QString actor, qint64 seq, QString prevHash);

        Transaction *m_tx = nullptr;
        AuditLog *m_log = nullptr;
        qint64 m_firstSeq = 0;
        BatchInsert m_insert;
        QString m_actor;
        QString m_occurredAt;
        qint64 m_seq = 0;
        QString m_prevHash;
        AuditEntry m_last;
    };
    Result<Appender> appender(Transaction &tx, const QString &actor);

    /// Entries in sequence order, optionally for one tenant only, and only
    /// those after `afterSeq` (for incremental refreshes).
    Result<QList<AuditEntry>> list(const QString &tenantId = {}, qint64 afterSeq = 0) const;

    /// Every entry in sequence order, read as it goes (nothing accumulates):
    /// `visit` returns false to stop.
    Status forEach(const std::function<bool(const AuditEntry &entry)> &visit) const;

    /// Called every so often during verify() with (entries checked, total);
    /// returning false cancels the walk.
    using Progress = std::function<bool(qint64 checked, qint64 total)>;

    /// Walks the whole chain and names the first bad entry. With `seenBefore`
    /// (a head an earlier walk verified), the chain must still hold that
    /// entry unchanged: a rewritten or cut log is reported even when it is
    /// consistent in itself (the database's owner can re-chain it).
    Result<AuditVerification> verify(const Progress &progress = {},
                                     const std::optional<AuditHead> &seenBefore = {}) const;

    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
    Database &database() const { return m_db; }

private:
    void rememberOwn(qint64 first, qint64 last);
    void forgetOwn(qint64 first, qint64 last);

    Database &m_db;
    mutable QMutex m_committedMutex;
    QList<std::pair<qint64, qint64>> m_committed; ///< [first, last] per transaction, oldest first
};

} // namespace tenant
