#pragma once

#include "flagevaluator.h"

#include <vector>

namespace tenant {

/// Every tenant's effective value of every flag, computed in one pass with
/// the same rules as FlagEvaluator (tenant override > tier default > global
/// default > off, rollout buckets included) and kept compact: one byte per
/// cell. 100,000 tenants x 500 flags is 50 MB and well under a second, where
/// evaluating cell by cell would build 50 million FlagEvaluations.
class FlagMatrix final
{
public:
    struct TenantKey
    {
        QString tenantId;
        Tier tier = Tier::Bronze;
    };

    FlagMatrix() = default;
    /// The cells of `tenants` x `flags` from `values`' index.
    static FlagMatrix compute(const QList<TenantKey> &tenants, const QStringList &flags,
                              const FlagEvaluator &values);

    int tenantCount() const { return m_tenantCount; }
    int flagCount() const { return m_flagCount; }
    bool isEnabled(int tenant, int flag) const { return cell(tenant, flag) & 1; }
    FlagSource source(int tenant, int flag) const
    {
        return static_cast<FlagSource>((cell(tenant, flag) >> 1) & 3);
    }
    /// The deciding value's rollout percentage (100 when nothing decided).
    int rolloutPercentage(int tenant, int flag) const;
    /// Cells that are on: a checksum for benchmarks and tests.
    qint64 enabledCount() const;

private:
    quint8 cell(int tenant, int flag) const
    {
        return m_cells[static_cast<size_t>(flag) * m_tenantCount + tenant];
    }

    int m_tenantCount = 0;
    int m_flagCount = 0;
    std::vector<quint8> m_cells;   ///< flag-major: a flag's column is contiguous
    std::vector<quint8> m_rollout; ///< percentage per cell, only where it is below 100
};

} // namespace tenant
