#include "testdatabase.h"

#include "credentials.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace tenant::test {

namespace {

DatabaseUrl adminUrl()
{
    const QString text = qEnvironmentVariable("TENANT_TEST_PG_URL");
    if (text.isEmpty())
        qFatal(
            "TENANT_TEST_BACKEND=postgresql needs TENANT_TEST_PG_URL (see scripts/run-tests.sh)");
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    if (!url)
        qFatal("TENANT_TEST_PG_URL: %s", qPrintable(url.error().message));
    return url.value();
}

QSqlDatabase openAdmin(const DatabaseUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (db.isOpen() && (db.databaseName() != url.database || db.userName() != url.user))
        db.close(); // a name used before, for another database or login
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(Credentials::passwordFor(url));
    if (!db.isOpen() && !db.open())
        qFatal("cannot open %s: %s", qPrintable(url.toDisplayString()),
               qPrintable(db.lastError().text()));
    return db;
}

} // namespace

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

Tenant createTenant(Workspace &ws, const QString &id, Tier tier,
                    const std::function<void(Tenant &)> &adjust)
{
    const Database::DirectAccess setUp; // fixture set-up, never the console's call
    Result<Tenant> tenant = ws.tenants().tierTemplate(tier);
    if (!tenant)
        qFatal("tier template: %s", qPrintable(tenant.error().message));
    Tenant t = std::move(tenant).value();
    t.tenantId = id;
    t.tenantName = QStringLiteral("Tenant ") + id;
    if (adjust)
        adjust(t);
    Result<Tenant> created = ws.tenants().create(t, QStringLiteral("tester"));
    if (!created)
        qFatal("create %s: %s", qPrintable(id), qPrintable(created.error().message));
    return std::move(created).value();
}

TestDatabase::TestDatabase()
{
    // Tests name their passwords explicitly; never wait on a keychain prompt.
    qputenv("TENANT_ADMIN_NO_KEYCHAIN", "1");
}

TestDatabase::~TestDatabase()
{
    if (m_createdDatabases.isEmpty())
        return;
    // Tenant roles provisioning made belong to the cluster, not the database:
    // collect them before the databases go, drop them after.
    QStringList roles;
    for (const QString &name : std::as_const(m_createdDatabases)) {
        DatabaseUrl url = adminUrl();
        url.database = name;
        {
            QSqlDatabase db = openAdmin(url, QStringLiteral("test-roles-cleanup"));
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT role_name FROM tenant_roles")))
                while (q.next())
                    roles << q.value(0).toString();
            // Logins a test made through the registry (user create).
            if (q.exec(QStringLiteral("SELECT login FROM access_logins")))
                while (q.next())
                    roles << q.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-roles-cleanup"));
    }
    {
        QSqlDatabase admin = openAdmin(adminUrl(), QStringLiteral("test-admin-cleanup"));
        QSqlQuery q(admin);
        for (const QString &name : std::as_const(m_createdDatabases))
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
        for (const QString &role : std::as_const(roles))
            q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin-cleanup"));
}

QString TestDatabase::backendName()
{
    const QString name = qEnvironmentVariable("TENANT_TEST_BACKEND");
    return name.isEmpty() ? QStringLiteral("sqlite") : name;
}

DatabaseUrl TestDatabase::nextUrl()
{
    ++m_counter;
    DatabaseUrl url;
    if (!isPostgres()) {
        url.backend = Backend::SQLite;
        url.path = m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(m_counter));
        return url;
    }
    url = adminUrl();
    url.database = QStringLiteral("t_%1_%2_%3")
                       .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')))
                       .arg(QCoreApplication::applicationPid())
                       .arg(m_counter);
    return url;
}

DatabaseUrl TestDatabase::fresh()
{
    return create(nextUrl(), {});
}

DatabaseUrl TestDatabase::create(const DatabaseUrl &url, const QString &templateName)
{
    if (!isPostgres())
        return url;
    QSqlDatabase admin = openAdmin(adminUrl(), QStringLiteral("test-admin"));
    QSqlQuery q(admin);
    const QString sql = templateName.isEmpty()
                            ? QStringLiteral("CREATE DATABASE \"%1\"").arg(url.database)
                            : QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE \"%2\"")
                                  .arg(url.database, templateName);
    // A template's last session may still be closing on the server.
    for (int attempt = 0; !q.exec(sql); ++attempt) {
        if (templateName.isEmpty() || attempt == 50)
            qFatal("cannot create database %s: %s", qPrintable(url.database),
                   qPrintable(q.lastError().text()));
        QThread::msleep(100);
    }
    m_createdDatabases << url.database;
    return url;
}

DatabaseUrl TestDatabase::migratedTemplate()
{
    if (m_template)
        return *m_template;
    const DatabaseUrl url = fresh();
    {
        const Database::DirectAccess setUp;
        Workspace ws(url);
        if (const Status opened = ws.open(); !opened)
            qFatal("cannot migrate the template registry: %s", qPrintable(opened.error().message));
    }
    m_template = url;
    return url;
}

DatabaseUrl TestDatabase::migrated()
{
    const DatabaseUrl source = migratedTemplate();
    const DatabaseUrl url = nextUrl();
    if (!isPostgres()) {
        if (!QFile::copy(source.path, url.path))
            qFatal("cannot copy %s", qPrintable(source.path));
        return url;
    }
    create(url, source.database);
    // A database's own privileges are not copied with it (migration 009).
    QSqlQuery q(openAdmin(adminUrl(), QStringLiteral("test-admin")));
    if (!q.exec(
            QStringLiteral("REVOKE TEMPORARY ON DATABASE \"%1\" FROM PUBLIC").arg(url.database)))
        qFatal("%s", qPrintable(q.lastError().text()));
    return url;
}

QString TestDatabase::urlText(const DatabaseUrl &url)
{
    return url.backend == Backend::SQLite ? QStringLiteral("sqlite:") + url.path
                                          : url.toDisplayString();
}

QSqlDatabase TestDatabase::adminConnection(const DatabaseUrl &database)
{
    return openAdmin(database, QStringLiteral("test-admin-") + database.database);
}

QSqlDatabase TestDatabase::rawConnection(const DatabaseUrl &url, const QString &name)
{
    if (url.backend == Backend::PostgreSQL)
        return openAdmin(url, name);
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // A name used before may still be open on an earlier test's file.
    if (db.isOpen() && db.databaseName() != url.path)
        db.close();
    db.setDatabaseName(url.path);
    if (!db.isOpen() && !db.open())
        qFatal("cannot open %s", qPrintable(url.path));
    return db;
}

} // namespace tenant::test
