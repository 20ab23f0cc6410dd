#pragma once

#include "cascade/cascadeadapter.h"
#include "cascade/httpcall.h"
#include "cascade/sigv4.h"

#include <QJsonObject>
#include <QUrl>

namespace tenant {

/// The object-store step, through S3's bucket policy API with SigV4-signed
/// path-style requests: suspend adds a Deny statement for the tenant's data
/// actions to the policy of the tenant's bucket (`tenant-<id>`); activate
/// removes that statement again. Statements others put there are kept.
class S3Adapter final : public CascadeAdapter
{
public:
    S3Adapter(const QUrl &endpoint, AwsCredentials credentials);

    QString system() const override { return QStringLiteral("s3"); }
    Status apply(const CascadeContext &context) override;
    Status compensate(const CascadeContext &context) override;
    Result<bool> isApplied(const CascadeContext &context) override;

    static QString bucketFor(const QString &tenantId);
    /// The Sid of the statement this tool adds and removes.
    static constexpr const char *statementId = "TenantAdminSuspended";

    /// The bucket's policy document; an empty object when it has none.
    Result<QJsonObject> bucketPolicy(const QString &bucket, QDeadlineTimer deadline) const;

private:
    Status setBlocked(const CascadeContext &context, bool blocked);
    /// A signed exchange with `bucket` (sub-resource `query`, e.g. "policy").
    Result<HttpReply> send(const QByteArray &method, const QString &bucket, const QString &query,
                           const QByteArray &body, QDeadlineTimer deadline) const;

    QUrl m_endpoint;
    AwsCredentials m_credentials;
};

} // namespace tenant
