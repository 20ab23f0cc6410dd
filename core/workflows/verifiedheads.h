#pragma once

#include "auditlog.h"
#include "databaseurl.h"

#include <QDateTime>
#include <QSettings>

#include <memory>
#include <optional>

namespace tenant {

/// What this verifier (tenantctl, or the console) has seen of each
/// registry's audit log: the newest entry it verified, per registry, in its
/// own settings, outside the database whose owner could rewrite the log.
/// The next verification must find that entry still there, unchanged.
class VerifiedHeads final
{
public:
    /// `settingsFile` empty: the application's default QSettings.
    explicit VerifiedHeads(const QString &settingsFile = {});
    ~VerifiedHeads();
    Q_DISABLE_COPY_MOVE(VerifiedHeads)

    struct Seen
    {
        AuditHead head;
        QDateTime verifiedAt;
    };
    /// The head last verified for `registry`, if any.
    std::optional<Seen> seen(const DatabaseUrl &registry) const;
    /// Remembers `head` as verified now (an intact walk that extends what
    /// was seen before). False when the settings could not be written.
    bool remember(const DatabaseUrl &registry, const AuditHead &head);

    /// A registry's key: its URL without any secret, a SQLite file by its
    /// canonical path.
    static QString keyOf(const DatabaseUrl &registry);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace tenant
