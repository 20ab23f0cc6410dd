#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tenant {

namespace RegistryEnums {
Q_NAMESPACE
enum class Tier { Platinum, Gold, Silver, Bronze };
Q_ENUM_NS(Tier)
enum class TenantStatus { Draft, Active, Suspended, Migrating, Archived, Deleted };
Q_ENUM_NS(TenantStatus)
} // namespace RegistryEnums
using RegistryEnums::TenantStatus;
using RegistryEnums::Tier;

QString nameOf(Tier tier);
QString nameOf(TenantStatus status);
std::optional<Tier> tierFromString(const QString &text);
std::optional<TenantStatus> statusFromString(const QString &text);
QStringList allTierNames();
QStringList allStatusNames();

/// One business unit on the platform: identity, tier, limits, billing,
/// placement, lifecycle and health. A plain value; the repository persists it.
struct Tenant
{
    // identity
    QString tenantId; ///< immutable slug, e.g. "finance"
    QString tenantName;
    QString technicalContact;
    QString billingContact;
    QString incidentContact;
    QString crmId;
    QString billingAccountId;
    // tier and limits
    Tier tier = Tier::Bronze;
    qint64 maxUsers = 0;
    qint64 maxDocuments = 0;
    qint64 maxQueriesPerDay = 0;
    double slaTarget = 0;
    QString supportLevel;
    // billing
    QString costCenter;
    qint64 monthlyBudget = 0; ///< rupees per month
    QString billingEmail;
    // placement
    QString region;
    QStringList allowedRegions; ///< empty: any region
    QString isolationMode = QStringLiteral("shared-schema");
    QStringList complianceTags;
    int retentionDays = 0;
    // lifecycle
    TenantStatus status = TenantStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
    int version = 0; ///< 0 until first stored; bumped on every update
    // health
    std::optional<int> healthScore;
    QDateTime lastSampleAt;
    QJsonObject metadata;

    bool operator==(const Tenant &other) const;
    bool operator!=(const Tenant &other) const { return !(*this == other); }
};

/// Converts tenants to and from JSON objects with the design's snake_case
/// keys. The same keys are the database columns and the tenantctl options.
class TenantCodec final
{
public:
    /// Which keys a JSON document may set.
    enum class Scope {
        Editable, ///< attributes an admin edits; lifecycle and health are refused
        Creation, ///< Editable plus the initial status
        Stored,   ///< everything, as read back from storage
    };

    static QJsonObject toJson(const Tenant &tenant);
    /// Applies `json` on top of `tenant`. Unknown keys, wrong types and keys
    /// outside `scope` fail with a validation error naming the key.
    static Status apply(const QJsonObject &json, Tenant &tenant, Scope scope);

    /// Converts a command-line text value for `key` into the JSON type the
    /// key takes: numbers (strict syntax), comma-separated lists, JSON
    /// objects (strict: no key twice) or strings.
    static Result<QJsonValue> fromText(const QString &key, const QString &text);
    /// Keys that take a whole number, and those that take any number.
    static bool isIntegerKey(const QString &key);
    static bool isNumberKey(const QString &key);

    /// Whether a document in `scope` may set `key`.
    static bool accepts(const QString &key, Scope scope);
    /// Every attribute key, in display order.
    static QStringList keys();
    /// Keys whose value is a JSON array or object (stored as JSON text or JSONB).
    static bool isJsonKey(const QString &key);
    /// Keys that hold timestamps.
    static bool isTimestampKey(const QString &key);
};

/// Field rules for a tenant. Each problem names the field and the rule.
class TenantValidator final
{
public:
    static QList<Error> problems(const Tenant &tenant);
    /// The first problem, or success.
    static Status validate(const Tenant &tenant);

    /// The range of a whole-number attribute (max_users, budgets, ...);
    /// nothing for other keys.
    static std::optional<std::pair<qint64, qint64>> integerRange(const QString &key);

    static bool isValidSlug(const QString &id);
    static bool isValidEmail(const QString &email);
    static bool isValidRegion(const QString &region);
    static QStringList knownComplianceTags();
    static QStringList knownSupportLevels();
    static QStringList knownIsolationModes();
};

} // namespace tenant
