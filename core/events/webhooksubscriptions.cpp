#include "webhooksubscriptions.h"

#include "auditactions.h"
#include "auditlog.h"
#include "database.h"
#include "events.h"
#include "sqlvalues.h"
#include "standardwebhooks.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace {
// This file's messages, translated in the context tenant::WebhookSubscriptions.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::WebhookSubscriptions)
};
} // namespace

namespace tenant {

namespace {
constexpr int urlMaxLength = 2048;

QString shownUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}
} // namespace

bool WebhookSubscription::wants(const QString &eventType) const
{
    return eventTypes.contains(QLatin1String("*")) || eventTypes.contains(eventType);
}

QJsonObject WebhookSubscription::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("url"), shownUrl(url)},
            {QStringLiteral("events"), QJsonArray::fromStringList(eventTypes)},
            {QStringLiteral("secret_hint"), secretHint},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("removed"), removed}};
}

Result<QUrl> WebhookSubscriptions::checkUrl(const QString &text)
{
    const QString field = QStringLiteral("url");
    if (Status s = checkText(field, text, {urlMaxLength, false, true}); !s)
        return s.error();
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        text.contains(QLatin1Char(' ')))
        return Error::validation(
            field, Messages::tr("%1 is not an http(s) URL with a host").arg(quoted(text)));
    return url;
}

Result<QStringList> WebhookSubscriptions::checkEventTypes(const QStringList &types)
{
    const QString field = QStringLiteral("events");
    QStringList checked;
    for (const QString &raw : types) {
        const QString type = raw.trimmed();
        if (!EventTypes::isSubscribable(type))
            return Error::validation(field, Messages::tr("%1 is no event type; the types are %2 "
                                                         "(or * for all)")
                                                .arg(quoted(type), EventTypes::all().join(u", ")));
        if (!checked.contains(type))
            checked << type;
    }
    if (checked.isEmpty())
        return Error::validation(field, Messages::tr("name at least one event type"));
    if (checked.contains(QLatin1String("*")))
        return QStringList{QStringLiteral("*")};
    return checked;
}

Result<WebhookSubscription> WebhookSubscriptions::add(const QString &urlText,
                                                      const QStringList &eventTypes,
                                                      const QString &secret, const QString &actor,
                                                      const SecretKeeper &keepSecret)
{
    const Result<QUrl> url = checkUrl(urlText);
    if (!url)
        return url.error();
    const Result<QStringList> types = checkEventTypes(eventTypes);
    if (!types)
        return types.error();
    if (const auto key = StandardWebhooks::decodeSecret(QStringLiteral("secret"), secret); !key)
        return key.error();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    WebhookSubscription added;
    added.url = url.value();
    added.eventTypes = types.value();
    added.secretHint = StandardWebhooks::hint(secret);
    added.createdBy = m_db.actorFor(actor);
    Result<QSqlQuery> insert = m_db.prepare(QStringLiteral(
        "INSERT INTO webhook_subscriptions (url, secret_hint, created_by) VALUES (?, ?, ?) "
        "RETURNING id, created_at"));
    if (!insert)
        return insert.error();
    insert->addBindValue(added.url.toString(QUrl::FullyEncoded));
    insert->addBindValue(added.secretHint);
    insert->addBindValue(added.createdBy);
    if (Status s = Database::exec(insert.value(), QStringLiteral("add webhook subscription")); !s)
        return s.error();
    if (!insert->next())
        return Error::denied(Messages::tr("adding a webhook subscription needs the "
                                          "platform-admin role"));
    added.id = insert->value(0).toLongLong();
    added.createdAt = isoTimestamp(timestampFromColumn(insert->value(1)));
    insert->finish(); // SQLite: a RETURNING statement still stepping blocks the commit
    for (const QString &type : added.eventTypes) {
        Result<QSqlQuery> typeRow = m_db.prepare(QStringLiteral(
            "INSERT INTO webhook_subscription_events (subscription_id, event_type) VALUES (?, ?)"));
        if (!typeRow)
            return typeRow.error();
        typeRow->addBindValue(added.id);
        typeRow->addBindValue(type);
        if (Status s = Database::exec(typeRow.value(), QStringLiteral("add webhook event type"));
            !s)
            return s.error();
    }
    QJsonObject after = added.toJson();
    after.remove(QStringLiteral("removed"));
    after.insert(QStringLiteral("url_has_query"), added.url.hasQuery());
    if (const Result<AuditEntry> logged =
            m_audit.append(tx, actor, {AuditAction::webhookAdd, {}, {}, after, {}, {}});
        !logged)
        return logged.error();
    if (keepSecret)
        if (Status kept = keepSecret(added.id, secret); !kept)
            return kept.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Status WebhookSubscriptions::remove(qint64 id, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const Result<WebhookSubscription> existing = get(id);
    if (!existing)
        return existing.error();
    if (existing->removed)
        return Error::rule(Messages::tr("webhook subscription %1 is already removed").arg(id));
    Result<QSqlQuery> mark = m_db.prepare(
        QStringLiteral("UPDATE webhook_subscriptions SET removed_at = %1 WHERE id = ?")
            .arg(m_db.isPostgres() ? QStringLiteral("now()")
                                   : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")));
    if (!mark)
        return mark.error();
    mark->addBindValue(id);
    if (Status s = Database::exec(mark.value(), QStringLiteral("remove webhook subscription")); !s)
        return s;
    if (mark->numRowsAffected() != 1)
        return Error::denied(
            Messages::tr("removing a webhook subscription needs the platform-admin role"));
    Result<QSqlQuery> bury = m_db.prepare(QStringLiteral(
        "UPDATE event_deliveries SET status = 'dead', lease_owner = '', lease_until_ms = 0, "
        "last_error = 'subscription removed' WHERE subscription_id = ? AND status = 'pending'"));
    if (!bury)
        return bury.error();
    bury->addBindValue(id);
    if (Status s = Database::exec(bury.value(), QStringLiteral("end pending deliveries")); !s)
        return s;
    if (const Result<AuditEntry> logged = m_audit.append(
            tx, actor, {AuditAction::webhookRemove, {}, existing->toJson(), {}, {}, {}});
        !logged)
        return logged.error();
    return tx.commit();
}

Result<QList<WebhookSubscription>> WebhookSubscriptions::list(bool withRemoved) const
{
    Result<QSqlQuery> q = m_db.prepare(
        QStringLiteral("SELECT s.id, s.url, s.secret_hint, s.created_by, s.created_at, "
                       "s.removed_at IS NOT NULL, t.event_type FROM webhook_subscriptions s "
                       "LEFT JOIN webhook_subscription_events t ON t.subscription_id = s.id") +
        (withRemoved ? QString() : QStringLiteral(" WHERE s.removed_at IS NULL")) +
        QStringLiteral(" ORDER BY s.id, t.event_type"));
    if (!q)
        return q.error();
    if (Status s = Database::exec(q.value(), QStringLiteral("list webhook subscriptions")); !s)
        return s.error();
    QList<WebhookSubscription> subscriptions;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (subscriptions.isEmpty() || subscriptions.last().id != id) {
            WebhookSubscription s;
            s.id = id;
            s.url = QUrl(q->value(1).toString(), QUrl::StrictMode);
            s.secretHint = q->value(2).toString();
            s.createdBy = q->value(3).toString();
            s.createdAt = isoTimestamp(timestampFromColumn(q->value(4)));
            s.removed = q->value(5).toBool();
            subscriptions << s;
        }
        if (!q->value(6).isNull())
            subscriptions.last().eventTypes << q->value(6).toString();
    }
    return subscriptions;
}

Result<WebhookSubscription> WebhookSubscriptions::get(qint64 id) const
{
    const Result<QList<WebhookSubscription>> all = list(true);
    if (!all)
        return all.error();
    for (const WebhookSubscription &s : all.value())
        if (s.id == id)
            return s;
    return Error::notFound(Messages::tr("no webhook subscription %1").arg(id));
}

} // namespace tenant
