#include "webhooknotifier.h"

#include "httpcall.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QThread>
#include <QUuid>

namespace tenant {

namespace {
bool isWorthRetrying(int status)
{
    return status == 408 || status == 429 || status >= 500;
}
} // namespace

WebhookNotifier::WebhookNotifier(QUrl url, QByteArray secret)
    : m_url(std::move(url))
    , m_secret(std::move(secret))
{}

QByteArray WebhookNotifier::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

Result<QString> WebhookNotifier::deliver(const QString &event, const QJsonObject &payload,
                                         const Retry &retry) const
{
    const int attempts = qMax(1, retry.attempts);
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-TenantAdmin-Event", event.toUtf8());
    request.setRawHeader("X-TenantAdmin-Delivery",
                         QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    request.setRawHeader("X-TenantAdmin-Signature", signature(body, m_secret));

    std::chrono::milliseconds backoff = retry.firstBackoff;
    QString lastFailure;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        if (attempt > 1) {
            QThread::msleep(static_cast<unsigned long>(backoff.count()));
            backoff *= 2;
        }
        const Result<HttpReply> reply = httpExchange("POST", request, body, QDeadlineTimer(10000));
        if (!reply) {
            lastFailure = reply.error().message;
            continue;
        }
        if (reply->status >= 200 && reply->status < 300)
            return QStringLiteral("delivered to %1 on attempt %2 (HTTP %3)")
                .arg(displayUrl(m_url))
                .arg(attempt)
                .arg(reply->status);
        lastFailure = QStringLiteral("HTTP %1 from %2").arg(reply->status).arg(displayUrl(m_url));
        if (!isWorthRetrying(reply->status))
            return Error::storage(lastFailure + QStringLiteral(" (not retried)"));
    }
    return Error::storage(QStringLiteral("%1 after %2 attempts").arg(lastFailure).arg(attempts));
}

} // namespace tenant
