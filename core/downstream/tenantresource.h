#pragma once

#include "error.h"
#include "tenant.h"

#include <QDeadlineTimer>

#include <chrono>
#include <functional>

namespace tenant {

/// What a provisioning step knows about the tenant it works on.
struct ProvisionContext
{
    QString tenantId;
    QString requestId;
    QString correlationId; ///< ties the run's audit entries together
    Tier tier = Tier::Bronze;
    QString costCenter;
    bool dedicatedNamespace = false;
    int latencySlaMs = 1000;
    QDeadlineTimer deadline; ///< the step's timeout; implementations bound their I/O by it
};

/// The eight validation checks, in the order they run. The first five block
/// activation; the others warn.
enum class CheckKind {
    DatabaseConnectivity,
    CrossTenantIsolation,
    VectorSearch,
    TokenAuthentication,
    QueryLatency,
    ObjectStore,
    MetricsCollection,
    CostTags,
};
QString nameOf(CheckKind kind);
bool isBlocking(CheckKind kind);
QList<CheckKind> allCheckKinds();

/// One check against what was provisioned. `run` returns what it found
/// ("1 own row, 0 of 12 foreign rows") or the failure.
struct ValidationCheck
{
    CheckKind kind = CheckKind::DatabaseConnectivity;
    QString system; ///< the system checked, as TenantResource::system() names it
    std::chrono::milliseconds timeout{5000};
    std::function<Result<QString>(const ProvisionContext &)> run;
};

/// The query-latency check's measure: times 20 runs of `query` and compares
/// their p95 with `slaMs`. Returns "p95 X ms over 20 <what> (SLA N ms)", the
/// first failed query, or the SLA breach.
Result<QString> checkQueryLatency(int slaMs, const QString &what,
                                  const std::function<Status()> &query);

/// What provisioning creates for one tenant in one system (its schema and
/// role, its Redis namespace, its bucket, ...). Every call must be safe to
/// repeat: a resumed run creates again, a rollback removes what may or may
/// not exist.
class TenantResource
{
public:
    virtual ~TenantResource() = default;

    /// A short, stable name ("postgresql", "redis", ...), used in steps and audit.
    virtual QString system() const = 0;
    /// Creates the tenant's resources, or confirms they exist. Returns what it made.
    virtual Result<QString> create(const ProvisionContext &context) = 0;
    /// Removes whatever exists of them.
    virtual Status remove(const ProvisionContext &context) = 0;
    /// What of the tenant is still in the system ("schema tenant_acme", ...);
    /// empty when nothing is.
    virtual Result<QStringList> remaining(const ProvisionContext &context) = 0;
    /// The checks this system runs against what it created.
    virtual QList<ValidationCheck> checks() { return {}; }
};

} // namespace tenant
