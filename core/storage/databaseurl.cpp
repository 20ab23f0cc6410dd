#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {
// This file's messages, translated in the context tenant::DatabaseUrl.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::DatabaseUrl)
};
} // namespace

namespace tenant {

QString redactedUrl(const QString &text)
{
    QString out = text;
    // The user info runs from the scheme's "//" (or the start) to the last
    // '@': a password may hold '/' or '@' when the URL is malformed.
    const qsizetype scheme = out.indexOf(QLatin1String("://"));
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    const qsizetype at = out.lastIndexOf(QLatin1Char('@'));
    // Without an '@', what follows "USER:" may still be a password (or a
    // port: hiding a port in a message costs nothing).
    const qsizetype end = at >= start ? at
                          : out.indexOf(QLatin1Char('/'), start) < 0
                              ? out.size()
                              : out.indexOf(QLatin1Char('/'), start);
    const qsizetype colon = out.indexOf(QLatin1Char(':'), start);
    if (colon >= 0 && colon < end)
        out.replace(colon + 1, end - colon - 1, QStringLiteral("***"));
    // libpq also takes ?password=...
    static const QRegularExpression queryPassword(QStringLiteral("(password=)[^&#]*"),
                                                  QRegularExpression::CaseInsensitiveOption);
    out.replace(queryPassword, QStringLiteral("\\1***"));
    return out;
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        url.backend = Backend::SQLite;
        url.path = text.mid(7);
        if (url.path.startsWith(QLatin1String("//")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty())
            return Error::validation(QStringLiteral("db"),
                                     Messages::tr("sqlite URL needs a file path"));
        return url;
    }
    const QUrl parsed(text, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() ||
        (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")))
        return Error::validation(
            QStringLiteral("db"),
            Messages::tr("expected sqlite:PATH or postgresql://USER@HOST:PORT/DBNAME, got %1")
                .arg(quoted(redactedUrl(text))));
    url.backend = Backend::PostgreSQL;
    url.host = parsed.host();
    url.port = parsed.port(5432);
    url.user = parsed.userName();
    url.password = parsed.password();
    url.database = parsed.path().mid(1);
    url.sslMode = QUrlQuery(parsed).queryItemValue(QStringLiteral("sslmode"));
    // It becomes a libpq connection option: only the modes libpq knows, so
    // nothing else (";host=...") can ride along.
    static const QStringList sslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!url.sslMode.isEmpty() && !sslModes.contains(url.sslMode))
        return Error::validation(
            QStringLiteral("db"),
            Messages::tr("unknown sslmode %1 (expected %2)")
                .arg(quoted(url.sslMode), sslModes.join(QStringLiteral(", "))));
    const QUrlQuery query(parsed);
    url.sslCert = query.queryItemValue(QStringLiteral("sslcert"), QUrl::FullyDecoded);
    url.sslKey = query.queryItemValue(QStringLiteral("sslkey"), QUrl::FullyDecoded);
    url.sslRootCert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    for (const auto &[field, path] :
         {std::pair{"sslcert", url.sslCert}, std::pair{"sslkey", url.sslKey},
          std::pair{"sslrootcert", url.sslRootCert}})
        if (Status s = checkCertificatePath(QLatin1String(field), path); !s)
            return s.error();
    static const QStringList known = {QStringLiteral("sslmode"), QStringLiteral("sslcert"),
                                      QStringLiteral("sslkey"), QStringLiteral("sslrootcert")};
    for (const auto &item : query.queryItems())
        if (!known.contains(item.first))
            return Error::validation(
                QStringLiteral("db"),
                Messages::tr("unknown URL parameter %1 (expected %2)")
                    .arg(quoted(item.first), known.join(QStringLiteral(", "))));
    if (url.host.isEmpty() || url.database.isEmpty() || url.user.isEmpty())
        return Error::validation(QStringLiteral("db"),
                                 QStringLiteral("postgresql URL needs USER@HOST and /DBNAME: %1")
                                     .arg(quoted(redactedUrl(text))));
    return url;
}

Status DatabaseUrl::checkCertificatePath(const QString &field, const QString &path)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\s'\"\\\\;=]|[\\x00-\\x1f]"));
    if (path.contains(unsafe))
        return Error::validation(field, Messages::tr("%1 %2 holds a space, quote, backslash, "
                                                     "';' or '=': use a path without them")
                                            .arg(field, quoted(path)));
    return success();
}

DatabaseUrl DatabaseUrl::defaultDemo()
{
    DatabaseUrl url;
    url.backend = Backend::SQLite;
    // A fixed folder under the user's data directory, independent of the
    // organisation name, so the demo file stays where earlier versions put it.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    url.path = dir + QStringLiteral("/tenant-admin/demo.sqlite");
    return url;
}

QString DatabaseUrl::toDisplayString() const
{
    if (backend == Backend::SQLite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseUrl::keychainAccount() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString DatabaseUrl::backendName() const
{
    return backend == Backend::SQLite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

} // namespace tenant
