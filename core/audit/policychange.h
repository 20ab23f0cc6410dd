#pragma once

#include "error.h"

#include <QJsonObject>

namespace tenant {

class AuditLog;
class Database;
class Transaction;

/// Writes the document of the policy `name` (no audit entry: for a caller
/// that audits a larger change). Denied when row-level security leaves the
/// row unchanged.
Status storePolicyDocument(Database &db, const QString &name, const QJsonObject &document);

/// Replaces the document of the policy `name` inside the caller's open
/// transaction and audits it as `action` (before and after are the
/// documents). The caller has validated `document`. When row-level security
/// leaves the row unchanged, the refusal is Denied: only a platform admin
/// changes a policy.
Status replacePolicy(Transaction &tx, Database &db, AuditLog &audit, const QString &name,
                     const QJsonObject &document, const QString &action, const QString &actor);

} // namespace tenant
