#include "httpcall.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace tenant {

QString displayUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

namespace {
QString describe(const QByteArray &method, const QNetworkRequest &request)
{
    return QString::fromLatin1(method) + QLatin1Char(' ') + displayUrl(request.url());
}

/// Qt's error text can repeat the URL, token and all.
QString transportError(const QNetworkReply &reply)
{
    QString text = reply.errorString();
    for (const QUrl &url : {reply.url(), reply.request().url()})
        for (const QString &spelling :
             {url.toString(), url.toString(QUrl::FullyEncoded), url.toDisplayString()})
            if (!spelling.isEmpty())
                text.replace(spelling, displayUrl(url));
    return text;
}
} // namespace

Result<HttpReply> httpExchange(const QByteArray &method, const QNetworkRequest &request,
                               const QByteArray &body, QDeadlineTimer deadline, qint64 maxBodyBytes)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, body));
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop,
                     [&](qint64 received, qint64 total) {
                         if (received > maxBodyBytes || total > maxBodyBytes) {
                             tooLarge = true;
                             reply->abort();
                         }
                     });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        return Error::storage(describe(method, request) + QStringLiteral(": timed out"));
    }
    if (tooLarge)
        return Error::storage(
            describe(method, request) +
            QStringLiteral(": the answer is longer than %1 bytes").arg(maxBodyBytes));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return Error::storage(describe(method, request) + QStringLiteral(": ") +
                              transportError(*reply));
    return HttpReply{status, reply->readAll()};
}

Result<QByteArray> httpCall(const QByteArray &method, const QNetworkRequest &request,
                            const QByteArray &body, QDeadlineTimer deadline)
{
    Result<HttpReply> reply = httpExchange(method, request, body, deadline);
    if (!reply)
        return reply.error();
    if (reply->status >= 400)
        return Error::storage(QStringLiteral("%1: %2 %3")
                                  .arg(describe(method, request), QString::number(reply->status),
                                       QString::fromUtf8(reply->body.left(200)).trimmed()));
    return std::move(reply).value().body;
}

} // namespace tenant
