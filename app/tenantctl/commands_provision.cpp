// tenantctl provision --from | list | show | approve | reject | resume | rollback
#include "command.h"

#include "plancatalog.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tenant {

namespace {

/// One provisioning step as tenantctl prints it: phase, step, status, time, detail.
QString stepLine(const StepRecord &step)
{
    return QStringLiteral("  ") + padded(nameOf(step.phase), 10) + padded(step.name, 26) +
           padded(nameOf(step.status), 9) +
           padded(QString::number(step.durationMs) + QStringLiteral(" ms"), 9) + cell(step.detail);
}
/// Runs (or rolls back) a request's workflow, printing each step.
Result<ProvisioningRequest> runWorkflow(const CommandContext &c, const ProvisioningRequest &request,
                                        bool rollback = false, const QString &reason = {})
{
    Workspace &ws = c.ws;
    const QMetaObject::Connection progress =
        QObject::connect(&ws.workflow(), &ProvisioningWorkflow::stepChanged, &ws.workflow(),
                         [&c](const StepRecord &step) {
                             if (c.json() || step.status == StepStatus::Running)
                                 return;
                             c.output.err() << stepLine(step) << Qt::endl;
                         });
    Result<ProvisioningRequest> finished =
        rollback ? ws.workflow().rollback(request.requestId, reason, ws.actor())
                 : ws.workflow().run(request.requestId, ws.actor());
    QObject::disconnect(progress);
    return finished;
}

/// The exit code and output of a finished run: 0 active, 5 rolled back.
int printRun(const CommandContext &c, const Result<ProvisioningRequest> &finished,
             const QString &requestId)
{
    Workspace &ws = c.ws;
    if (c.json()) {
        const Result<ProvisioningRequest> now = ws.provisioning().get(requestId);
        QJsonObject json = now ? now->toJson() : QJsonObject();
        QJsonArray steps;
        if (const Result<QList<StepRecord>> recorded = ws.workflow().steps(requestId); recorded)
            for (const StepRecord &step : recorded.value())
                steps << step.toJson();
        json.insert(QStringLiteral("steps"), steps);
        c.output.printJson(json);
    }
    if (!finished)
        return c.fail(finished.error());
    if (finished->status == RequestStatus::RolledBack && !c.json()) {
        c.out() << finished->requestId << " rolled back: " << cell(finished->outcome) << Qt::endl;
        return ExitStorage;
    }
    if (finished->status == RequestStatus::RolledBack)
        return ExitStorage;
    if (!c.json())
        c.out() << finished->requestId << ": " << finished->tenantId << " is "
                << (finished->status == RequestStatus::Active ? QStringLiteral("active")
                                                              : nameOf(finished->status))
                << " (" << cell(finished->outcome) << ')' << Qt::endl;
    return ExitOk;
}

/// One request on one line: who, what, its status and decision.
void printRequest(const CommandContext &c, const ProvisioningRequest &r)
{
    if (c.json())
        return c.output.printJson(r.toJson());
    c.out() << r.requestId << " for " << r.tenantId << " (" << nameOf(r.tier) << ", " << r.region
            << ", estimated " << formatRupees(r.estimatedCost) << "/month, budget "
            << formatRupees(r.budget) << "): " << nameOf(r.status);
    if (r.status != RequestStatus::Pending && !r.decidedBy.isEmpty())
        c.out() << " - decided by " << cell(r.decidedBy) << ": " << cell(r.decisionComment);
    if (!r.outcome.isEmpty())
        c.out() << " - " << cell(r.outcome);
    if (r.status == RequestStatus::Pending)
        c.out() << " - waits for " << r.outstandingAuthorities().join(QStringLiteral(", "));
    c.out() << Qt::endl;
}

/// The chain: each authority given or refused, then those still needed.
void printApprovals(const CommandContext &c, const ProvisioningRequest &r)
{
    c.out() << "approvals needed: "
            << (r.requiredAuthorities.isEmpty() ? QStringLiteral("none (the policy approves it)")
                                                : r.requiredAuthorities.join(QStringLiteral(", ")))
            << '\n';
    for (const Approval &a : r.approvals)
        c.out() << "  " << padded(a.authority, 11) << (a.approved ? "given by " : "refused by ")
                << cell(a.approver) << " on " << a.decidedAt.toUTC().toString(Qt::ISODate) << ": "
                << cell(a.comment) << '\n';
    if (r.status == RequestStatus::Pending)
        for (const QString &a : r.outstandingAuthorities())
            c.out() << "  " << padded(a, 11) << "still needed\n";
}

int submit(const CommandContext &c)
{
    Workspace &ws = c.ws;
    if (!c.args.has(QStringLiteral("from")))
        return c.usage(QStringLiteral(
            "provision takes --from FILE, list, show, approve, reject, resume or rollback"));
    const Result<QJsonObject> document = readJsonObjectFile(c.args.value(QStringLiteral("from")));
    if (!document)
        return c.fail(document.error());
    const Result<ProvisioningRequest> request = ProvisioningRequest::fromJson(document.value());
    if (!request)
        return c.fail(request.error());
    const Result<ProvisioningRequest> submitted =
        ws.provisioning().submit(request.value(), ws.actor());
    if (!submitted)
        return c.fail(submitted.error());
    if (submitted->status != RequestStatus::Approved) { // waits for an approver
        printRequest(c, submitted.value());
        return ExitOk;
    }
    if (!c.json())
        c.output.err() << submitted->requestId << " approved (" << submitted->decisionComment
                       << "); provisioning " << submitted->tenantId << Qt::endl;
    return printRun(c, runWorkflow(c, submitted.value()), submitted->requestId);
}

int list(const CommandContext &c)
{
    Workspace &ws = c.ws;
    std::optional<RequestStatus> status;
    if (c.args.has(QStringLiteral("status"))) {
        status = requestStatusFromString(c.args.value(QStringLiteral("status")));
        if (!status)
            return c.fail(Error::validation(
                QStringLiteral("status"),
                QStringLiteral("expected pending, approved, rejected, provisioning, "
                               "rolling_back, active or rolled_back")));
    }
    const Result<QList<ProvisioningRequest>> requests = c.args.isSet(QStringLiteral("interrupted"))
                                                            ? ws.workflow().interrupted()
                                                            : ws.provisioning().list(status);
    if (!requests)
        return c.fail(requests.error());
    if (c.json()) {
        QJsonArray array;
        for (const ProvisioningRequest &r : requests.value())
            array << r.toJson();
        c.output.printJson(array);
        return ExitOk;
    }
    for (const ProvisioningRequest &r : requests.value())
        printRequest(c, r);
    return ExitOk;
}

int show(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const QString id = c.args.positional.at(1);
    const Result<ProvisioningRequest> request = ws.provisioning().get(id);
    if (!request)
        return c.fail(request.error());
    const Result<QList<StepRecord>> steps = ws.workflow().steps(id);
    if (!steps)
        return c.fail(steps.error());
    if (c.json()) {
        QJsonObject json = request->toJson();
        QJsonArray array;
        for (const StepRecord &step : steps.value())
            array << step.toJson();
        json.insert(QStringLiteral("steps"), array);
        c.output.printJson(json);
        return ExitOk;
    }
    printRequest(c, request.value());
    printApprovals(c, request.value());
    for (const StepRecord &step : steps.value())
        c.out() << stepLine(step) << '\n';
    c.out().flush();
    return ExitOk;
}

int decide(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const QString id = c.args.positional.at(1);
    const QString comment = c.args.value(QStringLiteral("comment"));
    const QString authority = c.args.value(QStringLiteral("authority"));
    const Result<ProvisioningRequest> decided =
        c.args.positional.at(0) == QLatin1String("approve")
            ? ws.provisioning().approve(id, comment, ws.actor(), authority)
            : ws.provisioning().reject(id, comment, ws.actor(), authority);
    if (!decided)
        return c.fail(decided.error());
    if (decided->status != RequestStatus::Approved || c.args.isSet(QStringLiteral("no-run"))) {
        printRequest(c, decided.value());
        return ExitOk;
    }
    // Provisioning creates and changes the tenant: an approver who is not
    // also its operator leaves the run to one (or to the controller).
    if (Status mayRun = ws.access().require(Action::CreateTenant, decided->tenantId); !mayRun) {
        printRequest(c, decided.value());
        if (!c.json())
            c.output.err() << "approved; provisioning waits for an operator of "
                           << decided->tenantId << " or the controller: tenantctl provision resume "
                           << id << Qt::endl;
        return ExitOk;
    }
    return printRun(c, runWorkflow(c, decided.value()), id);
}

/// The approval policy: shown, or replaced from a file (audited).
int policy(const CommandContext &c)
{
    Workspace &ws = c.ws;
    if (c.args.has(QStringLiteral("from"))) {
        const Result<QJsonObject> document =
            readJsonObjectFile(c.args.value(QStringLiteral("from")));
        if (!document)
            return c.fail(document.error());
        if (Status s = ws.provisioning().setApprovalPolicy(document.value(), ws.actor()); !s)
            return c.fail(s.error());
    }
    const Result<QJsonObject> current = ws.provisioning().approvalPolicy();
    if (!current)
        return c.fail(current.error());
    c.output.printJson(current.value());
    return ExitOk;
}

int resume(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const QString id = c.args.positional.at(1);
    const Result<ProvisioningRequest> request = ws.provisioning().get(id);
    if (!request)
        return c.fail(request.error());
    const bool rollback = c.args.positional.at(0) == QLatin1String("rollback");
    return printRun(
        c, runWorkflow(c, request.value(), rollback, c.args.value(QStringLiteral("reason"))), id);
}

} // namespace

QList<Command> provisionCommands()
{
    const auto provision = [](const char *sub, const char *synopsis,
                              std::initializer_list<const char *> takes, int words,
                              int (*run)(const CommandContext &)) {
        return Command{QStringLiteral("provision"),
                       QString::fromLatin1(sub),
                       QString::fromLatin1(synopsis),
                       optionList(takes),
                       words,
                       run};
    };
    return {
        provision("", "provision --from REQUEST.json", {"from"}, 0, &submit),
        provision("list", "provision list [--status S] [--interrupted]", {"status", "interrupted"},
                  1, &list),
        provision("show", "provision show REQUEST_ID", {}, 2, &show),
        provision("approve",
                  "provision approve REQUEST_ID --comment TEXT [--authority A] [--no-run]",
                  {"comment", "authority", "no-run"}, 2, &decide),
        provision("reject", "provision reject REQUEST_ID --comment TEXT [--authority A] [--no-run]",
                  {"comment", "authority", "no-run"}, 2, &decide),
        provision("policy", "provision policy [--from FILE]", {"from"}, 1, &policy),
        provision("resume", "provision resume REQUEST_ID", {}, 2, &resume),
        provision("rollback", "provision rollback REQUEST_ID --reason TEXT", {"reason"}, 2,
                  &resume),
    };
}

} // namespace tenant
