#pragma once

#include "flagevaluator.h"
#include "flagmatrix.h"

#include <QMutex>
#include <QObject>

#include <optional>

namespace tenant {

class AuditLog;
class ChangeNotifier;
class Database;
class TenantRepository;

/// What to set on a flag; the definition is created on first use.
struct FlagChange
{
    QString flag;
    FlagScope scope = FlagScope::Global;
    QString scopeId;
    bool enabled = false;
    int rolloutPercentage = 100;
    std::optional<QString> owner;
    std::optional<QString> description;
    std::optional<QDateTime> expiresAt;
};

/// A flag with its report: stale (older than the policy allows) or expired.
struct FlagReport
{
    FlagDefinition definition;
    QList<FlagValue> values;
    bool stale = false;
    bool expired = false;

    QJsonObject toJson() const;
};

/// Stores flags, evaluates them through a cache, and invalidates the cache on
/// every flag change and every tenant change (a tier change moves a tenant
/// to another tier's defaults).
class FlagService final : public QObject
{
    Q_OBJECT
public:
    FlagService(Database &db, TenantRepository &tenants, AuditLog &audit,
                QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FlagService)

    Result<FlagValue> set(const FlagChange &change, const QString &actor,
                          const QString &reason = {});
    /// The rules of a change that need no registry (name, texts, rollout,
    /// scope id shape): what a view can refuse at once. set() checks them
    /// and that a tenant-scope tenant exists.
    static Status checkChange(const FlagChange &change);
    /// Removes the value at one scope, so evaluation falls through to the next level.
    Status clear(const QString &flag, FlagScope scope, const QString &scopeId,
                 const QString &actor);
    /// Removes a flag and all its values.
    Status remove(const QString &flag, const QString &actor);

    Result<FlagEvaluation> evaluate(const QString &tenantId, const QString &flag);
    /// Evaluation when the tenant's tier is already known (no tenant lookup).
    Result<FlagEvaluation> evaluate(const QString &tenantId, Tier tier, const QString &flag);
    /// Only whether the flag is on: the per-request question, answered from
    /// the cache without building an evaluation.
    Result<bool> isEnabled(const QString &tenantId, Tier tier, const QString &flag);

    /// The flag values every evaluation reads (read from the database when
    /// not cached), and the flag names in order.
    Result<FlagEvaluator> snapshot(QStringList *flagNames = nullptr);
    /// Every flag's effective value for each of `tenants`, flags in name order.
    Result<FlagMatrix> matrix(const QList<FlagMatrix::TenantKey> &tenants,
                              QStringList *flagNames = nullptr);

    Result<QList<FlagReport>> reports();
    Result<int> staleAfterDays() const;

    /// Drops every cached evaluation and the snapshot they came from.
    void invalidate();
    int cacheSize() const
    {
        const QMutexLocker lock(&m_cacheMutex);
        return m_cachedCells;
    }

    /// Where this service's committed changes are announced.
    ChangeNotifier &notifier() const;

private:
    /// The flag values and names evaluations read.
    struct Snapshot
    {
        FlagEvaluator values;
        QSet<QString> flagNames;
    };
    /// Reads them from the database (no lock held).
    Result<Snapshot> readSnapshot() const;
    /// The cached snapshot, read first when there is none; `generation` is
    /// the cache generation it belongs to.
    Result<Snapshot> currentSnapshot(quint64 &generation);
    struct CachedCell;
    /// The cached value of (tenant, flag), or null; call with the mutex held.
    const CachedCell *cachedCell(const QString &tenantId, const QString &flag) const;
    /// A cached evaluation (for `tier`, when given); call with the mutex held.
    std::optional<FlagEvaluation> cached(const QString &tenantId, const QString &flag,
                                         std::optional<Tier> tier = std::nullopt) const;
    /// Evaluates from the snapshot; caches the result only if nothing was
    /// written since cache generation `generation`.
    Result<FlagEvaluation> evaluateFrom(quint64 generation, const QString &tenantId, Tier tier,
                                        const QString &flag);
    Status validate(const FlagChange &change) const;

    Database &m_db;
    TenantRepository &m_tenants;
    AuditLog &m_audit;
    // Provisioning sets flags on a worker thread while the console evaluates.
    mutable QMutex m_cacheMutex;
    quint64 m_generation = 0; ///< bumped by every invalidate()
    std::optional<Snapshot> m_snapshot;
    struct CachedCell
    {
        bool enabled = false;
        FlagSource source = FlagSource::Default;
        int rolloutPercentage = 100;
        Tier tier = Tier::Bronze; ///< the tier it was evaluated for
    };
    QHash<QString, QHash<QString, CachedCell>> m_cache; ///< flag -> tenant -> value
    int m_cachedCells = 0;
};

} // namespace tenant
