// tenantctl user create|grant|revoke|list|tenants, whoami, breakglass
#include "command.h"

#include "textrules.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace tenant {

namespace {

int createUser(const CommandContext &c)
{
    if (!c.args.isSet(QStringLiteral("password-stdin")))
        return c.usage(QStringLiteral("user create needs --password-stdin"));
    const QString login = c.args.positional.at(1);
    const Result<QString> password = firstLineOfStdin(QStringLiteral("password-stdin"));
    if (!password)
        return c.fail(password.error());
    if (Status s = c.ws.access().createLogin(login, password.value(), c.ws.actor()); !s)
        return c.fail(s.error());
    if (c.json())
        c.output.printJson(
            QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("created"), true}});
    else
        c.out() << "login " << login << " created" << Qt::endl;
    return ExitOk;
}

Membership membershipFrom(const CommandContext &c)
{
    return {c.args.positional.at(1),
            c.args.positional.at(2),
            c.args.value(QStringLiteral("tenant")),
            c.args.value(QStringLiteral("authority")),
            {},
            {}};
}

int changeMembership(const CommandContext &c)
{
    const bool granting = c.args.positional.at(0) == QLatin1String("grant");
    const Membership m = membershipFrom(c);
    const Result<bool> changed =
        granting ? c.ws.access().grant(m, c.ws.actor()) : c.ws.access().revoke(m, c.ws.actor());
    if (!changed)
        return c.fail(changed.error());
    if (c.json()) {
        QJsonObject o = m.toJson();
        o.insert(QStringLiteral("changed"), changed.value());
        c.output.printJson(o);
    } else {
        c.out() << m.login << (granting ? " holds " : " no longer holds ") << m.summary()
                << (changed.value() ? "" : " (unchanged)") << Qt::endl;
    }
    return ExitOk;
}

int listUsers(const CommandContext &c)
{
    const Result<QStringList> logins = c.ws.access().logins();
    if (!logins)
        return c.fail(logins.error());
    const Result<QList<Membership>> all = c.ws.access().memberships();
    if (!all)
        return c.fail(all.error());
    QJsonArray array;
    for (const QString &login : logins.value()) {
        QStringList roles;
        for (const Membership &m : all.value())
            if (m.login == login)
                roles << m.summary();
        if (c.json())
            array << QJsonObject{{QStringLiteral("login"), login},
                                 {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
        else
            c.out() << padded(login, 20) << cell(roles.join(QStringLiteral(", "))) << '\n';
    }
    if (c.json())
        c.output.printJson(array);
    c.out().flush();
    return ExitOk;
}

/// The tenants a person belongs to, with the role held in each: tenant
/// grants as they are, a global grant as "*".
int userTenants(const CommandContext &c)
{
    const QString login = c.args.positional.at(1);
    const Result<QList<Membership>> grants = c.ws.access().memberships(login);
    if (!grants)
        return c.fail(grants.error());
    if (grants->isEmpty()) {
        const Result<QStringList> known = c.ws.access().logins();
        if (known && !known->contains(login))
            return c.fail(Error::notFound(QStringLiteral("no login %1 here").arg(quoted(login))));
    }
    QJsonArray array;
    for (const Membership &m : grants.value()) {
        QJsonObject o{
            {QStringLiteral("tenant_id"), m.isGlobal() ? QStringLiteral("*") : m.tenantId},
            {QStringLiteral("role"), m.role}};
        if (!m.authority.isEmpty())
            o.insert(QStringLiteral("authority"), m.authority);
        array << o;
        if (!c.json())
            c.out() << padded(m.isGlobal() ? QStringLiteral("* (every tenant)") : m.tenantId, 24)
                    << m.role
                    << (m.authority.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + m.authority + QLatin1Char(')'))
                    << '\n';
    }
    if (c.json())
        c.output.printJson(array);
    c.out().flush();
    return ExitOk;
}

int whoami(const CommandContext &c)
{
    const Result<Identity> me = c.ws.access().whoami();
    if (!me)
        return c.fail(me.error());
    Identity identity = me.value();
    if (identity.local)
        identity.user = c.ws.actor();
    if (c.json()) {
        c.output.printJson(identity.toJson());
        return ExitOk;
    }
    c.out() << identity.user << " — " << identity.roleSummaries().join(QStringLiteral(", "));
    if (identity.breakGlass)
        c.out() << "; break-glass until "
                << identity.breakGlass->endsAt.toUTC().toString(Qt::ISODate);
    c.out() << Qt::endl;
    return ExitOk;
}

int breakGlass(const CommandContext &c)
{
    if (!c.args.has(QStringLiteral("reason")) || !c.args.has(QStringLiteral("minutes")))
        return c.usage(QStringLiteral("breakglass needs --reason TEXT and --minutes N"));
    const QString given = c.args.value(QStringLiteral("minutes"));
    const Result<qint64> minutes = parseIntegerOption(QStringLiteral("minutes"), given);
    if (!minutes)
        return c.fail(minutes.error());
    // The access policy's maximum is the database's to enforce; this bound
    // only keeps the number an int.
    if (Status s =
            checkRange(QStringLiteral("minutes"), minutes.value(), 1, 24 * 60, given.trimmed());
        !s)
        return c.fail(s.error());
    const Result<BreakGlass> granted = c.ws.access().breakGlass(
        c.args.value(QStringLiteral("reason")), static_cast<int>(minutes.value()), c.ws.actor());
    if (!granted)
        return c.fail(granted.error());
    if (c.json())
        c.output.printJson(granted->toJson());
    else
        c.out() << granted->login << " holds platform-admin (break-glass) until "
                << granted->endsAt.toUTC().toString(Qt::ISODate) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> accessCommands()
{
    return {
        {QStringLiteral("user"), QStringLiteral("create"),
         QStringLiteral("user create NAME --password-stdin"), optionList({"password-stdin"}), 2,
         &createUser},
        {QStringLiteral("user"), QStringLiteral("grant"),
         QStringLiteral("user grant NAME ROLE [--tenant ID] [--authority A]"),
         optionList({"tenant", "authority"}), 3, &changeMembership},
        {QStringLiteral("user"), QStringLiteral("revoke"),
         QStringLiteral("user revoke NAME ROLE [--tenant ID] [--authority A]"),
         optionList({"tenant", "authority"}), 3, &changeMembership},
        {QStringLiteral("user"),
         QStringLiteral("list"),
         QStringLiteral("user list"),
         {},
         1,
         &listUsers},
        {QStringLiteral("user"),
         QStringLiteral("tenants"),
         QStringLiteral("user tenants NAME"),
         {},
         2,
         &userTenants},
        {QStringLiteral("whoami"), {}, QStringLiteral("whoami"), {}, 0, &whoami},
        {QStringLiteral("breakglass"),
         {},
         QStringLiteral("breakglass --reason TEXT --minutes N"),
         optionList({"reason", "minutes"}),
         0,
         &breakGlass},
    };
}

} // namespace tenant
