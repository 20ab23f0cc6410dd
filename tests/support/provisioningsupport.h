#pragma once

// Fault injection and fixtures for the provisioning tests.

#include "localadapter.h"
#include "workspace.h"

#include <QJsonArray>
#include <QSemaphore>

namespace tenant::test {

/// A resource that keeps demo records under its own system name and fails
/// where a test tells it to: its create(), or one check of a given kind
/// (which then runs twice, once by the real system and once by this). With a
/// gate, create() waits until the test releases it, so a run can be looked at
/// (or stopped) while it is certainly in progress.
class ScriptedResource final : public TenantResource
{
public:
    ScriptedResource(Database &db, const QString &system)
        : m_records(db, system)
    {}

    bool failCreate = false;
    std::optional<CheckKind> failingCheck;
    QSemaphore *gate = nullptr;
    std::atomic<bool> waiting{false};

    QString system() const override { return m_records.system(); }
    Result<QString> create(const ProvisionContext &context) override
    {
        if (failCreate)
            return Error::storage(QStringLiteral("scripted create failure"));
        if (gate) {
            waiting = true;
            const bool opened = gate->tryAcquire(1, 10000);
            waiting = false;
            if (!opened)
                return Error::storage(QStringLiteral("the test never opened the gate"));
        }
        return m_records.create(context);
    }
    Status remove(const ProvisionContext &context) override { return m_records.remove(context); }
    Result<QStringList> remaining(const ProvisionContext &context) override
    {
        return m_records.remaining(context);
    }
    QList<ValidationCheck> checks() override
    {
        if (!failingCheck)
            return {};
        return {{*failingCheck, system(), std::chrono::seconds(1),
                 [](const ProvisionContext &) -> Result<QString> {
                     return Error::storage(QStringLiteral("scripted check failure"));
                 }}};
    }

private:
    LocalAdapter m_records;
};

/// The workspace's default targets with `extra` inserted at `position`.
inline ScriptedResource *insertScripted(Workspace &ws, int position, const QString &system)
{
    ProvisioningTargets targets = provisioningTargets(ws.database(), {}, {});
    auto scripted = std::make_unique<ScriptedResource>(ws.database(), system);
    ScriptedResource *raw = scripted.get();
    targets.resources.insert(targets.resources.begin() + position, std::move(scripted));
    ws.workflow().setTargets(std::move(targets));
    return raw;
}

/// A provisioning request document.
inline QJsonObject requestDocument(const QString &name, const QString &tier, const QString &region,
                                   qint64 budget, const QString &id = {},
                                   const QStringList &compliance = {})
{
    QJsonObject json{
        {QStringLiteral("tenant_name"), name},
        {QStringLiteral("tier"), tier},
        {QStringLiteral("region"), region},
        {QStringLiteral("budget"), budget},
        {QStringLiteral("owner_email"), QStringLiteral("owner@corp.example")},
        {QStringLiteral("cost_center"), QString(QStringLiteral("CC-") + name.left(3).toUpper())},
        {QStringLiteral("compliance"), QJsonArray::fromStringList(compliance)}};
    if (!id.isEmpty())
        json.insert(QStringLiteral("tenant_id"), id);
    return json;
}

/// Gives every authority request `requestId` still waits for, each by a
/// different person ("approver-cfo", ...), as a session outside access
/// control may (SQLite, the PostgreSQL owner): the chain completes and the
/// request is approved. Aborts the test if any approval fails.
inline ProvisioningRequest approveAll(Workspace &ws, const QString &requestId,
                                      const QString &comment = QStringLiteral("approved"))
{
    Result<ProvisioningRequest> r = ws.provisioning().get(requestId);
    if (!r)
        qFatal("approveAll: %s", qPrintable(r.error().message));
    for (const QString &authority : r->outstandingAuthorities()) {
        r = ws.provisioning().approve(requestId, comment, QStringLiteral("approver-") + authority,
                                      authority);
        if (!r)
            qFatal("approve as %s: %s", qPrintable(authority), qPrintable(r.error().message));
    }
    return std::move(r).value();
}

/// "phase name status" of every recorded step, in order.
inline QStringList stepSummary(Workspace &ws, const QString &requestId)
{
    QStringList lines;
    for (const StepRecord &step : ws.workflow().steps(requestId).value())
        lines << QStringLiteral("%1 %2 %3").arg(nameOf(step.phase), step.name, nameOf(step.status));
    return lines;
}

} // namespace tenant::test
