#include "verifiedheads.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace tenant {

namespace {
const QString group = QStringLiteral("audit-verified-heads");
}

VerifiedHeads::VerifiedHeads(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{}

VerifiedHeads::~VerifiedHeads() = default;

QString VerifiedHeads::keyOf(const DatabaseUrl &registry)
{
    // One file, one key, however the path was spelled (relative, through a
    // link); a server by its URL without the password.
    DatabaseUrl normalised = registry;
    if (registry.backend == Backend::SQLite) {
        const QFileInfo file(registry.path);
        normalised.path = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    }
    return normalised.toDisplayString();
}

namespace {
/// A settings group name for `key`: a digest, since QSettings keys must not
/// hold '/' or '\\' and are case-insensitive on some platforms.
QString groupOf(const QString &key)
{
    return group + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32)) +
           QLatin1Char('/');
}
} // namespace

std::optional<VerifiedHeads::Seen> VerifiedHeads::seen(const DatabaseUrl &registry) const
{
    const QString prefix = groupOf(keyOf(registry));
    const QVariant seq = m_settings->value(prefix + QStringLiteral("seq"));
    if (!seq.isValid())
        return std::nullopt;
    return Seen{{seq.toLongLong(), m_settings->value(prefix + QStringLiteral("hash")).toString()},
                m_settings->value(prefix + QStringLiteral("verified_at")).toDateTime()};
}

bool VerifiedHeads::remember(const DatabaseUrl &registry, const AuditHead &head)
{
    const QString key = keyOf(registry);
    const QString prefix = groupOf(key);
    m_settings->setValue(prefix + QStringLiteral("registry"), key); // for a reader of the file
    m_settings->setValue(prefix + QStringLiteral("seq"), head.seq);
    m_settings->setValue(prefix + QStringLiteral("hash"), head.hash);
    m_settings->setValue(prefix + QStringLiteral("verified_at"), QDateTime::currentDateTimeUtc());
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

} // namespace tenant
