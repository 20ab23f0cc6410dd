#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace tenant {

/// An access key pair and the region requests are signed for.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString region = QStringLiteral("us-east-1");
};

/// AWS Signature Version 4 (header-based, single chunk), as S3 documents it.
/// S3 flavour: the path is URI-encoded once, and the payload hash is sent in
/// x-amz-content-sha256 and signed.
class SigV4
{
public:
    using Header = QPair<QByteArray, QByteArray>;

    /// Everything that goes into one signature. `headers` are signed as
    /// given (host, x-amz-date and x-amz-content-sha256 among them).
    struct Request
    {
        QByteArray method;
        QUrl url;
        QList<Header> headers;
        QByteArray payloadSha256Hex;
    };

    static QByteArray canonicalRequest(const Request &request);
    static QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &timeUtc,
                                   const QString &region, const QString &service);
    /// The value of the Authorization header.
    static QByteArray authorization(const Request &request, const AwsCredentials &credentials,
                                    const QDateTime &timeUtc, const QString &service);

    /// Adds host, x-amz-date, x-amz-content-sha256 and Authorization to
    /// `request` (signing those and Content-Type/Content-MD5 when set).
    static void sign(QNetworkRequest &request, const QByteArray &method, const QByteArray &body,
                     const AwsCredentials &credentials,
                     const QDateTime &timeUtc = QDateTime::currentDateTimeUtc(),
                     const QString &service = QStringLiteral("s3"));

    static QByteArray amzDate(const QDateTime &timeUtc); ///< 20130524T000000Z
    /// RFC 3986 percent-encoding of everything but unreserved characters.
    static QByteArray uriEncode(const QString &text, bool keepSlash);
};

} // namespace tenant
