#pragma once

#include "cascade/cascadeadapter.h"
#include "provisioning/provisioningworkflow.h"

#include <QUrl>

#include <memory>
#include <vector>

namespace tenant {

class Database;

/// Where a registry's real downstream systems are. Kept in its connection
/// profile; an empty URL leaves that system to its demo stand-in. Secrets
/// are not part of it: they live in the keychain (DownstreamSecrets).
struct DownstreamEndpoints
{
    QUrl vector; ///< Qdrant REST API, http(s)://HOST:PORT
    QUrl s3;     ///< S3 endpoint, http(s)://HOST[:PORT] (path-style requests)
    QString s3Region = QStringLiteral("us-east-1");
    QString s3AccessKeyId;
    QUrl redis;      ///< redis://HOST:PORT
    QUrl monitoring; ///< Alertmanager, http(s)://HOST:PORT
    QUrl webhook;    ///< told about every provisioned tenant, http(s)://...

    /// Names the first malformed endpoint.
    Status validate() const;
    bool operator==(const DownstreamEndpoints &other) const;

    /// Keychain accounts of the secrets; empty when that system needs none.
    QString vectorSecretAccount() const;  ///< qdrant://HOST:PORT
    QString s3SecretAccount() const;      ///< s3://ACCESS_KEY_ID@HOST:PORT
    QString redisSecretAccount() const;   ///< redis://HOST:PORT
    QString webhookSecretAccount() const; ///< webhook://HOST:PORT
};

/// The secrets DownstreamEndpoints points at. Empty means none (a Redis
/// without AUTH, a Qdrant without an API key).
struct DownstreamSecrets
{
    QString vectorApiKey;
    QString s3SecretAccessKey;
    QString redisPassword;
    QString webhookSecret; ///< signs the webhook's HMAC-SHA256 header

    /// Reads them from the keychain (blocking; for the CLI and start-up).
    static Result<DownstreamSecrets> fromKeychain(const DownstreamEndpoints &endpoints);
    /// These secrets, with every non-empty one of `typed` taking precedence.
    DownstreamSecrets overriddenBy(const DownstreamSecrets &typed) const;
};

/// The cascade's five steps in the design's order: PostgreSQL RLS, vector DB,
/// S3, Redis, monitoring. Each is the real adapter when its system is
/// configured (RLS: when the registry is PostgreSQL) and the labelled demo
/// stand-in otherwise.
std::vector<std::unique_ptr<CascadeAdapter>>
cascadeSteps(Database &db, const DownstreamEndpoints &endpoints, const DownstreamSecrets &secrets);

/// What provisioning creates, in order: PostgreSQL (role, schema, RLS), the
/// API signing key, vector DB, S3, Redis, monitoring; each real when its
/// system is configured and the demo stand-in otherwise. The webhook is set
/// when `endpoints.webhook` is.
ProvisioningTargets provisioningTargets(Database &db, const DownstreamEndpoints &endpoints,
                                        const DownstreamSecrets &secrets);

} // namespace tenant
