// TenantRepository::importTenants: many tenants in one transaction, the
// rows and their chained audit entries prepared on a second core.
#include "tenantrepository.h"
#include "tenantrepository_p.h"

#include "auditactions.h"
#include "batchinsert.h"
#include "database.h"
#include "plancatalog.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <future>

namespace {
// This file's messages, translated in the context tenant::TenantImport.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::TenantImport)
};
} // namespace

namespace tenant {

Result<int> TenantRepository::importTenants(const QList<Tenant> &input, const QString &actor,
                                            const QString &reason)
{
    if (input.isEmpty())
        return 0;
    if (Status s = checkReason(QStringLiteral("reason"), reason, false); !s)
        return s.error();
    // Everything is checked before anything is written.
    QHash<QString, qsizetype> positions;
    positions.reserve(input.size());
    auto at = [&input](qsizetype i, const Error &e) {
        return Error{e.kind,
                     Messages::tr("tenant %1 (%2): %3")
                         .arg(i + 1)
                         .arg(quoted(input.at(i).tenantId), e.message),
                     e.field};
    };
    for (qsizetype i = 0; i < input.size(); ++i) {
        const Tenant &t = input.at(i);
        if (Status s = TenantValidator::validate(t); !s)
            return at(i, s.error());
        if (t.status != TenantStatus::Draft && t.status != TenantStatus::Active)
            return at(i, Error::validation(QStringLiteral("status"),
                                           Messages::tr("a new tenant starts as draft or active")));
        if (positions.contains(t.tenantId))
            return at(i, Error::validation(QStringLiteral("tenant_id"),
                                           Messages::tr("appears twice in the import")));
        positions.insert(t.tenantId, i);
    }
    const Result<PlanCatalog> plans = PlanCatalog::load(m_db);
    if (!plans)
        return plans.error();
    for (qsizetype i = 0; i < input.size(); ++i)
        if (Status s = checkPlacement(input.at(i), &plans.value()); !s)
            return at(i, s.error());
    // Ids already taken, found before writing: after a failed INSERT,
    // PostgreSQL would refuse every further statement of the transaction.
    {
        Result<QSqlQuery> existing = m_db.prepare(QStringLiteral("SELECT tenant_id FROM tenants"));
        if (!existing)
            return existing.error();
        existing->setForwardOnly(true);
        if (Status s = Database::exec(existing.value(), QStringLiteral("read tenant ids")); !s)
            return s.error();
        qsizetype first = -1;
        while (existing->next())
            if (const auto it = positions.constFind(existing->value(0).toString());
                it != positions.constEnd() && (first < 0 || *it < first))
                first = *it;
        if (first >= 0)
            return at(first,
                      Error::validation(
                          QStringLiteral("tenant_id"),
                          Messages::tr("'%1' already exists").arg(input.at(first).tenantId)));
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Result<AuditLog::Appender> audit = m_audit.appender(tx, actor);
    if (!audit)
        return audit.error();
    const QStringList keys = TenantCodec::keys();
    BatchInsert tenants(m_db, QStringLiteral("tenants"), keys, 250,
                        QStringLiteral("import tenants"));

    // Two stages on the two cores: a worker turns a chunk of tenants into
    // bind values and chained audit entries (JSON, SHA-256) while this
    // thread writes the chunk before it. The worker never touches SQL.
    struct Chunk
    {
        QList<QVariantList> rows;
        QList<AuditEntry> entries;
    };
    constexpr qsizetype chunkSize = 5000;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditLog::Appender *appender = &audit.value();
    auto prepare = [&input, &keys, now, reason, appender](qsizetype first) {
        Chunk chunk;
        const qsizetype end = std::min<qsizetype>(first + chunkSize, input.size());
        for (qsizetype i = first; i < end; ++i) {
            Tenant tenant = input.at(i);
            tenant.createdAt = now;
            tenant.updatedAt = now;
            tenant.archivedAt = QDateTime();
            tenant.version = 1;
            const QJsonObject json = TenantCodec::toJson(tenant);
            QVariantList values;
            values.reserve(keys.size());
            for (const QString &key : keys)
                values << columnValue(key, json.value(key));
            chunk.rows << std::move(values);
            chunk.entries << appender->chain(
                {AuditAction::tenantCreate, tenant.tenantId, {}, json, reason, {}});
        }
        return chunk;
    };
    std::future<Chunk> next = std::async(std::launch::async, prepare, qsizetype(0));
    for (qsizetype first = 0; first < input.size();) {
        const Chunk chunk = next.get();
        first += chunk.rows.size();
        if (first < input.size())
            next = std::async(std::launch::async, prepare, first);
        for (qsizetype i = 0; i < chunk.rows.size(); ++i) {
            Status written = tenants.add(chunk.rows.at(i));
            if (written)
                written = appender->write(chunk.entries.at(i));
            if (!written) {
                if (next.valid())
                    next.wait(); // the worker uses this frame's data
                return written.error();
            }
        }
    }
    if (Status s = tenants.finish(); !s)
        return s.error();
    if (Status s = audit->finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_notifier.announceTenantsImported(static_cast<int>(input.size()));
    return static_cast<int>(input.size());
}

} // namespace tenant
