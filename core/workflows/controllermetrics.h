#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>

class QTcpServer;

namespace tenant {

/// What a controller has done, in the Prometheus text exposition format:
/// pass (reconcile) durations and outcomes, deliveries by outcome, their
/// latency from commit to delivery, and the queue as last seen.
class ControllerMetrics final
{
public:
    void recordPass(double seconds, bool succeeded);
    /// `outcome`: "delivered", "retry", "dead" or "lease_lost".
    void recordDelivery(const QString &outcome, double latencySeconds);
    void setQueue(qint64 pending, qint64 due, qint64 dead);
    /// Drift findings left after the last check (and repair).
    void setDrift(qint64 findings);

    /// The exposition text (thread-safe).
    QByteArray exposition() const;

private:
    struct Histogram
    {
        QList<double> bounds;
        QList<quint64> counts; ///< one per bound, cumulative (le)
        quint64 count = 0;
        double sum = 0;
        void observe(double value);
        void render(QByteArray &out, const char *name, const char *help) const;
    };

    mutable QMutex m_mutex;
    Histogram m_passSeconds{{0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120}, {}};
    Histogram m_latencySeconds{{0.01, 0.05, 0.1, 0.5, 1, 5, 30, 300, 3600}, {}};
    quint64 m_passOk = 0;
    quint64 m_passFailed = 0;
    quint64 m_delivered = 0;
    quint64 m_retried = 0;
    quint64 m_dead = 0;
    quint64 m_leaseLost = 0;
    qint64 m_pending = 0;
    qint64 m_due = 0;
    qint64 m_deadLetters = 0;
    qint64 m_drift = 0;
};

/// Serves GET /metrics on a local port (anything else: 404). Answers from
/// the thread it lives on, between and during a controller's passes. A
/// client gets 5 s and 8 KiB for its request, and at most 16 are served at
/// once: idle or huge requests cannot exhaust the controller.
class MetricsServer final : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(const ControllerMetrics &metrics, QObject *parent = nullptr);
    /// Listens on 127.0.0.1:`port` (0: any free port); false with a reason.
    bool listen(quint16 port, QString *error);
    quint16 port() const;

private:
    void answer();

    const ControllerMetrics &m_metrics;
    QTcpServer *m_server = nullptr;
    int m_open = 0; ///< connections being served
};

} // namespace tenant
