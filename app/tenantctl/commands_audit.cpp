// tenantctl audit list | verify | export, stats
#include "command.h"

#include "auditcheckpoint.h"
#include "auditexport.h"
#include "enumnames.h"
#include "verifiedheads.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

/// Reads and checks the signature of the checkpoint in `path`: signed by
/// the key in this user's keychain, and unaltered.
Result<AuditCheckpoint> readCheckpoint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(
            QStringLiteral("checkpoint"),
            QStringLiteral("cannot read %1: %2").arg(quoted(path), file.errorString()));
    Result<AuditCheckpoint> checkpoint = AuditCheckpoint::fromJson(file.read(64 * 1024));
    if (!checkpoint)
        return checkpoint;
    const Result<CheckpointSigner> signer = CheckpointSigner::fromKeychain(false);
    if (!signer)
        return signer.error();
    if (const Status good = signer->check(checkpoint.value()); !good)
        return good.error();
    return checkpoint;
}

QJsonObject headJson(const AuditHead &head)
{
    return {{QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}};
}

/// Walks the chain; it must still hold the newest entry this tenantctl
/// verified before on this registry (or, with --checkpoint, the entry a
/// signed checkpoint pins), and the remembered head then moves forward.
int verify(const CommandContext &c)
{
    Workspace &ws = c.ws;
    VerifiedHeads heads;
    const DatabaseUrl &registry = ws.database().url();
    std::optional<AuditCheckpoint> checkpoint;
    if (c.args.has(QStringLiteral("checkpoint"))) {
        Result<AuditCheckpoint> read = readCheckpoint(c.args.value(QStringLiteral("checkpoint")));
        if (!read)
            return c.fail(read.error());
        checkpoint = std::move(read).value();
    }
    const std::optional<VerifiedHeads::Seen> seen =
        checkpoint ? std::optional<VerifiedHeads::Seen>({checkpoint->head, checkpoint->signedAt})
                   : heads.seen(registry);
    const Result<AuditVerification> v =
        ws.audit().verify({}, seen ? std::optional<AuditHead>(seen->head) : std::nullopt);
    if (!v)
        return c.fail(v.error());
    // Remembered only after a whole, intact walk (no progress callback here,
    // so it is never cancelled).
    const bool remembered = v->intact && heads.remember(registry, v->head);
    if (c.json()) {
        QJsonValue before;
        if (seen) {
            QJsonObject o = headJson(seen->head);
            o.insert(QStringLiteral("verified_at"), seen->verifiedAt.toUTC().toString(Qt::ISODate));
            before = o;
        }
        QJsonObject report{{QStringLiteral("intact"), v->intact},
                           {QStringLiteral("entries_checked"), v->entriesChecked},
                           {QStringLiteral("first_bad_entry"),
                            v->intact ? QJsonValue() : QJsonValue(v->firstBadSeq)},
                           {QStringLiteral("problem"), v->problem},
                           {QStringLiteral("head"), headJson(v->head)},
                           {QStringLiteral("verified_before"), checkpoint ? QJsonValue() : before}};
        if (checkpoint)
            report.insert(QStringLiteral("checkpoint"), before);
        c.output.printJson(report);
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
        if (checkpoint)
            c.out() << "; it still holds entry " << checkpoint->head.seq
                    << " as pinned by the checkpoint signed on "
                    << checkpoint->signedAt.toUTC().toString(Qt::ISODate) << " (key "
                    << checkpoint->keyFingerprint() << ")";
        else if (seen)
            c.out() << "; it still holds entry " << seen->head.seq << " as verified on "
                    << seen->verifiedAt.toUTC().toString(Qt::ISODate);
        else
            c.out() << " (first verification of this registry here: nothing to compare with yet)";
        c.out() << Qt::endl;
    }
    return ExitOk;
}

/// Verifies the whole chain (against the head seen before, if any) and
/// writes a checkpoint of its head, signed with the key in this user's
/// keychain (made on first use).
int checkpoint(const CommandContext &c)
{
    if (!c.args.has(QStringLiteral("out")))
        return c.usage(QStringLiteral("audit checkpoint needs --out FILE"));
    Workspace &ws = c.ws;
    VerifiedHeads heads;
    const DatabaseUrl &registry = ws.database().url();
    const std::optional<VerifiedHeads::Seen> seen = heads.seen(registry);
    const Result<AuditVerification> v =
        ws.audit().verify({}, seen ? std::optional<AuditHead>(seen->head) : std::nullopt);
    if (!v)
        return c.fail(v.error());
    if (!v->intact) {
        c.output.err() << "tenantctl: audit chain broken, no checkpoint written: " << v->problem
                       << Qt::endl;
        return ExitStorage;
    }
    const Result<CheckpointSigner> signer = CheckpointSigner::fromKeychain(true);
    if (!signer)
        return c.fail(signer.error());
    const Result<AuditCheckpoint> signed_ =
        signer->sign(VerifiedHeads::keyOf(registry), v->head, QDateTime::currentDateTimeUtc());
    if (!signed_)
        return c.fail(signed_.error());
    QSaveFile file(c.args.value(QStringLiteral("out")));
    const QByteArray document = QJsonDocument(signed_->toJson()).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(document) != document.size() ||
        !file.commit())
        return c.fail(Error::validation(QStringLiteral("out"),
                                        QStringLiteral("cannot write %1: %2")
                                            .arg(quoted(file.fileName()), file.errorString())));
    heads.remember(registry, v->head);
    if (c.json())
        c.output.printJson(signed_->toJson());
    else
        c.out() << "checkpoint of entry " << v->head.seq << " written to " << file.fileName()
                << " (key " << signed_->keyFingerprint() << ")" << Qt::endl;
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
        {QStringLiteral("audit"), QStringLiteral("verify"),
         QStringLiteral("audit verify [--checkpoint FILE]"), optionList({"checkpoint"}), 1,
         &verify},
        {QStringLiteral("audit"), QStringLiteral("checkpoint"),
         QStringLiteral("audit checkpoint --out FILE"), optionList({"out"}), 1, &checkpoint},
        {QStringLiteral("audit"), QStringLiteral("export"),
         QStringLiteral("audit export --format jsonl|csv [--output FILE]"),
         optionList({"format", "output"}), 1, &exportLog},
        {QStringLiteral("stats"), {}, QStringLiteral("stats"), {}, 0, &stats},
    };
}

} // namespace tenant
