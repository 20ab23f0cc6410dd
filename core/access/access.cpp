#include "access.h"

#include "tenant.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
// This file's messages, translated in the context tenant::Access.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Access)
};
} // namespace

namespace tenant {

namespace {
QString isoDate(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

const QStringList &Roles::all()
{
    static const QStringList roles{viewer, operator_, flagAdmin, approver, platformAdmin};
    return roles;
}

const QStringList &Roles::authorities()
{
    static const QStringList list{QStringLiteral("cfo"), QStringLiteral("cto"),
                                  QStringLiteral("legal"), QStringLiteral("compliance"),
                                  QStringLiteral("dpo")};
    return list;
}

QString requiredRole(Action action)
{
    switch (action) {
    case Action::ReadTenant:
    case Action::VerifyAudit:
        return Roles::viewer;
    case Action::CreateTenant:
    case Action::EditTenant:
    case Action::SubmitRequest:
    case Action::RecordUsage:
        return Roles::operator_;
    case Action::SetSharedFlag:
        return Roles::flagAdmin;
    case Action::DecideRequest:
        return Roles::approver;
    case Action::ManageUsers:
    case Action::EditPolicy:
    case Action::ManageWebhooks:
        return Roles::platformAdmin;
    }
    return Roles::platformAdmin;
}

QString describe(Action action, const QString &tenantId)
{
    const QString id = quoted(tenantId);
    const bool any = tenantId.isEmpty();
    switch (action) {
    case Action::ReadTenant:
        return any ? Messages::tr("reading a tenant") : Messages::tr("reading tenant %1").arg(id);
    case Action::CreateTenant:
        return any ? Messages::tr("creating a tenant") : Messages::tr("creating tenant %1").arg(id);
    case Action::EditTenant:
        return any ? Messages::tr("changing a tenant") : Messages::tr("changing tenant %1").arg(id);
    case Action::SetSharedFlag:
        return Messages::tr("changing a global or tier flag");
    case Action::SubmitRequest:
        return Messages::tr("submitting an onboarding request");
    case Action::DecideRequest:
        return Messages::tr("deciding an onboarding request");
    case Action::ManageUsers:
        return Messages::tr("managing users and roles");
    case Action::EditPolicy:
        return Messages::tr("changing a policy");
    case Action::VerifyAudit:
        return Messages::tr("verifying the whole audit log");
    case Action::RecordUsage:
        return Messages::tr("recording usage (for every tenant)");
    case Action::ManageWebhooks:
        return Messages::tr("managing webhooks and event deliveries");
    }
    return {};
}

QString Membership::summary() const
{
    QString text = role;
    if (!authority.isEmpty())
        text += QStringLiteral(" (") + authority + QLatin1Char(')');
    if (!tenantId.isEmpty())
        text += QStringLiteral(" for ") + tenantId;
    return text;
}

QJsonObject Membership::toJson() const
{
    QJsonObject o{{QStringLiteral("login"), login},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("tenant_id"), tenantId.isEmpty() ? QJsonValue() : tenantId},
                  {QStringLiteral("authority"), authority.isEmpty() ? QJsonValue() : authority}};
    if (!grantedBy.isEmpty())
        o.insert(QStringLiteral("granted_by"), grantedBy);
    if (grantedAt.isValid())
        o.insert(QStringLiteral("granted_at"), isoDate(grantedAt));
    return o;
}

Status Membership::validate(const Membership &m)
{
    static const QRegularExpression loginName(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}\\z"));
    if (!loginName.match(m.login).hasMatch())
        return Error::validation(
            QStringLiteral("login"),
            Messages::tr("%1 is not a login name (1-63 lower-case letters, digits, _ . -)")
                .arg(quoted(m.login)));
    if (!Roles::all().contains(m.role))
        return Error::validation(QStringLiteral("role"),
                                 Messages::tr("%1 is not a role (expected one of %2)")
                                     .arg(quoted(m.role), Roles::all().join(QStringLiteral(", "))));
    if (!m.tenantId.isEmpty() && !TenantValidator::isValidSlug(m.tenantId))
        return Error::validation(QStringLiteral("tenant"),
                                 Messages::tr("%1 is not a tenant id").arg(quoted(m.tenantId)));
    if (m.role == Roles::approver && !Roles::authorities().contains(m.authority))
        return Error::validation(
            QStringLiteral("authority"),
            Messages::tr("an approver holds an authority (one of %1), not %2")
                .arg(Roles::authorities().join(QStringLiteral(", ")), quoted(m.authority)));
    if (m.role != Roles::approver && !m.authority.isEmpty())
        return Error::validation(QStringLiteral("authority"),
                                 Messages::tr("only an approver holds an authority"));
    return success();
}

QJsonObject BreakGlass::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("login"), login},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("started_at"), isoDate(startedAt)},
            {QStringLiteral("ends_at"), isoDate(endsAt)},
            {QStringLiteral("active"), isActive()}};
}

bool Identity::holds(const QString &role, const QString &tenantId) const
{
    if (!enforced || (breakGlass && breakGlass->isActive()))
        return true;
    for (const Membership &m : memberships)
        if ((m.isGlobal() || m.tenantId == tenantId) &&
            (m.role == role || m.role == Roles::platformAdmin || role == Roles::viewer))
            return true;
    return false;
}

bool Identity::holdsAnywhere(const QString &role) const
{
    if (holds(role))
        return true;
    for (const Membership &m : memberships)
        if (m.role == role || m.role == Roles::platformAdmin || role == Roles::viewer)
            return true;
    return false;
}

QStringList Identity::roleSummaries() const
{
    if (local)
        return {Messages::tr("local — no access control")};
    if (!enforced)
        return {Messages::tr("owner — no access control")};
    QStringList out;
    if (breakGlass && breakGlass->isActive())
        out << QStringLiteral("platform-admin (break-glass)");
    for (const Membership &m : memberships)
        if (!out.contains(m.summary()))
            out << m.summary();
    if (out.isEmpty())
        out << Messages::tr("no role");
    return out;
}

QJsonObject Identity::toJson() const
{
    // roles: the distinct role names; memberships: each grant, with its
    // tenant and authority.
    QStringList names;
    QJsonArray grants;
    for (const Membership &m : memberships) {
        if (!names.contains(m.role))
            names << m.role;
        QJsonObject o = m.toJson();
        o.remove(QStringLiteral("login"));
        grants << o;
    }
    if (breakGlass && breakGlass->isActive() && !names.contains(Roles::platformAdmin))
        names << Roles::platformAdmin;
    return {{QStringLiteral("user"), user},
            {QStringLiteral("roles"), QJsonArray::fromStringList(names)},
            {QStringLiteral("memberships"), grants},
            {QStringLiteral("access_control"), enforced},
            {QStringLiteral("break_glass"),
             breakGlass ? QJsonValue(breakGlass->toJson()) : QJsonValue()}};
}

} // namespace tenant
