#include "workspace.h"

#include "cascade/localadapter.h"
#include "cascade/postgresrlsadapter.h"

namespace tenant {

namespace {
QString osUser()
{
    for (const char *name : {"TENANT_ADMIN_ACTOR", "USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}
} // namespace

Workspace::Workspace(const DatabaseUrl &url)
    : m_db(url)
    , m_audit(m_db)
    , m_tenants(m_db, m_audit)
    , m_lifecycle(m_db, m_tenants, m_audit)
    , m_flags(m_db, m_tenants, m_audit)
    , m_health(m_db, m_tenants, m_audit)
    , m_provisioning(m_db, m_tenants, m_audit)
    , m_cascade(m_audit)
    , m_actor(osUser())
{
    // The design's order. Row-level security is real on PostgreSQL (it lives
    // in the registry database); every other system is a local demo
    // stand-in until its real adapter is configured.
    if (m_db.isPostgres())
        m_cascade.addAdapter(std::make_unique<PostgresRlsAdapter>(m_db));
    else
        m_cascade.addAdapter(
            std::make_unique<LocalAdapter>(m_db, QStringLiteral("postgresql-rls")));
    for (const char *system : {"vector", "s3", "redis", "monitoring"})
        m_cascade.addAdapter(std::make_unique<LocalAdapter>(m_db, QString::fromLatin1(system)));
    m_lifecycle.setCascade(&m_cascade);
}

Status Workspace::open()
{
    return m_db.open();
}

} // namespace tenant
