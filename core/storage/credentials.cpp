#include "credentials.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

namespace tenant {

namespace {

/// Splits one .pgpass line on unescaped colons, resolving escapes.
QStringList splitPgpassLine(const QString &line)
{
    QStringList parts;
    QString current;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            current += line.at(++i);
        } else if (c == QLatin1Char(':') && parts.size() < 4) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

bool matches(const QString &pattern, const QString &value)
{
    return pattern == QLatin1String("*") || pattern == value;
}

/// Runs a keychain job to completion on a local event loop.
void runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.start();
    loop.exec();
}

} // namespace

QString Credentials::pgpassPath()
{
    const QString fromEnv = qEnvironmentVariable("PGPASSFILE");
    return fromEnv.isEmpty() ? QDir::homePath() + QStringLiteral("/.pgpass") : fromEnv;
}

QString Credentials::lookupPgpass(const QString &filePath, const DatabaseUrl &url)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = splitPgpassLine(line);
        if (f.size() != 5)
            continue;
        if (matches(f[0], url.host) && matches(f[1], QString::number(url.port)) &&
            matches(f[2], url.database) && matches(f[3], url.user))
            return f[4];
    }
    return {};
}

QString Credentials::passwordFor(const DatabaseUrl &url)
{
    if (!url.password.isEmpty())
        return url.password;
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return qEnvironmentVariable("PGPASSWORD");
    if (const QString fromFile = lookupPgpass(pgpassPath(), url); !fromFile.isEmpty())
        return fromFile;
    if (qEnvironmentVariableIsSet("TENANT_ADMIN_NO_KEYCHAIN"))
        return {};
    const Result<QString> stored = Keychain::readPassword(url.keychainAccount());
    return stored ? stored.value() : QString();
}

Result<QString> Keychain::readPassword(const QString &account)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(service));
    job.setKey(account);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Error::storage(QStringLiteral("keychain: ") + job.errorString());
    return job.textData();
}

Status Keychain::writePassword(const QString &account, const QString &password)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(service));
    job.setKey(account);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error::storage(QStringLiteral("keychain: ") + job.errorString());
    return success();
}

Status Keychain::deletePassword(const QString &account)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(service));
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Error::storage(QStringLiteral("keychain: ") + job.errorString());
    return success();
}

} // namespace tenant
