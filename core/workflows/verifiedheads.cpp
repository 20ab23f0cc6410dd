#include "verifiedheads.h"

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
    // QSettings keys must not contain '/' or '\\' (they split groups).
    QString key = registry.toDisplayString();
    key.replace(QLatin1Char('/'), QLatin1Char('|')).replace(QLatin1Char('\\'), QLatin1Char('|'));
    return key;
}

std::optional<VerifiedHeads::Seen> VerifiedHeads::seen(const DatabaseUrl &registry) const
{
    const QString prefix = group + QLatin1Char('/') + keyOf(registry) + QLatin1Char('/');
    const QVariant seq = m_settings->value(prefix + QStringLiteral("seq"));
    if (!seq.isValid())
        return std::nullopt;
    return Seen{{seq.toLongLong(), m_settings->value(prefix + QStringLiteral("hash")).toString()},
                m_settings->value(prefix + QStringLiteral("verified_at")).toDateTime()};
}

void VerifiedHeads::remember(const DatabaseUrl &registry, const AuditHead &head)
{
    const QString prefix = group + QLatin1Char('/') + keyOf(registry) + QLatin1Char('/');
    m_settings->setValue(prefix + QStringLiteral("seq"), head.seq);
    m_settings->setValue(prefix + QStringLiteral("hash"), head.hash);
    m_settings->setValue(prefix + QStringLiteral("verified_at"), QDateTime::currentDateTimeUtc());
    m_settings->sync();
}

} // namespace tenant
