#include "flagevaluator.h"

namespace tenant {

QString nameOf(FlagScope scope)
{
    switch (scope) {
    case FlagScope::Global:
        return QStringLiteral("global");
    case FlagScope::Tier:
        return QStringLiteral("tier");
    case FlagScope::Tenant:
        return QStringLiteral("tenant");
    }
    return {};
}

QString nameOf(FlagSource source)
{
    switch (source) {
    case FlagSource::Tenant:
        return QStringLiteral("tenant");
    case FlagSource::Tier:
        return QStringLiteral("tier");
    case FlagSource::Global:
        return QStringLiteral("global");
    case FlagSource::Default:
        return QStringLiteral("default");
    }
    return {};
}

std::optional<FlagScope> flagScopeFromString(const QString &text)
{
    for (FlagScope s : {FlagScope::Global, FlagScope::Tier, FlagScope::Tenant})
        if (nameOf(s) == text)
            return s;
    return std::nullopt;
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
    m_values.reserve(values.size());
    for (const FlagValue &v : values)
        m_values.insert(key(v.scope, v.scopeId, v.flagName), v);
}

QString FlagEvaluator::key(FlagScope scope, const QString &scopeId, const QString &flag)
{
    return QString::number(static_cast<int>(scope)) + QChar(0x1f) + scopeId + QChar(0x1f) + flag;
}

int FlagEvaluator::rolloutBucket(const QString &tenantId, const QString &flag)
{
    // FNV-1a over UTF-8: stable across runs, platforms and Qt versions
    // (qHash is seeded per process and so is not).
    quint64 hash = 14695981039346656037ULL;
    const QByteArray bytes = (tenantId + QLatin1Char(':') + flag).toUtf8();
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return static_cast<int>(hash % 100);
}

FlagEvaluation FlagEvaluator::evaluate(const QString &tenantId, Tier tier,
                                       const QString &flag) const
{
    FlagEvaluation result;
    result.tenantId = tenantId;
    result.flag = flag;
    const std::pair<FlagSource, QString> levels[] = {
        {FlagSource::Tenant, key(FlagScope::Tenant, tenantId, flag)},
        {FlagSource::Tier, key(FlagScope::Tier, nameOf(tier), flag)},
        {FlagSource::Global, key(FlagScope::Global, QString(), flag)}};
    for (const auto &[source, k] : levels) {
        const auto it = m_values.constFind(k);
        if (it == m_values.constEnd())
            continue;
        result.source = source;
        result.rolloutPercentage = it->rolloutPercentage;
        result.enabled = it->enabled && (it->rolloutPercentage >= 100 ||
                                         rolloutBucket(tenantId, flag) < it->rolloutPercentage);
        return result;
    }
    return result; // built-in default: off
}

} // namespace tenant
