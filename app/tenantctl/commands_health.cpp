// tenantctl health record | score
#include "command.h"

#include "workspace.h"

#include <QJsonObject>

namespace tenant {

namespace {

Result<HealthSignals> signalsFrom(const Arguments &args)
{
    HealthSignals s;
    const std::pair<const char *, double *> fields[] = {{"latency-p95", &s.latencyP95Ms},
                                                        {"error-rate", &s.errorRate},
                                                        {"success-rate", &s.successRate},
                                                        {"storage", &s.storageUtilisation}};
    for (const auto &[name, target] : fields) {
        const Result<double> v = number(args, QString::fromLatin1(name));
        if (!v)
            return v.error();
        *target = v.value();
    }
    if (Status valid = s.validate(); !valid)
        return valid.error();
    return s;
}

/// Prints a score and its band under the current policy.
int report(const CommandContext &c, const HealthPolicy &policy, int score)
{
    const QString band = nameOf(policy.band(score));
    if (c.json())
        c.output.printJson(
            QJsonObject{{QStringLiteral("score"), score}, {QStringLiteral("band"), band}});
    else
        c.out() << score << " " << band << Qt::endl;
    return ExitOk;
}

int score(const CommandContext &c)
{
    const Result<HealthPolicy> policy = c.ws.health().policy();
    if (!policy)
        return c.fail(policy.error());
    const Result<HealthSignals> observed = signalsFrom(c.args);
    if (!observed)
        return c.fail(observed.error());
    return report(c, policy.value(), policy->score(observed.value()));
}

int record(const CommandContext &c)
{
    const Result<HealthPolicy> policy = c.ws.health().policy();
    if (!policy)
        return c.fail(policy.error());
    const Result<HealthSignals> observed = signalsFrom(c.args);
    if (!observed)
        return c.fail(observed.error());
    const Result<HealthSample> sample =
        c.ws.health().record(c.args.positional.at(1), observed.value(), c.ws.actor());
    if (!sample)
        return c.fail(sample.error());
    return report(c, policy.value(), sample->score);
}

} // namespace

QList<Command> healthCommands()
{
    const QStringList signalOptions =
        optionList({"latency-p95", "error-rate", "success-rate", "storage"});
    return {
        {QStringLiteral("health"), QStringLiteral("record"),
         QStringLiteral("health record ID --latency-p95 MS --error-rate F --success-rate F "
                        "--storage F"),
         signalOptions, 2, &record},
        {QStringLiteral("health"), QStringLiteral("score"),
         QStringLiteral(
             "health score --latency-p95 MS --error-rate F --success-rate F --storage F"),
         signalOptions, 1, &score},
    };
}

} // namespace tenant
