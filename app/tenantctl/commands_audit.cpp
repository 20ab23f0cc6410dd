// tenantctl audit list | verify | export, stats
#include "command.h"

#include "auditexport.h"
#include "enumnames.h"
#include "verifiedheads.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace tenant {

namespace {

int list(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const Result<QList<AuditEntry>> entries =
        ws.audit().list(c.args.value(QStringLiteral("tenant")));
    if (!entries)
        return c.fail(entries.error());
    if (c.json()) {
        QJsonArray array;
        for (const AuditEntry &e : entries.value())
            array << e.toJson();
        c.output.printJson(array);
        return ExitOk;
    }
    for (const AuditEntry &e : entries.value())
        c.out() << padded(QString::number(e.seq), 6) << padded(e.occurredAt, 26)
                << padded(e.actor, 12) << padded(e.action, 22) << padded(e.tenantId, 12)
                << cell(e.reason) << '\n';
    c.out().flush();
    return ExitOk;
}

/// Walks the chain; it must still hold the newest entry this tenantctl
/// verified before on this registry, which is then moved forward.
int verify(const CommandContext &c)
{
    Workspace &ws = c.ws;
    VerifiedHeads heads;
    const DatabaseUrl &registry = ws.database().url();
    const std::optional<VerifiedHeads::Seen> seen = heads.seen(registry);
    const Result<AuditVerification> v =
        ws.audit().verify({}, seen ? std::optional<AuditHead>(seen->head) : std::nullopt);
    if (!v)
        return c.fail(v.error());
    // Remembered only after a whole, intact walk (no progress callback here,
    // so it is never cancelled).
    const bool remembered = v->intact && heads.remember(registry, v->head);
    if (c.json()) {
        const QJsonValue before =
            seen ? QJsonValue(QJsonObject{{QStringLiteral("seq"), seen->head.seq},
                                          {QStringLiteral("hash"), seen->head.hash},
                                          {QStringLiteral("verified_at"),
                                           seen->verifiedAt.toUTC().toString(Qt::ISODate)}})
                 : QJsonValue();
        c.output.printJson(QJsonObject{
            {QStringLiteral("intact"), v->intact},
            {QStringLiteral("entries_checked"), v->entriesChecked},
            {QStringLiteral("first_bad_entry"),
             v->intact ? QJsonValue() : QJsonValue(v->firstBadSeq)},
            {QStringLiteral("problem"), v->problem},
            {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), v->head.seq},
                                                 {QStringLiteral("hash"), v->head.hash}}},
            {QStringLiteral("verified_before"), before}});
    }
    if (!v->intact) {
        c.output.err() << "tenantctl: audit chain broken: " << v->problem << Qt::endl;
        return ExitStorage;
    }
    if (!remembered)
        c.output.err() << "tenantctl: warning: could not remember the verified head (settings "
                          "not writable); the next verification cannot compare"
                       << Qt::endl;
    if (!c.json()) {
        c.out() << "audit chain intact: " << v->entriesChecked << " entries";
        if (seen)
            c.out() << "; it still holds entry " << seen->head.seq << " as verified on "
                    << seen->verifiedAt.toUTC().toString(Qt::ISODate);
        else
            c.out() << " (first verification of this registry here: nothing to compare with yet)";
        c.out() << Qt::endl;
    }
    return ExitOk;
}

/// The whole log, with the hashed text, as JSON lines or CSV: on stdout, or
/// byte for byte in --output FILE (a console may re-encode what it passes on).
int exportLog(const CommandContext &c)
{
    if (!c.args.has(QStringLiteral("format")))
        return c.usage(QStringLiteral("audit export needs --format jsonl|csv"));
    const QString name = c.args.value(QStringLiteral("format"));
    const std::optional<AuditExport::Format> format = AuditExport::formatFromName(name);
    if (!format)
        return c.fail(
            Error::validation(QStringLiteral("format"),
                              QStringLiteral("expected jsonl or csv, got %1").arg(quoted(name))));
    QFile file;
    QIODevice *device = nullptr;
    if (c.args.has(QStringLiteral("output"))) {
        file.setFileName(c.args.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return c.fail(Error::validation(QStringLiteral("output"),
                                            QStringLiteral("cannot write %1: %2")
                                                .arg(quoted(file.fileName()), file.errorString())));
        device = &file;
    } else {
        c.out().flush();
        device = c.out().device();
    }
    if (!device)
        return c.fail(Error::storage(QStringLiteral("no output to write the export to")));
    const Result<qint64> written = AuditExport::write(c.ws.audit(), *format, *device);
    if (!written)
        return c.fail(written.error());
    if (file.isOpen())
        c.output.err() << "exported " << written.value() << " entries to " << file.fileName()
                       << Qt::endl;
    return ExitOk;
}

int stats(const CommandContext &c)
{
    Workspace &ws = c.ws;
    const Result<QList<Tenant>> tenants = ws.tenants().list();
    if (!tenants)
        return c.fail(tenants.error());
    const Result<HealthPolicy> policy = ws.health().policy();
    if (!policy)
        return c.fail(policy.error());
    QJsonObject byStatus;
    QJsonObject byTier;
    QJsonObject byBand;
    for (const QString &s : allStatusNames())
        byStatus.insert(s, 0);
    for (const QString &t : allTierNames())
        byTier.insert(t, 0);
    for (const QString &b : enumNames<HealthBand>())
        byBand.insert(b, 0);
    double scoreSum = 0;
    int scored = 0;
    for (const Tenant &t : tenants.value()) {
        byStatus[nameOf(t.status)] = byStatus[nameOf(t.status)].toInt() + 1;
        byTier[nameOf(t.tier)] = byTier[nameOf(t.tier)].toInt() + 1;
        if (t.healthScore) {
            const QString band = nameOf(policy->band(*t.healthScore));
            byBand[band] = byBand[band].toInt() + 1;
            scoreSum += *t.healthScore;
            ++scored;
        }
    }
    const QJsonObject stats{
        {QStringLiteral("total"), static_cast<int>(tenants->size())},
        {QStringLiteral("by_status"), byStatus},
        {QStringLiteral("by_tier"), byTier},
        {QStringLiteral("by_health_band"), byBand},
        {QStringLiteral("average_health"), scored ? QJsonValue(scoreSum / scored) : QJsonValue()}};
    if (c.json()) {
        c.output.printJson(stats);
        return ExitOk;
    }
    c.out() << "tenants: " << tenants->size() << '\n';
    for (const auto &[title, group] :
         {std::pair{"status", byStatus}, std::pair{"tier", byTier}, std::pair{"health", byBand}}) {
        QStringList parts;
        for (auto it = group.begin(); it != group.end(); ++it)
            parts << it.key() + QLatin1Char('=') + QString::number(it.value().toInt());
        c.out() << padded(QString::fromLatin1(title) + QLatin1Char(':'), 9)
                << parts.join(QLatin1Char(' ')) << '\n';
    }
    c.out().flush();
    return ExitOk;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {QStringLiteral("audit"), QStringLiteral("list"),
         QStringLiteral("audit list [--tenant ID]"), optionList({"tenant"}), 1, &list},
        {QStringLiteral("audit"),
         QStringLiteral("verify"),
         QStringLiteral("audit verify"),
         {},
         1,
         &verify},
        {QStringLiteral("audit"), QStringLiteral("export"),
         QStringLiteral("audit export --format jsonl|csv [--output FILE]"),
         optionList({"format", "output"}), 1, &exportLog},
        {QStringLiteral("stats"), {}, QStringLiteral("stats"), {}, 0, &stats},
    };
}

} // namespace tenant
