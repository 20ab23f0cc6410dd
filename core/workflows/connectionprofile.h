#pragma once

#include "databaseurl.h"
#include "downstream.h"

#include <QObject>
#include <QSettings>

#include <memory>
#include <optional>

namespace tenant {

/// A saved PostgreSQL connection and the downstream systems behind that
/// registry. No secret is ever part of it: the database password lives in
/// the OS keychain under url().keychainAccount(), the downstream secrets
/// under the accounts DownstreamEndpoints names.
struct ConnectionProfile
{
    QString name;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); ///< libpq sslmode
    /// The real systems the cascade drives; their secrets are in the keychain too.
    DownstreamEndpoints downstream;
    /// A client certificate and its key (files, never in the settings'
    /// text: only their paths), and the CA to check the server against.
    QString sslCert;
    QString sslKey;
    QString sslRootCert;

    DatabaseUrl url() const;
    /// Names the first missing or malformed field.
    Status validate() const;
    bool operator==(const ConnectionProfile &other) const;
};

/// Saved profiles and the last one used, in QSettings (no secrets: a
/// profile whose URLs carry one is refused by save()).
class ConnectionProfileStore final : public QObject
{
    Q_OBJECT
public:
    /// `settingsFile` empty: the application's default QSettings.
    explicit ConnectionProfileStore(const QString &settingsFile = {}, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const;
    /// The saved profile called `name`, if there is one.
    std::optional<ConnectionProfile> profile(const QString &name) const;
    /// Adds or replaces the profile with the same name.
    Status save(const ConnectionProfile &profile);
    void remove(const QString &name);

    QString lastProfile() const;
    void setLastProfile(const QString &name);

signals:
    void profilesChanged();

private:
    void writeAll(const QList<ConnectionProfile> &list);
    /// Moves secrets an earlier version stored inside URLs to the keychain.
    void moveStoredCredentials();

    std::unique_ptr<QSettings> m_settings;
};

/// Asynchronous keychain access for the GUI thread (QtKeychain jobs):
/// results arrive as signals, an entry that is not stored reads as empty,
/// and the insecure plain-text fallback is never enabled.
class AsyncKeychain final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void read(const QString &account);
    void write(const QString &account, const QString &password);
    void remove(const QString &account);

signals:
    /// `error` is empty on success; `password` is empty when nothing is stored.
    void readFinished(const QString &account, const QString &password, const QString &error);
    void writeFinished(const QString &account, const QString &error);
    void removeFinished(const QString &account, const QString &error);
};

} // namespace tenant
