#include "connectionmonitor.h"

#include "background.h"
#include "database.h"

#include <QThreadPool>

#include <cmath>

namespace tenant {

ConnectionMonitor::ConnectionMonitor(Database &db, QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_pool(pool)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &ConnectionMonitor::probe);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] { emit retryCountdown(secondsUntilRetry()); });
}

ConnectionMonitor::~ConnectionMonitor() = default;

void ConnectionMonitor::setIntervals(int onlineMs, QList<int> offlineMs)
{
    m_onlineMs = onlineMs;
    if (!offlineMs.isEmpty())
        m_offlineMs = std::move(offlineMs);
}

void ConnectionMonitor::start()
{
    probe();
}

void ConnectionMonitor::retryNow()
{
    m_next.stop();
    probe();
}

int ConnectionMonitor::secondsUntilRetry() const
{
    if (m_state != State::Offline || !m_next.isActive())
        return 0;
    const qint64 left = m_waitMs - m_waitStarted.elapsed();
    return left <= 0 ? 0 : int(std::ceil(double(left) / 1000));
}

void ConnectionMonitor::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    Database *db = &m_db;
    std::function<Status()> work;
    if (!m_connected && m_firstContact) {
        // Opening and migrating must reach the server even after a failed
        // attempt marked it offline; no page uses the registry before it.
        m_db.setOffline({});
        work = m_firstContact;
    } else {
        work = [db] { return db->ping(); };
    }
    runInBackground<Status>(m_pool, this, std::move(work),
                            [this](Status result) { finished(result); });
}

void ConnectionMonitor::finished(const Status &result)
{
    m_probing = false;
    if (result) {
        const bool first = !m_connected;
        const bool changed = m_state != State::Online;
        m_connected = true;
        m_failures = 0;
        m_reason.clear();
        m_db.setOffline({});
        m_state = State::Online;
        m_tick.stop();
        if (changed) {
            emit stateChanged(m_state, {});
            emit online(first);
        }
        scheduleNext(m_onlineMs);
        return;
    }
    // The reason without the URL prefix a connection failure carries.
    QString reason = result.error().message;
    if (const qsizetype colon = reason.indexOf(QLatin1String(": "));
        colon > 0 && reason.startsWith(QLatin1String("cannot open ")))
        reason = reason.mid(colon + 2);
    const bool changed = m_state != State::Offline || reason != m_reason;
    m_reason = reason.isEmpty() ? QStringLiteral("no answer") : reason;
    m_db.setOffline(m_reason);
    m_state = State::Offline;
    const int wait = m_offlineMs.at(std::min<int>(m_failures, int(m_offlineMs.size()) - 1));
    ++m_failures;
    scheduleNext(wait);
    if (changed) {
        emit stateChanged(m_state, m_reason);
        emit offline(m_reason);
    }
    emit retryCountdown(secondsUntilRetry());
    m_tick.start();
}

void ConnectionMonitor::scheduleNext(int ms)
{
    m_waitMs = ms;
    m_waitStarted.start();
    m_next.start(ms);
}

} // namespace tenant
