#include "postgresrlsadapter.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tenant {

Status PostgresRlsAdapter::setSuspended(const QString &tenantId, bool suspended)
{
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO tenant_access (tenant_id, suspended, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (tenant_id) DO UPDATE SET suspended = excluded.suspended, updated_at = "
        "excluded.updated_at"));
    if (!q)
        return q.error();
    q.value().addBindValue(tenantId);
    q.value().addBindValue(suspended);
    q.value().addBindValue(isoTimestamp(QDateTime::currentDateTimeUtc()));
    return Database::exec(q.value(), QStringLiteral("postgresql-rls"));
}

Status PostgresRlsAdapter::apply(const CascadeContext &context)
{
    return setSuspended(context.tenantId, context.action == CascadeAction::Suspend);
}

Status PostgresRlsAdapter::compensate(const CascadeContext &context)
{
    return setSuspended(context.tenantId, context.action != CascadeAction::Suspend);
}

Result<bool> PostgresRlsAdapter::isApplied(const CascadeContext &context)
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT suspended FROM tenant_access WHERE tenant_id = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(context.tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("postgresql-rls")); !s)
        return s.error();
    const bool suspended = q.value().next() && q.value().value(0).toBool();
    return suspended == (context.action == CascadeAction::Suspend);
}

} // namespace tenant

namespace tenant {

namespace {
/// A connection as a tenant's own role, closed and removed on destruction.
class TenantRoleSession final
{
public:
    TenantRoleSession(const DatabaseUrl &registry, const QString &role, const QString &password)
        : m_name(QStringLiteral("tenant-role-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(registry.host);
        db.setPort(registry.port);
        db.setDatabaseName(registry.database);
        db.setUserName(role);
        db.setPassword(password);
        QString options = QStringLiteral("connect_timeout=5");
        if (!registry.sslMode.isEmpty())
            options += QStringLiteral(";sslmode=") + registry.sslMode;
        db.setConnectOptions(options);
        if (!db.open())
            m_error = QStringLiteral("cannot connect as %1: %2")
                          .arg(role, db.lastError().text().simplified());
    }
    ~TenantRoleSession()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(TenantRoleSession)

    bool isOpen() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(m_name, false)); }

private:
    QString m_name;
    QString m_error;
};

/// Prepares and runs `sql` with `binds`; the result or the driver's error.
Result<QSqlQuery> run(QSqlQuery query, const QString &sql, const QVariantList &binds,
                      const QString &what)
{
    if (!query.prepare(sql))
        return storageError(what, query);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return storageError(what, query);
    return query;
}
} // namespace

QString PostgresRlsAdapter::schemaFor(const QString &tenantId)
{
    return shortIdentifier(QStringLiteral("tenant_") +
                           QString(tenantId).replace(QLatin1Char('-'), QLatin1Char('_')));
}

QString PostgresRlsAdapter::roleFor(const QString &database, const QString &tenantId)
{
    // Roles belong to the whole cluster: the registry's database name keeps
    // two registries on one server (staging and production) apart.
    return shortIdentifier(database.toLower() + QLatin1Char('_') + schemaFor(tenantId));
}

QString PostgresRlsAdapter::shortIdentifier(const QString &name)
{
    if (name.size() <= 63)
        return name;
    return name.left(54) + QLatin1Char('_') +
           QString::fromLatin1(
               QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

Status PostgresRlsAdapter::ddl(const QString &pattern, const QStringList &args, const QString &what)
{
    QString call = QStringLiteral("SELECT format(?");
    for (qsizetype i = 0; i < args.size(); ++i)
        call += QStringLiteral(", ?::text");
    call += QLatin1Char(')');
    Result<QSqlQuery> built = m_db.prepare(call);
    if (!built)
        return built.error();
    built->addBindValue(pattern);
    for (const QString &arg : args)
        built->addBindValue(arg);
    if (Status s = Database::exec(built.value(), what); !s)
        return s;
    if (!built->next())
        return Error::storage(what + QStringLiteral(": format() returned nothing"));
    const QString statement = built->value(0).toString();
    QSqlQuery exec(m_db.connection()); // utility statements cannot be PREPAREd
    if (!exec.exec(statement))
        return storageError(what, exec);
    return success();
}

Result<bool> PostgresRlsAdapter::exists(const QString &sql, const QString &name)
{
    Result<QSqlQuery> q = m_db.prepare(sql);
    if (!q)
        return q.error();
    q->addBindValue(name);
    if (Status s = Database::exec(q.value(), QStringLiteral("postgresql lookup")); !s)
        return s.error();
    return q->next();
}

Result<QString> PostgresRlsAdapter::create(const ProvisionContext &context)
{
    const QString role = roleFor(m_db.url().database, context.tenantId);
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    const QString password = QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

    const Result<bool> roleExists =
        exists(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role);
    if (!roleExists)
        return roleExists.error();
    // A resumed run cannot know the old password: it sets a new one.
    if (Status s = roleExists.value()
                       ? ddl(QStringLiteral("ALTER ROLE %I WITH LOGIN PASSWORD %L"),
                             {role, password}, QStringLiteral("set password of ") + role)
                       : ddl(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L IN ROLE tenant_data"),
                             {role, password}, QStringLiteral("create role ") + role);
        !s)
        return s.error();
    {
        const QMutexLocker lock(&m_passwordsMutex);
        m_passwords.insert(context.tenantId, password);
    }
    const QString schema = schemaFor(context.tenantId);
    if (Status s = ddl(QStringLiteral("CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I"),
                       {schema, role}, QStringLiteral("create schema ") + schema);
        !s)
        return s.error();
    QString made = QStringLiteral("role %1 (member of tenant_data), schema %2").arg(role, schema);
    if (context.dedicatedNamespace) {
        if (Status s =
                ddl(QStringLiteral("CREATE TABLE IF NOT EXISTS %I.documents (doc_id BIGSERIAL "
                                   "PRIMARY KEY, body TEXT NOT NULL)"),
                    {schema}, QStringLiteral("create dedicated documents table"));
            !s)
            return s.error();
        if (Status s = ddl(QStringLiteral("ALTER TABLE %I.documents OWNER TO %I"), {schema, role},
                           QStringLiteral("hand the dedicated table to ") + role);
            !s)
            return s.error();
        made += QStringLiteral(" with a dedicated documents table");
    }
    for (const QString &sql :
         {QStringLiteral("INSERT INTO tenant_roles (role_name, tenant_id) VALUES (?, ?) "
                         "ON CONFLICT (role_name) DO NOTHING")}) {
        Result<QSqlQuery> q = m_db.prepare(sql);
        if (!q)
            return q.error();
        q->addBindValue(role);
        q->addBindValue(context.tenantId);
        if (Status s = Database::exec(q.value(), QStringLiteral("map role to tenant")); !s)
            return s.error();
    }
    Result<QSqlQuery> access = m_db.prepare(QStringLiteral(
        "INSERT INTO tenant_access (tenant_id, suspended, updated_at) VALUES (?, FALSE, ?) "
        "ON CONFLICT (tenant_id) DO NOTHING"));
    if (!access)
        return access.error();
    access->addBindValue(context.tenantId);
    access->addBindValue(isoTimestamp(QDateTime::currentDateTimeUtc()));
    if (Status s = Database::exec(access.value(), QStringLiteral("record tenant access")); !s)
        return s.error();
    return QString(made + QStringLiteral(", row-level security mapping"));
}

Status PostgresRlsAdapter::remove(const ProvisionContext &context)
{
    const QString role = roleFor(m_db.url().database, context.tenantId);
    for (const QString &sql : {QStringLiteral("DELETE FROM tenant_documents WHERE tenant_id = ?"),
                               QStringLiteral("DELETE FROM tenant_roles WHERE tenant_id = ?"),
                               QStringLiteral("DELETE FROM tenant_access WHERE tenant_id = ?")}) {
        Result<QSqlQuery> q = m_db.prepare(sql);
        if (!q)
            return q.error();
        q->addBindValue(context.tenantId);
        if (Status s = Database::exec(q.value(), QStringLiteral("remove tenant rows")); !s)
            return s;
    }
    if (Status s =
            ddl(QStringLiteral("DROP SCHEMA IF EXISTS %I CASCADE"), {schemaFor(context.tenantId)},
                QStringLiteral("drop schema ") + schemaFor(context.tenantId));
        !s)
        return s;
    const Result<bool> roleExists =
        exists(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role);
    if (!roleExists)
        return roleExists.error();
    if (roleExists.value()) {
        if (Status s = ddl(QStringLiteral("DROP OWNED BY %I"), {role},
                           QStringLiteral("drop what ") + role + QStringLiteral(" owns"));
            !s)
            return s;
        if (Status s = ddl(QStringLiteral("DROP ROLE IF EXISTS %I"), {role},
                           QStringLiteral("drop role ") + role);
            !s)
            return s;
    }
    const QMutexLocker lock(&m_passwordsMutex);
    m_passwords.remove(context.tenantId);
    return success();
}

Result<QStringList> PostgresRlsAdapter::remaining(const ProvisionContext &context)
{
    const QString role = roleFor(m_db.url().database, context.tenantId);
    QStringList left;
    const struct
    {
        QString sql;
        QString bind;
        QString label;
    } probes[] = {
        {QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role,
         QStringLiteral("role ") + role},
        {QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"),
         schemaFor(context.tenantId), QStringLiteral("schema ") + schemaFor(context.tenantId)},
        {QStringLiteral("SELECT 1 FROM tenant_roles WHERE tenant_id = ?"), context.tenantId,
         QStringLiteral("tenant_roles row")},
        {QStringLiteral("SELECT 1 FROM tenant_access WHERE tenant_id = ?"), context.tenantId,
         QStringLiteral("tenant_access row")},
        {QStringLiteral("SELECT 1 FROM tenant_documents WHERE tenant_id = ?"), context.tenantId,
         QStringLiteral("tenant_documents rows")},
    };
    for (const auto &probe : probes) {
        const Result<bool> found = exists(probe.sql, probe.bind);
        if (!found)
            return found.error();
        if (found.value())
            left << probe.label;
    }
    return left;
}

Result<QString> PostgresRlsAdapter::checkConnectivity(const ProvisionContext &context)
{
    const QString role = roleFor(m_db.url().database, context.tenantId);
    const QString password = passwordFor(context.tenantId);
    if (password.isEmpty())
        return Error::storage(
            QStringLiteral("no password for %1: its role was not created in this run").arg(role));
    QElapsedTimer timer;
    timer.start();
    const TenantRoleSession session(m_db.url(), role, password);
    if (!session.isOpen())
        return Error::storage(session.error());
    Result<QSqlQuery> who =
        run(session.query(), QStringLiteral("SELECT current_user"), {}, QStringLiteral("connect"));
    if (!who)
        return who.error();
    QSqlQuery q = std::move(who).value();
    if (!q.next() || q.value(0).toString() != role)
        return Error::storage(QStringLiteral("connected, but not as %1").arg(role));
    return QStringLiteral("connected as %1 in %2 ms").arg(role).arg(timer.elapsed());
}

Result<QString> PostgresRlsAdapter::checkIsolation(const ProvisionContext &context)
{
    const QString role = roleFor(m_db.url().database, context.tenantId);
    const QString password = passwordFor(context.tenantId);
    // What the registry (not subject to RLS) sees of other tenants.
    Result<QSqlQuery> foreign = m_db.prepare(QStringLiteral(
        "SELECT count(*), min(tenant_id) FROM tenant_documents WHERE tenant_id <> ?"));
    if (!foreign)
        return foreign.error();
    foreign->addBindValue(context.tenantId);
    if (Status s = Database::exec(foreign.value(), QStringLiteral("count foreign rows")); !s)
        return s.error();
    foreign->next();
    const qint64 foreignRows = foreign->value(0).toLongLong();
    const QString otherTenant =
        foreignRows > 0 ? foreign->value(1).toString() : QStringLiteral("isolation-probe");

    const TenantRoleSession session(m_db.url(), role, password);
    if (!session.isOpen())
        return Error::storage(session.error());
    const auto as = [&](const QString &sql, const QVariantList &binds) {
        return run(session.query(), sql, binds, QStringLiteral("as ") + role);
    };
    if (const auto written = as(QStringLiteral("INSERT INTO tenant_documents (tenant_id, body) "
                                               "VALUES (?, 'isolation probe')"),
                                {context.tenantId});
        !written)
        return Error::storage(QStringLiteral("cannot write own rows: ") + written.error().message);
    Result<QSqlQuery> visible = as(QStringLiteral("SELECT count(*) FILTER (WHERE tenant_id = ?), "
                                                  "count(*) FILTER (WHERE tenant_id <> ?) FROM "
                                                  "tenant_documents"),
                                   {context.tenantId, context.tenantId});
    if (!visible)
        return visible.error();
    visible->next();
    const qint64 own = visible->value(0).toLongLong();
    const qint64 leaked = visible->value(1).toLongLong();
    (void)as(QStringLiteral("DELETE FROM tenant_documents WHERE tenant_id = ? AND body = "
                            "'isolation probe'"),
             {context.tenantId});
    if (own < 1)
        return Error::storage(QStringLiteral("%1 cannot read its own rows").arg(role));
    if (leaked > 0)
        return Error::storage(
            QStringLiteral("%1 reads %2 row(s) of other tenants").arg(role).arg(leaked));
    if (as(QStringLiteral("INSERT INTO tenant_documents (tenant_id, body) VALUES (?, 'forged')"),
           {otherTenant}))
        return Error::storage(
            QStringLiteral("%1 could write a row as '%2'").arg(role, otherTenant));
    return QStringLiteral("reads its own rows, 0 of %1 foreign row(s); writing as '%2' refused")
        .arg(foreignRows)
        .arg(otherTenant);
}

Result<QString> PostgresRlsAdapter::checkLatency(const ProvisionContext &context)
{
    const QString role = roleFor(m_db.url().database, context.tenantId);
    const QString password = passwordFor(context.tenantId);
    const TenantRoleSession session(m_db.url(), role, password);
    if (!session.isOpen())
        return Error::storage(session.error());
    QSqlQuery q = session.query();
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM tenant_documents WHERE tenant_id = ?")))
        return storageError(QStringLiteral("prepare latency probe"), q);
    return checkQueryLatency(context.latencySlaMs, QStringLiteral("queries as ") + role,
                             [&]() -> Status {
                                 q.addBindValue(context.tenantId);
                                 if (!q.exec())
                                     return storageError(QStringLiteral("latency probe"), q);
                                 q.next();
                                 return success();
                             });
}

QString PostgresRlsAdapter::passwordFor(const QString &tenantId)
{
    const QMutexLocker lock(&m_passwordsMutex);
    return m_passwords.value(tenantId);
}

QList<ValidationCheck> PostgresRlsAdapter::checks()
{
    return {
        {CheckKind::DatabaseConnectivity, system(), std::chrono::seconds(10),
         [this](const ProvisionContext &c) { return checkConnectivity(c); }},
        {CheckKind::CrossTenantIsolation, system(), std::chrono::seconds(10),
         [this](const ProvisionContext &c) { return checkIsolation(c); }},
        {CheckKind::QueryLatency, system(), std::chrono::seconds(10),
         [this](const ProvisionContext &c) { return checkLatency(c); }},
    };
}

} // namespace tenant
