#include "policychange.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tenant {

Status storePolicyDocument(Database &db, const QString &name, const QJsonObject &document)
{
    Result<QSqlQuery> q =
        db.prepare(QStringLiteral("UPDATE policies SET document = ? WHERE name = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(
        QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)));
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), QStringLiteral("store the %1 policy").arg(name)); !s)
        return s;
    if (q.value().numRowsAffected() != 1)
        return Error::denied(QStringLiteral("the %1 policy was not changed: changing a policy "
                                            "needs the platform-admin role")
                                 .arg(name));
    return success();
}

Status replacePolicy(Transaction &tx, Database &db, AuditLog &audit, const QString &name,
                     const QJsonObject &document, const QString &action, const QString &actor)
{
    if (Status open = tx.requireOpenOn(db, QStringLiteral("replace a policy")); !open)
        return open;
    const Result<QJsonObject> before = readPolicy(db, name);
    if (!before)
        return before.error();
    if (Status s = storePolicyDocument(db, name, document); !s)
        return s;
    const Result<AuditEntry> logged = audit.append(
        tx, actor,
        {action, {}, before.value(), document, QStringLiteral("%1 policy replaced").arg(name), {}});
    return logged ? success() : Status(logged.error());
}

} // namespace tenant
