#include "sqlvalues.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tenant {

QString isoTimestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant timestampParam(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoTimestamp(time)) : QVariant();
}

QDateTime timestampFromColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString nowMillisSql(const Database &db)
{
    return db.isPostgres()
               ? QStringLiteral("ta_now_ms()")
               : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

Result<QJsonObject> readPolicy(Database &db, const QString &name)
{
    Result<QSqlQuery> q =
        db.prepare(QStringLiteral("SELECT document FROM policies WHERE name = ?"));
    if (!q)
        return q.error();
    q.value().addBindValue(name);
    if (Status s = Database::exec(q.value(), QStringLiteral("read %1 policy").arg(name)); !s)
        return s.error();
    if (!q.value().next())
        return Error::storage(QStringLiteral("no %1 policy stored").arg(name));
    const QJsonDocument doc = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8());
    if (!doc.isObject())
        return Error::storage(QStringLiteral("the %1 policy is not a JSON object").arg(name));
    return doc.object();
}

} // namespace tenant
