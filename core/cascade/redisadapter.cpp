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
    QByteArray cursor = "0";
    do {
        const Result<QVariant> page = client.command(
            {"SCAN", cursor, "MATCH", prefix + '*', "COUNT", "200"}, context.deadline);
        if (!page)
            return page.error();
        const QVariantList reply = page->toList();
        if (reply.size() != 2)
            return Error::storage(QStringLiteral("redis: unexpected SCAN reply"));
        cursor = reply.at(0).toByteArray();
        QList<QByteArray> del{"DEL"};
        for (const QVariant &key : reply.at(1).toList())
            if (key.toByteArray() != versionKey && key.toByteArray() != marker)
                del << key.toByteArray();
        if (del.size() > 1) {
            if (const Result<QVariant> deleted = client.command(del, context.deadline); !deleted)
                return deleted.error();
        }
    } while (cursor != "0");

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

} // namespace tenant
