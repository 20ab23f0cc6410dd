#include "hs256token.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace tenant {

namespace {
constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray sign(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256)
        .toBase64(base64url);
}

/// Compares without stopping at the first difference, so timing reveals nothing.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

Result<QJsonObject> decodePart(const QByteArray &part, const char *what)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(part, base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::validation(
            QStringLiteral("token"),
            QStringLiteral("the %1 is not base64url").arg(QLatin1String(what)));
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return Error::validation(
            QStringLiteral("token"),
            QStringLiteral("the %1 is not a JSON object").arg(QLatin1String(what)));
    return doc.object();
}
} // namespace

QByteArray Hs256Token::issue(const QJsonObject &claims, const QByteArray &key)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64url) + '.' +
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(base64url);
    return signingInput + '.' + sign(signingInput, key);
}

Result<QJsonObject> Hs256Token::verify(const QByteArray &token, const QByteArray &key,
                                       const QDateTime &now)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return Error::validation(QStringLiteral("token"),
                                 QStringLiteral("expected header.payload.signature"));
    const Result<QJsonObject> header = decodePart(parts.at(0), "header");
    if (!header)
        return header.error();
    // Never let the token pick its own algorithm ("none", or RS256 keyed with our secret).
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return Error::validation(QStringLiteral("token"),
                                 QStringLiteral("algorithm '%1' is not HS256")
                                     .arg(header->value(QStringLiteral("alg")).toString()));
    if (!sameBytes(sign(parts.at(0) + '.' + parts.at(1), key), parts.at(2)))
        return Error::validation(QStringLiteral("token"),
                                 QStringLiteral("signature does not match"));
    const Result<QJsonObject> claims = decodePart(parts.at(1), "payload");
    if (!claims)
        return claims.error();
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (exp.isDouble() && QDateTime::fromSecsSinceEpoch(exp.toInteger(), Qt::UTC) <= now)
        return Error::validation(QStringLiteral("token"), QStringLiteral("token has expired"));
    return claims;
}

} // namespace tenant
