#include "database.h"

#include "credentials.h"
#include "migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace tenant {

Error storageError(const QString &what, const QSqlQuery &query)
{
    QString detail = query.lastError().databaseText().trimmed();
    if (detail.isEmpty())
        detail = query.lastError().text().trimmed();
    detail.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return Error::storage(what + QStringLiteral(": ") + detail);
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
    for (const QString &name : std::as_const(m_connectionNames)) {
        if (name == own) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Status Database::open()
{
    const Result<QSqlDatabase> db = openConnection();
    if (!db)
        return db.error();
    return Migrator(*this).migrate();
}

QSqlDatabase Database::connection()
{
    const Result<QSqlDatabase> db = openConnection();
    return db ? db.value() : QSqlDatabase();
}

QString Database::connectionName() const
{
    return m_connectionPrefix + QLatin1Char('-') +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Result<QSqlDatabase> Database::openConnection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isOpen())
            return existing;
    }

    QSqlDatabase db;
    if (m_url.backend == Backend::SQLite) {
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
        QString options = QStringLiteral("connect_timeout=10");
        if (!m_url.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + m_url.sslMode;
        db.setConnectOptions(options);
    }
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames << name;
    }
    if (!db.open()) {
        QString detail = db.lastError().text().trimmed();
        detail.replace(QLatin1Char('\n'), QLatin1Char(' '));
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
    } else {
        pragma.exec(QStringLiteral("SET client_min_messages = warning"));
    }
    return db;
}

Result<QSqlQuery> Database::prepare(const QString &sql)
{
    const Result<QSqlDatabase> db = openConnection();
    if (!db)
        return db.error();
    QSqlQuery query(db.value());
    if (!query.prepare(sql))
        return storageError(QStringLiteral("prepare"), query);
    return query;
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
    : m_connection(db.connection())
{
    if (!m_connection.isOpen()) {
        m_beginError = Error::storage(QStringLiteral("cannot begin transaction: ") +
                                      m_connection.lastError().text());
        return;
    }
    if (db.isPostgres()) {
        m_active = m_connection.transaction();
        if (!m_active)
            m_beginError = Error::storage(QStringLiteral("cannot begin transaction: ") +
                                          m_connection.lastError().text());
        return;
    }
    // SQLite: a transaction that writes takes the write lock when it
    // begins, waiting (busy timeout) for another writer to finish. A
    // deferred BEGIN would read first and then fail at once with "database
    // is locked" when it tries to upgrade while someone else writes.
    QSqlQuery begin(m_connection);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = storageError(QStringLiteral("cannot begin transaction"), begin);
}

Transaction::~Transaction()
{
    if (m_active && !m_committed)
        m_connection.rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginError;
    if (!m_connection.commit())
        return Error::storage(QStringLiteral("commit failed: ") + m_connection.lastError().text());
    m_committed = true;
    return success();
}

} // namespace tenant
