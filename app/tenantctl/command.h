#pragma once

#include "arguments.h"
#include "output.h"

#include <QList>

namespace tenant {

class Workspace;

/// What a command runs with: the open registry, its words and options,
/// and where it prints.
struct CommandContext
{
    Workspace &ws;
    const Arguments &args; ///< positional words start after the command name
    Output &output;

    bool json() const { return output.json(); }
    QTextStream &out() const { return output.out(); }
    int fail(const Error &error) const { return output.fail(error); }
    int usage(const QString &message) const { return output.usage(message); }
};

/// One row of tenantctl's command table.
struct Command
{
    QString name;      ///< "tenant"
    QString sub;       ///< "create"; empty for a command without sub-commands
    QString synopsis;  ///< the --help line
    QStringList takes; ///< options and switches, besides the global ones
    int words = 0;     ///< positional words after the name, the sub-command included
    int (*run)(const CommandContext &context) = nullptr;
    /// The fewest positional words it runs with, when fewer than `words`
    /// (`reconcile --all` names no tenant); -1: exactly `words`.
    int minWords = -1;

    QString title() const { return sub.isEmpty() ? name : name + QLatin1Char(' ') + sub; }
};

// Each command group's rows, in --help order (one source file per group).
QList<Command> initCommands();
QList<Command> tenantCommands();
QList<Command> lifecycleCommands(); ///< lifecycle, suspend, activate
QList<Command> flagCommands();
QList<Command> healthCommands();
QList<Command> provisionCommands();
QList<Command> auditCommands();   ///< audit, stats
QList<Command> accessCommands();  ///< user, whoami, breakglass
QList<Command> financeCommands(); ///< usage, chargeback
QList<Command> eventCommands();   ///< webhook, events, controller, drift, reconcile

/// "a b c" -> {"a", "b", "c"}: option lists in the tables.
QStringList optionList(std::initializer_list<const char *> names);
/// One table row from literals.
Command row(const char *name, const char *sub, const char *synopsis,
            std::initializer_list<const char *> takes, int words,
            int (*run)(const CommandContext &context));

} // namespace tenant
