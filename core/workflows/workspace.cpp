#include "workspace.h"

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace tenant {

namespace {
/// The operating-system account running this process: the actor of its
/// changes. Read from the account database, not from the environment
/// (USER and friends are the caller's to set), so it cannot be chosen.
QString osUser()
{
#if defined(Q_OS_UNIX)
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("uid-%1").arg(geteuid());
#elif defined(Q_OS_WIN)
    wchar_t name[257];
    DWORD size = 257;
    if (GetUserNameW(name, &size))
        return QString::fromWCharArray(name, int(size) - 1);
    return QStringLiteral("unknown");
#else
    return QStringLiteral("unknown");
#endif
}
} // namespace

Workspace::Workspace(const DatabaseUrl &url)
    : m_db(url)
    , m_audit(m_db)
    , m_tenants(m_db, m_audit, m_notifier)
    , m_lifecycle(m_db, m_tenants)
    , m_flags(m_db, m_tenants, m_audit)
    , m_health(m_db, m_tenants, m_audit)
    , m_provisioning(m_db, m_tenants, m_audit)
    , m_cascade(m_audit)
    , m_workflow(m_db, m_provisioning, m_tenants, m_lifecycle, m_flags, m_audit)
    , m_access(m_db, m_audit)
    , m_usage(m_db, m_audit, m_notifier)
    , m_chargeback(m_db, m_audit, m_notifier)
    , m_events(m_db)
    , m_webhooks(m_db, m_audit)
    , m_deliveries(m_db, m_audit)
    , m_actor(osUser())
{
    // Until configureDownstream() says otherwise, every system but
    // PostgreSQL's row-level security is a demo stand-in.
    m_cascade.setAdapters(cascadeSteps(m_db, {}, {}));
    m_workflow.setTargets(provisioningTargets(m_db, {}, {}));
    m_lifecycle.setCascade(&m_cascade);
    // Each worker thread holds a database connection of its own; a thread
    // the pool retired would leave its connection open until the workspace
    // closes, so the pool keeps its (few) threads instead.
    m_pool.setExpiryTimeout(-1);
}

Status Workspace::open()
{
    if (Status opened = m_db.open(); !opened)
        return opened;
    Result<Identity> me = m_access.whoami();
    if (!me)
        return me.error();
    m_identity = std::move(me).value();
    if (m_identity.local)
        m_identity.user = m_actor;
    else if (m_identity.enforced) {
        m_actor = m_identity.user;
        m_db.setGovernedLogin(m_identity.user);
    }
    return success();
}

Status Workspace::configureDownstream(const DownstreamEndpoints &endpoints,
                                      const DownstreamSecrets &secrets)
{
    if (Status valid = endpoints.validate(); !valid)
        return valid;
    m_cascade.setAdapters(cascadeSteps(m_db, endpoints, secrets));
    m_workflow.setTargets(provisioningTargets(m_db, endpoints, secrets));
    m_endpoints = endpoints;
    return success();
}

Status Workspace::configureDownstreamFromKeychain(const DownstreamEndpoints &endpoints,
                                                  const DownstreamSecrets &typed)
{
    const Result<DownstreamSecrets> stored = DownstreamSecrets::fromKeychain(endpoints);
    if (!stored)
        return stored.error();
    return configureDownstream(endpoints, stored->overriddenBy(typed));
}

} // namespace tenant
