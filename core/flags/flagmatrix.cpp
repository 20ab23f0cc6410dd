#include "flagmatrix.h"

#include <QHash>

#include <array>

namespace tenant {

namespace {
quint8 encode(bool enabled, FlagSource source)
{
    return static_cast<quint8>((enabled ? 1 : 0) | (static_cast<int>(source) << 1));
}
} // namespace

FlagMatrix FlagMatrix::compute(const QList<TenantKey> &tenants, const QStringList &flags,
                               const FlagEvaluator &values)
{
    using Level = FlagEvaluator::Level;
    FlagMatrix m;
    m.m_tenantCount = static_cast<int>(tenants.size());
    m.m_flagCount = static_cast<int>(flags.size());
    m.m_cells.assign(static_cast<size_t>(m.m_tenantCount) * m.m_flagCount,
                     encode(false, FlagSource::Default));

    QHash<QString, int> tenantIndex;
    tenantIndex.reserve(tenants.size());
    // The rollout bucket hashes "tenant:flag"; the tenant's part is hashed once.
    std::vector<quint64> tenantHash(tenants.size());
    std::vector<quint8> tierOf(tenants.size());
    for (int t = 0; t < tenants.size(); ++t) {
        tenantIndex.insert(tenants.at(t).tenantId, t);
        tenantHash[t] = FlagEvaluator::fnv1a(FlagEvaluator::fnvOffset,
                                             (tenants.at(t).tenantId + QLatin1Char(':')).toUtf8());
        tierOf[t] = static_cast<quint8>(tenants.at(t).tier);
    }

    bool anyRollout = false;
    for (int f = 0; f < flags.size(); ++f) {
        const FlagEvaluator::Flag *flag = values.flag(flags.at(f));
        if (!flag)
            continue; // nothing set: every cell keeps the built-in default
        const QByteArray flagBytes = flags.at(f).toUtf8();
        quint8 *column = m.m_cells.data() + static_cast<size_t>(f) * m.m_tenantCount;
        auto decide = [&](int t, const Level &level, FlagSource source) {
            bool on = level.enabled;
            if (on && level.rolloutPercentage < 100)
                on = static_cast<int>(FlagEvaluator::fnv1a(tenantHash[t], flagBytes) % 100) <
                     level.rolloutPercentage;
            column[t] = encode(on, source);
            if (level.rolloutPercentage < 100 || anyRollout) {
                if (!anyRollout) {
                    m.m_rollout.assign(m.m_cells.size(), 100);
                    anyRollout = true;
                }
                m.m_rollout[static_cast<size_t>(f) * m.m_tenantCount + t] =
                    static_cast<quint8>(level.rolloutPercentage);
            }
        };
        // The level deciding each tier's tenants, then the overrides on top.
        std::array<std::pair<const Level *, FlagSource>, 4> byTier;
        for (size_t tier = 0; tier < byTier.size(); ++tier)
            byTier[tier] = flag->tiers[tier].set ? std::pair(&flag->tiers[tier], FlagSource::Tier)
                                                 : std::pair(&flag->global, FlagSource::Global);
        for (int t = 0; t < m.m_tenantCount; ++t)
            if (const auto &[level, source] = byTier[tierOf[t]]; level->set)
                decide(t, *level, source);
        for (auto it = flag->tenants.cbegin(); it != flag->tenants.cend(); ++it)
            if (const auto t = tenantIndex.constFind(it.key()); t != tenantIndex.constEnd())
                decide(*t, it.value(), FlagSource::Tenant);
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
