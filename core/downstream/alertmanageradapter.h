#pragma once

#include "cascadeadapter.h"
#include "tenantresource.h"

#include <QJsonArray>
#include <QNetworkRequest>
#include <QUrl>

namespace tenant {

/// Monitoring, through Prometheus Alertmanager's v2 API. Only silences this
/// tool created are ever expired.
///
/// In a cascade, suspend creates a silence matching tenant_id=ID; activate
/// expires it.
///
/// In provisioning it creates the same silence for the onboarding, so the
/// half-made tenant pages nobody; activation (a cascade) expires it and
/// rollback removes it. Its check sends a tenant-labelled alert and reads it
/// back from Alertmanager, then resolves it.
class AlertmanagerAdapter final : public CascadeAdapter, public TenantResource
{
public:
    explicit AlertmanagerAdapter(const QUrl &baseUrl);

    QString system() const override { return QStringLiteral("monitoring"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;
    QList<ValidationCheck> checks() override;

    /// Ids of the active silences this tool holds for `tenantId`.
    Result<QStringList> activeSilences(const QString &tenantId, QDeadlineTimer deadline);

    /// Posts `alerts` (Alertmanager's v2 alert objects) as one request.
    Status postAlerts(const QJsonArray &alerts, QDeadlineTimer deadline);
    /// Alerts Alertmanager holds that match every `label=value` filter.
    Result<QJsonArray> alerts(const QStringList &filters, QDeadlineTimer deadline);

    static constexpr const char *creator = "tenant-admin";

private:
    /// Creates the tenant's silence unless one is active; true if it made one.
    Result<bool> silence(const QString &tenantId, const QString &comment, QDeadlineTimer deadline);
    Status unsilence(const QString &tenantId, QDeadlineTimer deadline);
    Status sendAlert(const QString &tenantId, const QDateTime &endsAt, QDeadlineTimer deadline);
    Result<QString> checkMetrics(const ProvisionContext &context);
    QNetworkRequest request(const QString &path, const QString &query = {}) const;

    QUrl m_base;
};

} // namespace tenant
