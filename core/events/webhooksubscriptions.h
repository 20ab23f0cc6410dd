#pragma once

#include "error.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace tenant {

class AuditLog;
class Database;

/// Where events go: a URL, the event types it hears ("*" for all), and
/// which secret signs them (the secret itself is never in the registry).
struct WebhookSubscription
{
    qint64 id = 0;
    QUrl url;
    QStringList eventTypes;
    QString secretHint;
    QString createdBy;
    QString createdAt;
    bool removed = false;

    bool wants(const QString &eventType) const;
    QJsonObject toJson() const;
};

class WebhookSubscriptions final
{
public:
    WebhookSubscriptions(Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {}

    /// Keeps the secret somewhere the controller can read it (the keychain),
    /// given the new subscription's id; runs before the registry commits,
    /// so a secret that cannot be kept leaves no subscription behind.
    using SecretKeeper = std::function<Status(qint64 id, const QString &secret)>;

    /// Adds a subscription (audited as "webhook.add", with the URL shown
    /// without its query and the secret's hint only). Every event committed
    /// after it is delivered to it.
    Result<WebhookSubscription> add(const QString &url, const QStringList &eventTypes,
                                    const QString &secret, const QString &actor,
                                    const SecretKeeper &keepSecret);
    /// Stops deliveries to it: its pending deliveries become dead letters
    /// ("subscription removed"); its history stays.
    Status remove(qint64 id, const QString &actor);
    Result<QList<WebhookSubscription>> list(bool withRemoved = false) const;
    Result<WebhookSubscription> get(qint64 id) const;

    static Result<QUrl> checkUrl(const QString &url);
    /// The types, each known or "*", without repeats; at least one.
    static Result<QStringList> checkEventTypes(const QStringList &types);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace tenant
