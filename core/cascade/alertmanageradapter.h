#pragma once

#include "cascade/cascadeadapter.h"

#include <QNetworkRequest>
#include <QUrl>

namespace tenant {

/// The monitoring step, through Prometheus Alertmanager's v2 API: suspend
/// creates a silence matching tenant_id=ID; activate expires it. Only
/// silences this tool created are ever expired.
class AlertmanagerAdapter final : public CascadeAdapter
{
public:
    explicit AlertmanagerAdapter(const QUrl &baseUrl);

    QString system() const override { return QStringLiteral("monitoring"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    /// Ids of the active silences this tool holds for `tenantId`.
    Result<QStringList> activeSilences(const QString &tenantId, QDeadlineTimer deadline);

    static constexpr const char *creator = "tenant-admin";

private:
    Status silence(const CascadeContext &context);
    Status unsilence(const CascadeContext &context);
    QNetworkRequest request(const QString &path, const QString &query = {}) const;

    QUrl m_base;
};

} // namespace tenant
