#include "accesscontrol.h"

#include "auditlog.h"
#include "database.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace {
// This file's messages, translated in the context tenant::AccessControl.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::AccessControl)
};
} // namespace

namespace tenant {

namespace {

/// Runs `sql` with `binds` on the calling thread's connection.
Result<QSqlQuery> run(Database &db, const QString &sql, const QVariantList &binds,
                      const QString &what)
{
    Result<QSqlQuery> query = db.prepare(sql);
    if (!query)
        return query;
    for (const QVariant &v : binds)
        query.value().addBindValue(v);
    if (Status s = Database::exec(query.value(), what); !s)
        return s.error();
    return query;
}

Membership membershipFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toDateTime().toUTC()};
}

BreakGlass breakGlassFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toDateTime().toUTC(), q.value(4).toDateTime().toUTC()};
}

const QString membershipColumns =
    QStringLiteral("login, role, tenant_id, authority, granted_by, granted_at");
const QString breakGlassColumns = QStringLiteral("id, login, reason, started_at, ends_at");

} // namespace

AccessControl::AccessControl(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

bool AccessControl::isAvailable() const
{
    return m_db.isPostgres();
}

Status AccessControl::requireAvailable() const
{
    if (isAvailable())
        return success();
    return Error::rule(Messages::tr("a SQLite registry is one local user with no access "
                                    "control: users and roles need a PostgreSQL registry"));
}

Result<Identity> AccessControl::whoami() const
{
    Identity me;
    if (!isAvailable()) {
        me.local = true;
        return me;
    }
    Result<QSqlQuery> q = run(m_db, QStringLiteral("SELECT session_user, ta_unrestricted()"), {},
                              QStringLiteral("read the session's login"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::storage(Messages::tr("read the session's login: no row"));
    me.user = q.value().value(0).toString();
    me.enforced = !q.value().value(1).toBool();
    q = run(m_db,
            QStringLiteral("SELECT %1 FROM access_members WHERE login = session_user "
                           "ORDER BY tenant_id, role, authority")
                .arg(membershipColumns),
            {}, QStringLiteral("read the session's roles"));
    if (!q)
        return q.error();
    while (q.value().next())
        me.memberships << membershipFrom(q.value());
    q = run(m_db,
            QStringLiteral("SELECT %1 FROM break_glass WHERE login = session_user "
                           "AND now() < ends_at ORDER BY ends_at DESC LIMIT 1")
                .arg(breakGlassColumns),
            {}, QStringLiteral("read the session's break-glass"));
    if (!q)
        return q.error();
    if (q.value().next())
        me.breakGlass = breakGlassFrom(q.value());
    return me;
}

Status AccessControl::require(Action action, const QString &tenantId) const
{
    if (!isAvailable())
        return success();
    const QString role = requiredRole(action);
    Result<QSqlQuery> q = run(m_db, QStringLiteral("SELECT ta_may(?, ?)"), {role, tenantId},
                              QStringLiteral("check access"));
    if (!q)
        return q.error();
    if (q.value().next() && q.value().value(0).toBool())
        return success();
    const Result<Identity> me = whoami();
    const QString holds =
        me ? me->roleSummaries().join(QStringLiteral(", ")) : Messages::tr("unknown roles");
    return Error::denied(Messages::tr("%1 needs the %2 role; %3 holds: %4")
                             .arg(describe(action, tenantId), role,
                                  me ? me->user : Messages::tr("this login"), holds));
}

Status AccessControl::createLogin(const QString &login, const QString &password,
                                  const QString &actor)
{
    if (Status s = requireAvailable(); !s)
        return s;
    if (Status s = Membership::validate({login, Roles::viewer, {}, {}, {}, {}}); !s)
        return s;
    // Checked here for a clear message; the database repeats every rule.
    if (password.size() < 12)
        return Error::validation(QStringLiteral("password"),
                                 Messages::tr("a password has at least 12 characters"));
    // Never through checkText(): its messages quote the value.
    const bool printable = std::all_of(password.cbegin(), password.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() != 0x7f && !c.isSurrogate();
    });
    if (!printable || password.size() > 1024)
        return Error::validation(QStringLiteral("password"),
                                 Messages::tr("a password is at most 1024 printable characters "
                                              "(no control character, no lone surrogate)"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (Result<QSqlQuery> q = run(m_db, QStringLiteral("SELECT ta_create_login(?, ?)"),
                                  {login, password}, QStringLiteral("create login"));
        !q)
        return q.error();
    AuditRecord record{QStringLiteral("access.login_created"),        {}, {},
                       QJsonObject{{QStringLiteral("login"), login}}, {}, {}};
    if (Result<AuditEntry> e = m_audit.append(tx, actor, record); !e)
        return e.error();
    return tx.commit();
}

Result<bool> AccessControl::changeMembership(const char *function, const char *action,
                                             const Membership &membership, const QString &actor)
{
    if (Status s = requireAvailable(); !s)
        return s.error();
    if (Status s = Membership::validate(membership); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<QSqlQuery> q =
        run(m_db, QStringLiteral("SELECT %1(?, ?, ?, ?)").arg(QLatin1String(function)),
            {membership.login, membership.role, membership.tenantId, membership.authority},
            QLatin1String(function) == QLatin1String("ta_grant") ? QStringLiteral("grant")
                                                                 : QStringLiteral("revoke"));
    if (!q)
        return q.error();
    const bool changed = q.value().next() && q.value().value(0).toBool();
    if (changed) {
        QJsonObject grant = membership.toJson();
        grant.remove(QStringLiteral("granted_by"));
        grant.remove(QStringLiteral("granted_at"));
        const bool granting = QLatin1String(action) == QLatin1String("access.granted");
        AuditRecord record{QString::fromLatin1(action),
                           membership.tenantId,
                           granting ? QJsonObject() : grant,
                           granting ? grant : QJsonObject(),
                           {},
                           {}};
        if (Result<AuditEntry> e = m_audit.append(tx, actor, record); !e)
            return e.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return changed;
}

Result<bool> AccessControl::grant(const Membership &membership, const QString &actor)
{
    return changeMembership("ta_grant", "access.granted", membership, actor);
}

Result<bool> AccessControl::revoke(const Membership &membership, const QString &actor)
{
    return changeMembership("ta_revoke", "access.revoked", membership, actor);
}

Result<QStringList> AccessControl::logins() const
{
    if (Status s = requireAvailable(); !s)
        return s.error();
    Result<QSqlQuery> q = run(m_db,
                              QStringLiteral("SELECT login FROM access_logins UNION "
                                             "SELECT login FROM access_members ORDER BY 1"),
                              {}, QStringLiteral("list logins"));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

Result<QList<Membership>> AccessControl::memberships(const QString &login) const
{
    if (Status s = requireAvailable(); !s)
        return s.error();
    Result<QSqlQuery> q =
        run(m_db,
            QStringLiteral("SELECT %1 FROM access_members WHERE (? = '' OR login = ?) "
                           "ORDER BY login, tenant_id, role, authority")
                .arg(membershipColumns),
            {login, login}, QStringLiteral("list memberships"));
    if (!q)
        return q.error();
    QList<Membership> out;
    while (q.value().next())
        out << membershipFrom(q.value());
    return out;
}

Result<BreakGlass> AccessControl::breakGlass(const QString &reason, int minutes,
                                             const QString &actor)
{
    if (Status s = requireAvailable(); !s)
        return s.error();
    // One line, as the database's break_glass.reason CHECK has it.
    if (Status s = checkText(QStringLiteral("reason"), reason, {500, false, true}); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<QSqlQuery> q = run(m_db, QStringLiteral("SELECT ta_break_glass(?, ?)"),
                              {reason, minutes}, QStringLiteral("break-glass"));
    if (!q)
        return q.error();
    q = run(m_db,
            QStringLiteral("SELECT %1 FROM break_glass WHERE login = session_user "
                           "ORDER BY id DESC LIMIT 1")
                .arg(breakGlassColumns),
            {}, QStringLiteral("read break-glass"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::storage(Messages::tr("break-glass: the elevation was not recorded"));
    const BreakGlass granted = breakGlassFrom(q.value());
    QJsonObject after = granted.toJson();
    after.remove(QStringLiteral("active"));
    AuditRecord record{QStringLiteral("access.break_glass"), {}, {}, after, reason, {}};
    if (Result<AuditEntry> e = m_audit.append(tx, actor, record); !e)
        return e.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return granted;
}

Result<QList<BreakGlass>> AccessControl::breakGlassHistory() const
{
    if (Status s = requireAvailable(); !s)
        return s.error();
    Result<QSqlQuery> q = run(
        m_db, QStringLiteral("SELECT %1 FROM break_glass ORDER BY id DESC").arg(breakGlassColumns),
        {}, QStringLiteral("read break-glass history"));
    if (!q)
        return q.error();
    QList<BreakGlass> out;
    while (q.value().next())
        out << breakGlassFrom(q.value());
    return out;
}

} // namespace tenant
