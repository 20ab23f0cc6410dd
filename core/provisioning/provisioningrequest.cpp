#include "provisioningrequest.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tenant {

QString nameOf(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Pending:
        return QStringLiteral("pending");
    case RequestStatus::Approved:
        return QStringLiteral("approved");
    case RequestStatus::Rejected:
        return QStringLiteral("rejected");
    case RequestStatus::Provisioning:
        return QStringLiteral("provisioning");
    case RequestStatus::RollingBack:
        return QStringLiteral("rolling_back");
    case RequestStatus::Active:
        return QStringLiteral("active");
    case RequestStatus::RolledBack:
        return QStringLiteral("rolled_back");
    }
    return {};
}

std::optional<RequestStatus> requestStatusFromString(const QString &text)
{
    for (RequestStatus s :
         {RequestStatus::Pending, RequestStatus::Approved, RequestStatus::Rejected,
          RequestStatus::Provisioning, RequestStatus::RollingBack, RequestStatus::Active,
          RequestStatus::RolledBack})
        if (nameOf(s) == text)
            return s;
    return std::nullopt;
}

QString ProvisioningRequest::suggestTenantId(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    // Decompose accents (é -> e + combining mark) and drop the marks.
    QString id;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower())
        if (c.category() != QChar::Mark_NonSpacing)
            id += c;
    id.replace(separators, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')) || (!id.isEmpty() && id.at(0).isDigit()))
        id.remove(0, 1);
    id.truncate(63);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return TenantValidator::isValidSlug(id) ? id : QString();
}

Result<ProvisioningRequest> ProvisioningRequest::fromJson(const QJsonObject &json)
{
    static const QStringList known = {QStringLiteral("tenant_name"), QStringLiteral("tier"),
                                      QStringLiteral("region"),      QStringLiteral("budget"),
                                      QStringLiteral("owner_email"), QStringLiteral("tenant_id"),
                                      QStringLiteral("cost_center"), QStringLiteral("compliance")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return Error::validation(it.key(), QStringLiteral("unknown request field"));

    ProvisioningRequest r;
    r.tenantName = json.value(QStringLiteral("tenant_name")).toString().trimmed();
    const auto tier = tierFromString(json.value(QStringLiteral("tier")).toString());
    if (!tier)
        return Error::validation(QStringLiteral("tier"),
                                 QStringLiteral("unknown tier '%1' (expected %2)")
                                     .arg(json.value(QStringLiteral("tier")).toString(),
                                          allTierNames().join(QStringLiteral(", "))));
    r.tier = *tier;
    r.region = json.value(QStringLiteral("region")).toString();
    if (!TenantValidator::isValidRegion(r.region))
        return Error::validation(
            QStringLiteral("region"),
            QStringLiteral("'%1' is not a region name like eu-west-1").arg(r.region));
    const QJsonValue budget = json.value(QStringLiteral("budget"));
    if (!budget.isDouble() || budget.toDouble() < 0 ||
        budget.toDouble() != static_cast<double>(budget.toInteger()))
        return Error::validation(QStringLiteral("budget"),
                                 QStringLiteral("must be a whole number of rupees, zero or more"));
    r.budget = budget.toInteger();
    r.ownerEmail = json.value(QStringLiteral("owner_email")).toString().trimmed();
    r.tenantId = json.contains(QStringLiteral("tenant_id"))
                     ? json.value(QStringLiteral("tenant_id")).toString().trimmed()
                     : suggestTenantId(r.tenantName);
    r.costCenter = json.value(QStringLiteral("cost_center")).toString().trimmed();
    for (const QJsonValue &tag : json.value(QStringLiteral("compliance")).toArray())
        r.compliance << tag.toString();
    if (const QList<Error> found = r.problems(); !found.isEmpty())
        return found.first();
    return r;
}

QList<Error> ProvisioningRequest::problems() const
{
    QList<Error> found;
    if (tenantName.trimmed().isEmpty() || tenantName.size() > 200)
        found << Error::validation(QStringLiteral("tenant_name"),
                                   tenantName.trimmed().isEmpty()
                                       ? QStringLiteral("is required")
                                       : QStringLiteral("must be at most 200 characters"));
    if (!TenantValidator::isValidSlug(tenantId))
        found << Error::validation(
            QStringLiteral("tenant_id"),
            tenantId.isEmpty()
                ? QStringLiteral("is required (lower-case letters, digits, hyphens)")
                : QStringLiteral("'%1' is not a slug (lower-case letters, digits, hyphens)")
                      .arg(tenantId));
    if (!TenantValidator::isValidEmail(ownerEmail))
        found << Error::validation(
            QStringLiteral("owner_email"),
            ownerEmail.isEmpty() ? QStringLiteral("is required")
                                 : QStringLiteral("'%1' is not an e-mail address").arg(ownerEmail));
    if (costCenter.size() > 64)
        found << Error::validation(QStringLiteral("cost_center"),
                                   QStringLiteral("must be at most 64 characters"));
    for (const QString &tag : compliance)
        if (!TenantValidator::knownComplianceTags().contains(tag)) {
            found << Error::validation(
                QStringLiteral("compliance"),
                QStringLiteral("unknown tag '%1' (expected %2)")
                    .arg(tag, TenantValidator::knownComplianceTags().join(QStringLiteral(", "))));
            break;
        }
    return found;
}

QJsonObject ProvisioningRequest::document() const
{
    return QJsonObject{{QStringLiteral("tenant_name"), tenantName},
                       {QStringLiteral("tenant_id"), tenantId},
                       {QStringLiteral("tier"), nameOf(tier)},
                       {QStringLiteral("region"), region},
                       {QStringLiteral("budget"), budget},
                       {QStringLiteral("owner_email"), ownerEmail},
                       {QStringLiteral("cost_center"), costCenter},
                       {QStringLiteral("compliance"), QJsonArray::fromStringList(compliance)}};
}

QJsonObject ProvisioningRequest::toJson() const
{
    auto iso = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject o = document();
    o.insert(QStringLiteral("request_id"), requestId);
    o.insert(QStringLiteral("status"), nameOf(status));
    o.insert(QStringLiteral("requested_by"), requestedBy);
    o.insert(QStringLiteral("requested_at"), iso(requestedAt));
    o.insert(QStringLiteral("decided_by"), decidedBy);
    o.insert(QStringLiteral("decision_comment"), decisionComment);
    o.insert(QStringLiteral("decided_at"), iso(decidedAt));
    o.insert(QStringLiteral("estimated_cost"), estimatedCost);
    o.insert(QStringLiteral("stage"), stage);
    o.insert(QStringLiteral("outcome"), outcome);
    o.insert(QStringLiteral("finished_at"), iso(finishedAt));
    return o;
}

} // namespace tenant
