#include "s3adapter.h"

#include "httpcall.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
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

Result<HttpReply> S3Adapter::send(const QByteArray &method, const QString &path,
                                  const QString &query, const QByteArray &body,
                                  QDeadlineTimer deadline, const QString &contentType) const
{
    QUrl url = m_endpoint;
    url.setPath(url.path() + QLatin1Char('/') + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
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

QMap<QString, QString> S3Adapter::costTags(const ProvisionContext &context)
{
    return {{QStringLiteral("TenantID"), context.tenantId},
            {QStringLiteral("Tier"), nameOf(context.tier)},
            {QStringLiteral("CostCenter"), context.costCenter}};
}

Result<QMap<QString, QString>> S3Adapter::bucketTags(const QString &bucket,
                                                     QDeadlineTimer deadline) const
{
    const Result<HttpReply> reply = send("GET", bucket, QStringLiteral("tagging"), {}, deadline);
    if (!reply)
        return reply.error();
    if (reply->status == 404 && s3Error(reply->body).first == QLatin1String("NoSuchTagSet"))
        return QMap<QString, QString>();
    if (reply->status != 200)
        return failure("GET", bucket, reply.value());
    QMap<QString, QString> tags;
    QXmlStreamReader xml(reply->body);
    QString key;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Key"))
            key = xml.readElementText();
        else if (xml.name() == QLatin1String("Value"))
            tags.insert(key, xml.readElementText());
    }
    if (xml.hasError())
        return Error::storage(
            QStringLiteral("s3 GET %1 tagging: %2").arg(bucket, xml.errorString()));
    return tags;
}

Result<QStringList> S3Adapter::objectKeys(const QString &bucket, QDeadlineTimer deadline) const
{
    const Result<HttpReply> reply =
        send("GET", bucket, QStringLiteral("list-type=2"), {}, deadline);
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return failure("GET", bucket, reply.value());
    QStringList keys;
    QXmlStreamReader xml(reply->body);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Key"))
            keys << xml.readElementText();
    return keys;
}

Result<bool> S3Adapter::bucketExists(const QString &bucket, QDeadlineTimer deadline) const
{
    // A listing rather than HEAD: a HEAD reply carries no error document.
    const Result<HttpReply> reply =
        send("GET", bucket, QStringLiteral("list-type=2&max-keys=1"), {}, deadline);
    if (!reply)
        return reply.error();
    if (reply->status == 404 && s3Error(reply->body).first == QLatin1String("NoSuchBucket"))
        return false;
    if (reply->status != 200)
        return failure("GET", bucket, reply.value());
    return true;
}

Result<QString> S3Adapter::create(const ProvisionContext &context)
{
    const QString bucket = bucketFor(context.tenantId);
    const Result<HttpReply> made = send("PUT", bucket, {}, {}, context.deadline);
    if (!made)
        return made.error();
    const bool existed = made->status == 409 &&
                         s3Error(made->body).first == QLatin1String("BucketAlreadyOwnedByYou");
    if (made->status != 200 && !existed)
        return failure("PUT", bucket, made.value());

    QByteArray tagging = "<Tagging><TagSet>";
    const QMap<QString, QString> tags = costTags(context);
    for (auto it = tags.begin(); it != tags.end(); ++it)
        tagging += "<Tag><Key>" + it.key().toHtmlEscaped().toUtf8() + "</Key><Value>" +
                   it.value().toHtmlEscaped().toUtf8() + "</Value></Tag>";
    tagging += "</TagSet></Tagging>";
    const Result<HttpReply> tagged = send("PUT", bucket, QStringLiteral("tagging"), tagging,
                                          context.deadline, QStringLiteral("application/xml"));
    if (!tagged)
        return tagged.error();
    if (tagged->status != 200 && tagged->status != 204)
        return failure("PUT", bucket, tagged.value());
    return QStringLiteral("bucket %1%2 tagged TenantID, Tier, CostCenter")
        .arg(bucket, existed ? QStringLiteral(" (already there)") : QString());
}

Status S3Adapter::remove(const ProvisionContext &context)
{
    const QString bucket = bucketFor(context.tenantId);
    const Result<bool> present = bucketExists(bucket, context.deadline);
    if (!present)
        return present.error();
    if (!present.value())
        return success();
    const Result<QStringList> keys = objectKeys(bucket, context.deadline);
    if (!keys)
        return keys.error();
    for (const QString &key : keys.value()) {
        const Result<HttpReply> gone =
            send("DELETE", bucket + QLatin1Char('/') + key, {}, {}, context.deadline);
        if (!gone)
            return gone.error();
        if (gone->status != 204 && gone->status != 200)
            return failure("DELETE", bucket + QLatin1Char('/') + key, gone.value());
    }
    const Result<HttpReply> deleted = send("DELETE", bucket, {}, {}, context.deadline);
    if (!deleted)
        return deleted.error();
    if (deleted->status != 204 && deleted->status != 200 &&
        s3Error(deleted->body).first != QLatin1String("NoSuchBucket"))
        return failure("DELETE", bucket, deleted.value());
    return success();
}

Result<QStringList> S3Adapter::remaining(const ProvisionContext &context)
{
    const QString bucket = bucketFor(context.tenantId);
    const Result<bool> present = bucketExists(bucket, context.deadline);
    if (!present)
        return present.error();
    return present.value() ? QStringList{QStringLiteral("bucket ") + bucket} : QStringList();
}

Result<QString> S3Adapter::checkObjectStore(const ProvisionContext &context) const
{
    const QString bucket = bucketFor(context.tenantId);
    const QString key = QStringLiteral("_validation/") +
                        QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".txt");
    const QByteArray content = "tenant-admin validation probe for " + context.tenantId.toUtf8();
    const QString path = bucket + QLatin1Char('/') + key;
    const Result<HttpReply> put =
        send("PUT", path, {}, content, context.deadline, QStringLiteral("text/plain"));
    if (!put)
        return put.error();
    if (put->status != 200)
        return failure("PUT", path, put.value());
    const Result<HttpReply> get = send("GET", path, {}, {}, context.deadline);
    if (!get)
        return get.error();
    if (get->status != 200)
        return failure("GET", path, get.value());
    if (get->body != content)
        return Error::storage(
            QStringLiteral("s3 GET %1 returned other bytes than were put").arg(path));
    const Result<HttpReply> del = send("DELETE", path, {}, {}, context.deadline);
    if (!del)
        return del.error();
    if (del->status != 204 && del->status != 200)
        return failure("DELETE", path, del.value());
    return QStringLiteral("put, read back and deleted %1 (%2 bytes)").arg(path).arg(content.size());
}

Result<QString> S3Adapter::checkCostTags(const ProvisionContext &context) const
{
    const QString bucket = bucketFor(context.tenantId);
    const Result<QMap<QString, QString>> tags = bucketTags(bucket, context.deadline);
    if (!tags)
        return tags.error();
    const QMap<QString, QString> wanted = costTags(context);
    QStringList wrong;
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        if (tags->value(it.key()) != it.value())
            wrong << QStringLiteral("%1 is '%2', expected '%3'")
                         .arg(it.key(), tags->value(it.key()), it.value());
    if (!wrong.isEmpty())
        return Error::storage(
            QString(bucket + QStringLiteral(": ") + wrong.join(QStringLiteral("; "))));
    QStringList pairs;
    for (auto it = wanted.begin(); it != wanted.end(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value();
    return QString(bucket + QStringLiteral(" tagged ") + pairs.join(QStringLiteral(", ")));
}

QList<ValidationCheck> S3Adapter::checks()
{
    return {
        {CheckKind::ObjectStore, system(), std::chrono::seconds(10),
         [this](const ProvisionContext &c) { return checkObjectStore(c); }},
        {CheckKind::CostTags, system(), std::chrono::seconds(10),
         [this](const ProvisionContext &c) { return checkCostTags(c); }},
    };
}

} // namespace tenant
