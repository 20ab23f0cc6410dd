#pragma once

#include "arguments.h"
#include "command.h"
#include "output.h"

#include <QList>
#include <QTextStream>

#include <memory>

namespace tenant {

class Workspace;

/// The tenantctl program: finds the command in its table, checks its
/// options and words, opens the workspace and runs it.
class TenantCtl final
{
public:
    TenantCtl(QTextStream &out, QTextStream &err);
    ~TenantCtl();
    Q_DISABLE_COPY_MOVE(TenantCtl)

    /// `words` excludes the program name. Returns the exit code.
    int run(const QStringList &words);

private:
    /// The table row for `name` and the words after it, or a usage error.
    Result<const Command *> find(const QString &name, const QStringList &positional) const;
    /// A usage error when an option or a switch is not one the command
    /// takes, or a word is one too many (too few are named once the
    /// registry is open, as the commands always did).
    Status checkArguments(const Command &command) const;
    Status openWorkspace();
    /// One line per command for the bash completion: "NAME SUB|- OPERAND|- --OPTION[=] ...".
    QString completionTable() const;
    QString usageText() const;

    Output m_output;
    QList<Command> m_commands;
    Arguments m_args;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace tenant
