#include "httpcall.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace tenant {

Result<QByteArray> httpCall(QNetworkAccessManager &network, const QByteArray &method,
                            const QNetworkRequest &request, const QByteArray &body,
                            QDeadlineTimer deadline)
{
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    if (!reply->isFinished())
        loop.exec();
    const QString what = QString::fromLatin1(method) + QLatin1Char(' ') + request.url().toString();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return Error::storage(what + QStringLiteral(": timed out"));
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (reply->error() != QNetworkReply::NoError || status >= 400)
        return Error::storage(QStringLiteral("%1: %2 %3")
                                  .arg(what,
                                       status ? QString::number(status) : reply->errorString(),
                                       QString::fromUtf8(data.left(200)).trimmed()));
    return data;
}

} // namespace tenant
