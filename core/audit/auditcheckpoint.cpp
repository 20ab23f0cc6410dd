#include "auditcheckpoint.h"

#include "credentials.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>

#include <openssl/evp.h>

namespace tenant {

namespace {

constexpr int ed25519KeySize = 32;
constexpr int ed25519SignatureSize = 64;

struct PkeyFree
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray rawKey(EVP_PKEY *key, bool privatePart)
{
    QByteArray out(ed25519KeySize, Qt::Uninitialized);
    size_t length = static_cast<size_t>(out.size());
    auto *target = reinterpret_cast<unsigned char *>(out.data());
    const int ok = privatePart ? EVP_PKEY_get_raw_private_key(key, target, &length)
                               : EVP_PKEY_get_raw_public_key(key, target, &length);
    return ok == 1 && length == ed25519KeySize ? out : QByteArray();
}

QString fieldText(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Error malformed(const QString &what)
{
    return Error::validation(QStringLiteral("checkpoint"),
                             QStringLiteral("not a valid audit checkpoint: %1").arg(what));
}

} // namespace

QByteArray AuditCheckpoint::signedText() const
{
    // One field per line, in a fixed order; every field is printable ASCII
    // or a URL without line breaks, so the text cannot be re-split.
    return QByteArray(format) + '\n' + registry.toUtf8() + '\n' + QByteArray::number(head.seq) +
           '\n' + head.hash.toLatin1() + '\n' + signedAt.toUTC().toString(Qt::ISODate).toLatin1() +
           '\n';
}

QString AuditCheckpoint::keyFingerprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject AuditCheckpoint::toJson() const
{
    return {{QStringLiteral("format"), QLatin1String(format)},
            {QStringLiteral("registry"), registry},
            {QStringLiteral("seq"), head.seq},
            {QStringLiteral("hash"), head.hash},
            {QStringLiteral("signed_at"), signedAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("algorithm"), QLatin1String(algorithm)},
            {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
            {QStringLiteral("key_fingerprint"), keyFingerprint()},
            {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

Result<AuditCheckpoint> AuditCheckpoint::fromJson(const QByteArray &document)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    if (fieldText(o, "format") != QLatin1String(format))
        return malformed(QStringLiteral("format is not %1").arg(QLatin1String(format)));
    if (fieldText(o, "algorithm") != QLatin1String(algorithm))
        return malformed(QStringLiteral("algorithm is not %1").arg(QLatin1String(algorithm)));
    AuditCheckpoint c;
    c.registry = fieldText(o, "registry");
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    if (!seq.isDouble() || seq.toDouble() < 0 || seq.toDouble() != double(seq.toInteger()))
        return malformed(QStringLiteral("seq is not a whole number"));
    c.head.seq = seq.toInteger();
    c.head.hash = fieldText(o, "hash");
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(c.head.hash).hasMatch())
        return malformed(QStringLiteral("hash is not 64 hex digits"));
    c.signedAt = QDateTime::fromString(fieldText(o, "signed_at"), Qt::ISODate);
    if (!c.signedAt.isValid())
        return malformed(QStringLiteral("signed_at is not a date"));
    const auto base64 = [&](const char *key, int size) -> std::optional<QByteArray> {
        const auto decoded = QByteArray::fromBase64Encoding(
            fieldText(o, key).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != size)
            return std::nullopt;
        return decoded.decoded;
    };
    const std::optional<QByteArray> key = base64("public_key", ed25519KeySize);
    const std::optional<QByteArray> signature = base64("signature", ed25519SignatureSize);
    if (!key || !signature)
        return malformed(QStringLiteral("public_key or signature is not base64 of the right size"));
    c.publicKey = *key;
    c.signature = *signature;
    return c;
}

bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature)
{
    if (publicKey.size() != ed25519KeySize || signature.size() != ed25519SignatureSize)
        return false;
    const Pkey key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), ed25519KeySize));
    const MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), bytes(signature), ed25519SignatureSize, bytes(message),
                            static_cast<size_t>(message.size())) == 1;
}

struct CheckpointSigner::Key
{
    Pkey pkey;
};

CheckpointSigner::CheckpointSigner(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{}
CheckpointSigner::~CheckpointSigner() = default;
CheckpointSigner::CheckpointSigner(CheckpointSigner &&) noexcept = default;
CheckpointSigner &CheckpointSigner::operator=(CheckpointSigner &&) noexcept = default;

Result<CheckpointSigner> CheckpointSigner::generate()
{
    EVP_PKEY *generated = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!generated)
        return Error::storage(QStringLiteral("cannot generate an Ed25519 key"));
    return CheckpointSigner(std::make_unique<Key>(Key{Pkey(generated)}));
}

Result<CheckpointSigner> CheckpointSigner::fromPrivateKey(const QByteArray &rawPrivateKey)
{
    if (rawPrivateKey.size() != ed25519KeySize)
        return Error::validation(QStringLiteral("key"),
                                 QStringLiteral("an Ed25519 private key is 32 bytes"));
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(rawPrivateKey),
                                          ed25519KeySize));
    if (!key)
        return Error::storage(QStringLiteral("cannot load the Ed25519 key"));
    return CheckpointSigner(std::make_unique<Key>(Key{std::move(key)}));
}

namespace {

Result<std::optional<QByteArray>> readStoredKey()
{
    const Result<QString> stored = Keychain::readPassword(CheckpointSigner::keychainAccount());
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return std::optional<QByteArray>();
    const auto decoded =
        QByteArray::fromBase64Encoding(stored->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error::storage(QStringLiteral("the checkpoint key in the keychain is damaged"));
    return std::optional<QByteArray>(decoded.decoded);
}

} // namespace

Result<CheckpointSigner> CheckpointSigner::fromKeychain(bool createIfMissing)
{
    Result<std::optional<QByteArray>> stored = readStoredKey();
    if (!stored)
        return stored.error();
    if (stored.value())
        return fromPrivateKey(*stored.value());
    if (!createIfMissing)
        return Error::notFound(QStringLiteral(
            "no checkpoint key in this keychain: checkpoints are checked with the key "
            "of the signer who wrote them (see `tenantctl audit checkpoint`)"));
    // Two first uses at once must not each store a key of their own (the
    // first one's checkpoints would then never verify): one creates it.
    QLockFile lock(QDir::temp().filePath(QStringLiteral("tenant-admin-checkpoint-key.lock")));
    if (!lock.tryLock(30000))
        return Error::storage(QStringLiteral("another process holds the checkpoint key lock"));
    stored = readStoredKey();
    if (!stored)
        return stored.error();
    if (stored.value())
        return fromPrivateKey(*stored.value());
    Result<CheckpointSigner> created = generate();
    if (!created)
        return created;
    const Status saved = Keychain::writePassword(
        keychainAccount(), QString::fromLatin1(created->rawPrivateKey().toBase64()));
    if (!saved)
        return saved.error();
    return created;
}

QByteArray CheckpointSigner::rawPrivateKey() const
{
    return rawKey(m_key->pkey.get(), true);
}

QByteArray CheckpointSigner::publicKey() const
{
    return rawKey(m_key->pkey.get(), false);
}

Result<AuditCheckpoint> CheckpointSigner::sign(const QString &registry, const AuditHead &head,
                                               const QDateTime &signedAt) const
{
    AuditCheckpoint c;
    c.registry = registry;
    c.head = head;
    // Whole seconds: the signed text carries the ISO date, which has none finer.
    c.signedAt = signedAt.toUTC().addMSecs(-signedAt.time().msec());
    c.publicKey = publicKey();
    const QByteArray message = c.signedText();
    const MdCtx ctx(EVP_MD_CTX_new());
    QByteArray signature(ed25519SignatureSize, Qt::Uninitialized);
    size_t length = static_cast<size_t>(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key->pkey.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes(message), static_cast<size_t>(message.size())) != 1 ||
        length != ed25519SignatureSize)
        return Error::storage(QStringLiteral("cannot sign the checkpoint"));
    c.signature = signature;
    return c;
}

Status CheckpointSigner::check(const AuditCheckpoint &checkpoint) const
{
    if (checkpoint.publicKey != publicKey())
        return Error::rule(QStringLiteral("the checkpoint is signed by key %1, not by this "
                                          "signer's key %2")
                               .arg(checkpoint.keyFingerprint(),
                                    AuditCheckpoint{{}, {}, {}, publicKey(), {}}.keyFingerprint()));
    if (!verifyEd25519(checkpoint.publicKey, checkpoint.signedText(), checkpoint.signature))
        return Error::rule(QStringLiteral(
            "the checkpoint's signature does not match its contents: it was altered"));
    return success();
}

} // namespace tenant
