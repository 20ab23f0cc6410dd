#include "connectionprofile.h"

#include "consolepreferences.h"
#include "credentials.h"
#include "tenant.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace {
// This file's messages, translated in the context tenant::ConnectionProfile.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::ConnectionProfile)
};
} // namespace

namespace tenant {

DatabaseUrl ConnectionProfile::url() const
{
    DatabaseUrl url;
    url.backend = Backend::PostgreSQL;
    url.host = host;
    url.port = port;
    url.database = database;
    url.user = user;
    url.sslMode = sslMode;
    url.sslCert = sslCert;
    url.sslKey = sslKey;
    url.sslRootCert = sslRootCert;
    return url;
}

Status ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"), Messages::tr("is required"));
    // The start-up preference names the demo registry so: a profile of that
    // name could never be chosen there.
    if (name.trimmed() == ConsolePreferences::demoProfile())
        return Error::validation(
            QStringLiteral("name"),
            Messages::tr("'%1' stands for the demo registry; choose another name")
                .arg(name.trimmed()));
    if (host.trimmed().isEmpty())
        return Error::validation(QStringLiteral("host"), Messages::tr("is required"));
    if (port < 1 || port > 65535)
        return Error::validation(QStringLiteral("port"), Messages::tr("must be 1-65535"));
    if (database.trimmed().isEmpty())
        return Error::validation(QStringLiteral("database"), Messages::tr("is required"));
    if (user.trimmed().isEmpty())
        return Error::validation(QStringLiteral("user"), Messages::tr("is required"));
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!modes.contains(sslMode))
        return Error::validation(QStringLiteral("ssl_mode"),
                                 Messages::tr("unknown TLS mode %1").arg(quoted(sslMode)));
    for (const auto &[field, path] : {std::pair{"ssl_cert", sslCert}, std::pair{"ssl_key", sslKey},
                                      std::pair{"ssl_root_cert", sslRootCert}})
        if (Status s = DatabaseUrl::checkCertificatePath(QLatin1String(field), path); !s)
            return s;
    if (sslCert.isEmpty() != sslKey.isEmpty())
        return Error::validation(QStringLiteral("ssl_key"),
                                 Messages::tr("a client certificate needs its key, and a key "
                                              "its certificate"));
    return downstream.validate();
}

bool ConnectionProfile::operator==(const ConnectionProfile &o) const
{
    return name == o.name && host == o.host && port == o.port && database == o.database &&
           user == o.user && sslMode == o.sslMode && sslCert == o.sslCert && sslKey == o.sslKey &&
           sslRootCert == o.sslRootCert && downstream == o.downstream;
}

ConnectionProfileStore::ConnectionProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    moveStoredCredentials();
}

void ConnectionProfileStore::moveStoredCredentials()
{
    QList<ConnectionProfile> list = profiles();
    bool moved = false;
    for (ConnectionProfile &p : list) {
        DownstreamSecrets secrets;
        DownstreamEndpoints clean = p.downstream;
        (void)clean.takeCredentials(secrets); // what cannot be used is dropped, not kept
        if (clean == p.downstream)
            continue;
        // An earlier version kept what was typed; the secret goes to the
        // keychain first, and only then leaves the file, so it is never lost.
        for (const auto &[account, secret] : secrets.entries(clean)) {
            if (secret.isEmpty())
                continue;
            if (Status written = Keychain::writePassword(account, secret); !written) {
                qWarning("tenant-admin: profile %s keeps a secret in its settings until the "
                         "keychain takes it: %s",
                         qPrintable(p.name), qPrintable(written.error().message));
                return;
            }
        }
        p.downstream = clean;
        moved = true;
    }
    if (moved)
        writeAll(list);
}

QList<ConnectionProfile> ConnectionProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    const int count = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.host = m_settings->value(QStringLiteral("host")).toString();
        p.port = m_settings->value(QStringLiteral("port"), 5432).toInt();
        p.database = m_settings->value(QStringLiteral("database")).toString();
        p.user = m_settings->value(QStringLiteral("user")).toString();
        p.sslMode =
            m_settings->value(QStringLiteral("sslMode"), QStringLiteral("prefer")).toString();
        p.sslCert = m_settings->value(QStringLiteral("sslCert")).toString();
        p.sslKey = m_settings->value(QStringLiteral("sslKey")).toString();
        p.sslRootCert = m_settings->value(QStringLiteral("sslRootCert")).toString();
        DownstreamEndpoints &d = p.downstream;
        d.vector = m_settings->value(QStringLiteral("vectorUrl")).toUrl();
        d.s3 = m_settings->value(QStringLiteral("s3Url")).toUrl();
        d.s3Region = m_settings->value(QStringLiteral("s3Region"), d.s3Region).toString();
        d.s3AccessKeyId = m_settings->value(QStringLiteral("s3AccessKeyId")).toString();
        d.redis = m_settings->value(QStringLiteral("redisUrl")).toUrl();
        d.monitoring = m_settings->value(QStringLiteral("monitoringUrl")).toUrl();
        d.webhook = m_settings->value(QStringLiteral("webhookUrl")).toUrl();
        list << p;
    }
    m_settings->endArray();
    return list;
}

std::optional<ConnectionProfile> ConnectionProfileStore::profile(const QString &name) const
{
    const QList<ConnectionProfile> list = profiles();
    const auto found = std::find_if(list.cbegin(), list.cend(),
                                    [&](const ConnectionProfile &p) { return p.name == name; });
    return found == list.cend() ? std::nullopt : std::optional<ConnectionProfile>(*found);
}

void ConnectionProfileStore::writeAll(const QList<ConnectionProfile> &list)
{
    m_settings->remove(QStringLiteral("profiles"));
    m_settings->beginWriteArray(QStringLiteral("profiles"), static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_settings->setArrayIndex(i);
        const ConnectionProfile &p = list.at(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("host"), p.host);
        m_settings->setValue(QStringLiteral("port"), p.port);
        m_settings->setValue(QStringLiteral("database"), p.database);
        m_settings->setValue(QStringLiteral("user"), p.user);
        m_settings->setValue(QStringLiteral("sslMode"), p.sslMode);
        m_settings->setValue(QStringLiteral("sslCert"), p.sslCert);
        m_settings->setValue(QStringLiteral("sslKey"), p.sslKey);
        m_settings->setValue(QStringLiteral("sslRootCert"), p.sslRootCert);
        const DownstreamEndpoints &d = p.downstream;
        m_settings->setValue(QStringLiteral("vectorUrl"), d.vector.toString());
        m_settings->setValue(QStringLiteral("s3Url"), d.s3.toString());
        m_settings->setValue(QStringLiteral("s3Region"), d.s3Region);
        m_settings->setValue(QStringLiteral("s3AccessKeyId"), d.s3AccessKeyId);
        m_settings->setValue(QStringLiteral("redisUrl"), d.redis.toString());
        m_settings->setValue(QStringLiteral("monitoringUrl"), d.monitoring.toString());
        m_settings->setValue(QStringLiteral("webhookUrl"), d.webhook.toString());
    }
    m_settings->endArray();
    m_settings->sync();
    emit profilesChanged();
}

Status ConnectionProfileStore::save(const ConnectionProfile &profile)
{
    if (Status s = profile.validate(); !s)
        return s;
    QList<ConnectionProfile> list = profiles();
    const auto it = std::find_if(list.begin(), list.end(), [&](const ConnectionProfile &p) {
        return p.name == profile.name;
    });
    if (it != list.end())
        *it = profile;
    else
        list << profile;
    writeAll(list);
    return success();
}

void ConnectionProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> list = profiles();
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const ConnectionProfile &p) { return p.name == name; }),
               list.end());
    writeAll(list);
}

QString ConnectionProfileStore::lastProfile() const
{
    return m_settings->value(QStringLiteral("connection/lastProfile")).toString();
}

void ConnectionProfileStore::setLastProfile(const QString &name)
{
    m_settings->setValue(QStringLiteral("connection/lastProfile"), name);
    m_settings->sync();
}

namespace {
template<typename JobType> JobType *startJob(QObject *owner, const QString &account)
{
    auto *job = new JobType(QString::fromLatin1(Keychain::service), owner);
    job->setKey(account);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    return job;
}
} // namespace

void AsyncKeychain::read(const QString &account)
{
    auto *job = startJob<QKeychain::ReadPasswordJob>(this, account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        // error() is only meaningful here, once the job has finished.
        if (job->error() == QKeychain::EntryNotFound)
            emit readFinished(account, QString(), QString());
        else if (job->error() != QKeychain::NoError)
            emit readFinished(account, QString(), job->errorString());
        else
            emit readFinished(account, job->textData(), QString());
    });
    job->start();
}

void AsyncKeychain::write(const QString &account, const QString &password)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(this, account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        emit writeFinished(account,
                           job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

void AsyncKeychain::remove(const QString &account)
{
    auto *job = startJob<QKeychain::DeletePasswordJob>(this, account);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        const bool ok =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        emit removeFinished(account, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace tenant
