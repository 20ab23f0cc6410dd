#include "downstream.h"

#include "alertmanageradapter.h"
#include "credentials.h"
#include "database.h"
#include "localadapter.h"
#include "postgresrlsadapter.h"
#include "qdrantadapter.h"
#include "redisadapter.h"
#include "s3adapter.h"
#include "signingkeyresource.h"

#include <QCoreApplication>

namespace {
// This file's messages, translated in the context tenant::Downstream.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Downstream)
};
} // namespace

namespace tenant {

namespace {
Status checkUrl(const QUrl &url, const QString &field, const QStringList &schemes)
{
    if (url.isEmpty())
        return success();
    if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
        return Error::validation(
            field,
            Messages::tr("must be a %1://HOST:PORT URL").arg(schemes.join(QStringLiteral("|"))));
    if (!url.userInfo().isEmpty())
        return Error::validation(field, Messages::tr("must not carry a user name or password: "
                                                     "put the secret in its own field, which "
                                                     "goes to the keychain"));
    return success();
}

/// A URL's query as a secret: the whole query, which is where webhook
/// services put their tokens.
bool hasQuery(const QUrl &url)
{
    return url.hasQuery() || url.hasFragment();
}

QString hostAndPort(const QUrl &url, int defaultPort)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

Result<QString> readSecret(const QString &account)
{
    return account.isEmpty() ? Result<QString>(QString()) : Keychain::readPassword(account);
}
} // namespace

Status DownstreamEndpoints::validate() const
{
    const QStringList http{QStringLiteral("http"), QStringLiteral("https")};
    if (Status s = checkUrl(vector, QStringLiteral("vector_url"), http); !s)
        return s;
    if (Status s = checkUrl(s3, QStringLiteral("s3_url"), http); !s)
        return s;
    if (!s3.isEmpty() && s3AccessKeyId.trimmed().isEmpty())
        return Error::validation(QStringLiteral("s3_access_key_id"),
                                 Messages::tr("is required with an S3 endpoint"));
    if (!s3.isEmpty() && s3Region.trimmed().isEmpty())
        return Error::validation(QStringLiteral("s3_region"),
                                 Messages::tr("is required with an S3 endpoint"));
    if (Status s = checkUrl(redis, QStringLiteral("redis_url"), {QStringLiteral("redis")}); !s)
        return s;
    if (Status s = checkUrl(monitoring, QStringLiteral("monitoring_url"), http); !s)
        return s;
    for (const auto &[url, field] :
         {std::pair{&vector, "vector_url"}, std::pair{&s3, "s3_url"},
          std::pair{&redis, "redis_url"}, std::pair{&monitoring, "monitoring_url"},
          std::pair{&webhook, "webhook_url"}})
        if (hasQuery(*url))
            return Error::validation(QString::fromLatin1(field),
                                     Messages::tr("must not carry a query: a token goes to the "
                                                  "keychain, not the settings file"));
    return checkUrl(webhook, QStringLiteral("webhook_url"), http);
}

Status DownstreamEndpoints::takeCredentials(DownstreamSecrets &secrets)
{
    // Every URL leaves without user info, query or fragment, whatever else
    // is wrong; what a system can use is moved, the rest is reported.
    Status unsupported = success();
    if (!redis.userInfo().isEmpty()) {
        const QString user = redis.userName();
        if (!user.isEmpty() && user != QLatin1String("default"))
            unsupported = Error::validation(QStringLiteral("redis_url"),
                                            Messages::tr("Redis users other than the default "
                                                         "are not supported; give only the "
                                                         "password"));
        if (secrets.redisPassword.isEmpty())
            secrets.redisPassword = redis.password();
        redis.setUserInfo({});
    }
    if (hasQuery(webhook)) {
        if (secrets.webhookQuery.isEmpty())
            secrets.webhookQuery = webhook.query(QUrl::FullyEncoded);
        webhook.setQuery(QString());
        webhook.setFragment(QString());
    }
    for (const auto &[url, field] :
         {std::pair{&vector, "vector_url"}, std::pair{&s3, "s3_url"},
          std::pair{&redis, "redis_url"}, std::pair{&monitoring, "monitoring_url"},
          std::pair{&webhook, "webhook_url"}}) {
        if (url->userInfo().isEmpty() && !hasQuery(*url))
            continue;
        if (unsupported)
            unsupported = Error::validation(
                QString::fromLatin1(field),
                Messages::tr("must not carry a password or token: put the secret in its own "
                             "field, which goes to the keychain"));
        *url = url->adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    }
    if (!unsupported)
        return unsupported;
    return validate();
}

bool DownstreamEndpoints::operator==(const DownstreamEndpoints &o) const
{
    return vector == o.vector && s3 == o.s3 && s3Region == o.s3Region &&
           s3AccessKeyId == o.s3AccessKeyId && redis == o.redis && monitoring == o.monitoring &&
           webhook == o.webhook;
}

QString DownstreamEndpoints::vectorSecretAccount() const
{
    return vector.isEmpty() ? QString() : QStringLiteral("qdrant://") + hostAndPort(vector, 6333);
}

QString DownstreamEndpoints::s3SecretAccount() const
{
    return s3.isEmpty() ? QString()
                        : QStringLiteral("s3://") + s3AccessKeyId + QLatin1Char('@') +
                              hostAndPort(s3, s3.scheme() == QLatin1String("https") ? 443 : 80);
}

QString DownstreamEndpoints::redisSecretAccount() const
{
    return redis.isEmpty() ? QString() : QStringLiteral("redis://") + hostAndPort(redis, 6379);
}

QString DownstreamEndpoints::webhookSecretAccount() const
{
    return webhook.isEmpty()
               ? QString()
               : QStringLiteral("webhook://") +
                     hostAndPort(webhook, webhook.scheme() == QLatin1String("https") ? 443 : 80);
}

QString DownstreamEndpoints::webhookQueryAccount() const
{
    return webhook.isEmpty()
               ? QString()
               : QStringLiteral("webhook-query://") +
                     hostAndPort(webhook, webhook.scheme() == QLatin1String("https") ? 443 : 80) +
                     webhook.path();
}

QList<std::pair<QString, QString>>
DownstreamSecrets::entries(const DownstreamEndpoints &endpoints) const
{
    QList<std::pair<QString, QString>> list;
    for (const auto &[account, secret] :
         {std::pair{endpoints.vectorSecretAccount(), vectorApiKey},
          std::pair{endpoints.s3SecretAccount(), s3SecretAccessKey},
          std::pair{endpoints.redisSecretAccount(), redisPassword},
          std::pair{endpoints.webhookSecretAccount(), webhookSecret},
          std::pair{endpoints.webhookQueryAccount(), webhookQuery}})
        if (!account.isEmpty())
            list.append({account, secret});
    return list;
}

Result<DownstreamSecrets> DownstreamSecrets::fromKeychain(const DownstreamEndpoints &endpoints)
{
    const Result<QString> vector = readSecret(endpoints.vectorSecretAccount());
    if (!vector)
        return vector.error();
    const Result<QString> s3 = readSecret(endpoints.s3SecretAccount());
    if (!s3)
        return s3.error();
    const Result<QString> redis = readSecret(endpoints.redisSecretAccount());
    if (!redis)
        return redis.error();
    const Result<QString> webhook = readSecret(endpoints.webhookSecretAccount());
    if (!webhook)
        return webhook.error();
    const Result<QString> query = readSecret(endpoints.webhookQueryAccount());
    if (!query)
        return query.error();
    return DownstreamSecrets{vector.value(), s3.value(), redis.value(), webhook.value(),
                             query.value()};
}

DownstreamSecrets DownstreamSecrets::overriddenBy(const DownstreamSecrets &typed) const
{
    const auto pick = [](const QString &mine, const QString &theirs) {
        return theirs.isEmpty() ? mine : theirs;
    };
    return {pick(vectorApiKey, typed.vectorApiKey),
            pick(s3SecretAccessKey, typed.s3SecretAccessKey),
            pick(redisPassword, typed.redisPassword), pick(webhookSecret, typed.webhookSecret),
            pick(webhookQuery, typed.webhookQuery)};
}

std::vector<std::unique_ptr<CascadeAdapter>>
cascadeSteps(Database &db, const DownstreamEndpoints &endpoints, const DownstreamSecrets &secrets)
{
    const auto demo = [&db](const char *system) -> std::unique_ptr<CascadeAdapter> {
        return std::make_unique<LocalAdapter>(db, QString::fromLatin1(system));
    };
    std::vector<std::unique_ptr<CascadeAdapter>> steps;
    // Row-level security lives in the registry database itself.
    steps.push_back(db.isPostgres() ? std::make_unique<PostgresRlsAdapter>(db)
                                    : demo("postgresql-rls"));
    steps.push_back(endpoints.vector.isEmpty()
                        ? demo("vector")
                        : std::make_unique<QdrantAdapter>(endpoints.vector, secrets.vectorApiKey));
    steps.push_back(
        endpoints.s3.isEmpty()
            ? demo("s3")
            : std::make_unique<S3Adapter>(endpoints.s3, AwsCredentials{endpoints.s3AccessKeyId,
                                                                       secrets.s3SecretAccessKey,
                                                                       endpoints.s3Region}));
    steps.push_back(
        endpoints.redis.isEmpty()
            ? demo("redis")
            : std::make_unique<RedisAdapter>(endpoints.redis.host(),
                                             static_cast<quint16>(endpoints.redis.port(6379)),
                                             secrets.redisPassword));
    steps.push_back(endpoints.monitoring.isEmpty()
                        ? demo("monitoring")
                        : std::make_unique<AlertmanagerAdapter>(endpoints.monitoring));
    return steps;
}

ProvisioningTargets provisioningTargets(Database &db, const DownstreamEndpoints &endpoints,
                                        const DownstreamSecrets &secrets)
{
    ProvisioningTargets targets;
    const auto demo = [&db](const char *system) -> std::unique_ptr<TenantResource> {
        return std::make_unique<LocalAdapter>(db, QString::fromLatin1(system));
    };
    targets.resources.push_back(db.isPostgres() ? std::make_unique<PostgresRlsAdapter>(db)
                                                : demo("postgresql-rls"));
    targets.resources.push_back(std::make_unique<SigningKeyResource>(db));
    targets.resources.push_back(
        endpoints.vector.isEmpty()
            ? demo("vector")
            : std::make_unique<QdrantAdapter>(endpoints.vector, secrets.vectorApiKey));
    targets.resources.push_back(
        endpoints.s3.isEmpty()
            ? demo("s3")
            : std::make_unique<S3Adapter>(endpoints.s3, AwsCredentials{endpoints.s3AccessKeyId,
                                                                       secrets.s3SecretAccessKey,
                                                                       endpoints.s3Region}));
    targets.resources.push_back(
        endpoints.redis.isEmpty()
            ? demo("redis")
            : std::make_unique<RedisAdapter>(endpoints.redis.host(),
                                             static_cast<quint16>(endpoints.redis.port(6379)),
                                             secrets.redisPassword));
    targets.resources.push_back(endpoints.monitoring.isEmpty()
                                    ? demo("monitoring")
                                    : std::make_unique<AlertmanagerAdapter>(endpoints.monitoring));
    if (!endpoints.webhook.isEmpty())
        targets.webhook = ProvisioningWebhook{endpoints.webhook, secrets.webhookSecret,
                                              !secrets.webhookQuery.isEmpty()};
    return targets;
}

} // namespace tenant
