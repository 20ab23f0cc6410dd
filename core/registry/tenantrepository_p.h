#pragma once

// Internal to TenantRepository's sources (the repository and its bulk import).

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace tenant {

/// The bind value for one tenant attribute, in the storage representation.
QVariant columnValue(const QString &key, const QJsonValue &value);

} // namespace tenant
