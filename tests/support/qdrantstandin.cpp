#include "qdrantstandin.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

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

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    default:
        return "Internal Server Error";
    }
}

} // namespace

QdrantStandIn::QdrantStandIn(const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(apiKey)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool QdrantStandIn::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl QdrantStandIn::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void QdrantStandIn::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) { // keep-alive: several requests may be buffered
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        QByteArray apiKey;
        for (const QByteArray &line : lines.mid(1)) {
            const int colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "api-key")
                apiKey = value;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body has not all arrived
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);

        int status = 200;
        const QByteArray reply =
            handle(requestLine.value(0), requestLine.value(1), apiKey, body, status);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) +
                      "\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(reply.size()) + "\r\n\r\n" + reply);
    }
}

QByteArray QdrantStandIn::handle(const QByteArray &method, const QByteArray &path,
                                 const QByteArray &apiKey, const QByteArray &body, int &status)
{
    m_requests << QString::fromLatin1(method + ' ' + path);
    if (m_failing) {
        status = 500;
        return errorBody("Service internal error: stand-in told to fail");
    }
    if (apiKey != m_apiKey.toUtf8()) {
        status = 403;
        return errorBody("Invalid api-key");
    }
    if (method == "GET" && path == "/aliases") {
        QJsonArray aliases;
        for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it)
            aliases << QJsonObject{{"alias_name", it.key()}, {"collection_name", it.value()}};
        return okBody(QJsonObject{{"aliases", aliases}});
    }
    if (method == "POST" && path == "/collections/aliases") {
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
    status = 404;
    return errorBody("Not found");
}

} // namespace tenant::test
