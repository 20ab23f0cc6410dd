#include "signingkeyresource.h"

#include "database.h"
#include "hs256token.h"
#include "sqlvalues.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace tenant {

Result<QByteArray> SigningKeyResource::key(const QString &tenantId) const
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("SELECT secret FROM tenant_signing_keys WHERE tenant_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(tenantId);
    if (Status s = Database::exec(q.value(), QStringLiteral("read signing key")); !s)
        return s.error();
    if (!q->next())
        return Error::notFound(
            QStringLiteral("tenant %1 has no signing key").arg(quoted(tenantId)));
    return q->value(0).toString().toLatin1();
}

Result<QString> SigningKeyResource::create(const ProvisionContext &context)
{
    if (key(context.tenantId))
        return QStringLiteral("HS256 signing key (already there)");
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / int(sizeof(quint32)));
    Result<QSqlQuery> q = m_db.prepare(QStringLiteral(
        "INSERT INTO tenant_signing_keys (tenant_id, secret, created_at) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(context.tenantId);
    q->addBindValue(QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    q->addBindValue(timestampParam(QDateTime::currentDateTimeUtc()));
    if (Status s = Database::exec(q.value(), QStringLiteral("store signing key")); !s)
        return s.error();
    return QStringLiteral("HS256 signing key (256 bits)");
}

Status SigningKeyResource::remove(const ProvisionContext &context)
{
    Result<QSqlQuery> q =
        m_db.prepare(QStringLiteral("DELETE FROM tenant_signing_keys WHERE tenant_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(context.tenantId);
    return Database::exec(q.value(), QStringLiteral("remove signing key"));
}

Result<QStringList> SigningKeyResource::remaining(const ProvisionContext &context)
{
    const Result<QByteArray> found = key(context.tenantId);
    if (found)
        return QStringList{QStringLiteral("signing key")};
    if (found.error().kind == ErrorKind::NotFound)
        return QStringList();
    return found.error();
}

Result<QString> SigningKeyResource::checkTokens(const ProvisionContext &context) const
{
    const Result<QByteArray> secret = key(context.tenantId);
    if (!secret)
        return secret.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("tenant-admin")},
                             {QStringLiteral("sub"), context.tenantId},
                             {QStringLiteral("tier"), nameOf(context.tier)},
                             {QStringLiteral("iat"), now.toSecsSinceEpoch()},
                             {QStringLiteral("exp"), now.addSecs(300).toSecsSinceEpoch()}};
    const QByteArray token = Hs256Token::issue(claims, secret.value());
    const Result<QJsonObject> verified = Hs256Token::verify(token, secret.value(), now);
    if (!verified)
        return Error::storage(QStringLiteral("own token refused: ") + verified.error().message);
    if (verified->value(QStringLiteral("sub")).toString() != context.tenantId)
        return Error::storage(QStringLiteral("verified token names another subject"));
    // A token signed with any other key must not pass.
    QByteArray forged = token;
    forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
    if (Hs256Token::verify(forged, secret.value(), now))
        return Error::storage(QStringLiteral("a tampered token was accepted"));
    return QStringLiteral("HS256 token for sub=%1 issued and verified; a tampered one refused")
        .arg(context.tenantId);
}

QList<ValidationCheck> SigningKeyResource::checks()
{
    return {ValidationCheck{CheckKind::TokenAuthentication, system(), std::chrono::seconds(5),
                            [this](const ProvisionContext &c) { return checkTokens(c); }}};
}

} // namespace tenant
