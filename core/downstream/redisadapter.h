#pragma once

#include "cascadeadapter.h"
#include "respclient.h"
#include "tenantresource.h"

namespace tenant {

/// The Redis step: invalidates the tenant's cache. Suspend and activate both
/// delete `tenant:ID:*` (found with SCAN, never KEYS; the version counter is
/// kept), increment `tenant:ID:version` and publish the change on
/// `tenant_updates`. A `tenant:ID:suspended` marker records the direction so
/// the state can be read back: suspended means the status key is gone and the
/// marker is set.
///
/// In provisioning it opens the tenant's namespace: `tenant:ID:version` and
/// an entry in the `tenant-admin:namespaces` set. Removal deletes every
/// `tenant:ID:*` key and the entry.
class RedisAdapter final : public CascadeAdapter, public TenantResource
{
public:
    /// `password` empty: no AUTH (a local or protected-mode-off server).
    RedisAdapter(QString host, quint16 port, QString password = {});

    QString system() const override { return QStringLiteral("redis"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;

    static constexpr const char *channel = "tenant_updates";
    static constexpr const char *namespaces = "tenant-admin:namespaces";

private:
    Status invalidate(const CascadeContext &context, bool suspended);
    /// Every `tenant:ID:*` key, found with SCAN.
    Result<QList<QByteArray>> tenantKeys(RespClient &client, const QString &tenantId,
                                         QDeadlineTimer deadline);

    // A connection per call: a socket belongs to the thread that made it, and
    // the cascade runs on whichever worker thread the front end picks.
    QString m_host;
    quint16 m_port;
    QString m_password;
};

} // namespace tenant
