#pragma once

#include "error.h"

#include <QDeadlineTimer>
#include <QNetworkRequest>

namespace tenant {

/// `url` as messages, logs and step details show it: without user info,
/// query and fragment, where tokens live.
QString displayUrl(const QUrl &url);

/// What an HTTP server answered.
struct HttpReply
{
    int status = 0;
    QByteArray body;
};

/// One blocking HTTP exchange for the cascade's adapters: waits on a local
/// event loop until the reply or `deadline`. Any HTTP status is a reply; only
/// a transport failure or a timeout is an Error naming the method and URL.
/// Each call uses its own QNetworkAccessManager, so adapters work on whichever
/// thread runs the cascade (a QNetworkAccessManager belongs to one thread).
/// An answer longer than `maxBodyBytes` is cut off and is an Error: a server
/// cannot make the caller hold gigabytes.
Result<HttpReply> httpExchange(const QByteArray &method, const QNetworkRequest &request,
                               const QByteArray &body, QDeadlineTimer deadline,
                               qint64 maxBodyBytes = 64 * 1024 * 1024);

/// httpExchange() for calls where any 4xx/5xx status is a failure: the
/// Error names the method, URL, status and the start of the body.
Result<QByteArray> httpCall(const QByteArray &method, const QNetworkRequest &request,
                            const QByteArray &body, QDeadlineTimer deadline);

} // namespace tenant
