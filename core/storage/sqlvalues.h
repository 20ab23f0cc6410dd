#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QVariant>

namespace tenant {

class Database;

/// ISO-8601 UTC with milliseconds, or an empty string for an invalid time.
QString isoTimestamp(const QDateTime &time);
/// A bind value for a nullable timestamp column: NULL for an invalid time.
QVariant timestampParam(const QDateTime &time);
/// Reads a timestamp column from either backend: QPSQL returns QDateTime,
/// QSQLITE the ISO text written by timestampParam().
QDateTime timestampFromColumn(const QVariant &value);

/// An SQL expression for the database clock's time in milliseconds since
/// the epoch: what leases and retry times compare against, so clients on
/// machines whose clocks differ still agree.
QString nowMillisSql(const Database &db);

/// The JSON document of a named row in `policies` (the domain rules' numbers).
Result<QJsonObject> readPolicy(Database &db, const QString &name);

} // namespace tenant
