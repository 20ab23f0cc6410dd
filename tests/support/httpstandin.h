#pragma once

#include <QHash>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace tenant::test {

/// One request as an HttpStandIn received it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     ///< path and query, as sent
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;

    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

/// What the handler answers.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

/// A local HTTP/1.1 server with keep-alive for the stand-ins of services
/// that cannot run here and for receivers the product calls (webhooks). It
/// parses requests and hands each to the handler on the thread it lives on.
class HttpStandIn final : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    explicit HttpStandIn(Handler handler, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;

private:
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    // Last, so it is destroyed first: closing its sockets runs handlers that
    // still use the members above.
    QTcpServer m_server;
};

} // namespace tenant::test
