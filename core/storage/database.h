#pragma once

#include "databaseurl.h"
#include "error.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

namespace tenant {

/// The application's handle on one registry database. It hands every thread
/// its own named QSqlDatabase connection (Qt connections must not cross
/// threads) and knows the backend's quirks.
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

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend; }
    bool isPostgres() const { return m_url.backend == Backend::PostgreSQL; }

    /// Prepares `sql` on the calling thread's connection.
    Result<QSqlQuery> prepare(const QString &sql);

    /// Executes a prepared query; on failure the error names `what`. A null
    /// QString is bound as an empty string, never as NULL.
    static Status exec(QSqlQuery &query, const QString &what);

private:
    Result<QSqlDatabase> openConnection();
    /// The calling thread's connection name.
    QString connectionName() const;

    DatabaseUrl m_url;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
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
    Status commit();

private:
    QSqlDatabase m_connection;
    bool m_active = false;
    bool m_committed = false;
    Error m_beginError;
};

/// Turns a driver error into a one-line Storage error.
Error storageError(const QString &what, const QSqlQuery &query);

} // namespace tenant
