#include "database.h"

#include <utility>

#include "credentials.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

namespace tenant {

namespace {

/// Whether the database refused a value (a CHECK, a NOT NULL, a range)
/// rather than failed: PostgreSQL's data exceptions (class 22) and
/// check/not-null violations, SQLite's SQLITE_CONSTRAINT_CHECK and
/// _NOTNULL. A trigger's refusal or a duplicate key stays a storage error.
bool isRefusedValue(const QSqlError &error, bool postgres)
{
    const QString code = error.nativeErrorCode();
    if (postgres)
        return code.startsWith(QLatin1String("22")) || code == QLatin1String("23514") ||
               code == QLatin1String("23502");
    constexpr int constraintCheck = 19 | (1 << 8);
    constexpr int constraintNotNull = 19 | (5 << 8);
    return code == QString::number(constraintCheck) || code == QString::number(constraintNotNull);
}

} // namespace

Error storageError(const QString &what, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    // Drivers write several lines, tabs included: one line of plain words,
    // and none of PostgreSQL's DETAIL (it repeats the whole failing row).
    QString detail = error.databaseText();
    for (const char *tail : {"\nDETAIL:", "\nHINT:", "\nLINE ", "\nCONTEXT:"})
        if (const qsizetype at = detail.indexOf(QLatin1String(tail)); at >= 0)
            detail.truncate(at);
    detail = detail.simplified();
    // PostgreSQL's own severity prefix (a RAISE from a trigger keeps it).
    if (detail.startsWith(QLatin1String("ERROR:")))
        detail = detail.mid(6).trimmed();
    if (detail.isEmpty())
        detail = error.text().simplified();
    const bool postgres = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    // Access control (insufficient_privilege, row-level security): the
    // login may not, whatever it sends; the message says what it lacked.
    if (postgres && error.nativeErrorCode() == QLatin1String("42501"))
        return Error::denied(what + QStringLiteral(": the database refused (") + detail +
                             QLatin1Char(')'));
    if (postgres && error.nativeErrorCode() == QLatin1String("42704"))
        return Error::notFound(what + QStringLiteral(": ") + detail);
    if (postgres && error.nativeErrorCode() == QLatin1String("42710"))
        return Error::rule(what + QStringLiteral(": ") + detail);
    if (isRefusedValue(error, postgres))
        return Error::make(ErrorKind::Validation,
                           what + QStringLiteral(": the database refused the value (") + detail +
                               QLatin1Char(')'));
    return Error::storage(what + QStringLiteral(": ") + detail);
}

namespace {
thread_local int directAccessDepth = 0;
}

void Database::setGovernedLogin(const QString &login)
{
    const QMutexLocker lock(&m_mutex);
    m_governedLogin = login;
}

QString Database::governedLogin() const
{
    const QMutexLocker lock(&m_mutex);
    return m_governedLogin;
}

QString Database::actorFor(const QString &actor) const
{
    const QString login = governedLogin();
    return login.isEmpty() ? actor : login;
}

bool Database::guardsGuiThread()
{
    static const bool on = qEnvironmentVariable("TENANT_GUI_THREAD_GUARD") == QLatin1String("1");
    return on;
}

Database::DirectAccess::DirectAccess()
{
    ++directAccessDepth;
}

Database::DirectAccess::~DirectAccess()
{
    --directAccessDepth;
}

void Database::checkThread(const char *what, const QString &sql)
{
    if (!guardsGuiThread() || directAccessDepth > 0)
        return;
    const QCoreApplication *app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread())
        qFatal("database access from the GUI thread (%s%s%s): run it through the background "
               "runner",
               what, sql.isEmpty() ? "" : ": ", qPrintable(sql.simplified().left(200)));
}

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_connectionPrefix(QStringLiteral("tenant-") + QUuid::createUuid().toString(QUuid::Id128))
{}

Database::~Database()
{
    // Worker threads are finished by now (the workspace drains its pool
    // first); their connections are removed without touching them from here.
    QMutexLocker lock(&m_mutex);
    const QString own = connectionName();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.key() == own) {
            QSqlDatabase db = QSqlDatabase::database(it.key(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(it.key());
    }
}

Status Database::open()
{
    checkThread("open");
    const Result<QSqlDatabase> db = openConnection();
    if (!db)
        return db.error();
    return Migrator(*this).migrate();
}

QSqlDatabase Database::connection()
{
    checkThread("connection");
    const Result<QSqlDatabase> db = openConnection();
    return db ? db.value() : QSqlDatabase();
}

QString Database::connectionName() const
{
    // A number per thread, never reused: a thread that ends and a new one
    // at the same address must not inherit its connection.
    static std::atomic<quint64> threads{0};
    thread_local const quint64 thread = ++threads;
    return m_connectionPrefix + QLatin1Char('-') + QString::number(thread);
}

void Database::setOffline(const QString &reason)
{
    QMutexLocker lock(&m_mutex);
    if (!m_offlineReason.isEmpty() && reason.isEmpty())
        ++m_generation; // back: connections opened before are stale
    m_offlineReason = reason;
}

QString Database::offlineReason() const
{
    QMutexLocker lock(&m_mutex);
    return m_offlineReason;
}

Error Database::offlineError() const
{
    return Error::storage(QStringLiteral("the registry is offline (%1); nothing was read or "
                                         "written, and Tenant Admin reconnects by itself")
                              .arg(offlineReason()));
}

void Database::setInTransaction(bool inTransaction)
{
    QMutexLocker lock(&m_mutex);
    m_connections[connectionName()].inTransaction = inTransaction;
}

bool Database::inTransaction()
{
    QMutexLocker lock(&m_mutex);
    return m_connections.value(connectionName()).inTransaction;
}

void Database::dropConnection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        QSqlDatabase::database(name, false).close();
}

bool Database::isAlive(QSqlDatabase &db)
{
    if (!db.isOpen()) // the driver closes a connection it found broken
        return false;
    QSqlQuery probe(db);
    return probe.exec(QStringLiteral("SELECT 1"));
}

Result<QSqlDatabase> Database::openConnection()
{
    const QString name = connectionName();
    bool stale = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto state = m_connections.constFind(name);
        stale = state != m_connections.constEnd() && state->generation != m_generation &&
                !state->inTransaction;
    }
    QSqlDatabase db;
    if (QSqlDatabase::contains(name)) {
        db = QSqlDatabase::database(name, false);
        if (stale)
            db.close(); // opened before the registry went away
        if (db.isOpen())
            return db;
    } else if (m_url.backend == Backend::SQLite) {
        QFileInfo file(m_url.path);
        if (!QDir().mkpath(file.absolutePath()))
            return Error::storage(
                QStringLiteral("cannot create directory %1").arg(file.absolutePath()));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path);
        // Writers queue for the write lock instead of failing: 20 s covers a
        // bulk import by another process.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_url.host);
        db.setPort(m_url.port);
        db.setDatabaseName(m_url.database);
        db.setUserName(m_url.user);
        db.setPassword(Credentials::passwordFor(m_url));
        // A server that stops answering fails a statement within seconds
        // (unacknowledged data, keepalives) instead of after TCP's minutes.
        QString options = QStringLiteral("connect_timeout=5;tcp_user_timeout=5000;keepalives=1;"
                                         "keepalives_idle=5;keepalives_interval=2;"
                                         "keepalives_count=2");
        if (!m_url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_url.sslMode;
        // Checked when parsed (no character that would split the options).
        for (const auto &[key, path] :
             {std::pair{"sslcert", m_url.sslCert}, std::pair{"sslkey", m_url.sslKey},
              std::pair{"sslrootcert", m_url.sslRootCert}})
            if (!path.isEmpty())
                options += QLatin1Char(';') + QLatin1String(key) + QLatin1Char('=') + path;
        db.setConnectOptions(options);
    }
    {
        QMutexLocker lock(&m_mutex);
        ConnectionState &state = m_connections[name];
        state.generation = m_generation;
        state.inTransaction = false;
    }
    if (!db.open()) {
        const QString detail = db.lastError().text().simplified();
        return Error::storage(
            QStringLiteral("cannot open %1: %2").arg(m_url.toDisplayString(), detail));
    }
    QSqlQuery pragma(db);
    if (m_url.backend == Backend::SQLite) {
        // Foreign keys are off by default in SQLite; WAL lets readers work during writes.
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        // With WAL, NORMAL is crash-safe (a power cut may lose the last
        // commits, never corrupt); a larger page cache keeps bulk work in memory.
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));
        // Reads map the file instead of copying each page through read():
        // a year of 100,000 tenants' usage is read a month at a time.
        pragma.exec(QStringLiteral("PRAGMA mmap_size = 268435456"));
    } else {
        pragma.exec(QStringLiteral("SET client_min_messages = warning"));
    }
    return db;
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    checkThread("prepare", sql);
    if (const QString offline = offlineReason(); !offline.isEmpty())
        return offlineError();
    Result<QSqlDatabase> db = openConnection();
    if (!db)
        return db.error();
    Error failed;
    {
        QSqlQuery query(db.value());
        if (query.prepare(sql))
            return query;
        failed = storageError(QStringLiteral("prepare"), query);
    } // gone before a reconnect, so it frees nothing on the new session
    // PostgreSQL prepares on the server: a connection the server dropped
    // fails here. Outside a transaction nothing is lost by reopening it.
    if (!isPostgres() || inTransaction() || isAlive(db.value()))
        return failed;
    dropConnection();
    db = openConnection();
    if (!db)
        return db.error();
    QSqlQuery again(db.value());
    if (again.prepare(sql))
        return again;
    return storageError(QStringLiteral("prepare"), again);
}

Status Database::ping()
{
    checkThread("ping");
    Result<QSqlDatabase> db = openConnection();
    if (!db)
        return db.error();
    QSqlQuery probe(db.value());
    if (probe.exec(QStringLiteral("SELECT 1")))
        return success();
    // Dropped by the server: one fresh connection decides.
    dropConnection();
    db = openConnection();
    if (!db)
        return db.error();
    QSqlQuery again(db.value());
    if (again.exec(QStringLiteral("SELECT 1")))
        return success();
    const Error failed = storageError(QStringLiteral("ping"), again);
    dropConnection();
    return failed;
}

Status Database::exec(QSqlQuery &query, const QString &what)
{
    // Text columns are NOT NULL throughout the schema; a default-constructed
    // QString would bind as NULL, so it is sent as ''. NULL is written only
    // from an empty QVariant.
    const QVariantList bound = query.boundValues();
    for (int i = 0; i < bound.size(); ++i) {
        if (bound.at(i).metaType().id() == QMetaType::QString && bound.at(i).toString().isNull())
            query.bindValue(i, QString::fromLatin1(""));
    }
    if (!query.exec())
        return storageError(what, query);
    return success();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_thread(QThread::currentThread())
{
    if (const QString offline = db.offlineReason(); !offline.isEmpty()) {
        m_beginError = db.offlineError();
        return;
    }
    m_active = begin();
    // A connection the server dropped fails BEGIN: nothing is lost by
    // reopening it and beginning again.
    if (!m_active && db.isPostgres() && !db.isAlive(m_connection)) {
        db.dropConnection();
        m_active = begin();
    }
    if (m_active)
        db.setInTransaction(true);
}

bool Transaction::begin()
{
    m_connection = m_db.connection();
    if (!m_connection.isOpen()) {
        m_beginError = Error::storage(QStringLiteral("cannot begin transaction: ") +
                                      m_connection.lastError().text());
        return false;
    }
    if (m_db.isPostgres()) {
        if (m_connection.transaction())
            return true;
        m_beginError = Error::storage(QStringLiteral("cannot begin transaction: ") +
                                      m_connection.lastError().text());
        return false;
    }
    // SQLite: a transaction that writes takes the write lock when it
    // begins, waiting (busy timeout) for another writer to finish. A
    // deferred BEGIN would read first and then fail at once with "database
    // is locked" when it tries to upgrade while someone else writes.
    QSqlQuery begin(m_connection);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    m_beginError = storageError(QStringLiteral("cannot begin transaction"), begin);
    return false;
}

Transaction::~Transaction()
{
    for (const std::function<void()> &undo : std::exchange(m_onRollback, {}))
        if (!m_committed)
            undo();
    if (m_active && !m_committed)
        m_connection.rollback();
    if (m_active)
        m_db.setInTransaction(false);
}

bool Transaction::isOpenOn(const Database &db) const
{
    return m_active && !m_committed && !m_commitFailed && &db == &m_db &&
           QThread::currentThread() == m_thread;
}

Status Transaction::requireOpenOn(const Database &db, const QString &what) const
{
    if (isOpenOn(db))
        return success();
    return Error::storage(
        QStringLiteral("%1 needs an open transaction on its own database").arg(what));
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    if (!m_connection.commit()) {
        m_commitFailed = true; // nothing more belongs in it; the destructor rolls back
        return Error::storage(QStringLiteral("commit failed: ") + m_connection.lastError().text());
    }
    m_committed = true;
    m_onRollback.clear();
    for (const std::function<void()> &done : std::exchange(m_afterCommit, {}))
        done();
    return success();
}

} // namespace tenant
