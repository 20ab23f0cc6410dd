// tenantctl tenant create | get | list | update
#include "command.h"

#include "inputlimits.h"
#include "jsontext.h"
#include "textrules.h"
#include "workspace.h"

#include <QJsonArray>

#include <optional>

namespace tenant {

namespace {

/// Prints tenants with their health band; the policy is read once per
/// command, when a tenant with a score is printed.
class TenantPrinter
{
public:
    explicit TenantPrinter(const CommandContext &context)
        : c(context)
    {}

    QJsonValue healthBand(const Tenant &t)
    {
        if (!t.healthScore)
            return QJsonValue();
        if (!m_policy)
            m_policy.emplace(c.ws.health().policy());
        return *m_policy ? QJsonValue(nameOf((*m_policy)->band(*t.healthScore))) : QJsonValue();
    }

    QJsonObject json(const Tenant &t)
    {
        QJsonObject o = TenantCodec::toJson(t);
        o.insert(QStringLiteral("health_band"), healthBand(t));
        return o;
    }

    void print(const Tenant &t)
    {
        if (c.json())
            return c.output.printJson(json(t));
        const QJsonObject o = json(t);
        // A named list: the range-for must not iterate a temporary's copy.
        QStringList keys = TenantCodec::keys();
        keys << QStringLiteral("health_band");
        for (const QString &key : std::as_const(keys))
            c.out() << padded(key, 21) << cell(jsonAsText(o.value(key), QStringLiteral("-")))
                    << '\n';
        c.out().flush();
    }

private:
    const CommandContext &c;
    std::optional<Result<HealthPolicy>> m_policy;
};

int create(const CommandContext &c)
{
    Workspace &ws = c.ws;
    TenantPrinter printer(c);
    const QString reason = c.args.value(QStringLiteral("reason"));
    QJsonObject json;
    if (c.args.has(QStringLiteral("from"))) {
        const Result<QJsonObject> fromFile =
            readJsonObjectFile(c.args.value(QStringLiteral("from")));
        if (!fromFile)
            return c.fail(fromFile.error());
        json = fromFile.value();
    }
    const Result<QJsonObject> fromOptions = attributesFromOptions(c.args);
    if (!fromOptions)
        return c.fail(fromOptions.error());
    for (auto it = fromOptions->begin(); it != fromOptions->end(); ++it) {
        if (json.contains(it.key())) // which one would win is not for tenantctl to guess
            return c.usage(
                QStringLiteral("%1 is given in the --from file and as an option").arg(it.key()));
        json.insert(it.key(), it.value());
    }
    for (const char *required : {"tenant_id", "tenant_name", "tier"})
        if (!json.contains(QLatin1String(required)))
            return c.fail(
                Error::validation(QString::fromLatin1(required), QStringLiteral("is required")));
    if (!json.value(QStringLiteral("tier")).isString())
        return c.fail(
            Error::validation(QStringLiteral("tier"), QStringLiteral("must be a string")));
    const auto tier = tierFromString(json.value(QStringLiteral("tier")).toString());
    if (!tier)
        return c.fail(Error::validation(
            QStringLiteral("tier"), QStringLiteral("unknown tier %1 (expected %2)")
                                        .arg(quoted(json.value(QStringLiteral("tier")).toString()),
                                             allTierNames().join(QStringLiteral(", ")))));
    Result<Tenant> draft = ws.tenants().tierTemplate(*tier);
    if (!draft)
        return c.fail(draft.error());
    Tenant tenant = std::move(draft).value();
    if (Status applied = TenantCodec::apply(json, tenant, TenantCodec::Scope::Creation); !applied)
        return c.fail(applied.error());
    const Result<Tenant> created = ws.tenants().create(tenant, ws.actor(), reason);
    if (!created)
        return c.fail(created.error());
    if (c.json())
        printer.print(created.value());
    else
        c.out() << "created " << created->tenantId << " (" << nameOf(created->status) << ")"
                << Qt::endl;
    return ExitOk;
}

int get(const CommandContext &c)
{
    Workspace &ws = c.ws;
    TenantPrinter printer(c);
    const Result<Tenant> t = ws.tenants().get(c.args.positional.at(1));
    if (!t)
        return c.fail(t.error());
    printer.print(t.value());
    return ExitOk;
}

int list(const CommandContext &c)
{
    Workspace &ws = c.ws;
    TenantPrinter printer(c);
    TenantFilter filter;
    if (c.args.has(QStringLiteral("status"))) {
        filter.status = statusFromString(c.args.value(QStringLiteral("status")));
        if (!filter.status)
            return c.fail(Error::validation(QStringLiteral("status"),
                                            QStringLiteral("unknown status %1 (expected %2)")
                                                .arg(quoted(c.args.value(QStringLiteral("status"))),
                                                     allStatusNames().join(QStringLiteral(", ")))));
    }
    if (c.args.has(QStringLiteral("tier"))) {
        filter.tier = tierFromString(c.args.value(QStringLiteral("tier")));
        if (!filter.tier)
            return c.fail(Error::validation(QStringLiteral("tier"),
                                            QStringLiteral("unknown tier %1 (expected %2)")
                                                .arg(quoted(c.args.value(QStringLiteral("tier"))),
                                                     allTierNames().join(QStringLiteral(", ")))));
    }
    filter.text = c.args.value(QStringLiteral("search"));
    if (c.args.has(QStringLiteral("band"))) {
        const auto band = healthBandFromString(c.args.value(QStringLiteral("band")));
        if (!band)
            return c.fail(Error::validation(
                QStringLiteral("band"), QStringLiteral("expected healthy, warning or critical")));
        const Result<HealthPolicy> policy = ws.health().policy();
        if (!policy)
            return c.fail(policy.error());
        const auto [low, high] = policy->scoreRange(*band);
        filter.minScore = low;
        filter.maxScore = high;
    }
    const Result<QList<Tenant>> tenants = ws.tenants().list(filter);
    if (!tenants)
        return c.fail(tenants.error());
    if (c.json()) {
        QJsonArray array;
        for (const Tenant &t : tenants.value())
            array << printer.json(t);
        c.output.printJson(array);
        return ExitOk;
    }
    int idWidth = 8;
    int nameWidth = 6;
    for (const Tenant &t : tenants.value()) {
        idWidth = std::max(idWidth, static_cast<int>(t.tenantId.size()) + 2);
        nameWidth = std::max(nameWidth, static_cast<int>(t.tenantName.size()) + 2);
    }
    c.out() << padded(QStringLiteral("TENANT"), idWidth)
            << padded(QStringLiteral("NAME"), nameWidth) << padded(QStringLiteral("TIER"), 10)
            << padded(QStringLiteral("STATUS"), 11) << "HEALTH\n";
    for (const Tenant &t : tenants.value())
        c.out() << padded(t.tenantId, idWidth) << padded(t.tenantName, nameWidth)
                << padded(nameOf(t.tier), 10) << padded(nameOf(t.status), 11)
                << (t.healthScore ? QString::number(*t.healthScore) + QLatin1Char(' ') +
                                        printer.healthBand(t).toString()
                                  : QStringLiteral("-"))
                << '\n';
    c.out().flush();
    return ExitOk;
}

int update(const CommandContext &c)
{
    Workspace &ws = c.ws;
    TenantPrinter printer(c);
    const QString reason = c.args.value(QStringLiteral("reason"));
    Result<Tenant> current = ws.tenants().get(c.args.positional.at(1));
    if (!current)
        return c.fail(current.error());
    Tenant tenant = std::move(current).value();
    if (c.args.has(QStringLiteral("expected-version"))) {
        const Result<qint64> expected = parseIntegerOption(
            QStringLiteral("expected-version"), c.args.value(QStringLiteral("expected-version")));
        if (!expected)
            return c.fail(expected.error());
        if (Status s = checkRange(QStringLiteral("expected-version"), expected.value(), 1,
                                  limits::int32Max,
                                  c.args.value(QStringLiteral("expected-version")).trimmed());
            !s)
            return c.fail(s.error());
        tenant.version = static_cast<int>(expected.value());
    }
    const Result<QJsonObject> json = attributesFromOptions(c.args);
    if (!json)
        return c.fail(json.error());
    if (json->isEmpty())
        return c.usage(QStringLiteral("tenant update needs at least one --FIELD VALUE"));
    if (json->contains(QStringLiteral("tenant_id")))
        return c.fail(
            Error::validation(QStringLiteral("tenant_id"), QStringLiteral("cannot be changed")));
    if (Status applied = TenantCodec::apply(json.value(), tenant, TenantCodec::Scope::Editable);
        !applied)
        return c.fail(applied.error());
    const Result<Tenant> updated = ws.tenants().update(tenant, ws.actor(), reason);
    if (!updated)
        return c.fail(updated.error());
    if (c.json())
        printer.print(updated.value());
    else
        c.out() << "updated " << updated->tenantId << " (version " << updated->version << ")"
                << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> tenantCommands()
{
    const QStringList createOptions = optionList({"from", "reason"}) + attributeOptions(true);
    const QStringList updateOptions =
        optionList({"reason", "expected-version"}) + attributeOptions(false);
    return {
        {QStringLiteral("tenant"), QStringLiteral("create"),
         QStringLiteral("tenant create --id ID --name NAME --tier TIER [--FIELD VALUE ...] | "
                        "--from FILE"),
         createOptions, 1, &create},
        {QStringLiteral("tenant"),
         QStringLiteral("get"),
         QStringLiteral("tenant get ID"),
         {},
         2,
         &get},
        {QStringLiteral("tenant"), QStringLiteral("list"),
         QStringLiteral("tenant list [--status S] [--tier T] [--search TEXT] [--band B]"),
         optionList({"status", "tier", "search", "band"}), 1, &list},
        {QStringLiteral("tenant"), QStringLiteral("update"),
         QStringLiteral("tenant update ID --FIELD VALUE ... [--reason TEXT]"), updateOptions, 2,
         &update},
    };
}

} // namespace tenant
