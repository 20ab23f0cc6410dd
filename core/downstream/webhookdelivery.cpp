#include "webhookdelivery.h"

#include "credentials.h"
#include "databaseurl.h"
#include "httpcall.h"
#include "inputlimits.h"
#include "standardwebhooks.h"
#include "textrules.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tenant {

WebhookSecrets::WebhookSecrets(const DatabaseUrl &registry)
    // Not the login: every controller of a registry reads the same entry.
    : m_registry(registry.backend == Backend::SQLite ? QFileInfo(registry.path).absoluteFilePath()
                                                     : QStringLiteral("%1:%2/%3")
                                                           .arg(registry.host)
                                                           .arg(registry.port)
                                                           .arg(registry.database))
{}

QString WebhookSecrets::keychainAccount(qint64 id) const
{
    return QStringLiteral("webhook-subscription://%1#%2").arg(m_registry).arg(id);
}

Status WebhookSecrets::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("cannot read secrets file %1: %2")
                                   .arg(quoted(path), file.errorString()));
    const Result<QJsonObject> document =
        parseJsonObject(QStringLiteral("secrets file"), file.read(limits::jsonFileBytes + 1),
                        limits::jsonFileBytes);
    if (!document)
        return document.error();
    for (auto it = document->begin(); it != document->end(); ++it) {
        bool isId = false;
        const qint64 id = it.key().toLongLong(&isId);
        if (!isId || id <= 0 || !it.value().isString())
            // The key is named unless it looks like a secret (key and value swapped).
            return Error::validation(
                QStringLiteral("secrets file"),
                QStringLiteral("each key is a subscription id and each value its whsec_ secret "
                               "(key %1)")
                    .arg(it.key().trimmed().startsWith(QLatin1String("whsec"))
                             ? QStringLiteral("that is a secret")
                             : quoted(it.key())));
        m_fromFile.insert(id, it.value().toString());
    }
    return success();
}

Result<QByteArray> WebhookSecrets::keyFor(const WebhookSubscription &subscription) const
{
    const QString field = QStringLiteral("secret of webhook %1").arg(subscription.id);
    QString secret = qEnvironmentVariable(
        QStringLiteral("TENANT_WEBHOOK_SECRET_%1").arg(subscription.id).toLatin1().constData());
    QString from = QStringLiteral("TENANT_WEBHOOK_SECRET_%1").arg(subscription.id);
    if (secret.isEmpty() && m_fromFile.contains(subscription.id)) {
        secret = m_fromFile.value(subscription.id);
        from = QStringLiteral("the secrets file");
    }
    if (secret.isEmpty()) {
        const Result<QString> kept = Keychain::readPassword(keychainAccount(subscription.id));
        if (!kept)
            return Error::notFound(
                QStringLiteral("no secret for webhook %1: set TENANT_WEBHOOK_SECRET_%1, give "
                               "--secrets FILE, or add it on this machine (%2)")
                    .arg(subscription.id)
                    .arg(kept.error().message));
        secret = kept.value();
        from = QStringLiteral("the keychain");
    }
    if (StandardWebhooks::hint(secret) != subscription.secretHint)
        return Error::rule(QStringLiteral("the secret for webhook %1 from %2 is not the one it "
                                          "was added with (hint %3)")
                               .arg(subscription.id)
                               .arg(from, subscription.secretHint));
    return StandardWebhooks::decodeSecret(field, secret);
}

Status WebhookSecrets::keep(qint64 id, const QString &secret) const
{
    return Keychain::writePassword(keychainAccount(id), secret);
}

Status WebhookSecrets::forget(qint64 id) const
{
    return Keychain::deletePassword(keychainAccount(id));
}

AttemptOutcome sendStandardWebhook(const QUrl &url, const LifecycleEvent &event,
                                   const QByteArray &key, int timeoutSeconds)
{
    const QByteArray body = QJsonDocument(event.payload()).toJson(QJsonDocument::Compact);
    const QByteArray id = event.eventId.toLatin1();
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("webhook-id", id);
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    request.setRawHeader("webhook-signature", StandardWebhooks::sign(id, timestamp, body, key));
    request.setTransferTimeout(timeoutSeconds * 1000);
    // A redirect is the receiver's answer, not a new destination: following
    // it would carry the signed body (or a GET) to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QElapsedTimer clock;
    clock.start();
    // Only the start of an answer is kept (in the attempt's error).
    constexpr qint64 maxAnswerBytes = 64 * 1024;
    const Result<HttpReply> reply = httpExchange(
        "POST", request, body, QDeadlineTimer(qint64(timeoutSeconds) * 1000), maxAnswerBytes);
    AttemptOutcome outcome;
    outcome.durationMs = int(clock.elapsed());
    if (!reply) {
        outcome.error = reply.error().message;
        return outcome;
    }
    outcome.statusCode = reply->status;
    if (!outcome.delivered())
        outcome.error =
            QStringLiteral("HTTP %1 from %2: %3")
                .arg(reply->status)
                .arg(displayUrl(url), oneLine(QString::fromUtf8(reply->body.left(200)), 200));
    return outcome;
}

} // namespace tenant
