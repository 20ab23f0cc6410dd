#pragma once

#include "error.h"
#include "tenant.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tenant {

/// "2026-11" for a calendar month; nullopt for text of another shape or a
/// month before 2000 or after the current one (usage is never recorded
/// ahead of time).
std::optional<QDate> parseUsageMonth(const QString &text, const QDate &today);
QString usageMonthText(const QDate &anyDayOfMonth);
/// The `count` months ending with `last`, oldest first.
QStringList usageMonthsEndingAt(const QString &last, int count);

/// One tenant's metered usage for one month. The three billed quantities
/// are always known; the quota figures only when the source has them.
struct UsageRecord
{
    QString tenantId;
    QString month; ///< YYYY-MM
    qint64 apiCalls = 0;
    double storageGb = 0;
    double computeHours = 0;
    std::optional<qint64> peakQueriesPerDay;
    std::optional<qint64> documents;
    std::optional<qint64> activeUsers;
    // Set by the store: the tenant's billing terms when the row was
    // recorded (a month is reported as it was billed), and where it came from.
    Tier tier = Tier::Bronze;
    QString region;
    QString costCenter;
    qint64 monthlyBudget = 0;
    QString source; ///< "csv:usage.csv", "prometheus:http://..."
    QString recordedBy;
    QDateTime recordedAt;
    int line = 0; ///< the CSV line it came from, for messages; 0 otherwise

    /// Every figure in range, or a Validation error naming the column.
    Status validate() const;
    /// The figures with the column names as keys (the audit entry's state).
    QJsonObject figures() const;
    bool operator==(const UsageRecord &other) const;
};

/// The column names, as the CSV header and the PromQL policy spell them.
namespace UsageColumn {
inline const QString tenantId = QStringLiteral("tenant_id");
inline const QString month = QStringLiteral("month");
inline const QString apiCalls = QStringLiteral("api_calls");
inline const QString storageGb = QStringLiteral("storage_gb");
inline const QString computeHours = QStringLiteral("compute_hours");
inline const QString peakQueriesPerDay = QStringLiteral("peak_queries_per_day");
inline const QString documents = QStringLiteral("documents");
inline const QString activeUsers = QStringLiteral("active_users");
/// The billed quantities: required in a CSV file and in the query policy.
QStringList billed();
/// The quota figures: optional.
QStringList quota();
} // namespace UsageColumn

/// Largest storage or compute figure accepted (a trillion GB or hours: a
/// figure beyond it is a unit mistake, not usage).
constexpr double usageQuantityMax = 1e12;

/// A usage CSV file: a header row naming tenant_id, month and the billed
/// columns (the quota columns optional, in any order), then one row per
/// tenant and month. Any bad row refuses the whole file with one error
/// naming the line and the column: a missing or unknown column, a row of
/// the wrong length, a bad month, a value that is not a number, negative,
/// fractional where a count is expected, or too large, a tenant and month
/// given twice. Tenants are checked against the registry when stored.
class UsageCsv final
{
public:
    static Result<QList<UsageRecord>> parse(const QByteArray &bytes, const QDate &today);
    /// Refuses before reading a file larger than this: a year of 100,000
    /// tenants' usage is about 60 MiB. Parsing holds the file in memory
    /// several times over, so the limit also bounds the memory used.
    static constexpr qint64 maxBytes = 128LL * 1024 * 1024;
};

} // namespace tenant
