#include "qdrantadapter.h"

#include "httpcall.h"

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

QNetworkRequest QdrantAdapter::request(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
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

Status QdrantAdapter::setAlias(const QString &tenantId, bool present, QDeadlineTimer deadline)
{
    const Result<QString> target = aliasTarget(tenantId, deadline);
    if (!target)
        return target.error();
    if (present == !target->isEmpty())
        return success(); // already as wanted
    const QJsonObject action =
        present
            ? QJsonObject{{QStringLiteral("create_alias"),
                           QJsonObject{{QStringLiteral("collection_name"), collectionFor(tenantId)},
                                       {QStringLiteral("alias_name"), tenantId}}}}
            : QJsonObject{{QStringLiteral("delete_alias"),
                           QJsonObject{{QStringLiteral("alias_name"), tenantId}}}};
    const QJsonObject body{{QStringLiteral("actions"), QJsonArray{action}}};
    const Result<QByteArray> done =
        httpCall("POST", request(QStringLiteral("/collections/aliases")),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), deadline);
    return done ? success() : Status(done.error());
}

Status QdrantAdapter::apply(const CascadeContext &context)
{
    return setAlias(context.tenantId, context.action == CascadeAction::Activate, context.deadline);
}

Status QdrantAdapter::compensate(const CascadeContext &context)
{
    return setAlias(context.tenantId, context.action != CascadeAction::Activate, context.deadline);
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

Result<bool> QdrantAdapter::collectionExists(const QString &name, QDeadlineTimer deadline)
{
    const Result<HttpReply> reply =
        httpExchange("GET", request(QStringLiteral("/collections/") + name), {}, deadline);
    if (!reply)
        return reply.error();
    if (reply->status == 404)
        return false;
    if (reply->status != 200)
        return Error::storage(QStringLiteral("GET /collections/%1: %2 %3")
                                  .arg(name)
                                  .arg(reply->status)
                                  .arg(QString::fromUtf8(reply->body.left(200))));
    return true;
}

Result<QString> QdrantAdapter::create(const ProvisionContext &context)
{
    const QString collection = collectionFor(context.tenantId);
    const Result<bool> existed = collectionExists(collection, context.deadline);
    if (!existed)
        return existed.error();
    if (!existed.value()) {
        const QJsonObject config{
            {QStringLiteral("vectors"),
             QJsonObject{{QStringLiteral("size"), vectorSize},
                         {QStringLiteral("distance"), QStringLiteral("Cosine")}}}};
        const Result<QByteArray> made =
            httpCall("PUT", request(QStringLiteral("/collections/") + collection),
                     QJsonDocument(config).toJson(QJsonDocument::Compact), context.deadline);
        if (!made)
            return made.error();
    }
    if (Status s = setAlias(context.tenantId, true, context.deadline); !s)
        return s.error();
    return QStringLiteral("collection %1%2, alias %3")
        .arg(collection, existed.value() ? QStringLiteral(" (already there)") : QString(),
             context.tenantId);
}

Status QdrantAdapter::remove(const ProvisionContext &context)
{
    if (Status s = setAlias(context.tenantId, false, context.deadline); !s)
        return s;
    const QString collection = collectionFor(context.tenantId);
    const Result<bool> present = collectionExists(collection, context.deadline);
    if (!present)
        return present.error();
    if (!present.value())
        return success();
    const Result<QByteArray> deleted = httpCall(
        "DELETE", request(QStringLiteral("/collections/") + collection), {}, context.deadline);
    return deleted ? success() : Status(deleted.error());
}

Result<QStringList> QdrantAdapter::remaining(const ProvisionContext &context)
{
    QStringList left;
    const Result<QString> target = aliasTarget(context.tenantId, context.deadline);
    if (!target)
        return target.error();
    if (!target->isEmpty())
        left << QStringLiteral("alias ") + context.tenantId;
    const QString collection = collectionFor(context.tenantId);
    const Result<bool> present = collectionExists(collection, context.deadline);
    if (!present)
        return present.error();
    if (present.value())
        left << QStringLiteral("collection ") + collection;
    return left;
}

Result<QString> QdrantAdapter::checkSearch(const ProvisionContext &context)
{
    const QString collection = collectionFor(context.tenantId);
    // A probe and a decoy pointing elsewhere: the search must rank the probe first.
    QJsonArray probe, decoy;
    for (int i = 0; i < vectorSize; ++i) {
        probe << (i == 0 ? 1.0 : 0.1);
        decoy << (i == vectorSize - 1 ? 1.0 : 0.1);
    }
    constexpr qint64 probeId = 900000001, decoyId = 900000002;
    const QJsonObject points{
        {QStringLiteral("points"),
         QJsonArray{
             QJsonObject{{QStringLiteral("id"), probeId}, {QStringLiteral("vector"), probe}},
             QJsonObject{{QStringLiteral("id"), decoyId}, {QStringLiteral("vector"), decoy}}}}};
    const Result<QByteArray> upserted =
        httpCall("PUT",
                 request(QStringLiteral("/collections/%1/points").arg(collection),
                         QStringLiteral("wait=true")),
                 QJsonDocument(points).toJson(QJsonDocument::Compact), context.deadline);
    if (!upserted)
        return upserted.error();
    const QJsonObject search{{QStringLiteral("vector"), probe}, {QStringLiteral("limit"), 1}};
    const Result<QByteArray> found = httpCall(
        "POST", request(QStringLiteral("/collections/%1/points/search").arg(context.tenantId)),
        QJsonDocument(search).toJson(QJsonDocument::Compact), context.deadline);
    const QJsonObject cleanup{{QStringLiteral("points"), QJsonArray{probeId, decoyId}}};
    const Result<QByteArray> cleaned =
        httpCall("POST",
                 request(QStringLiteral("/collections/%1/points/delete").arg(collection),
                         QStringLiteral("wait=true")),
                 QJsonDocument(cleanup).toJson(QJsonDocument::Compact), context.deadline);
    if (!found)
        return found.error();
    if (!cleaned)
        return cleaned.error();
    const QJsonArray hits =
        QJsonDocument::fromJson(found.value()).object().value(QStringLiteral("result")).toArray();
    if (hits.isEmpty() || hits.at(0).toObject().value(QStringLiteral("id")).toInteger() != probeId)
        return Error::storage(
            QStringLiteral("searching alias %1 did not find the probe point first")
                .arg(context.tenantId));
    return QStringLiteral("probe point found through alias %1 (score %2)")
        .arg(context.tenantId)
        .arg(hits.at(0).toObject().value(QStringLiteral("score")).toDouble(), 0, 'f', 3);
}

QList<ValidationCheck> QdrantAdapter::checks()
{
    return {{CheckKind::VectorSearch, system(), std::chrono::seconds(10),
             [this](const ProvisionContext &c) { return checkSearch(c); }}};
}

} // namespace tenant
