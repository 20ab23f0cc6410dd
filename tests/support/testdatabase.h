#pragma once

#include "database.h"
#include "databaseurl.h"
#include "testprinters.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <optional>

#include <functional>

#include <memory>

namespace tenant {
class Workspace;
struct Tenant;
} // namespace tenant

namespace tenant::test {

/// Creates tenant `id` from its tier's defaults, named "Tenant <id>";
/// `adjust` edits it before it is stored. Fixture set-up must not fail
/// quietly, so a failure aborts the test with the error.
Tenant createTenant(Workspace &ws, const QString &id, Tier tier,
                    const std::function<void(Tenant &)> &adjust = {});

/// `direct(ws)->tenants().get(id)`: the whole expression runs with the
/// GUI-thread guard lifted (the temporary lives to its end). For a test
/// setting up or checking its registry directly, as another client would;
/// the console's own calls stay guarded.
template<typename T> struct DirectRef
{
    Database::DirectAccess access;
    T *target;
    T *operator->() const { return target; }
    T &operator*() const { return *target; }
};
template<typename T> DirectRef<T> direct(T *target)
{
    return {{}, target};
}
template<typename T> DirectRef<T> direct(const std::unique_ptr<T> &target)
{
    return {{}, target.get()};
}

/// Writes `content` to `name` in `dir` and returns its path; a test that
/// cannot write its own input aborts.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content);

/// Hands each test a fresh, empty database on the backend named by the
/// TENANT_TEST_BACKEND environment variable (sqlite, the default, or
/// postgresql). PostgreSQL tests need TENANT_TEST_PG_URL, the URL of a
/// server's admin database; without it they fail rather than skip, so a
/// run that claims PostgreSQL coverage really has it.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    static QString backendName();
    static bool isPostgres() { return backendName() == QLatin1String("postgresql"); }

    /// A new empty database; previous ones stay until destruction.
    DatabaseUrl fresh();
    /// A new database with every migration applied: a copy of one registry
    /// migrated once per process (on PostgreSQL CREATE DATABASE … TEMPLATE),
    /// since migrating each test's database costs a third of a second there.
    DatabaseUrl migrated();
    /// `url` as a string for tenantctl's --db.
    static QString urlText(const DatabaseUrl &url);

    /// An admin connection to the server (PostgreSQL only): for creating
    /// roles and tampering with rows behind the application's back.
    QSqlDatabase adminConnection(const DatabaseUrl &database);
    /// A raw connection to `url` with no migrations, as an attacker would use.
    static QSqlDatabase rawConnection(const DatabaseUrl &url, const QString &name);

private:
    DatabaseUrl nextUrl();
    /// Creates `url`'s database (PostgreSQL), from `templateName` if given.
    DatabaseUrl create(const DatabaseUrl &url, const QString &templateName);
    DatabaseUrl migratedTemplate();

    QTemporaryDir m_dir;
    std::optional<DatabaseUrl> m_template;
    QStringList m_createdDatabases;
    int m_counter = 0;
};

} // namespace tenant::test
