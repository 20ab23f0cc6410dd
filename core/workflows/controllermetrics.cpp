#include "controllermetrics.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace tenant {

void ControllerMetrics::Histogram::observe(double value)
{
    if (counts.size() != bounds.size())
        counts = QList<quint64>(bounds.size(), 0);
    for (qsizetype i = 0; i < bounds.size(); ++i)
        if (value <= bounds.at(i))
            ++counts[i];
    ++count;
    sum += value;
}

void ControllerMetrics::Histogram::render(QByteArray &out, const char *name, const char *help) const
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " histogram\n";
    for (qsizetype i = 0; i < bounds.size(); ++i)
        out += QByteArray(name) + "_bucket{le=\"" + QByteArray::number(bounds.at(i)) + "\"} " +
               QByteArray::number(counts.value(i, 0)) + '\n';
    out += QByteArray(name) + "_bucket{le=\"+Inf\"} " + QByteArray::number(count) + '\n';
    out += QByteArray(name) + "_sum " + QByteArray::number(sum, 'g', 12) + '\n';
    out += QByteArray(name) + "_count " + QByteArray::number(count) + '\n';
}

void ControllerMetrics::recordPass(double seconds, bool succeeded)
{
    const QMutexLocker lock(&m_mutex);
    m_passSeconds.observe(seconds);
    ++(succeeded ? m_passOk : m_passFailed);
}

void ControllerMetrics::recordDelivery(const QString &outcome, double latencySeconds)
{
    const QMutexLocker lock(&m_mutex);
    if (outcome == QLatin1String("delivered")) {
        ++m_delivered;
        m_latencySeconds.observe(latencySeconds);
    } else if (outcome == QLatin1String("retry")) {
        ++m_retried;
    } else if (outcome == QLatin1String("dead")) {
        ++m_dead;
    } else {
        ++m_leaseLost;
    }
}

void ControllerMetrics::setQueue(qint64 pending, qint64 due, qint64 dead)
{
    const QMutexLocker lock(&m_mutex);
    m_pending = pending;
    m_due = due;
    m_deadLetters = dead;
}

void ControllerMetrics::setDrift(qint64 findings)
{
    const QMutexLocker lock(&m_mutex);
    m_drift = findings;
}

QByteArray ControllerMetrics::exposition() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    m_passSeconds.render(out, "tenant_controller_reconcile_duration_seconds",
                         "Time one controller pass (deliveries and upkeep) took.");
    out += "# HELP tenant_controller_reconciles_total Controller passes by result.\n"
           "# TYPE tenant_controller_reconciles_total counter\n"
           "tenant_controller_reconciles_total{result=\"success\"} " +
           QByteArray::number(m_passOk) +
           "\n"
           "tenant_controller_reconciles_total{result=\"failure\"} " +
           QByteArray::number(m_passFailed) + '\n';
    out += "# HELP tenant_webhook_deliveries_total Webhook delivery attempts by outcome.\n"
           "# TYPE tenant_webhook_deliveries_total counter\n";
    for (const auto &[outcome, n] :
         {std::pair{"delivered", m_delivered}, std::pair{"retry", m_retried},
          std::pair{"dead", m_dead}, std::pair{"lease_lost", m_leaseLost}})
        out += QByteArray("tenant_webhook_deliveries_total{outcome=\"") + outcome + "\"} " +
               QByteArray::number(n) + '\n';
    m_latencySeconds.render(out, "tenant_webhook_delivery_latency_seconds",
                            "From an event's commit to its delivery.");
    out += "# HELP tenant_webhook_queue_depth Deliveries waiting, as last seen.\n"
           "# TYPE tenant_webhook_queue_depth gauge\n"
           "tenant_webhook_queue_depth{state=\"pending\"} " +
           QByteArray::number(m_pending) +
           "\n"
           "tenant_webhook_queue_depth{state=\"due\"} " +
           QByteArray::number(m_due) + '\n';
    out += "# HELP tenant_webhook_dead_letters Deliveries given up on, waiting for a requeue.\n"
           "# TYPE tenant_webhook_dead_letters gauge\n"
           "tenant_webhook_dead_letters " +
           QByteArray::number(m_deadLetters) + '\n';
    out += "# HELP tenant_drift_findings Downstream systems out of step with the registry, as last "
           "checked.\n"
           "# TYPE tenant_drift_findings gauge\n"
           "tenant_drift_findings " +
           QByteArray::number(m_drift) + '\n';
    return out;
}

MetricsServer::MetricsServer(const ControllerMetrics &metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::answer);
}

bool MetricsServer::listen(quint16 port, QString *error)
{
    if (m_server->listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = m_server->errorString();
    return false;
}

quint16 MetricsServer::port() const
{
    return m_server->serverPort();
}

void MetricsServer::answer()
{
    constexpr int maxOpen = 16;
    constexpr qint64 maxRequestBytes = 8192;
    constexpr int requestTimeoutMs = 5000;
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_open >= maxOpen) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_open;
        socket->setReadBufferSize(maxRequestBytes);
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its request is dropped.
        QTimer::singleShot(requestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->peek(maxRequestBytes);
            if (!head.contains("\r\n\r\n")) {
                if (head.size() >= maxRequestBytes) { // too long to be a scrape
                    socket->abort();
                    socket->deleteLater();
                }
                return; // the request line and headers are not all here yet
            }
            socket->readAll();
            const bool metrics =
                head.startsWith("GET /metrics ") || head.startsWith("GET /metrics?");
            const QByteArray body = metrics ? m_metrics.exposition() : QByteArray("not found\n");
            socket->write(QByteArray("HTTP/1.1 ") + (metrics ? "200 OK" : "404 Not Found") +
                          "\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8"
                          "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }
}

} // namespace tenant
