#pragma once

#include "access.h"

namespace tenant {

class AuditLog;
class Database;

/// Logins, roles, tenant memberships and break-glass, kept by PostgreSQL
/// (migration 009): this class asks the database and calls its functions;
/// the rules themselves are the database's, so psql meets them too. On
/// SQLite there is one local user and every change here is refused.
class AccessControl final
{
public:
    AccessControl(Database &db, AuditLog &audit);

    /// Whether the registry has access control at all (PostgreSQL).
    bool isAvailable() const;

    /// The session's login, whether rules apply to it, its grants and any
    /// active break-glass.
    Result<Identity> whoami() const;
    /// Refuses `action` (on `tenantId`) with a Denied error naming the role
    /// it needs, as the database would decide it.
    Status require(Action action, const QString &tenantId = {}) const;

    /// A new login with a password (the server stores only its hash).
    Status createLogin(const QString &login, const QString &password, const QString &actor);
    /// Grants or revokes one membership; false when there was nothing to do.
    Result<bool> grant(const Membership &membership, const QString &actor);
    Result<bool> revoke(const Membership &membership, const QString &actor);
    /// Every login the registry knows (created here or holding a grant).
    Result<QStringList> logins() const;
    /// The grants of `login`, or of everyone when empty (what the session may see).
    Result<QList<Membership>> memberships(const QString &login = {}) const;

    /// Elevates the session's login to platform-admin for `minutes` (at most
    /// the access policy's maximum).
    Result<BreakGlass> breakGlass(const QString &reason, int minutes, const QString &actor);
    Result<QList<BreakGlass>> breakGlassHistory() const;

private:
    Status requireAvailable() const;
    Result<bool> changeMembership(const char *function, const char *action,
                                  const Membership &membership, const QString &actor);

    Database &m_db;
    AuditLog &m_audit;
};

} // namespace tenant
