#pragma once

#include "databaseurl.h"

#include <QString>

namespace tenant {

/// Where a PostgreSQL password comes from, in the order libpq users expect:
/// the URL itself, PGPASSWORD, the .pgpass file (PGPASSFILE or ~/.pgpass),
/// then the OS keychain. Nothing here ever writes a password to disk.
class Credentials final
{
public:
    /// The password for `url`, or an empty string when no source has one
    /// (trust or peer authentication still works then).
    static QString passwordFor(const DatabaseUrl &url);

    /// Looks `url` up in a .pgpass-format file: host:port:db:user:password
    /// lines, `*` wildcards, `\:` and `\\` escapes, first match wins.
    static QString lookupPgpass(const QString &filePath, const DatabaseUrl &url);
    static QString pgpassPath();
};

/// Blocking wrappers over QtKeychain's asynchronous jobs, for the CLI and for
/// worker threads. The GUI uses the asynchronous jobs directly.
class Keychain final
{
public:
    static constexpr const char *service = "tenant-admin";

    /// Returns the stored password; an empty string when none is stored.
    static Result<QString> readPassword(const QString &account);
    static Status writePassword(const QString &account, const QString &password);
    static Status deletePassword(const QString &account);
};

} // namespace tenant
