// The control plane: webhook subscriptions, events and their deliveries
// (replays, requeues), drift between the registry and the downstream
// systems and its repair, and the controller that runs them all.
#include "arguments.h"
#include "command.h"
#include "controller.h"
#include "controllermetrics.h"
#include "drift.h"
#include "output.h"
#include "sqlvalues.h"
#include "textrules.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

#include <csignal>

namespace tenant {

namespace {

Result<qint64> positiveOption(const CommandContext &c, const QString &option, qint64 fallback,
                              qint64 max)
{
    if (!c.args.has(option))
        return fallback;
    const Result<qint64> value = parseIntegerOption(option, c.args.value(option));
    if (!value)
        return value.error();
    if (value.value() < 1 || value.value() > max)
        return Error::usage(
            QStringLiteral("--%1 takes a whole number from 1 to %2").arg(option).arg(max));
    return value;
}

/// An event named on the command line: its sequence number or "evt_…" id.
Result<LifecycleEvent> namedEvent(const CommandContext &c)
{
    return c.ws.events().find(c.args.positional.at(1));
}

int addWebhook(const CommandContext &c)
{
    if (!c.args.isSet(QStringLiteral("secret-stdin")))
        return c.usage(QStringLiteral("webhook add needs --secret-stdin (a whsec_ secret on "
                                      "standard input)"));
    if (!c.args.has(QStringLiteral("events")))
        return c.usage(
            QStringLiteral("webhook add needs --events TYPE[,TYPE...] (or --events '*')"));
    const Result<QString> secret = firstLineOfStdin(QStringLiteral("secret-stdin"));
    if (!secret)
        return c.fail(secret.error());
    const WebhookSecrets secrets(c.ws.database().url());
    const Result<WebhookSubscription> added = c.ws.webhooks().add(
        c.args.positional.at(1), c.args.value(QStringLiteral("events")).split(QLatin1Char(',')),
        secret.value(), c.ws.actor(),
        [&secrets](qint64 id, const QString &s) { return secrets.keep(id, s); });
    if (!added)
        return c.fail(added.error());
    if (c.json())
        c.output.printJson(added->toJson());
    else
        c.out() << "webhook " << added->id
                << " added: " << added->toJson().value(QStringLiteral("url")).toString()
                << " hears " << added->eventTypes.join(u", ") << " (secret " << added->secretHint
                << "…, kept in the keychain)" << Qt::endl;
    return ExitOk;
}

int listWebhooks(const CommandContext &c)
{
    const Result<QList<WebhookSubscription>> all = c.ws.webhooks().list();
    if (!all)
        return c.fail(all.error());
    if (c.json()) {
        QJsonArray list;
        for (const WebhookSubscription &s : all.value())
            list << s.toJson();
        c.output.printJson(list);
        return ExitOk;
    }
    if (all->isEmpty())
        c.out() << "no webhook subscriptions" << Qt::endl;
    for (const WebhookSubscription &s : all.value())
        c.out() << padded(QString::number(s.id), 6)
                << padded(s.toJson().value(QStringLiteral("url")).toString(), 44)
                << padded(s.eventTypes.join(u','), 40) << " secret " << s.secretHint << "…"
                << Qt::endl;
    return ExitOk;
}

int removeWebhook(const CommandContext &c)
{
    const Result<qint64> id = parseIntegerOption(QStringLiteral("ID"), c.args.positional.at(1));
    if (!id)
        return c.fail(id.error());
    if (Status s = c.ws.webhooks().remove(id.value(), c.ws.actor()); !s)
        return c.fail(s.error());
    // The secret goes too; a keychain that has none is no failure.
    (void)WebhookSecrets(c.ws.database().url()).forget(id.value());
    if (c.json())
        c.output.printJson(
            QJsonObject{{QStringLiteral("id"), id.value()}, {QStringLiteral("removed"), true}});
    else
        c.out() << "webhook " << id.value() << " removed; its pending deliveries are dead letters"
                << Qt::endl;
    return ExitOk;
}

QJsonObject eventWithDeliveries(const LifecycleEvent &e, const QList<Delivery> &deliveries,
                                bool withHistory)
{
    QJsonObject json = e.toJson();
    QJsonArray list;
    for (const Delivery &d : deliveries) {
        QJsonObject dj = d.toJson();
        if (!withHistory)
            dj.remove(QStringLiteral("history"));
        list << dj;
    }
    json.insert(QStringLiteral("deliveries"), list);
    return json;
}

QString deliverySummary(const QList<Delivery> &deliveries)
{
    QStringList parts;
    for (const Delivery &d : deliveries)
        parts << QStringLiteral("#%1 %2 (%3 attempt%4)")
                     .arg(d.subscriptionId)
                     .arg(nameOf(d.state))
                     .arg(d.attempts)
                     .arg(d.attempts == 1 ? QString() : QStringLiteral("s"));
    return parts.isEmpty() ? QStringLiteral("no subscriber") : parts.join(u", ");
}

int listEvents(const CommandContext &c)
{
    EventFilter filter;
    filter.tenantId = c.args.value(QStringLiteral("tenant"));
    filter.type = c.args.value(QStringLiteral("type"));
    const Result<qint64> after =
        c.args.has(QStringLiteral("after"))
            ? parseIntegerOption(QStringLiteral("after"), c.args.value(QStringLiteral("after")))
            : Result<qint64>(qint64(0));
    const Result<qint64> limit = positiveOption(c, QStringLiteral("limit"), 100, 100000);
    if (!after)
        return c.fail(after.error());
    if (!limit)
        return c.fail(limit.error());
    filter.afterSequence = after.value();
    filter.limit = int(limit.value());
    const Result<QList<LifecycleEvent>> events = c.ws.events().list(filter);
    if (!events)
        return c.fail(events.error());
    QList<qint64> sequences;
    for (const LifecycleEvent &e : events.value())
        sequences << e.sequence;
    // Only a platform admin reads deliveries; others see the events alone.
    const Result<QHash<qint64, QList<Delivery>>> deliveries =
        c.ws.deliveries().deliveriesOf(sequences);
    const QHash<qint64, QList<Delivery>> bySequence =
        deliveries ? deliveries.value() : QHash<qint64, QList<Delivery>>();
    if (c.json()) {
        QJsonArray list;
        for (const LifecycleEvent &e : events.value())
            list << eventWithDeliveries(e, bySequence.value(e.sequence), false);
        c.output.printJson(list);
        return ExitOk;
    }
    if (events->isEmpty())
        c.out() << "no events" << Qt::endl;
    for (const LifecycleEvent &e : events.value())
        c.out() << padded(QString::number(e.sequence), 8) << padded(e.occurredAt, 26)
                << padded(e.type, 26) << padded(e.tenantId, 20) << padded(e.actor, 14)
                << deliverySummary(bySequence.value(e.sequence)) << Qt::endl;
    return ExitOk;
}

int showEvent(const CommandContext &c)
{
    const Result<LifecycleEvent> event = namedEvent(c);
    if (!event)
        return c.fail(event.error());
    const Result<QHash<qint64, QList<Delivery>>> deliveries =
        c.ws.deliveries().deliveriesOf({event->sequence});
    const QList<Delivery> list =
        deliveries ? deliveries->value(event->sequence) : QList<Delivery>();
    if (c.json()) {
        c.output.printJson(eventWithDeliveries(event.value(), list, true));
        return ExitOk;
    }
    c.out() << "event " << event->sequence << " " << event->eventId << "\n  " << event->type
            << " of " << (event->tenantId.isEmpty() ? QStringLiteral("no tenant") : event->tenantId)
            << " by " << event->actor << " at " << event->occurredAt << "\n  correlation "
            << event->correlationId << Qt::endl;
    for (const Delivery &d : list) {
        c.out() << "  webhook " << d.subscriptionId << ": " << nameOf(d.state) << " after "
                << d.attempts << " attempt(s)";
        if (!d.lastError.isEmpty())
            c.out() << ", last: " << cell(d.lastError);
        c.out() << Qt::endl;
        for (const DeliveryAttempt &a : d.history)
            c.out() << "    " << a.attempt << ". "
                    << a.toJson().value(QStringLiteral("at")).toString() << "  "
                    << (a.statusCode ? QStringLiteral("HTTP %1").arg(a.statusCode)
                                     : QStringLiteral("no answer"))
                    << "  " << a.durationMs << " ms  " << cell(a.error) << Qt::endl;
    }
    return ExitOk;
}

int replayOrRequeue(const CommandContext &c)
{
    const Result<LifecycleEvent> event = namedEvent(c);
    if (!event)
        return c.fail(event.error());
    const bool replay = c.args.positional.at(0) == QLatin1String("replay");
    const Result<int> queued = replay ? c.ws.deliveries().replay(event->sequence, c.ws.actor())
                                      : c.ws.deliveries().requeue(event->sequence, c.ws.actor());
    if (!queued)
        return c.fail(queued.error());
    if (c.json())
        c.output.printJson(QJsonObject{{QStringLiteral("sequence"), event->sequence},
                                       {QStringLiteral("event_id"), event->eventId},
                                       {QStringLiteral("queued"), queued.value()}});
    else
        c.out() << "event " << event->sequence << ": " << queued.value() << " deliver"
                << (queued.value() == 1 ? "y" : "ies") << (replay ? " queued again" : " requeued")
                << "; the controller sends " << (queued.value() == 1 ? "it" : "them") << Qt::endl;
    return ExitOk;
}

int showDrift(const CommandContext &c)
{
    const Result<DriftCheck> checked = DriftService(c.ws).check();
    if (!checked)
        return c.fail(checked.error());
    if (c.json()) {
        QJsonArray list;
        for (const DriftFinding &f : checked->findings)
            list << f.toJson();
        c.output.printJson(list);
        return ExitOk;
    }
    c.out() << checked->tenantsChecked << " tenants checked in " << checked->systemsRead
            << " system reads (" << checked->durationMs << " ms)"
            << (checked->stored ? "" : "; not recorded: this login may only look") << Qt::endl;
    if (checked->findings.isEmpty())
        c.out() << "no drift: every system holds what the registry says" << Qt::endl;
    for (const DriftFinding &f : checked->findings)
        c.out() << padded(f.tenantId, 20) << padded(f.system, 22) << "expected "
                << padded(f.expected, 10) << " found " << padded(f.found, 12) << " since "
                << isoTimestamp(f.since)
                << (f.detail.isEmpty() ? QString() : QStringLiteral("  ") + cell(f.detail))
                << Qt::endl;
    return ExitOk;
}

int reconcile(const CommandContext &c)
{
    const bool all = c.args.isSet(QStringLiteral("all"));
    if (all == (c.args.positional.size() == 1))
        return c.usage(QStringLiteral("reconcile takes a tenant ID or --all"));
    DriftService drift(c.ws);
    QList<Reconciliation> done;
    if (all) {
        const Result<QList<Reconciliation>> each = drift.reconcileAll(c.ws.actor());
        if (!each)
            return c.fail(each.error());
        done = each.value();
    } else {
        const Result<Reconciliation> one = drift.reconcile(c.args.positional.at(0), c.ws.actor());
        if (!one)
            return c.fail(one.error());
        done << one.value();
    }
    bool converged = true;
    QJsonArray list;
    for (const Reconciliation &r : done) {
        converged = converged && r.converged;
        list << r.toJson();
        if (!c.json())
            c.out() << r.tenantId << ": "
                    << (r.repaired.isEmpty() ? QStringLiteral("nothing to repair")
                                             : QStringLiteral("repaired ") + r.repaired.join(u", "))
                    << " (" << r.expected << ")"
                    << (r.converged ? QString() : QStringLiteral("; failed: ") + cell(r.error))
                    << Qt::endl;
    }
    if (c.json())
        c.output.printJson(list);
    else if (done.isEmpty())
        c.out() << "no drift to reconcile" << Qt::endl;
    if (!converged)
        return c.fail(Error::storage(QStringLiteral("some systems could not be reconciled")));
    return ExitOk;
}

std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int)
{
    stopRequested.store(true);
}

/// Waits `ms` while answering metrics requests; returns early on a stop.
void idle(qint64 ms)
{
    QDeadlineTimer until(ms);
    while (!stopRequested.load() && !until.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(int(qMin<qint64>(100, until.remainingTime())), &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void printPass(const CommandContext &c, const ControllerPass &pass)
{
    if (c.json()) {
        c.output.printJson(pass.toJson());
        return;
    }
    c.out() << "controller pass: " << pass.delivered << " delivered, " << pass.retried
            << " to retry, " << pass.dead << " dead letters, " << pass.leaseLost << " taken over";
    if (pass.driftChecked)
        c.out() << "; drift checked: " << pass.reconciled << " tenants reconciled, "
                << pass.driftFound << " findings left";
    c.out() << ", " << pass.durationMs << " ms" << Qt::endl;
}

int runController(const CommandContext &c)
{
    const Result<qint64> interval = positiveOption(c, QStringLiteral("interval"), 1000, 3600000);
    const Result<qint64> batch = positiveOption(c, QStringLiteral("batch"), 50, 1000);
    const Result<qint64> port = positiveOption(c, QStringLiteral("metrics-port"), 0, 65535);
    const Result<qint64> driftSeconds =
        positiveOption(c, QStringLiteral("drift-interval"), 60, 86400);
    for (const Result<qint64> *r : {&interval, &batch, &port, &driftSeconds})
        if (!*r)
            return c.fail(r->error());
    WebhookSecrets secrets(c.ws.database().url());
    if (c.args.has(QStringLiteral("secrets")))
        if (Status s = secrets.loadFile(c.args.value(QStringLiteral("secrets"))); !s)
            return c.fail(s.error());
    ControllerMetrics metrics;
    Controller controller(c.ws, std::move(secrets), Controller::defaultOwner(), &metrics);
    controller.setBatchSize(int(batch.value()));
    controller.setDriftInterval(driftSeconds.value() * 1000,
                                !c.args.isSet(QStringLiteral("no-repair")));

    if (c.args.isSet(QStringLiteral("once"))) {
        const Result<ControllerPass> pass = controller.runOnce();
        if (!pass)
            return c.fail(pass.error());
        printPass(c, pass.value());
        for (const QString &problem : pass->problems)
            c.output.err() << "tenantctl: " << problem << Qt::endl;
        return pass->problems.isEmpty() ? ExitOk : ExitStorage;
    }

    MetricsServer server(metrics);
    if (c.args.has(QStringLiteral("metrics-port"))) {
        QString why;
        if (!server.listen(quint16(port.value()), &why))
            return c.fail(Error::storage(QStringLiteral("cannot serve metrics on 127.0.0.1:%1: %2")
                                             .arg(port.value())
                                             .arg(why)));
        c.output.err() << "tenantctl: metrics on http://127.0.0.1:" << server.port() << "/metrics"
                       << Qt::endl;
    }
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    c.output.err() << "tenantctl: controller running (interval " << interval.value()
                   << " ms); stop with SIGTERM or Ctrl+C" << Qt::endl;
    while (!stopRequested.load()) {
        const Result<ControllerPass> pass = controller.runOnce(&stopRequested);
        if (!pass)
            c.output.err() << "tenantctl: " << pass.error().message << Qt::endl;
        else {
            for (const QString &problem : pass->problems)
                c.output.err() << "tenantctl: " << problem << Qt::endl;
            if (pass->delivered + pass->retried + pass->dead + pass->leaseLost + pass->reconciled >
                0)
                printPass(c, pass.value());
        }
        idle(interval.value());
    }
    c.output.err() << "tenantctl: controller stopped" << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> eventCommands()
{
    return {
        row("webhook", "add", "webhook add URL --events TYPE[,TYPE...] --secret-stdin",
            {"events", "secret-stdin"}, 2, &addWebhook),
        row("webhook", "list", "webhook list", {}, 1, &listWebhooks),
        row("webhook", "remove", "webhook remove ID", {}, 2, &removeWebhook),
        row("events", "list", "events list [--tenant ID] [--type TYPE] [--after SEQ] [--limit N]",
            {"tenant", "type", "after", "limit"}, 1, &listEvents),
        row("events", "show", "events show SEQ|EVENT_ID", {}, 2, &showEvent),
        row("events", "replay", "events replay SEQ|EVENT_ID", {}, 2, &replayOrRequeue),
        row("events", "requeue", "events requeue SEQ|EVENT_ID", {}, 2, &replayOrRequeue),
        row("controller", "",
            "controller [--once] [--interval MS] [--metrics-port PORT] [--secrets FILE] [--batch "
            "N] "
            "[--drift-interval SECONDS] [--no-repair]",
            {"once", "interval", "metrics-port", "secrets", "batch", "drift-interval", "no-repair"},
            0, &runController),
        row("drift", "", "drift", {}, 0, &showDrift),
        [] {
            Command r = row("reconcile", "", "reconcile ID|--all", {"all"}, 1, &reconcile);
            r.minWords = 0;
            return r;
        }(),
    };
}

} // namespace tenant
