#pragma once

#include "auditlog.h"

#include <QByteArray>

#include <optional>

class QIODevice;

namespace tenant {

/// The audit log as an external auditor receives it: every entry with the
/// exact text its hash covers, so the chain can be recomputed without this
/// program (README: "Verifying an audit export"; scripts/verify-audit-export.js
/// is one independent verifier).
class AuditExport final
{
public:
    enum class Format { JsonLines, Csv };
    /// "jsonl" or "csv"; nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);

    /// The columns, in hash order, then the hash: seq, occurred_at, actor,
    /// action, tenant_id, before, after, reason, correlation_id, prev_hash, hash.
    static QStringList columns();
    /// One entry as a JSON object on one line (before/after as the JSON text
    /// that was hashed, not re-encoded), newline-terminated.
    static QByteArray jsonLine(const AuditEntry &entry);
    /// The CSV header line, and one entry as an RFC 4180 row: every value
    /// as stored (a field with a comma, quote or line break is quoted).
    static QByteArray csvHeader();
    static QByteArray csvRow(const AuditEntry &entry);

    /// Writes the whole log to `out` in `format`, entry by entry. Returns
    /// how many entries were written.
    static Result<qint64> write(const AuditLog &log, Format format, QIODevice &out);
};

} // namespace tenant
