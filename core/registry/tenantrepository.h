#pragma once

#include "auditlog.h"
#include "changenotifier.h"
#include "tenant.h"

#include <QObject>
#include <QSqlRecord>

#include <functional>
#include <optional>

namespace tenant {

class Database;
class Transaction;
class PlanCatalog;

/// Why a tenant is written, for its audit entry; the repository adds the
/// tenant's id and its states before and after.
struct AuditNote
{
    QString action;
    QString reason;
    QString correlationId; ///< empty: a fresh id
};

/// Which tenants list() returns. Empty members do not filter.
struct TenantFilter
{
    std::optional<TenantStatus> status;
    std::optional<Tier> tier;
    QString text;                ///< case-insensitive substring of id or name
    std::optional<int> minScore; ///< inclusive; a health band is a score range
    std::optional<int> maxScore; ///< inclusive
};

/// What the tenant table shows of a tenant: the listed columns only, in
/// compact form, so 100,000 of them load fast and stay small.
struct TenantSummary
{
    QString tenantId;
    QString tenantName;
    QString region;
    QString costCenter;
    qint64 monthlyBudget = 0;
    qint64 maxUsers = 0;
    qint64 updatedAtMs = 0;    ///< ms since the epoch, UTC
    qint64 lastSampleAtMs = 0; ///< 0: never sampled
    int version = 0;
    qint16 healthScore = -1; ///< -1: never sampled
    Tier tier = Tier::Bronze;
    TenantStatus status = TenantStatus::Draft;
};

/// Persists tenants. Every change validates, writes in one transaction
/// together with its audit entry, then announces it (ChangeNotifier).
class TenantRepository final : public QObject
{
    Q_OBJECT
public:
    TenantRepository(Database &db, AuditLog &audit, ChangeNotifier &notifier,
                     QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TenantRepository)

    /// A new draft tenant carrying the tier's default limits.
    Result<Tenant> tierTemplate(Tier tier) const;

    Result<Tenant> create(const Tenant &tenant, const QString &actor, const QString &reason = {});
    Result<Tenant> get(const QString &tenantId) const;
    Result<QList<Tenant>> list(const TenantFilter &filter = {}) const;

    /// Every tenant's summary in id order, handed over in batches of
    /// `batchSize` (the first batch as soon as it is read), so a view can
    /// show rows while the rest load. `batch` returns false to stop early.
    Status summaries(int batchSize,
                     const std::function<bool(QList<TenantSummary> &&batch)> &batch) const;
    Result<TenantSummary> summary(const QString &tenantId) const;

    /// Creates many tenants in one transaction, with one audit entry each:
    /// all of them or, on the first invalid or duplicate one, none (the
    /// error names its position). tenantsImported() follows.
    Result<int> importTenants(const QList<Tenant> &tenants, const QString &actor,
                              const QString &reason = {});

    /// Saves `tenant` if the stored version still equals `tenant.version`;
    /// otherwise fails with a Conflict and writes nothing.
    Result<Tenant> update(const Tenant &tenant, const QString &actor, const QString &reason = {});

    /// Deletes a tenant that never left draft (an onboarding rolled back),
    /// with an audit entry keeping what it was. tenantChanged() follows.
    Status removeDraft(const QString &tenantId, const QString &actor, const QString &reason,
                       const QString &correlationId = {});

    /// Inserts a validated new tenant (version 1) inside the caller's open
    /// transaction, with its audit entry: for a service whose own change
    /// creates a tenant. The caller commits and announces.
    Result<Tenant> insert(Transaction &tx, const Tenant &tenant, const QString &actor,
                          const AuditNote &note);

    /// Writes `changed` over `before` (read inside `tx`; the stored version
    /// must still be before's) with its audit entry, inside the caller's
    /// open transaction. Bumps the version. The caller commits and announces.
    Result<Tenant> store(Transaction &tx, const Tenant &before, const Tenant &changed,
                         const QString &actor, const AuditNote &note);

    static constexpr const char *defaultRegion = "ap-south-1";

    /// Where this registry's committed changes are announced (every
    /// service of the workspace announces there).
    ChangeNotifier &notifier() const { return m_notifier; }

private:
    /// The unaudited writes under insert() and store().
    Result<Tenant> insertRow(const Tenant &tenant);
    Result<Tenant> updateRow(const Tenant &tenant);
    /// The residency rule for `tenant`'s region, allowed regions and tags
    /// (PlanCatalog::checkPlacement); `plans` null: read them now.
    Status checkPlacement(const Tenant &tenant, const PlanCatalog *plans = nullptr) const;

    Database &m_db;
    AuditLog &m_audit;
    ChangeNotifier &m_notifier;
};

/// Reads the current row of a query into a tenant.
Result<Tenant> tenantFromRecord(const QSqlRecord &record);

} // namespace tenant
