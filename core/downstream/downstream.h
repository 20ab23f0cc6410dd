#pragma once

#include "cascadeadapter.h"
#include "tenantresource.h"

#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

namespace tenant {

class Database;

/// The connection profile's webhook: a subscription to
/// provisioning.completed, signed with `secret` (a whsec_ secret).
struct ProvisioningWebhook
{
    QUrl url;              ///< as stored, without a query
    QString secret;        ///< from the keychain
    bool hadQuery = false; ///< the profile's URL carries a token in its query
};

/// Where provisioning creates things: the resources in creation order (a
/// rollback removes them in reverse) and the webhook told about activations.
struct ProvisioningTargets
{
    std::vector<std::unique_ptr<TenantResource>> resources;
    std::optional<ProvisioningWebhook> webhook; ///< none configured
};

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

    /// Names the first malformed endpoint, or one that carries a secret
    /// (see takeCredentials()): such a URL is never stored.
    Status validate() const;
    /// Moves the credentials typed into URLs into `secrets`, so the URLs
    /// keep none: a Redis URL's password (redis://:PASSWORD@HOST) becomes
    /// the Redis password, a webhook URL's query (a token) the webhook's
    /// query secret. A secret typed in its own field wins over one in a URL.
    /// Every URL is left without user info and query even when the result
    /// is an error: a password in any other URL is refused (those systems
    /// take theirs in its own field) and not kept.
    Status takeCredentials(struct DownstreamSecrets &secrets);
    bool operator==(const DownstreamEndpoints &other) const;

    /// Keychain accounts of the secrets; empty when that system needs none.
    QString vectorSecretAccount() const;  ///< qdrant://HOST:PORT
    QString s3SecretAccount() const;      ///< s3://ACCESS_KEY_ID@HOST:PORT
    QString redisSecretAccount() const;   ///< redis://HOST:PORT
    QString webhookSecretAccount() const; ///< webhook://HOST:PORT
    QString webhookQueryAccount() const;  ///< webhook-query://HOST:PORT/PATH
};

/// The secrets DownstreamEndpoints points at. Empty means none (a Redis
/// without AUTH, a Qdrant without an API key).
struct DownstreamSecrets
{
    QString vectorApiKey;
    QString s3SecretAccessKey;
    QString redisPassword;
    QString webhookSecret; ///< signs the webhook's HMAC-SHA256 header
    QString webhookQuery;  ///< the webhook URL's query (a token), kept out of the settings

    /// Each secret with the keychain account it is kept under, for the
    /// systems `endpoints` configures (secrets of unset systems left out).
    QList<std::pair<QString, QString>> entries(const DownstreamEndpoints &endpoints) const;
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
