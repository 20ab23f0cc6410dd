#pragma once

// Shared pieces of the cascade tests.
#include "auditlog.h"
#include "cascadeadapter.h"
#include "connectionprofile.h"
#include "httpcall.h"
#include "sigv4.h"
#include "testdatabase.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenant::test {

/// How long a test waits on a real service's reply.
inline QDeadlineTimer soon()
{
    return QDeadlineTimer(5000);
}

/// The URL of a service scripts/run-tests.sh started; without one the test aborts.
inline QUrl requiredUrl(const char *variable)
{
    const QUrl url(qEnvironmentVariable(variable));
    if (!url.isValid() || url.port() <= 0)
        qFatal("needs %s (scripts/run-tests.sh starts the server)", variable);
    return url;
}

/// The real services scripts/run-tests.sh started (Qdrant, which cannot run
/// here, is a stand-in each test sets), with `s3Keys`' access key.
inline DownstreamEndpoints liveEndpoints(const AwsCredentials &s3Keys)
{
    DownstreamEndpoints endpoints;
    endpoints.s3 = requiredUrl("TENANT_TEST_S3_URL");
    endpoints.s3AccessKeyId = s3Keys.accessKeyId;
    endpoints.redis = requiredUrl("TENANT_TEST_REDIS_URL");
    endpoints.monitoring = requiredUrl("TENANT_TEST_ALERTMANAGER_URL");
    return endpoints;
}

/// Saves `profile` where a tenantctl started with XDG_CONFIG_HOME=`configDir`
/// finds it, as the console would.
inline Status saveProfileForTenantctl(const ConnectionProfile &profile, const QString &configDir)
{
    qputenv("XDG_CONFIG_HOME", configDir.toUtf8());
    const QString testName = QCoreApplication::applicationName();
    const QString testOrganisation = QCoreApplication::organizationName();
    // Where tenantctl looks (tenant::setApplicationIdentity()).
    QCoreApplication::setOrganizationName(QStringLiteral("Tenant Admin"));
    QCoreApplication::setApplicationName(QStringLiteral("tenant-admin"));
    const Status saved = ConnectionProfileStore().save(profile);
    QCoreApplication::setApplicationName(testName);
    QCoreApplication::setOrganizationName(testOrganisation);
    return saved;
}

/// A step that always fails with `message`: placed after the step under
/// test, it forces that step's compensation.
class FailingAdapter final : public CascadeAdapter
{
public:
    FailingAdapter(QString system, QString message)
        : m_system(std::move(system))
        , m_message(std::move(message))
    {}

    QString system() const override { return m_system; }
    Status apply(const CascadeContext &) override { return Error::storage(m_message); }
    Status compensate(const CascadeContext &) override { return success(); }
    Result<bool> isApplied(const CascadeContext &) override { return false; }

private:
    QString m_system;
    QString m_message;
};

/// An opened workspace on a fresh database holding one active tenant.
/// Fixture set-up must not fail quietly, so a failure aborts the test.
inline std::unique_ptr<Workspace> workspaceWithActiveTenant(TestDatabase &databases,
                                                            const QString &tenantId)
{
    auto workspace = std::make_unique<Workspace>(databases.migrated());
    if (const Status opened = workspace->open(); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    createTenant(*workspace, tenantId, Tier::Silver,
                 [](Tenant &t) { t.status = TenantStatus::Active; });
    return workspace;
}

/// The audited cascade steps of `tenantId` whose action starts with
/// `action` ("cascade." for both directions), as "system outcome", oldest first.
inline QStringList auditedSteps(Workspace &ws, const QString &tenantId,
                                const QString &action = QStringLiteral("cascade."))
{
    QStringList steps;
    for (const AuditEntry &e : ws.audit().list(tenantId).value())
        if (e.action.startsWith(action)) {
            const QJsonObject step = QJsonDocument::fromJson(e.after.toUtf8()).object();
            steps << step.value(QStringLiteral("system")).toString() + QLatin1Char(' ') +
                         step.value(QStringLiteral("outcome")).toString();
        }
    return steps;
}

/// One signed request to an S3 server; `path` starts with the bucket and may
/// carry a query ("tenant-hr?policy"). A transport failure aborts the test.
inline HttpReply s3Request(const QUrl &endpoint, const AwsCredentials &keys,
                           const QByteArray &method, const QString &path,
                           const QByteArray &body = {})
{
    QUrl url = endpoint;
    url.setPath(QLatin1Char('/') + path.section(QLatin1Char('?'), 0, 0));
    url.setQuery(path.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    SigV4::sign(request, method, body, keys);
    const Result<HttpReply> reply = httpExchange(method, request, body, QDeadlineTimer(5000));
    if (!reply)
        qFatal("%s", qPrintable(reply.error().message));
    return reply.value();
}

} // namespace tenant::test
