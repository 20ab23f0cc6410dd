#pragma once

#include <QString>

/// The action names the audit log records, one constant each: what a
/// compliance reader filters on, so a typo in one place cannot split them.
/// Lifecycle and cascade entries add the target ("lifecycle.suspended",
/// "cascade.suspend").
namespace tenant::AuditAction {

inline const QString tenantCreate = QStringLiteral("tenant.create");
inline const QString tenantUpdate = QStringLiteral("tenant.update");
inline const QString tenantRemove = QStringLiteral("tenant.remove");
inline const QString lifecyclePrefix = QStringLiteral("lifecycle.");
inline const QString cascadePrefix = QStringLiteral("cascade.");
inline const QString flagSet = QStringLiteral("flag.set");
inline const QString flagClear = QStringLiteral("flag.clear");
inline const QString flagRemove = QStringLiteral("flag.remove");
inline const QString healthRecord = QStringLiteral("health.record");
inline const QString healthImport = QStringLiteral("health.import");
inline const QString provisionRequest = QStringLiteral("provision.request");
inline const QString provisionApprove = QStringLiteral("provision.approve");
/// One authority of the chain given, others still outstanding.
inline const QString provisionApproval = QStringLiteral("provision.approval");
inline const QString provisionReject = QStringLiteral("provision.reject");
/// The approval policy replaced (before and after are the documents).
inline const QString policyApproval = QStringLiteral("policy.approval");
/// A tenant's usage for one month stored (before: what it replaced).
inline const QString usageImport = QStringLiteral("usage.import");
/// The chargeback rates and multipliers replaced.
inline const QString policyChargeback = QStringLiteral("policy.chargeback");
/// The PromQL queries a usage pull runs replaced.
inline const QString policyUsageQueries = QStringLiteral("policy.usage_queries");
inline const QString provisionStart = QStringLiteral("provision.start");
inline const QString provisionCreate = QStringLiteral("provision.create");
inline const QString provisionComplete = QStringLiteral("provision.complete");
inline const QString provisionRemove = QStringLiteral("provision.remove");
inline const QString provisionRollback = QStringLiteral("provision.rollback");
/// Webhook subscriptions added and removed (the secret's hint only).
inline const QString webhookAdd = QStringLiteral("webhook.add");
inline const QString webhookRemove = QStringLiteral("webhook.remove");
/// An event sent again to its subscribers, or its dead letters requeued.
inline const QString eventReplay = QStringLiteral("event.replay");
inline const QString eventRequeue = QStringLiteral("event.requeue");
/// Drift between the registry and a downstream system repaired.
inline const QString driftReconcile = QStringLiteral("drift.reconcile");

} // namespace tenant::AuditAction
