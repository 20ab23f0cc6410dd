#pragma once

#include <functional>
#include <vector>

#include "databaseurl.h"
#include "error.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace tenant {

/// The application's handle on one registry database. It hands every thread
/// its own named QSqlDatabase connection (Qt connections must not cross
/// threads) and knows the backend's quirks. A connection the server dropped
/// (a restart) is reopened by the next statement outside a transaction, so
/// the first action after the server returns works.
class Database final
{
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens the calling thread's connection and applies pending migrations.
    Status open();

    /// The calling thread's connection, opened on first use.
    QSqlDatabase connection();
    /// Closes the calling thread's connection so its next use reopens it
    /// (a thread that ends closes its own).
    void dropConnection();

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend; }
    bool isPostgres() const { return m_url.backend == Backend::PostgreSQL; }

    /// Prepares `sql` on the calling thread's connection. Refused at once
    /// while the registry is known to be offline.
    Result<QSqlQuery> prepare(const QString &sql);

    /// Executes a prepared query; on failure the error names `what`. A null
    /// QString is bound as an empty string, never as NULL.
    static Status exec(QSqlQuery &query, const QString &what);

    /// One round trip on the calling thread's connection (reopened when
    /// the server dropped it); ignores the offline mark. For the monitor.
    Status ping();

    /// Marks the registry offline (`reason` says why) or, with an empty
    /// reason, online again. While offline, statements fail at once with a
    /// message saying so instead of waiting on a server that is away; when
    /// it comes back, every thread's connection is reopened before use.
    void setOffline(const QString &reason);
    QString offlineReason() const;

    /// The error every statement gets while the registry is offline.
    Error offlineError() const;

    /// A login access control governs (set once the session is known):
    /// every audit entry, request and decision is then that login's, as the
    /// database insists, whatever name a caller passes.
    void setGovernedLogin(const QString &login);
    QString governedLogin() const;
    /// `actor`, or the governed login when there is one.
    QString actorFor(const QString &actor) const;

    /// The rule "no SQL on the GUI thread", checked: with the environment
    /// variable TENANT_GUI_THREAD_GUARD=1 (every GUI test sets it), any
    /// statement or connection from the application's main thread aborts
    /// the process naming the SQL, unless a DirectAccess is alive on it.
    static bool guardsGuiThread();
    /// Lets the main thread through the guard while it lives: a test
    /// setting up or checking its registry directly, not the console.
    class DirectAccess final
    {
    public:
        DirectAccess();
        ~DirectAccess();
        Q_DISABLE_COPY_MOVE(DirectAccess)
    };

private:
    friend class Transaction;
    /// Aborts when the guard is on and this is the GUI thread.
    static void checkThread(const char *what, const QString &sql = {});
    Result<QSqlDatabase> openConnection();
    /// Whether the calling thread's connection still reaches the server.
    bool isAlive(QSqlDatabase &db);
    void setInTransaction(bool inTransaction);
    bool inTransaction();
    /// The calling thread's connection name.
    QString connectionName() const;

    struct ConnectionState
    {
        quint64 generation = 0; ///< the online generation it was opened in
        bool inTransaction = false;
    };

    DatabaseUrl m_url;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    QHash<QString, ConnectionState> m_connections;
    quint64 m_generation = 0; ///< bumped whenever the registry comes back online
    QString m_offlineReason;
    QString m_governedLogin;
};

/// Begins a transaction on construction and rolls it back on destruction
/// unless commit() succeeded, so every early return undoes partial writes.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    /// Commits; on success runs what afterCommit() was given, in order.
    Status commit();
    /// Runs `done` once this transaction has committed (never on rollback).
    void afterCommit(std::function<void()> done) { m_afterCommit.push_back(std::move(done)); }
    /// Runs `undo` if this transaction does not commit: before the rollback
    /// is sent, so nobody can have committed in its place yet.
    void onRollback(std::function<void()> undo) { m_onRollback.push_back(std::move(undo)); }

    /// Whether this transaction is open on `db`, not yet committed, and the
    /// calling thread's (a write taking a Transaction& checks it first).
    bool isOpenOn(const Database &db) const;
    /// A Storage error unless isOpenOn(db): for `what` needing one.
    Status requireOpenOn(const Database &db, const QString &what) const;

private:
    bool begin();

    Database &m_db;
    QSqlDatabase m_connection;
    const QThread *m_thread;
    bool m_active = false;
    bool m_committed = false;
    bool m_commitFailed = false;
    Error m_beginError;
    std::vector<std::function<void()>> m_afterCommit;
    std::vector<std::function<void()>> m_onRollback;
};

/// Turns a driver error into a one-line Storage error.
Error storageError(const QString &what, const QSqlQuery &query);

} // namespace tenant
