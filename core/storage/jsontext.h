#pragma once

#include <QJsonValue>
#include <QString>

namespace tenant {

/// How a JSON value reads as text wherever one is shown (tenantctl, the
/// audit details, the tenant editor): a list as "a, b", an object as
/// compact JSON, a number or a boolean as written, and `absent` for null
/// or a missing value.
QString jsonAsText(const QJsonValue &value, const QString &absent = {});

} // namespace tenant
