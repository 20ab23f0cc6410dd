#include "healthpolicy.h"

#include "enumnames.h"
#include "inputlimits.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace {
// This file's messages, translated in the context tenant::HealthPolicy.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::HealthPolicy)
};
} // namespace

namespace tenant {

namespace {
const QStringList signalNames = {QStringLiteral("latency_p95_ms"), QStringLiteral("error_rate"),
                                 QStringLiteral("success_rate"),
                                 QStringLiteral("storage_utilisation")};
}

QString nameOf(HealthBand band)
{
    return enumName(band);
}

std::optional<HealthBand> healthBandFromString(const QString &text)
{
    return enumFromName<HealthBand>(text);
}

Status HealthSignals::validate() const
{
    if (!std::isfinite(latencyP95Ms) || latencyP95Ms < 0 || latencyP95Ms > limits::latencyMsMax)
        return Error::validation(QStringLiteral("latency_p95"),
                                 Messages::tr("must be between 0 and %L1 milliseconds, got %2")
                                     .arg(limits::latencyMsMax, 0, 'f', 0)
                                     .arg(latencyP95Ms));
    const std::pair<const char *, double> fractions[] = {
        {"error_rate", errorRate}, {"success_rate", successRate}, {"storage", storageUtilisation}};
    for (const auto &[name, v] : fractions)
        if (!std::isfinite(v) || v < 0 || v > 1)
            return Error::validation(
                QString::fromLatin1(name),
                Messages::tr("must be a fraction between 0 and 1 (0.005 = 0.5 %), got %1").arg(v));
    return success();
}

double HealthSignals::value(const QString &signal) const
{
    if (signal == QLatin1String("latency_p95_ms"))
        return latencyP95Ms;
    if (signal == QLatin1String("error_rate"))
        return errorRate;
    if (signal == QLatin1String("success_rate"))
        return successRate;
    return storageUtilisation;
}

double HealthRule::penalty(double value) const
{
    const double excess = penaliseAbove ? value - threshold : threshold - value;
    if (excess <= 0)
        return 0;
    const double raw = per > 0 ? excess / per * points : points;
    return std::min(raw, cap);
}

Result<HealthPolicy> HealthPolicy::fromJson(const QJsonObject &document)
{
    HealthPolicy policy;
    const QJsonArray rules = document.value(QStringLiteral("rules")).toArray();
    if (rules.isEmpty())
        return Error::validation(QStringLiteral("health policy"), Messages::tr("has no rules"));
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        HealthRule r;
        r.signal = o.value(QStringLiteral("signal")).toString();
        if (!signalNames.contains(r.signal))
            return Error::validation(QStringLiteral("health policy"),
                                     Messages::tr("unknown signal %1").arg(quoted(r.signal)));
        r.penaliseAbove = o.value(QStringLiteral("direction")).toString() != QLatin1String("below");
        r.threshold = o.value(QStringLiteral("threshold")).toDouble();
        r.per = o.value(QStringLiteral("per")).toDouble();
        r.points = o.value(QStringLiteral("points")).toDouble();
        r.cap = o.value(QStringLiteral("cap")).toDouble(r.points);
        if (r.per < 0 || r.points < 0 || r.cap < 0)
            return Error::validation(
                QStringLiteral("health policy"),
                Messages::tr("rule %1 has a negative number").arg(quoted(r.signal)));
        policy.m_rules << r;
    }
    const QJsonObject bands = document.value(QStringLiteral("bands")).toObject();
    policy.m_healthyFrom = bands.value(QStringLiteral("healthy")).toInt(70);
    policy.m_warningFrom = bands.value(QStringLiteral("warning")).toInt(50);
    if (policy.m_warningFrom > policy.m_healthyFrom)
        return Error::validation(
            QStringLiteral("health policy"),
            Messages::tr("the warning band must start below the healthy band"));
    return policy;
}

QJsonObject HealthPolicy::toJson() const
{
    QJsonArray rules;
    for (const HealthRule &r : m_rules)
        rules << QJsonObject{{QStringLiteral("signal"), r.signal},
                             {QStringLiteral("direction"),
                              r.penaliseAbove ? QStringLiteral("above") : QStringLiteral("below")},
                             {QStringLiteral("threshold"), r.threshold},
                             {QStringLiteral("per"), r.per},
                             {QStringLiteral("points"), r.points},
                             {QStringLiteral("cap"), r.cap}};
    return QJsonObject{
        {QStringLiteral("rules"), rules},
        {QStringLiteral("bands"), QJsonObject{{QStringLiteral("healthy"), m_healthyFrom},
                                              {QStringLiteral("warning"), m_warningFrom}}}};
}

int HealthPolicy::score(const HealthSignals &observed) const
{
    double total = 100;
    for (const HealthRule &r : m_rules)
        total -= r.penalty(observed.value(r.signal));
    // Round away float noise such as 0.02 - 0.01 = 0.010000000000000002.
    return std::clamp(static_cast<int>(std::lround(total)), 0, 100);
}

HealthBand HealthPolicy::band(int score) const
{
    if (score >= m_healthyFrom)
        return HealthBand::Healthy;
    if (score >= m_warningFrom)
        return HealthBand::Warning;
    return HealthBand::Critical;
}

std::pair<int, int> HealthPolicy::scoreRange(HealthBand band) const
{
    switch (band) {
    case HealthBand::Healthy:
        return {m_healthyFrom, 100};
    case HealthBand::Warning:
        return {m_warningFrom, m_healthyFrom - 1};
    case HealthBand::Critical:
        return {0, m_warningFrom - 1};
    }
    return {0, 100};
}

QJsonObject HealthSample::toJson() const
{
    return QJsonObject{
        {QStringLiteral("tenant_id"), tenantId},
        {QStringLiteral("sampled_at"), sampledAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("latency_p95_ms"), values.latencyP95Ms},
        {QStringLiteral("error_rate"), values.errorRate},
        {QStringLiteral("success_rate"), values.successRate},
        {QStringLiteral("storage_utilisation"), values.storageUtilisation},
        {QStringLiteral("score"), score}};
}

} // namespace tenant
