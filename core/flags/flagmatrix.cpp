#include "flagmatrix.h"

#include <QHash>

#include <array>

namespace tenant {

namespace {
constexpr quint64 fnvOffset = 14695981039346656037ULL;
constexpr quint64 fnvPrime = 1099511628211ULL;

quint64 fnv(quint64 hash, const QByteArray &bytes)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= fnvPrime;
    }
    return hash;
}

quint8 encode(bool enabled, FlagSource source)
{
    return static_cast<quint8>((enabled ? 1 : 0) | (static_cast<int>(source) << 1));
}

/// A value that decides cells: its enabled state and rollout.
struct Decision
{
    bool set = false;
    bool enabled = false;
    int rollout = 100;
    FlagSource source = FlagSource::Default;
};
} // namespace

FlagMatrix FlagMatrix::compute(const QList<TenantKey> &tenants, const QStringList &flags,
                               const QList<FlagValue> &values)
{
    FlagMatrix m;
    m.m_tenantCount = static_cast<int>(tenants.size());
    m.m_flagCount = static_cast<int>(flags.size());
    m.m_cells.assign(static_cast<size_t>(m.m_tenantCount) * m.m_flagCount,
                     encode(false, FlagSource::Default));

    QHash<QString, int> flagIndex;
    for (int f = 0; f < flags.size(); ++f)
        flagIndex.insert(flags.at(f), f);
    QHash<QString, int> tenantIndex;
    tenantIndex.reserve(tenants.size());
    // The rollout bucket hashes "tenant:flag"; the tenant's part is hashed once.
    std::vector<quint64> tenantHash(tenants.size());
    std::vector<quint8> tierOf(tenants.size());
    for (int t = 0; t < tenants.size(); ++t) {
        tenantIndex.insert(tenants.at(t).tenantId, t);
        tenantHash[t] = fnv(fnvOffset, (tenants.at(t).tenantId + QLatin1Char(':')).toUtf8());
        tierOf[t] = static_cast<quint8>(tenants.at(t).tier);
    }

    // Per flag: the global value, one per tier, and the tenant overrides.
    constexpr int tierCount = 4;
    std::vector<Decision> global(flags.size());
    std::vector<std::array<Decision, tierCount>> byTier(flags.size());
    std::vector<std::vector<std::pair<int, Decision>>> overrides(flags.size());
    for (const FlagValue &v : values) {
        const auto f = flagIndex.constFind(v.flagName);
        if (f == flagIndex.constEnd())
            continue;
        switch (v.scope) {
        case FlagScope::Global:
            global[*f] = {true, v.enabled, v.rolloutPercentage, FlagSource::Global};
            break;
        case FlagScope::Tier:
            if (const auto tier = tierFromString(v.scopeId))
                byTier[*f][static_cast<int>(*tier)] = {true, v.enabled, v.rolloutPercentage,
                                                       FlagSource::Tier};
            break;
        case FlagScope::Tenant:
            if (const auto t = tenantIndex.constFind(v.scopeId); t != tenantIndex.constEnd())
                overrides[*f].push_back(
                    {*t, {true, v.enabled, v.rolloutPercentage, FlagSource::Tenant}});
            break;
        }
    }

    bool anyRollout = false;
    for (int f = 0; f < flags.size(); ++f) {
        const QByteArray flagBytes = flags.at(f).toUtf8();
        quint8 *column = m.m_cells.data() + static_cast<size_t>(f) * m.m_tenantCount;
        auto decide = [&](int t, const Decision &d) {
            bool on = d.enabled;
            if (on && d.rollout < 100) {
                on = static_cast<int>(fnv(tenantHash[t], flagBytes) % 100) < d.rollout;
            }
            column[t] = encode(on, d.source);
            if (d.rollout < 100 || anyRollout) {
                if (!anyRollout) {
                    m.m_rollout.assign(m.m_cells.size(), 100);
                    anyRollout = true;
                }
                m.m_rollout[static_cast<size_t>(f) * m.m_tenantCount + t] =
                    static_cast<quint8>(d.rollout);
            }
        };
        // The level deciding each tier's tenants, then the overrides on top.
        std::array<Decision, tierCount> level;
        for (int tier = 0; tier < tierCount; ++tier)
            level[tier] = byTier[f][tier].set ? byTier[f][tier] : global[f];
        for (int t = 0; t < m.m_tenantCount; ++t)
            if (const Decision &d = level[tierOf[t]]; d.set)
                decide(t, d);
        for (const auto &[t, d] : overrides[f])
            decide(t, d);
    }
    return m;
}

int FlagMatrix::rolloutPercentage(int tenant, int flag) const
{
    if (m_rollout.empty())
        return 100;
    return m_rollout[static_cast<size_t>(flag) * m_tenantCount + tenant];
}

qint64 FlagMatrix::enabledCount() const
{
    qint64 on = 0;
    for (const quint8 c : m_cells)
        on += c & 1;
    return on;
}

} // namespace tenant
