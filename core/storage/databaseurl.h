#pragma once

#include "error.h"

#include <QString>

namespace tenant {

enum class Backend { SQLite, PostgreSQL };

/// A parsed database location: `sqlite:PATH` or
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE]`.
struct DatabaseUrl
{
    Backend backend = Backend::SQLite;
    QString path;     ///< SQLite file
    QString host;     ///< PostgreSQL
    int port = 5432;  ///< PostgreSQL
    QString database; ///< PostgreSQL
    QString user;     ///< PostgreSQL
    QString password; ///< only when written in the URL; normally empty
    QString sslMode;  ///< PostgreSQL libpq sslmode, empty for libpq's default

    static Result<DatabaseUrl> parse(const QString &text);
    /// The file used when no URL is given: demo.sqlite in the app data dir.
    static DatabaseUrl defaultDemo();

    /// The URL without any password, safe to print and to log.
    QString toDisplayString() const;
    /// The account name under which the password is kept in the OS keychain.
    QString keychainAccount() const;
    QString backendName() const;
};

/// `text` with any password in it (user info, or a `password=` query item)
/// replaced by "***": for messages about a URL that may not even parse.
QString redactedUrl(const QString &text);

} // namespace tenant
