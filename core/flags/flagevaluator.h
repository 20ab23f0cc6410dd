#pragma once

#include "tenant.h"

#include <QDateTime>
#include <QHash>

#include <QJsonObject>
#include <array>

namespace tenant {

namespace FlagEnums {
Q_NAMESPACE
enum class FlagScope { Global, Tier, Tenant };
Q_ENUM_NS(FlagScope)
/// The level that decided an evaluation, most specific first.
enum class FlagSource { Tenant, Tier, Global, Default };
Q_ENUM_NS(FlagSource)
} // namespace FlagEnums
using FlagEnums::FlagScope;
using FlagEnums::FlagSource;

QString nameOf(FlagScope scope);
QString nameOf(FlagSource source);
std::optional<FlagScope> flagScopeFromString(const QString &text);

/// A flag's identity and ownership.
struct FlagDefinition
{
    QString name;
    QString description;
    QString owner;
    QDateTime createdAt;
    QDateTime expiresAt; ///< invalid: never expires

    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    bool isStale(const QDateTime &now, int staleAfterDays) const
    {
        return createdAt.isValid() && createdAt.daysTo(now) > staleAfterDays;
    }
};

/// A value set for a flag at one scope.
struct FlagValue
{
    QString flagName;
    FlagScope scope = FlagScope::Global;
    QString scopeId; ///< tier name, tenant id, or empty for global
    bool enabled = false;
    int rolloutPercentage = 100;
    QDateTime updatedAt;
};

/// The effective value of a flag for one tenant, and who decided it.
struct FlagEvaluation
{
    QString tenantId;
    QString flag;
    bool enabled = false;
    FlagSource source = FlagSource::Default;
    int rolloutPercentage = 100; ///< of the deciding value

    QJsonObject toJson() const;
};

/// Evaluates flags from an in-memory snapshot: tenant override > tier default
/// > global default > built-in default (off). Values are indexed by flag,
/// then by tenant: an evaluation is two hash lookups, whatever the number of
/// flags or tenants.
class FlagEvaluator final
{
public:
    FlagEvaluator() = default;
    explicit FlagEvaluator(const QList<FlagValue> &values);

    FlagEvaluation evaluate(const QString &tenantId, Tier tier, const QString &flag) const;

    /// Stable 0-99 bucket of (tenant, flag): a tenant inside a rollout stays
    /// inside as the percentage grows.
    static int rolloutBucket(const QString &tenantId, const QString &flag);
    /// The bucket is FNV-1a over the UTF-8 of "tenant:flag", stable across
    /// runs, platforms and Qt versions (qHash is seeded per process). Split
    /// so that bulk evaluation hashes each "tenant:" prefix once.
    static constexpr quint64 fnvOffset = 14695981039346656037ULL;
    static quint64 fnv1a(quint64 hash, const QByteArray &bytes);

    /// The values set for one flag, by level.
    struct Level
    {
        bool set = false;
        bool enabled = false;
        int rolloutPercentage = 100;
    };
    struct Flag
    {
        Level global;
        std::array<Level, 4> tiers; ///< by Tier
        QHash<QString, Level> tenants;
    };
    /// Null when nothing is set for `name`.
    const Flag *flag(const QString &name) const;

private:
    QHash<QString, Flag> m_flags;
};

} // namespace tenant
