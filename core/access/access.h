#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenant {

/// The registry's roles as tenantctl, the database and the console spell
/// them. platform-admin implies every other role; any role lets its holder
/// read the tenants it is held for.
namespace Roles {
inline const QString viewer = QStringLiteral("viewer");
inline const QString operator_ = QStringLiteral("operator");
inline const QString flagAdmin = QStringLiteral("flag-admin");
inline const QString approver = QStringLiteral("approver");
inline const QString platformAdmin = QStringLiteral("platform-admin");
const QStringList &all();
/// The approval authorities an approver holds, one per grant.
const QStringList &authorities();
} // namespace Roles

/// What a person may be refused, each needing one role (for a tenant when
/// the action concerns one). tenantctl checks before it acts and the
/// console disables what is not allowed; the database refuses regardless.
enum class Action {
    ReadTenant,
    CreateTenant,
    EditTenant,    ///< attributes, lifecycle, health samples, the tenant's flag values
    SetSharedFlag, ///< global and tier flag values, flag definitions
    SubmitRequest,
    DecideRequest,
    ManageUsers,
    EditPolicy,  ///< the approval policy and the other rules kept as data
    VerifyAudit, ///< the whole chain: only a reader of every tenant sees it
    /// Usage for the chargeback: an operator of every tenant's, never the
    /// billed tenant's own operator (who could bill it on terms of its choosing).
    RecordUsage,
    /// Webhook subscriptions, replays and requeues, running a controller:
    /// a subscription sends events out of the registry.
    ManageWebhooks,
};
QString requiredRole(Action action);
/// "edit tenant 'finance'", for messages.
QString describe(Action action, const QString &tenantId = {});

/// One grant: `role` for `tenantId` ('' for every tenant); an approver's
/// grant names its authority.
struct Membership
{
    QString login;
    QString role;
    QString tenantId;
    QString authority;
    QString grantedBy;
    QDateTime grantedAt;

    bool isGlobal() const { return tenantId.isEmpty(); }
    /// "operator for legal", "approver (cfo)", "viewer".
    QString summary() const;
    QJsonObject toJson() const;
    /// Refuses an unknown role or authority, an authority on a role other
    /// than approver, an approver without one, a malformed login or tenant.
    static Status validate(const Membership &m);
};

/// A break-glass elevation: platform-admin everywhere until `endsAt`.
struct BreakGlass
{
    qint64 id = 0;
    QString login;
    QString reason;
    QDateTime startedAt;
    QDateTime endsAt;

    bool isActive(const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return now < endsAt;
    }
    QJsonObject toJson() const;
};

/// Who the session is and what it may do.
struct Identity
{
    QString user;
    /// False on SQLite (one local user) and for a PostgreSQL superuser or
    /// the registry's owner: no rule narrows them.
    bool enforced = false;
    bool local = false; ///< a SQLite registry
    QList<Membership> memberships;
    std::optional<BreakGlass> breakGlass; ///< the active one

    /// What the database's ta_may() answers, mirrored for the console's
    /// enabled states (the database still decides).
    bool holds(const QString &role, const QString &tenantId = {}) const;
    /// Whether `role` is held for at least one tenant (or globally).
    bool holdsAnywhere(const QString &role) const;
    bool may(Action action, const QString &tenantId = {}) const
    {
        return holds(requiredRole(action), tenantId);
    }
    /// Distinct role summaries, e.g. {"operator for legal", "viewer"}.
    QStringList roleSummaries() const;
    QJsonObject toJson() const;
};

} // namespace tenant
