#pragma once

#include "error.h"

#include <QByteArray>

/// The signing half of the Standard Webhooks specification
/// (https://www.standardwebhooks.com): `whsec_` secrets and the
/// `webhook-signature` header's `v1,` signatures.
namespace tenant::StandardWebhooks {

/// The key bytes of a `whsec_` + base64 secret of 24 to 64 bytes; an Error
/// that names `field` and never quotes the secret.
Result<QByteArray> decodeSecret(const QString &field, const QString &secret);
/// A new secret: `whsec_` + base64 of 32 random bytes.
QString generateSecret();
/// The first 8 hex digits of the secret's SHA-256: names which secret a
/// subscription expects without revealing it.
QString hint(const QString &secret);

/// `v1,` + base64 HMAC-SHA256 of `id.timestamp.body` under `key`.
QByteArray sign(const QByteArray &id, qint64 timestamp, const QByteArray &body,
                const QByteArray &key);

} // namespace tenant::StandardWebhooks
