#include "migrator.h"

#include "database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tenant {

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    bool inLineComment = false;
    bool inDollar = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression hasBegin(QStringLiteral("\\bBEGIN\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(QStringLiteral("\\bEND\\s*$"),
                                                QRegularExpression::CaseInsensitiveOption);

    for (int i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (inLineComment) {
            if (c == QLatin1Char('\n'))
                inLineComment = false;
            continue;
        }
        if (!inQuote && !inDollar && c == QLatin1Char('-') && next == QLatin1Char('-')) {
            inLineComment = true;
            continue;
        }
        current += c;
        if (!inDollar && c == QLatin1Char('\''))
            inQuote = !inQuote;
        else if (!inQuote && c == QLatin1Char('$') && next == QLatin1Char('$')) {
            inDollar = !inDollar;
            current += next;
            ++i;
        } else if (!inQuote && !inDollar && c == QLatin1Char(';')) {
            const QString body = current.chopped(1);
            // SQLite trigger bodies hold ';' between BEGIN and END.
            if (triggerStart.match(body).hasMatch() && hasBegin.match(body).hasMatch() &&
                !endsWithEnd.match(body).hasMatch())
                continue;
            if (!body.trimmed().isEmpty())
                statements << body.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Result<QList<int>> Migrator::appliedVersions()
{
    Result<QSqlQuery> query =
        m_db.prepare(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    if (!query)
        return query.error();
    if (Status s = Database::exec(query.value(), QStringLiteral("read schema_migrations")); !s)
        return s.error();
    QList<int> versions;
    while (query.value().next())
        versions << query.value().value(0).toInt();
    return versions;
}

Status Migrator::migrate(int upToVersion)
{
    // Read first: an application role without CREATE rights can use an
    // up-to-date schema; only a missing table or a pending migration needs DDL.
    Result<QList<int>> applied = appliedVersions();
    if (!applied) {
        // DDL cannot be a server-side prepared statement on PostgreSQL.
        QSqlQuery create(m_db.connection());
        if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                        " version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                                        " applied_at TEXT NOT NULL)")))
            return storageError(QStringLiteral("create schema_migrations"), create);
        applied = appliedVersions();
        if (!applied)
            return applied.error();
    }

    const QDir dir(QStringLiteral(":/migrations/") + m_db.url().backendName());
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::storage(QStringLiteral("no migrations found for ") +
                              m_db.url().backendName());

    for (const QString &fileName : files) {
        const int version = fileName.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= 0 || version > upToVersion || applied.value().contains(version))
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Error::storage(QStringLiteral("cannot read migration ") + fileName);
        const QString script = QString::fromUtf8(file.readAll());

        // SQLite rebuilds a table to change its constraints, which its
        // foreign keys would refuse mid-way: they are off during a
        // migration (a pragma that only works outside a transaction) and
        // checked before it commits. Whatever a script did to the
        // connection's CHECK enforcement is undone afterwards.
        const bool sqlite = !m_db.isPostgres();
        struct SqliteSchemaChange
        {
            QSqlDatabase connection;
            bool active;
            explicit SqliteSchemaChange(QSqlDatabase db, bool on)
                : connection(std::move(db))
                , active(on)
            {
                if (active)
                    QSqlQuery(connection).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            }
            ~SqliteSchemaChange()
            {
                if (!active)
                    return;
                QSqlQuery(connection).exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
                QSqlQuery(connection).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            }
            Q_DISABLE_COPY_MOVE(SqliteSchemaChange)
        } schemaChange(m_db.connection(), sqlite);

        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.beginError();
        QSqlQuery statement(m_db.connection());
        for (const QString &sql : splitStatements(script)) {
            if (!statement.exec(sql))
                return storageError(
                    QStringLiteral("migration %1 (run `tenantctl init` as the schema owner)")
                        .arg(fileName),
                    statement);
        }
        Result<QSqlQuery> record = m_db.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        if (!record)
            return record.error();
        record.value().addBindValue(version);
        record.value().addBindValue(fileName);
        record.value().addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (Status s = Database::exec(record.value(), QStringLiteral("record migration")); !s)
            return s;
        if (sqlite) {
            QSqlQuery check(m_db.connection());
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return storageError(QStringLiteral("migration %1").arg(fileName), check);
            if (check.next())
                return Error::storage(
                    QStringLiteral("migration %1 left a broken reference from %2 to %3")
                        .arg(fileName, check.value(0).toString(), check.value(2).toString()));
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return success();
}

} // namespace tenant
