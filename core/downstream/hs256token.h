#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>

namespace tenant {

/// JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, "alg": "HS256"), the
/// tokens a tenant's API clients present.
class Hs256Token final
{
public:
    /// header.payload.signature, each part base64url without padding.
    static QByteArray issue(const QJsonObject &claims, const QByteArray &key);
    /// The claims of a token whose header names HS256, whose signature
    /// matches `key` and whose `exp` (if any) is after `now`.
    static Result<QJsonObject> verify(const QByteArray &token, const QByteArray &key,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace tenant
