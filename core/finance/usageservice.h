#pragma once

#include "usage.h"

namespace tenant {

class AuditLog;
class ChangeNotifier;
class Database;

/// What one import stored.
struct UsageImport
{
    int rows = 0;
    int replaced = 0; ///< rows that overwrote a tenant-month already stored
    QStringList tenants;
    QStringList months;
    QJsonObject toJson() const;
};

/// Tenants' monthly usage in the registry: imports (all or nothing, each
/// row audited) and reads for the chargeback report.
class UsageService final
{
public:
    UsageService(Database &db, AuditLog &audit, ChangeNotifier &notifier);

    /// Stores `records` from `source` ("csv:FILE", "prometheus:URL") in one
    /// transaction: every record validated, every tenant known (an error
    /// names the CSV line), each tenant-month written once; a tenant-month
    /// already stored is replaced, its old figures kept in the audit entry.
    /// Any refusal writes nothing.
    Result<UsageImport> import(const QList<UsageRecord> &records, const QString &source,
                               const QString &actor);
    /// Every tenant's usage for `month` (YYYY-MM), by tenant id.
    Result<QList<UsageRecord>> forMonth(const QString &month) const;
    /// The months with any usage, newest first.
    Result<QStringList> months() const;

    /// The PromQL a pull runs, one query per column (policy "usage_queries").
    Result<QJsonObject> queries() const;
    /// Replaces the queries (audited; a platform admin's). The billed
    /// columns need a query; a quota column may have none.
    Status setQueries(const QJsonObject &document, const QString &actor);
    /// Refuses a query document with an unknown column, a missing billed
    /// column, or a query that is not text of at most 4,000 characters.
    static Status checkQueries(const QJsonObject &document);

private:
    Database &m_db;
    AuditLog &m_audit;
    ChangeNotifier &m_notifier;
};

} // namespace tenant
