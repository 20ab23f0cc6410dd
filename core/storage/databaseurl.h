#pragma once

#include "error.h"

#include <QString>

namespace tenant {

enum class Backend { SQLite, PostgreSQL };

/// A parsed database location: `sqlite:PATH` or
/// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE&sslcert=PATH&sslkey=PATH
/// &sslrootcert=PATH]`: a client certificate signs the person in where the
/// server asks for one (pg_hba `cert`).
struct DatabaseUrl
{
    Backend backend = Backend::SQLite;
    QString path;        ///< SQLite file
    QString host;        ///< PostgreSQL
    int port = 5432;     ///< PostgreSQL
    QString database;    ///< PostgreSQL
    QString user;        ///< PostgreSQL
    QString password;    ///< only when written in the URL; normally empty
    QString sslMode;     ///< PostgreSQL libpq sslmode, empty for libpq's default
    QString sslCert;     ///< the client certificate file (libpq sslcert)
    QString sslKey;      ///< its private key file (libpq sslkey)
    QString sslRootCert; ///< the CA that signed the server's certificate (sslrootcert)

    /// Refuses a certificate path libpq could not take as one option (a
    /// space, a quote, a backslash, a ';' or '=' would split it).
    static Status checkCertificatePath(const QString &field, const QString &path);

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
