#include "s3adapter.h"

#include "cascade/httpcall.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

namespace tenant {

namespace {
/// The <Code> and <Message> of an S3 error document.
QPair<QString, QString> s3Error(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QString code, message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code"))
            code = xml.readElementText();
        else if (xml.name() == QLatin1String("Message"))
            message = xml.readElementText();
    }
    return {code, message};
}

Error failure(const QByteArray &method, const QString &bucket, const HttpReply &reply)
{
    const auto [code, message] = s3Error(reply.body);
    return Error::storage(
        QStringLiteral("s3 %1 %2: %3 %4 %5")
            .arg(QString::fromLatin1(method), bucket, QString::number(reply.status), code, message)
            .trimmed());
}

bool isOurStatement(const QJsonValue &statement)
{
    return statement.toObject().value(QStringLiteral("Sid")).toString() ==
           QLatin1String(S3Adapter::statementId);
}

QJsonObject denyStatement(const QString &bucket)
{
    const QString arn = QStringLiteral("arn:aws:s3:::") + bucket;
    // Only the data actions: the account can still read and change the policy.
    return QJsonObject{
        {QStringLiteral("Sid"), QLatin1String(S3Adapter::statementId)},
        {QStringLiteral("Effect"), QStringLiteral("Deny")},
        {QStringLiteral("Principal"), QStringLiteral("*")},
        {QStringLiteral("Action"),
         QJsonArray{QStringLiteral("s3:GetObject"), QStringLiteral("s3:PutObject"),
                    QStringLiteral("s3:DeleteObject"), QStringLiteral("s3:ListBucket")}},
        {QStringLiteral("Resource"), QJsonArray{arn, QString(arn + QStringLiteral("/*"))}},
    };
}
} // namespace

S3Adapter::S3Adapter(const QUrl &endpoint, AwsCredentials credentials)
    : m_endpoint(endpoint)
    , m_credentials(std::move(credentials))
{}

QString S3Adapter::bucketFor(const QString &tenantId)
{
    return QStringLiteral("tenant-") + tenantId.toLower();
}

Result<HttpReply> S3Adapter::send(const QByteArray &method, const QString &bucket,
                                  const QString &query, const QByteArray &body,
                                  QDeadlineTimer deadline) const
{
    QUrl url = m_endpoint;
    url.setPath(url.path() + QLatin1Char('/') + bucket);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Content-MD5",
                             QCryptographicHash::hash(body, QCryptographicHash::Md5).toBase64());
    }
    SigV4::sign(request, method, body, m_credentials);
    return httpExchange(method, request, body, deadline);
}

Result<QJsonObject> S3Adapter::bucketPolicy(const QString &bucket, QDeadlineTimer deadline) const
{
    const Result<HttpReply> reply = send("GET", bucket, QStringLiteral("policy"), {}, deadline);
    if (!reply)
        return reply.error();
    if (reply->status == 404 && s3Error(reply->body).first == QLatin1String("NoSuchBucketPolicy"))
        return QJsonObject();
    if (reply->status != 200)
        return failure("GET", bucket, reply.value());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->body, &parseError);
    if (!doc.isObject())
        return Error::storage(QStringLiteral("s3 GET %1 policy: not a JSON object (%2)")
                                  .arg(bucket, parseError.errorString()));
    return doc.object();
}

Status S3Adapter::setBlocked(const CascadeContext &context, bool blocked)
{
    const QString bucket = bucketFor(context.tenantId);
    const Result<QJsonObject> policy = bucketPolicy(bucket, context.deadline);
    if (!policy)
        return policy.error();

    QJsonArray statements;
    bool hadOurs = false;
    for (const QJsonValue &statement : policy->value(QStringLiteral("Statement")).toArray()) {
        if (isOurStatement(statement))
            hadOurs = true;
        else
            statements << statement;
    }
    if (hadOurs == blocked)
        return success(); // already as wanted
    if (blocked)
        statements << denyStatement(bucket);

    // S3 refuses a policy without statements: the last one goes with DELETE.
    QByteArray method = "DELETE";
    QByteArray body;
    if (!statements.isEmpty()) {
        QJsonObject updated = policy.value();
        updated.insert(QStringLiteral("Version"), QStringLiteral("2012-10-17"));
        updated.insert(QStringLiteral("Statement"), statements);
        method = "PUT";
        body = QJsonDocument(updated).toJson(QJsonDocument::Compact);
    }
    const Result<HttpReply> reply =
        send(method, bucket, QStringLiteral("policy"), body, context.deadline);
    if (!reply)
        return reply.error();
    if (reply->status != 200 && reply->status != 204)
        return failure(method, bucket, reply.value());
    return success();
}

Status S3Adapter::apply(const CascadeContext &context)
{
    return setBlocked(context, context.action == CascadeAction::Suspend);
}

Status S3Adapter::compensate(const CascadeContext &context)
{
    return setBlocked(context, context.action != CascadeAction::Suspend);
}

Result<bool> S3Adapter::isApplied(const CascadeContext &context)
{
    const Result<QJsonObject> policy = bucketPolicy(bucketFor(context.tenantId), context.deadline);
    if (!policy)
        return policy.error();
    const QJsonArray statements = policy->value(QStringLiteral("Statement")).toArray();
    const bool blocked = std::any_of(statements.begin(), statements.end(), isOurStatement);
    return blocked == (context.action == CascadeAction::Suspend);
}

} // namespace tenant
