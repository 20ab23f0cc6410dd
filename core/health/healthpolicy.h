#pragma once

#include "error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace tenant {

namespace HealthEnums {
Q_NAMESPACE
enum class HealthBand { Healthy, Warning, Critical };
Q_ENUM_NS(HealthBand)
} // namespace HealthEnums
using HealthEnums::HealthBand;
QString nameOf(HealthBand band);
std::optional<HealthBand> healthBandFromString(const QString &text);

/// One observation of a tenant's service. Rates and fractions are 0..1.
struct HealthSignals
{
    double latencyP95Ms = 0;
    double errorRate = 0;
    double successRate = 1;
    double storageUtilisation = 0;

    /// Rejects negative latency and fractions outside 0..1, naming the field.
    Status validate() const;
    double value(const QString &signal) const;
};

/// One signal's penalty: past `threshold` (in `direction`), `points` per
/// `per` units, at most `cap`. `per` == 0 means a flat `points` once past.
struct HealthRule
{
    QString signal; ///< latency_p95_ms | error_rate | success_rate | storage_utilisation
    bool penaliseAbove = true;
    double threshold = 0;
    double per = 0;
    double points = 0;
    double cap = 0;

    double penalty(double value) const;
};

/// The scoring policy, held as data (the `health` policy document).
class HealthPolicy final
{
public:
    static Result<HealthPolicy> fromJson(const QJsonObject &document);
    QJsonObject toJson() const;

    /// 100 minus the rules' penalties, rounded and clamped to 0..100.
    int score(const HealthSignals &observed) const;
    HealthBand band(int score) const;
    /// Inclusive score range of a band, for filtering.
    std::pair<int, int> scoreRange(HealthBand band) const;

    const QList<HealthRule> &rules() const { return m_rules; }
    int healthyFrom() const { return m_healthyFrom; }
    int warningFrom() const { return m_warningFrom; }

private:
    QList<HealthRule> m_rules;
    int m_healthyFrom = 70;
    int m_warningFrom = 50;
};

/// A stored sample with the score it produced.
struct HealthSample
{
    QString tenantId;
    QDateTime sampledAt;
    HealthSignals values;
    int score = 0;

    QJsonObject toJson() const;
};

} // namespace tenant
