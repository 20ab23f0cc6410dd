#include "qdrantadapter.h"

#include "cascade/httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenant {

QdrantAdapter::QdrantAdapter(const QUrl &baseUrl, const QString &apiKey)
    : m_base(baseUrl)
    , m_apiKey(apiKey)
{}

QString QdrantAdapter::collectionFor(const QString &tenantId)
{
    return QStringLiteral("tenant_") +
           QString(tenantId).replace(QLatin1Char('-'), QLatin1Char('_'));
}

QNetworkRequest QdrantAdapter::request(const QString &path) const
{
    QUrl url = m_base;
    url.setPath(url.path() + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!m_apiKey.isEmpty())
        r.setRawHeader("api-key", m_apiKey.toUtf8());
    return r;
}

Result<QString> QdrantAdapter::aliasTarget(const QString &tenantId, QDeadlineTimer deadline)
{
    const Result<QByteArray> body =
        httpCall("GET", request(QStringLiteral("/aliases")), {}, deadline);
    if (!body)
        return body.error();
    const QJsonArray aliases = QJsonDocument::fromJson(body.value())
                                   .object()
                                   .value(QStringLiteral("result"))
                                   .toObject()
                                   .value(QStringLiteral("aliases"))
                                   .toArray();
    for (const QJsonValue &v : aliases)
        if (v.toObject().value(QStringLiteral("alias_name")).toString() == tenantId)
            return v.toObject().value(QStringLiteral("collection_name")).toString();
    return QString();
}

Status QdrantAdapter::setAlias(const CascadeContext &context, bool present)
{
    const Result<QString> target = aliasTarget(context.tenantId, context.deadline);
    if (!target)
        return target.error();
    if (present == !target->isEmpty())
        return success(); // already as wanted
    const QJsonObject action =
        present ? QJsonObject{{QStringLiteral("create_alias"),
                               QJsonObject{{QStringLiteral("collection_name"),
                                            collectionFor(context.tenantId)},
                                           {QStringLiteral("alias_name"), context.tenantId}}}}
                : QJsonObject{{QStringLiteral("delete_alias"),
                               QJsonObject{{QStringLiteral("alias_name"), context.tenantId}}}};
    const QJsonObject body{{QStringLiteral("actions"), QJsonArray{action}}};
    const Result<QByteArray> done =
        httpCall("POST", request(QStringLiteral("/collections/aliases")),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), context.deadline);
    return done ? success() : Status(done.error());
}

Status QdrantAdapter::apply(const CascadeContext &context)
{
    return setAlias(context, context.action == CascadeAction::Activate);
}

Status QdrantAdapter::compensate(const CascadeContext &context)
{
    return setAlias(context, context.action != CascadeAction::Activate);
}

Result<bool> QdrantAdapter::isApplied(const CascadeContext &context)
{
    const Result<QString> target = aliasTarget(context.tenantId, context.deadline);
    if (!target)
        return target.error();
    if (context.action == CascadeAction::Suspend)
        return target->isEmpty();
    return target.value() == collectionFor(context.tenantId);
}

} // namespace tenant
