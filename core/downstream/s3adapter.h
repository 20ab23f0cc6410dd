#pragma once

#include "cascadeadapter.h"
#include "httpcall.h"
#include "sigv4.h"
#include "tenantresource.h"

#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace tenant {

/// The object store, through S3's API with SigV4-signed path-style requests.
///
/// In a cascade, suspend adds a Deny statement for the tenant's data actions
/// to the policy of the tenant's bucket (`tenant-<id>`); activate removes that
/// statement again. Statements others put there are kept.
///
/// In provisioning it creates that bucket tagged TenantID, Tier and
/// CostCenter; removal empties and deletes it. Its checks put, read back and
/// delete an object, and read the cost tags back.
class S3Adapter final : public CascadeAdapter, public TenantResource
{
public:
    S3Adapter(const QUrl &endpoint, AwsCredentials credentials);

    QString system() const override { return QStringLiteral("s3"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    Result<QString> create(const ProvisionContext &context) override;
    Status remove(const ProvisionContext &context) override;
    Result<QStringList> remaining(const ProvisionContext &context) override;
    QList<ValidationCheck> checks() override;

    static QString bucketFor(const QString &tenantId);
    /// The Sid of the statement this tool adds and removes.
    static constexpr const char *statementId = "TenantAdminSuspended";

    /// The bucket's policy document; an empty object when it has none.
    Result<QJsonObject> bucketPolicy(const QString &bucket, QDeadlineTimer deadline) const;
    /// The bucket's tags; empty when it has none.
    Result<QMap<QString, QString>> bucketTags(const QString &bucket, QDeadlineTimer deadline) const;
    Result<bool> bucketExists(const QString &bucket, QDeadlineTimer deadline) const;
    /// The keys in the bucket (the first 1000).
    Result<QStringList> objectKeys(const QString &bucket, QDeadlineTimer deadline) const;
    /// The tags provisioning puts on a tenant's bucket.
    static QMap<QString, QString> costTags(const ProvisionContext &context);

private:
    Status setBlocked(const CascadeContext &context, bool blocked);
    /// A signed exchange with `path` ("bucket" or "bucket/key"; sub-resource
    /// `query`, e.g. "policy").
    Result<HttpReply> send(const QByteArray &method, const QString &path, const QString &query,
                           const QByteArray &body, QDeadlineTimer deadline,
                           const QString &contentType = QStringLiteral("application/json")) const;
    Result<QString> checkObjectStore(const ProvisionContext &context) const;
    Result<QString> checkCostTags(const ProvisionContext &context) const;

    QUrl m_endpoint;
    AwsCredentials m_credentials;
};

} // namespace tenant
