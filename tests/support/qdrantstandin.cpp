#include "qdrantstandin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace tenant::test {

namespace {

QByteArray okBody(const QJsonValue &result)
{
    return QJsonDocument(QJsonObject{{"result", result}, {"status", "ok"}, {"time", 0.0001}})
        .toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{"status", QJsonObject{{"error", message}}}, {"time", 0.0001}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QdrantStandIn::QdrantStandIn(const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(apiKey)
    , m_http([this](const HttpRequest &request) {
        HttpResponse response;
        response.body = handle(request.method, request.target, request.headers.value("api-key"),
                               request.body, response.status);
        emit requestReceived(QString::fromLatin1(request.method + ' ' + request.target));
        return response;
    })
{}

bool QdrantStandIn::listen()
{
    return m_http.listen();
}

QUrl QdrantStandIn::url() const
{
    return m_http.url();
}

QByteArray QdrantStandIn::handle(const QByteArray &method, const QByteArray &path,
                                 const QByteArray &apiKey, const QByteArray &body, int &status)
{
    m_requests << QString::fromLatin1(method + ' ' + path);
    const QByteArray route = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
    if (m_failing) {
        status = 500;
        return errorBody("Service internal error: stand-in told to fail");
    }
    if (apiKey != m_apiKey.toUtf8()) {
        status = 403;
        return errorBody("Invalid api-key");
    }
    if (method == "GET" && route == "/aliases") {
        QJsonArray aliases;
        for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it)
            aliases << QJsonObject{{"alias_name", it.key()}, {"collection_name", it.value()}};
        return okBody(QJsonObject{{"aliases", aliases}});
    }
    if (method == "POST" && route == "/collections/aliases") {
        const QJsonArray actions =
            QJsonDocument::fromJson(body).object().value("actions").toArray();
        for (const QJsonValue &a : actions) {
            const QJsonObject action = a.toObject();
            if (action.contains("create_alias")) {
                const QJsonObject create = action.value("create_alias").toObject();
                const QString collection = create.value("collection_name").toString();
                if (!m_collections.contains(collection)) {
                    status = 404;
                    return errorBody(QStringLiteral("Not found: Collection `%1` doesn't exist!")
                                         .arg(collection));
                }
                m_aliases.insert(create.value("alias_name").toString(), collection);
            } else if (action.contains("delete_alias")) {
                const QString alias =
                    action.value("delete_alias").toObject().value("alias_name").toString();
                if (!m_aliases.remove(alias)) {
                    status = 404;
                    return errorBody(
                        QStringLiteral("Not found: Alias %1 does not exists!").arg(alias));
                }
            } else {
                status = 400;
                return errorBody("Unknown alias action");
            }
        }
        return okBody(true);
    }
    const QList<QByteArray> parts = route.mid(1).split('/');
    if (parts.value(0) == "collections" && parts.size() >= 2)
        return handleCollection(method, parts, QJsonDocument::fromJson(body).object(), status);
    status = 404;
    return errorBody("Not found");
}

QByteArray QdrantStandIn::handleCollection(const QByteArray &method, const QList<QByteArray> &parts,
                                           const QJsonObject &body, int &status)
{
    const QString requested = QString::fromUtf8(parts.at(1));
    const QString name = m_aliases.value(requested, requested); // an alias works as a name
    const auto notFound = [&] {
        status = 404;
        return errorBody(
            QStringLiteral("Not found: Collection `%1` doesn't exist!").arg(requested));
    };
    if (parts.size() == 2) {
        if (method == "GET") {
            if (!m_collections.contains(name))
                return notFound();
            const Collection &c = m_collections[name];
            return okBody(QJsonObject{
                {"status", "green"},
                {"points_count", int(c.points.size())},
                {"config",
                 QJsonObject{
                     {"params", QJsonObject{{"vectors", QJsonObject{{"size", c.size},
                                                                    {"distance", "Cosine"}}}}}}}});
        }
        if (method == "PUT") {
            if (m_collections.contains(requested)) {
                status = 400;
                return errorBody(
                    QStringLiteral("Wrong input: Collection `%1` already exists!").arg(requested));
            }
            const int size = body.value("vectors").toObject().value("size").toInt();
            if (size <= 0) {
                status = 400;
                return errorBody("Wrong input: vectors.size must be positive");
            }
            m_collections.insert(requested, {size, {}});
            return okBody(true);
        }
        if (method == "DELETE") {
            const bool existed = m_collections.remove(requested) > 0;
            for (auto it = m_aliases.begin(); it != m_aliases.end();)
                it = it.value() == requested ? m_aliases.erase(it) : std::next(it);
            return okBody(existed);
        }
    }
    if (!m_collections.contains(name))
        return notFound();
    Collection &c = m_collections[name];
    const QByteArray action = parts.mid(2).join('/');
    const QJsonObject completed{{"operation_id", 0}, {"status", "completed"}};
    if (method == "PUT" && action == "points") {
        for (const QJsonValue &p : body.value("points").toArray()) {
            QList<double> vector;
            for (const QJsonValue &x : p.toObject().value("vector").toArray())
                vector << x.toDouble();
            if (vector.size() != c.size) {
                status = 400;
                return errorBody(
                    QStringLiteral("Wrong input: Vector dimension error: expected dim: "
                                   "%1, got %2")
                        .arg(c.size)
                        .arg(vector.size()));
            }
            c.points.insert(p.toObject().value("id").toInteger(), vector);
        }
        return okBody(completed);
    }
    if (method == "POST" && action == "points/delete") {
        for (const QJsonValue &id : body.value("points").toArray())
            c.points.remove(id.toInteger());
        return okBody(completed);
    }
    if (method == "POST" && action == "points/search") {
        QList<double> query;
        for (const QJsonValue &x : body.value("vector").toArray())
            query << x.toDouble();
        if (query.size() != c.size) {
            status = 400;
            return errorBody("Wrong input: Vector dimension error");
        }
        const auto norm = [](const QList<double> &v) {
            double sum = 0;
            for (double x : v)
                sum += x * x;
            return std::sqrt(sum);
        };
        QList<QPair<double, qint64>> scored;
        for (auto it = c.points.cbegin(); it != c.points.cend(); ++it) {
            double dot = 0;
            for (int i = 0; i < c.size; ++i)
                dot += it.value().at(i) * query.at(i);
            scored << qMakePair(dot / (norm(it.value()) * norm(query)), it.key());
        }
        std::sort(scored.begin(), scored.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        QJsonArray hits;
        for (const auto &[score, id] : scored.mid(0, body.value("limit").toInt(10)))
            hits << QJsonObject{{"id", id}, {"version", 0}, {"score", score}};
        return okBody(hits);
    }
    status = 404;
    return errorBody("Not found");
}

} // namespace tenant::test
