#pragma once

#include "error.h"

#include <QJsonObject>
#include <QUrl>

#include <chrono>

namespace tenant {

/// Delivers a signed JSON event to a webhook: POST with
/// `X-TenantAdmin-Signature: sha256=HEX` (HMAC-SHA256 of the body with the
/// shared secret), `X-TenantAdmin-Event` and a `X-TenantAdmin-Delivery` id
/// that stays the same across retries. A transport error, 408, 429 or 5xx is
/// retried with doubling back-off; any other 4xx is final.
class WebhookNotifier final
{
public:
    WebhookNotifier(QUrl url, QByteArray secret);

    const QUrl &url() const { return m_url; }

    struct Retry
    {
        int attempts = 4;
        std::chrono::milliseconds firstBackoff{500};
    };

    /// Sends `payload` as event `event`; returns "delivered ... on attempt N (HTTP 2xx)".
    Result<QString> deliver(const QString &event, const QJsonObject &payload,
                            const Retry &retry) const;

    /// The signature header's value for `body`.
    static QByteArray signature(const QByteArray &body, const QByteArray &secret);

private:
    QUrl m_url;
    QByteArray m_secret;
};

} // namespace tenant
