// tenantctl flag set | eval | list | clear
#include "command.h"

#include "textrules.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tenant {

namespace {

/// --scope and --scope-id; the id is required below the global scope.
Result<std::pair<FlagScope, QString>> scopeFromArgs(const Arguments &args)
{
    const auto scope = flagScopeFromString(args.value(QStringLiteral("scope")));
    if (!scope)
        return Error::validation(QStringLiteral("scope"),
                                 QStringLiteral("expected global, tier or tenant"));
    const QString id = args.value(QStringLiteral("scope-id"));
    if (*scope != FlagScope::Global && id.isEmpty())
        return Error::validation(
            QStringLiteral("scope-id"),
            QStringLiteral("is required for the %1 scope").arg(nameOf(*scope)));
    return std::make_pair(*scope, id);
}

int set(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const auto scope = scopeFromArgs(c.args);
    if (!scope)
        return c.fail(scope.error());
    const QString enabled = c.args.value(QStringLiteral("enabled"));
    if (enabled != QLatin1String("true") && enabled != QLatin1String("false"))
        return c.fail(Error::validation(
            QStringLiteral("enabled"),
            QStringLiteral("must be true or false, got %1").arg(quoted(enabled))));
    FlagChange change;
    change.flag = c.args.positional.at(1);
    change.scope = scope->first;
    change.scopeId = scope->second;
    change.enabled = enabled == QLatin1String("true");
    if (c.args.has(QStringLiteral("rollout"))) {
        const Result<qint64> rollout =
            parseIntegerOption(QStringLiteral("rollout"), c.args.value(QStringLiteral("rollout")));
        if (!rollout)
            return c.fail(rollout.error());
        if (Status s = checkRange(QStringLiteral("rollout"), rollout.value(), 0, 100,
                                  c.args.value(QStringLiteral("rollout")).trimmed());
            !s)
            return c.fail(s.error());
        change.rolloutPercentage = static_cast<int>(rollout.value());
    }
    if (c.args.has(QStringLiteral("owner")))
        change.owner = c.args.value(QStringLiteral("owner"));
    if (c.args.has(QStringLiteral("description")))
        change.description = c.args.value(QStringLiteral("description"));
    if (c.args.has(QStringLiteral("expires"))) {
        const QDateTime expires =
            QDateTime::fromString(c.args.value(QStringLiteral("expires")), Qt::ISODate);
        if (!expires.isValid())
            return c.fail(
                Error::validation(QStringLiteral("expires"),
                                  QStringLiteral("%1 is not an ISO-8601 date")
                                      .arg(quoted(c.args.value(QStringLiteral("expires"))))));
        change.expiresAt = expires.toUTC();
    }
    const Result<FlagValue> set =
        ws.flags().set(change, ws.actor(), c.args.value(QStringLiteral("reason")));
    if (!set)
        return c.fail(set.error());
    if (c.json())
        c.output.printJson(
            QJsonObject{{QStringLiteral("flag"), set->flagName},
                        {QStringLiteral("scope"), nameOf(set->scope)},
                        {QStringLiteral("scope_id"), set->scopeId},
                        {QStringLiteral("enabled"), set->enabled},
                        {QStringLiteral("rollout_percentage"), set->rolloutPercentage}});
    else
        c.out() << "set " << set->flagName << " " << nameOf(set->scope)
                << (set->scopeId.isEmpty() ? QString() : QLatin1Char(' ') + set->scopeId) << " = "
                << (set->enabled ? "on" : "off") << " (" << set->rolloutPercentage << " %)"
                << Qt::endl;
    return ExitOk;
}

int eval(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const Result<FlagEvaluation> e =
        ws.flags().evaluate(c.args.positional.at(1), c.args.positional.at(2));
    if (!e)
        return c.fail(e.error());
    if (c.json())
        c.output.printJson(e->toJson());
    else
        c.out() << e->flag << " for " << e->tenantId << ": " << (e->enabled ? "on" : "off")
                << " (from " << nameOf(e->source) << ")" << Qt::endl;
    return ExitOk;
}

int list(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const Result<QList<FlagReport>> reports = ws.flags().reports();
    if (!reports)
        return c.fail(reports.error());
    if (c.json()) {
        QJsonArray array;
        for (const FlagReport &r : reports.value())
            array << r.toJson();
        c.output.printJson(array);
        return ExitOk;
    }
    for (const FlagReport &r : reports.value()) {
        QStringList values;
        for (const FlagValue &v : r.values)
            values << nameOf(v.scope) +
                          (v.scopeId.isEmpty() ? QString() : QLatin1Char(':') + v.scopeId) +
                          QLatin1Char('=') +
                          (v.enabled ? QStringLiteral("on") : QStringLiteral("off")) +
                          (v.rolloutPercentage < 100
                               ? QStringLiteral("@%1%").arg(v.rolloutPercentage)
                               : QString());
        c.out() << padded(r.definition.name, 22) << values.join(QLatin1Char(' '))
                << (r.stale ? "  [stale]" : "") << (r.expired ? "  [expired]" : "") << '\n';
    }
    c.out().flush();
    return ExitOk;
}

int clear(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const auto scope = scopeFromArgs(c.args);
    if (!scope)
        return c.fail(scope.error());
    if (Status cleared =
            ws.flags().clear(c.args.positional.at(1), scope->first, scope->second, ws.actor());
        !cleared)
        return c.fail(cleared.error());
    if (!c.json())
        c.out() << "cleared " << c.args.positional.at(1) << Qt::endl;
    else
        c.output.printJson(QJsonObject{{QStringLiteral("cleared"), c.args.positional.at(1)}});
    return ExitOk;
}

} // namespace

QList<Command> flagCommands()
{
    return {
        {QStringLiteral("flag"), QStringLiteral("set"),
         QStringLiteral("flag set NAME --scope global|tier|tenant [--scope-id X] --enabled "
                        "true|false\n"
                        "           [--rollout PCT] [--owner O] [--description D] "
                        "[--expires ISO-DATE] [--reason TEXT]"),
         optionList({"scope", "scope-id", "enabled", "rollout", "owner", "description", "expires",
                     "reason"}),
         2, &set},
        {QStringLiteral("flag"),
         QStringLiteral("eval"),
         QStringLiteral("flag eval TENANT NAME"),
         {},
         3,
         &eval},
        {QStringLiteral("flag"), QStringLiteral("list"), QStringLiteral("flag list"), {}, 1, &list},
        {QStringLiteral("flag"), QStringLiteral("clear"),
         QStringLiteral("flag clear NAME --scope S [--scope-id X]"),
         optionList({"scope", "scope-id"}), 2, &clear},
    };
}

} // namespace tenant
