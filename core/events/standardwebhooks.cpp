#include "standardwebhooks.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace tenant::StandardWebhooks {

namespace {
const QString prefix = QStringLiteral("whsec_");
} // namespace

Result<QByteArray> decodeSecret(const QString &field, const QString &secret)
{
    const QString trimmed = secret.trimmed();
    if (!trimmed.startsWith(prefix))
        return Error::validation(field, QStringLiteral("a webhook secret starts with 'whsec_'"));
    const QByteArray encoded = trimmed.mid(prefix.size()).toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || encoded.isEmpty())
        return Error::validation(field, QStringLiteral("the part after 'whsec_' is not base64"));
    if (decoded.decoded.size() < 24 || decoded.decoded.size() > 64)
        return Error::validation(
            field, QStringLiteral("a webhook secret holds 24 to 64 bytes, this one %1")
                       .arg(decoded.decoded.size()));
    return decoded.decoded;
}

QString generateSecret()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()),
                                          key.size() / int(sizeof(quint32)));
    return prefix + QString::fromLatin1(key.toBase64());
}

QString hint(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.trimmed().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8));
}

QByteArray sign(const QByteArray &id, qint64 timestamp, const QByteArray &body,
                const QByteArray &key)
{
    const QByteArray content = id + '.' + QByteArray::number(timestamp) + '.' + body;
    return "v1," +
           QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256).toBase64();
}

} // namespace tenant::StandardWebhooks
