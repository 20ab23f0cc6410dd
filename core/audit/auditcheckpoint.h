#pragma once

#include "auditlog.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <memory>

namespace tenant {

/// A signed statement "this registry's audit log held entry `head` on
/// `signedAt`", written to a file outside the database. The key that signs it
/// lives in the signer's keychain, never in the database, so the database's
/// owner cannot rewrite the log up to it and forge a matching checkpoint.
struct AuditCheckpoint
{
    static constexpr const char *format = "tenant-admin-audit-checkpoint/1";
    static constexpr const char *algorithm = "Ed25519";

    QString registry; ///< where it was taken (a URL without secrets); informative
    AuditHead head;
    QDateTime signedAt;
    QByteArray publicKey; ///< raw Ed25519 public key, 32 bytes
    QByteArray signature; ///< raw Ed25519 signature, 64 bytes

    /// The exact bytes the signature covers (documented in the README, so an
    /// auditor can check a checkpoint with openssl alone).
    QByteArray signedText() const;
    /// The key's fingerprint: the first 16 hex digits of SHA-256 of the key.
    QString keyFingerprint() const;

    QJsonObject toJson() const;
    /// Refuses a document that is not a checkpoint, naming what is wrong.
    static Result<AuditCheckpoint> fromJson(const QByteArray &document);
};

/// Holds an Ed25519 key pair and signs and checks checkpoints with it
/// (OpenSSL's libcrypto does the cryptography).
class CheckpointSigner final
{
public:
    ~CheckpointSigner();
    CheckpointSigner(CheckpointSigner &&) noexcept;
    CheckpointSigner &operator=(CheckpointSigner &&) noexcept;

    /// The signer's key from the OS keychain; with `createIfMissing`, a new
    /// key is generated and stored there on first use.
    static Result<CheckpointSigner> fromKeychain(bool createIfMissing);
    /// A signer over a raw 32-byte Ed25519 private key (tests, key import).
    static Result<CheckpointSigner> fromPrivateKey(const QByteArray &rawPrivateKey);
    /// A freshly generated key, not stored anywhere.
    static Result<CheckpointSigner> generate();

    QByteArray publicKey() const;
    Result<AuditCheckpoint> sign(const QString &registry, const AuditHead &head,
                                 const QDateTime &signedAt) const;
    /// True when `checkpoint` carries this signer's public key and its
    /// signature is good; otherwise an error saying which check failed.
    Status check(const AuditCheckpoint &checkpoint) const;

    /// Where the key is kept in the keychain.
    static QString keychainAccount() { return QStringLiteral("audit-checkpoint-key/ed25519"); }

private:
    struct Key;
    explicit CheckpointSigner(std::unique_ptr<Key> key);
    QByteArray rawPrivateKey() const;
    std::unique_ptr<Key> m_key;
};

/// Whether `signature` is a good Ed25519 signature of `message` by
/// `publicKey` (raw 32 bytes).
bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message,
                   const QByteArray &signature);

} // namespace tenant
