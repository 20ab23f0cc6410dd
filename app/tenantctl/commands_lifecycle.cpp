// tenantctl lifecycle transition | next, suspend, activate
#include "command.h"

#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tenant {

namespace {

int transition(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const auto target = statusFromString(c.args.positional.at(2));
    if (!target)
        return c.fail(Error::validation(QStringLiteral("state"),
                                        QStringLiteral("unknown state %1 (expected %2)")
                                            .arg(quoted(c.args.positional.at(2)),
                                                 allStatusNames().join(QStringLiteral(", ")))));
    const Result<Tenant> moved = ws.lifecycle().transition(
        c.args.positional.at(1), *target, c.args.value(QStringLiteral("reason")), ws.actor(),
        c.args.isSet(QStringLiteral("confirm")));
    if (!moved)
        return c.fail(moved.error());
    if (c.json())
        c.output.printJson(TenantCodec::toJson(moved.value()));
    else
        c.out() << moved->tenantId << " is now " << nameOf(moved->status) << Qt::endl;
    return ExitOk;
}

int next(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const Result<QList<TenantStatus>> next = ws.lifecycle().nextStates(c.args.positional.at(1));
    if (!next)
        return c.fail(next.error());
    QStringList names;
    for (TenantStatus s : next.value())
        names << nameOf(s);
    if (c.json())
        c.output.printJson(QJsonArray::fromStringList(names));
    else
        c.out() << names.join(QLatin1Char('\n')) << (names.isEmpty() ? "" : "\n") << Qt::flush;
    return ExitOk;
}

/// suspend and activate: the transition through the cascade, each step
/// printed as it finishes.
int cascade(const CommandContext &c, TenantStatus target)
{
    Workspace &ws = c.ws;
    const QString tenantId = c.args.positional.at(0);
    QJsonArray steps;
    QObject::connect(&ws.cascade(), &CascadeCoordinator::stepFinished, &ws.cascade(),
                     [&c, &steps](const StepOutcome &outcome) {
                         steps << outcome.toJson();
                         if (!c.json())
                             c.output.err() << "  " << padded(outcome.system, 24)
                                            << padded(nameOf(outcome.state), 20)
                                            << outcome.milliseconds << " ms"
                                            << (outcome.message.isEmpty()
                                                    ? QString()
                                                    : QStringLiteral("  ") + cell(outcome.message))
                                            << Qt::endl;
                     });
    const QString reason = c.args.value(QStringLiteral("reason"));
    const Result<Tenant> moved = target == TenantStatus::Suspended
                                     ? ws.lifecycle().suspend(tenantId, reason, ws.actor())
                                     : ws.lifecycle().activate(tenantId, reason, ws.actor());
    if (c.json())
        c.output.printJson(
            QJsonObject{{QStringLiteral("tenant"), tenantId},
                        {QStringLiteral("status"), moved ? nameOf(moved->status) : QString()},
                        {QStringLiteral("succeeded"), moved.ok()},
                        {QStringLiteral("steps"), steps}});
    if (!moved)
        return c.fail(moved.error());
    if (!c.json())
        c.out() << tenantId << " is " << nameOf(moved->status) << Qt::endl;
    return ExitOk;
}

int suspend(const CommandContext &c)
{
    return cascade(c, TenantStatus::Suspended);
}

int activate(const CommandContext &c)
{
    return cascade(c, TenantStatus::Active);
}

} // namespace

QList<Command> lifecycleCommands()
{
    return {
        {QStringLiteral("lifecycle"), QStringLiteral("transition"),
         QStringLiteral("lifecycle transition ID STATE --reason TEXT [--confirm]"),
         optionList({"reason", "confirm"}), 3, &transition},
        {QStringLiteral("lifecycle"),
         QStringLiteral("next"),
         QStringLiteral("lifecycle next ID"),
         {},
         2,
         &next},
        {QStringLiteral("suspend"),
         {},
         QStringLiteral("suspend ID --reason TEXT"),
         optionList({"reason"}),
         1,
         &suspend},
        {QStringLiteral("activate"),
         {},
         QStringLiteral("activate ID --reason TEXT"),
         optionList({"reason"}),
         1,
         &activate},
    };
}

} // namespace tenant
