#pragma once

// The tests' webhook receiver: tests/webhooks/receiver.js, a Node.js server
// that checks every delivery with the reference Standard Webhooks verifier
// from npm. Blocking helpers: the receiver is another process, so waiting
// on it never holds up the code under test.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>

namespace tenant::test {

class WebhookReceiver final
{
public:
    /// Starts it with `secret` (whsec_…); a receiver that does not come up
    /// aborts the test.
    explicit WebhookReceiver(const QString &secret)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WEBHOOK_SECRET"), secret);
        m_node.setProcessEnvironment(env);
        m_node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_node.start(
            QStringLiteral("node"),
            {QStringLiteral(TENANT_SOURCE_DIR "/tests/webhooks/receiver.js"), QStringLiteral("0")});
        if (!m_node.waitForStarted(10000) || !m_node.waitForReadyRead(20000))
            qFatal("the webhook receiver did not start (npm ci --prefix tests/webhooks?)");
        const QByteArray line = m_node.readLine().trimmed();
        if (!line.startsWith("ready "))
            qFatal("the webhook receiver said %s", line.constData());
        m_port = line.mid(6).toInt();
    }
    ~WebhookReceiver()
    {
        m_node.kill();
        m_node.waitForFinished(5000);
    }
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

    QUrl hookUrl() const { return url(QStringLiteral("/hook")); }

    /// Answers every delivery from now on with `status` (only those of
    /// `tenantId`'s events when one is named).
    void answerWith(int status, const QString &tenantId = {})
    {
        QJsonObject wanted{{QStringLiteral("status"), status}};
        if (!tenantId.isEmpty())
            wanted.insert(QStringLiteral("tenant_id"), tenantId);
        call("POST", QStringLiteral("/control/status"), QJsonDocument(wanted).toJson());
    }
    void reset() { call("POST", QStringLiteral("/control/reset"), "{}"); }
    /// Answers each delivery `ms` late (a slow subscriber).
    void delayAnswers(int ms)
    {
        call("POST", QStringLiteral("/control/delay"),
             QJsonDocument(QJsonObject{{QStringLiteral("ms"), ms}}).toJson());
    }
    /// Every request so far, in arrival order: id, type, sequence,
    /// tenant_id, verified, status (what it answered).
    QJsonArray received()
    {
        return QJsonDocument::fromJson(call("GET", QStringLiteral("/control/received"), {}))
            .array();
    }

private:
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QByteArray call(const QByteArray &verb, const QString &path, const QByteArray &body)
    {
        QNetworkAccessManager net;
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = net.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qFatal("the webhook receiver did not answer %s", qPrintable(path));
        const QByteArray answer = reply->readAll();
        delete reply;
        return answer;
    }

    QProcess m_node;
    int m_port = 0;
};

} // namespace tenant::test
