#pragma once

#include "error.h"

#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace tenant {

class Workspace;
struct ProvisioningRequest;

/// tenantctl's exit codes (the design's contract).
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitRule = 3, ExitNotFound = 4, ExitStorage = 5 };

int exitCodeFor(const Error &error);

/// Command-line words split into positionals, `--key value` options and
/// value-less switches.
struct Arguments
{
    QStringList positional;
    QMap<QString, QString> options;
    QSet<QString> switches;

    static Result<Arguments> parse(const QStringList &words);
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
};

/// The tenantctl program: runs one command against a workspace and prints
/// its result (text, or one JSON document with --json) on `out`, errors as
/// one line on `err`.
class TenantCtl final
{
public:
    TenantCtl(QTextStream &out, QTextStream &err);
    ~TenantCtl();

    /// `words` excludes the program name. Returns the exit code.
    int run(const QStringList &words);

private:
    int fail(const Error &error);
    int usage(const QString &message);
    /// A usage error when an option or switch is not one the command takes.
    Status allowOptions() const;
    Status openWorkspace();
    void printJson(const QJsonValue &value);

    int cmdInit();
    int cmdTenant();
    int cmdLifecycle();
    int cmdFlag();
    int cmdHealth();
    int cmdAudit();
    int cmdStats();
    int cmdProvision();
    /// Runs (or rolls back) a request's workflow, printing each step.
    Result<ProvisioningRequest> runWorkflow(const ProvisioningRequest &request,
                                            bool rollback = false, const QString &reason = {});
    /// The exit code and output of a finished run: 0 active, 5 rolled back.
    int printRun(const Result<ProvisioningRequest> &finished, const QString &requestId);
    int cmdCascade();

    QTextStream &m_out;
    QTextStream &m_err;
    Arguments m_args;
    bool m_json = false;
    QString m_command;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace tenant
