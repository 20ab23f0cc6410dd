#pragma once

#include "error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QThreadPool;

namespace tenant {

class Database;

/// Watches whether the registry answers, from a worker thread, for a front
/// end that must not wait on it: the first contact (opening, migrating,
/// seeding the demo) and then a round trip every couple of seconds. When
/// the registry stops answering it is marked offline in the Database (its
/// statements then fail at once, saying so) and probed again with growing
/// pauses; when it answers again it is marked online and online() follows.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT
public:
    enum class State { Connecting, Online, Offline };
    Q_ENUM(State)

    ConnectionMonitor(Database &db, QThreadPool &pool, QObject *parent = nullptr);
    ~ConnectionMonitor() override;
    Q_DISABLE_COPY_MOVE(ConnectionMonitor)

    /// Work done on the worker thread before the registry counts as online
    /// the first time (Workspace::open(), seeding). Default: a ping.
    void setFirstContact(std::function<Status()> work) { m_firstContact = std::move(work); }
    /// Pauses between probes: while online, and the growing ones while
    /// offline (the last repeats). Defaults: 2 s; 1, 2, 4, 8, 15 s.
    void setIntervals(int onlineMs, QList<int> offlineMs);

    /// Starts probing (the first contact at once).
    void start();
    /// Probes now instead of waiting for the countdown.
    void retryNow();

    State state() const { return m_state; }
    /// Why the registry is offline; empty otherwise.
    QString reason() const { return m_reason; }
    /// Whole seconds until the next probe while offline.
    int secondsUntilRetry() const;
    /// Whether the first contact has succeeded (the registry was opened).
    bool hasConnected() const { return m_connected; }

signals:
    void stateChanged(tenant::ConnectionMonitor::State state, const QString &reason);
    /// Each second while offline: how long until the next probe.
    void retryCountdown(int seconds);
    /// The registry answers; `first` for the first contact of the session.
    void online(bool first);
    void offline(const QString &reason);

private:
    void probe();
    void finished(const Status &result);
    void scheduleNext(int ms);

    Database &m_db;
    QThreadPool &m_pool;
    std::function<Status()> m_firstContact;
    int m_onlineMs = 2000;
    QList<int> m_offlineMs{1000, 2000, 4000, 8000, 15000};
    int m_failures = 0;
    State m_state = State::Connecting;
    QString m_reason;
    bool m_connected = false;
    bool m_probing = false;
    QTimer m_next;
    QTimer m_tick;
    QElapsedTimer m_waitStarted;
    int m_waitMs = 0;
};

} // namespace tenant
