#pragma once

#include "deliveryqueue.h"

#include <QHash>

namespace tenant {

struct DatabaseUrl;

/// Where a subscription's signing secret is found. The registry holds only
/// its hint; the secret is, in this order: the environment variable
/// TENANT_WEBHOOK_SECRET_<ID>, a secrets file (a JSON object of id to
/// secret, for a controller on a server), or the keychain entry that
/// `webhook add` made. A secret that does not match the hint is refused,
/// so a stale file cannot sign with the wrong key.
class WebhookSecrets final
{
public:
    explicit WebhookSecrets(const DatabaseUrl &registry);

    /// Reads a secrets file; errors name the file, never a secret.
    Status loadFile(const QString &path);
    Result<QByteArray> keyFor(const WebhookSubscription &subscription) const;
    /// Keeps `secret` in the keychain for subscription `id`.
    Status keep(qint64 id, const QString &secret) const;
    Status forget(qint64 id) const;
    QString keychainAccount(qint64 id) const;

private:
    QString m_registry;
    QHash<qint64, QString> m_fromFile;
};

/// POSTs `event`'s payload to `url` as a Standard Webhook: headers
/// webhook-id (the event id), webhook-timestamp (now, in seconds) and
/// webhook-signature, signed with `key`. Never throws a transport error:
/// it becomes the outcome (status 0), as the retry schedule wants.
AttemptOutcome sendStandardWebhook(const QUrl &url, const LifecycleEvent &event,
                                   const QByteArray &key, int timeoutSeconds);

} // namespace tenant
