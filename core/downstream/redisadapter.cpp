#include "redisadapter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tenant {

RedisAdapter::RedisAdapter(QString host, quint16 port, QString password)
    : m_host(std::move(host))
    , m_port(port)
    , m_password(std::move(password))
{}

Status RedisAdapter::invalidate(const CascadeContext &context, bool suspended)
{
    const QByteArray prefix = "tenant:" + context.tenantId.toUtf8() + ':';
    const QByteArray versionKey = prefix + "version";
    const QByteArray marker = prefix + "suspended";
    RespClient client(m_host, m_port, m_password);
    const Result<QList<QByteArray>> keys = tenantKeys(client, context.tenantId, context.deadline);
    if (!keys)
        return keys.error();
    QList<QByteArray> del{"DEL"};
    for (const QByteArray &key : keys.value())
        if (key != versionKey && key != marker)
            del << key;
    if (del.size() > 1) {
        if (const Result<QVariant> deleted = client.command(del, context.deadline); !deleted)
            return deleted.error();
    }

    const Result<QVariant> marked = suspended
                                        ? client.command({"SET", marker, "1"}, context.deadline)
                                        : client.command({"DEL", marker}, context.deadline);
    if (!marked)
        return marked.error();
    const Result<QVariant> version = client.command({"INCR", versionKey}, context.deadline);
    if (!version)
        return version.error();
    const QJsonObject message{{QStringLiteral("tenant"), context.tenantId},
                              {QStringLiteral("action"),
                               suspended ? QStringLiteral("suspend") : QStringLiteral("activate")},
                              {QStringLiteral("version"), version->toLongLong()},
                              {QStringLiteral("correlation_id"), context.correlationId}};
    const Result<QVariant> published =
        client.command({"PUBLISH", channel, QJsonDocument(message).toJson(QJsonDocument::Compact)},
                       context.deadline);
    return published ? success() : Status(published.error());
}

Status RedisAdapter::apply(const CascadeContext &context)
{
    return invalidate(context, context.action == CascadeAction::Suspend);
}

Status RedisAdapter::compensate(const CascadeContext &context)
{
    return invalidate(context, context.action != CascadeAction::Suspend);
}

Result<bool> RedisAdapter::isApplied(const CascadeContext &context)
{
    const QByteArray prefix = "tenant:" + context.tenantId.toUtf8() + ':';
    RespClient client(m_host, m_port, m_password);
    const Result<QVariant> status = client.command({"EXISTS", prefix + "status"}, context.deadline);
    if (!status)
        return status.error();
    const Result<QVariant> marker =
        client.command({"EXISTS", prefix + "suspended"}, context.deadline);
    if (!marker)
        return marker.error();
    if (context.action == CascadeAction::Suspend)
        return status->toLongLong() == 0 && marker->toLongLong() == 1;
    return marker->toLongLong() == 0;
}

Result<QList<QByteArray>> RedisAdapter::tenantKeys(RespClient &client, const QString &tenantId,
                                                   QDeadlineTimer deadline)
{
    const QByteArray pattern = "tenant:" + tenantId.toUtf8() + ":*";
    QList<QByteArray> keys;
    QByteArray cursor = "0";
    do {
        const Result<QVariant> page =
            client.command({"SCAN", cursor, "MATCH", pattern, "COUNT", "200"}, deadline);
        if (!page)
            return page.error();
        const QVariantList reply = page->toList();
        if (reply.size() != 2)
            return Error::storage(QStringLiteral("redis: unexpected SCAN reply"));
        cursor = reply.at(0).toByteArray();
        for (const QVariant &key : reply.at(1).toList())
            keys << key.toByteArray();
    } while (cursor != "0");
    return keys;
}

Result<QString> RedisAdapter::create(const ProvisionContext &context)
{
    const QByteArray id = context.tenantId.toUtf8();
    RespClient client(m_host, m_port, m_password);
    const Result<QVariant> version =
        client.command({"SET", "tenant:" + id + ":version", "0", "NX"}, context.deadline);
    if (!version)
        return version.error();
    const Result<QVariant> added = client.command({"SADD", namespaces, id}, context.deadline);
    if (!added)
        return added.error();
    return QStringLiteral("namespace tenant:%1: (version key, listed in %2)%3")
        .arg(context.tenantId, QLatin1String(namespaces),
             added->toLongLong() == 0 ? QStringLiteral(" (already there)") : QString());
}

Status RedisAdapter::remove(const ProvisionContext &context)
{
    RespClient client(m_host, m_port, m_password);
    const Result<QList<QByteArray>> keys = tenantKeys(client, context.tenantId, context.deadline);
    if (!keys)
        return keys.error();
    if (!keys->isEmpty()) {
        QList<QByteArray> del{"DEL"};
        del << keys.value();
        if (const Result<QVariant> deleted = client.command(del, context.deadline); !deleted)
            return deleted.error();
    }
    const Result<QVariant> removed =
        client.command({"SREM", namespaces, context.tenantId.toUtf8()}, context.deadline);
    return removed ? success() : Status(removed.error());
}

Result<QStringList> RedisAdapter::remaining(const ProvisionContext &context)
{
    RespClient client(m_host, m_port, m_password);
    const Result<QList<QByteArray>> keys = tenantKeys(client, context.tenantId, context.deadline);
    if (!keys)
        return keys.error();
    QStringList left;
    for (const QByteArray &key : keys.value())
        left << QStringLiteral("key ") + QString::fromUtf8(key);
    const Result<QVariant> listed =
        client.command({"SISMEMBER", namespaces, context.tenantId.toUtf8()}, context.deadline);
    if (!listed)
        return listed.error();
    if (listed->toLongLong() == 1)
        left << QStringLiteral("entry in ") + QLatin1String(namespaces);
    return left;
}

} // namespace tenant
