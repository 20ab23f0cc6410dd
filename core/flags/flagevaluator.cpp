#include "flagevaluator.h"

#include "enumnames.h"

namespace tenant {

QString nameOf(FlagScope scope)
{
    return enumName(scope);
}

QString nameOf(FlagSource source)
{
    return enumName(source);
}

std::optional<FlagScope> flagScopeFromString(const QString &text)
{
    return enumFromName<FlagScope>(text);
}

QJsonObject FlagEvaluation::toJson() const
{
    return QJsonObject{{QStringLiteral("tenant"), tenantId},
                       {QStringLiteral("flag"), flag},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("source"), nameOf(source)}};
}

FlagEvaluator::FlagEvaluator(const QList<FlagValue> &values)
{
    for (const FlagValue &v : values) {
        Flag &flag = m_flags[v.flagName];
        const Level level{true, v.enabled, v.rolloutPercentage};
        switch (v.scope) {
        case FlagScope::Global:
            flag.global = level;
            break;
        case FlagScope::Tier:
            if (const auto tier = tierFromString(v.scopeId))
                flag.tiers[static_cast<size_t>(*tier)] = level;
            break;
        case FlagScope::Tenant:
            flag.tenants.insert(v.scopeId, level);
            break;
        }
    }
}

quint64 FlagEvaluator::fnv1a(quint64 hash, const QByteArray &bytes)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

int FlagEvaluator::rolloutBucket(const QString &tenantId, const QString &flag)
{
    return static_cast<int>(fnv1a(fnvOffset, (tenantId + QLatin1Char(':') + flag).toUtf8()) % 100);
}

const FlagEvaluator::Flag *FlagEvaluator::flag(const QString &name) const
{
    const auto found = m_flags.constFind(name);
    return found == m_flags.constEnd() ? nullptr : &*found;
}

FlagEvaluation FlagEvaluator::evaluate(const QString &tenantId, Tier tier,
                                       const QString &flag) const
{
    FlagEvaluation result;
    result.tenantId = tenantId;
    result.flag = flag;
    const Flag *found = this->flag(flag);
    if (!found)
        return result; // built-in default: off
    const Flag &f = *found;
    const Level *level = nullptr;
    if (const auto t = f.tenants.constFind(tenantId); t != f.tenants.constEnd()) {
        level = &*t;
        result.source = FlagSource::Tenant;
    } else if (const Level &byTier = f.tiers[static_cast<size_t>(tier)]; byTier.set) {
        level = &byTier;
        result.source = FlagSource::Tier;
    } else if (f.global.set) {
        level = &f.global;
        result.source = FlagSource::Global;
    } else {
        return result;
    }
    result.rolloutPercentage = level->rolloutPercentage;
    result.enabled = level->enabled && (level->rolloutPercentage >= 100 ||
                                        rolloutBucket(tenantId, flag) < level->rolloutPercentage);
    return result;
}

} // namespace tenant
