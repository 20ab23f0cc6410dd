#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>

namespace tenant {

namespace {
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// The lower-case, sorted names that SignedHeaders lists.
QByteArrayList signedHeaderNames(const QList<SigV4::Header> &headers)
{
    QByteArrayList names;
    for (const auto &header : headers)
        names << header.first.toLower();
    std::sort(names.begin(), names.end());
    return names;
}

QByteArray hostHeader(const QUrl &url)
{
    // What QNetworkAccessManager sends: the port only when it is not the default.
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}
} // namespace

QByteArray SigV4::amzDate(const QDateTime &timeUtc)
{
    return timeUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4::uriEncode(const QString &text, bool keepSlash)
{
    return QUrl::toPercentEncoding(text, keepSlash ? QByteArray("/") : QByteArray());
}

QByteArray SigV4::canonicalRequest(const Request &request)
{
    QByteArray path = uriEncode(request.url.path(QUrl::FullyDecoded), true);
    if (path.isEmpty())
        path = "/";

    QList<QPair<QByteArray, QByteArray>> query;
    for (const auto &[key, value] : QUrlQuery(request.url).queryItems(QUrl::FullyDecoded))
        query.append({uriEncode(key, false), uriEncode(value, false)});
    std::sort(query.begin(), query.end());
    QByteArrayList queryParts;
    for (const auto &[key, value] : query)
        queryParts << key + '=' + value;

    QList<Header> headers;
    for (const auto &[name, value] : request.headers)
        headers.append({name.toLower(), value.simplified()});
    std::sort(headers.begin(), headers.end());
    QByteArray canonicalHeaders;
    for (const auto &[name, value] : headers)
        canonicalHeaders += name + ':' + value + '\n';

    return request.method + '\n' + path + '\n' + queryParts.join('&') + '\n' + canonicalHeaders +
           '\n' + signedHeaderNames(request.headers).join(';') + '\n' + request.payloadSha256Hex;
}

QByteArray SigV4::stringToSign(const QByteArray &canonicalRequest, const QDateTime &timeUtc,
                               const QString &region, const QString &service)
{
    const QByteArray date = amzDate(timeUtc);
    const QByteArray scope =
        date.left(8) + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    return "AWS4-HMAC-SHA256\n" + date + '\n' + scope + '\n' + sha256Hex(canonicalRequest);
}

QByteArray SigV4::authorization(const Request &request, const AwsCredentials &credentials,
                                const QDateTime &timeUtc, const QString &service)
{
    const QByteArray day = amzDate(timeUtc).left(8);
    QByteArray key = hmac("AWS4" + credentials.secretAccessKey.toUtf8(), day);
    key = hmac(key, credentials.region.toUtf8());
    key = hmac(key, service.toUtf8());
    key = hmac(key, "aws4_request");
    const QByteArray toSign =
        stringToSign(canonicalRequest(request), timeUtc, credentials.region, service);

    return "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + day + '/' +
           credentials.region.toUtf8() + '/' + service.toUtf8() +
           "/aws4_request,SignedHeaders=" + signedHeaderNames(request.headers).join(';') +
           ",Signature=" + hmac(key, toSign).toHex();
}

void SigV4::sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                 const AwsCredentials &credentials, const QDateTime &timeUtc,
                 const QString &service)
{
    const QByteArray payloadHash = sha256Hex(body);
    request.setRawHeader("x-amz-date", amzDate(timeUtc));
    request.setRawHeader("x-amz-content-sha256", payloadHash);

    Request toSign{method, request.url(), {{"host", hostHeader(request.url())}}, payloadHash};
    // rawHeaderList() includes the headers set with setHeader() (Content-Type).
    for (const QByteArray &name : request.rawHeaderList()) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-amz-") || lower == "content-type" || lower == "content-md5")
            toSign.headers.append({lower, request.rawHeader(name)});
    }
    request.setRawHeader("Authorization", authorization(toSign, credentials, timeUtc, service));
}

} // namespace tenant
