#include "provisioningrequest.h"

#include "enumnames.h"
#include "inputlimits.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace {
// This file's messages, translated in the context tenant::ProvisioningRequest.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::ProvisioningRequest)
};
} // namespace

namespace tenant {

QString nameOf(RequestStatus status)
{
    return enumName(status);
}

std::optional<RequestStatus> requestStatusFromString(const QString &text)
{
    return enumFromName<RequestStatus>(text);
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

namespace {

/// The request document's typed readers: a value of the wrong type is
/// refused naming its key (a string for "compliance" must not quietly
/// become no tags, which would skip the residency rule).
Result<QString> stringField(const QJsonObject &json, const QString &key, bool required)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined()) {
        if (required)
            return Error::validation(key, Messages::tr("is required"));
        return QString();
    }
    if (!v.isString())
        return Error::validation(key, Messages::tr("must be a string"));
    return v.toString().trimmed();
}

} // namespace

Result<ProvisioningRequest> ProvisioningRequest::parse(const QJsonObject &json)
{
    static const QStringList known = {QStringLiteral("tenant_name"), QStringLiteral("tier"),
                                      QStringLiteral("region"),      QStringLiteral("budget"),
                                      QStringLiteral("owner_email"), QStringLiteral("tenant_id"),
                                      QStringLiteral("cost_center"), QStringLiteral("compliance")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return Error::validation(it.key(), Messages::tr("unknown request field (expected %1)")
                                                   .arg(known.join(QStringLiteral(", "))));

    ProvisioningRequest r;
    const Result<QString> name = stringField(json, QStringLiteral("tenant_name"), true);
    if (!name)
        return name.error();
    r.tenantName = name.value();
    const Result<QString> tierName = stringField(json, QStringLiteral("tier"), true);
    if (!tierName)
        return tierName.error();
    const auto tier = tierFromString(tierName.value());
    if (!tier)
        return Error::validation(
            QStringLiteral("tier"),
            Messages::tr("unknown tier %1 (expected %2)")
                .arg(quoted(tierName.value()), allTierNames().join(QStringLiteral(", "))));
    r.tier = *tier;
    const Result<QString> region = stringField(json, QStringLiteral("region"), true);
    if (!region)
        return region.error();
    r.region = region.value();
    if (Status s = checkText(QStringLiteral("region"), r.region, {limits::region, false, false});
        !s)
        return s.error();
    if (!TenantValidator::isValidRegion(r.region))
        return Error::validation(
            QStringLiteral("region"),
            Messages::tr("%1 is not a region name like eu-west-1").arg(quoted(r.region)));
    const QJsonValue budget = json.value(QStringLiteral("budget"));
    if (budget.isUndefined())
        return Error::validation(QStringLiteral("budget"), Messages::tr("is required"));
    if (!budget.isDouble() || !std::isfinite(budget.toDouble()) ||
        std::trunc(budget.toDouble()) != budget.toDouble())
        return Error::validation(QStringLiteral("budget"),
                                 Messages::tr("must be a whole number of rupees"));
    if (Status s = checkRange(QStringLiteral("budget"), budget.toDouble(), 0,
                              double(limits::exactJsonIntegerMax));
        !s)
        return s.error();
    r.budget = static_cast<qint64>(budget.toDouble());
    const Result<QString> owner = stringField(json, QStringLiteral("owner_email"), true);
    if (!owner)
        return owner.error();
    r.ownerEmail = owner.value();
    const Result<QString> id = stringField(json, QStringLiteral("tenant_id"), false);
    if (!id)
        return id.error();
    r.tenantId =
        json.contains(QStringLiteral("tenant_id")) ? id.value() : suggestTenantId(r.tenantName);
    const Result<QString> costCenter = stringField(json, QStringLiteral("cost_center"), false);
    if (!costCenter)
        return costCenter.error();
    r.costCenter = costCenter.value();
    const QJsonValue compliance = json.value(QStringLiteral("compliance"));
    if (!compliance.isUndefined()) {
        if (!compliance.isArray())
            return Error::validation(QStringLiteral("compliance"),
                                     Messages::tr("must be a list of tags, like [\"GDPR\"]"));
        for (const QJsonValue &tag : compliance.toArray()) {
            if (!tag.isString())
                return Error::validation(QStringLiteral("compliance"),
                                         Messages::tr("must be a list of tags, like [\"GDPR\"]"));
            r.compliance << tag.toString();
        }
    }
    return r;
}

Result<ProvisioningRequest> ProvisioningRequest::fromJson(const QJsonObject &json)
{
    Result<ProvisioningRequest> r = parse(json);
    if (!r)
        return r;
    if (const QList<Error> found = r->problems(); !found.isEmpty())
        return found.first();
    return r;
}

Result<ProvisioningRequest> ProvisioningRequest::fromStored(const QJsonObject &json)
{
    Result<ProvisioningRequest> r = parse(json);
    if (!r)
        return r;
    for (const Error &problem : r->problems())
        if (problem.field != QLatin1String("cost_center") || !r->costCenter.isEmpty())
            return problem;
    return r;
}

QList<Error> ProvisioningRequest::problems() const
{
    QList<Error> found;
    if (Status s =
            checkText(QStringLiteral("tenant_name"), tenantName, {limits::tenantName, false, true});
        !s)
        found << s.error();
    if (!TenantValidator::isValidSlug(tenantId))
        found << Error::validation(
            QStringLiteral("tenant_id"),
            tenantId.isEmpty()
                ? Messages::tr("is required (lower-case letters, digits, hyphens)")
                : Messages::tr("%1 is not a slug (lower-case letters, digits, hyphens)")
                      .arg(quoted(tenantId)));
    if (Status s =
            checkText(QStringLiteral("owner_email"), ownerEmail, {limits::email, false, false});
        !s)
        found << s.error();
    else if (!TenantValidator::isValidEmail(ownerEmail))
        found << Error::validation(
            QStringLiteral("owner_email"),
            ownerEmail.isEmpty()
                ? Messages::tr("is required")
                : Messages::tr("%1 is not an e-mail address").arg(quoted(ownerEmail)));
    // Required by every front end: chargeback and the bucket's CostCenter
    // tag need it.
    if (Status s =
            checkText(QStringLiteral("cost_center"), costCenter, {limits::costCenter, false, true});
        !s)
        found << (costCenter.isEmpty()
                      ? Error::validation(QStringLiteral("cost_center"),
                                          Messages::tr("is required: chargeback and the "
                                                       "bucket's CostCenter tag use it"))
                      : s.error());
    for (const QString &tag : compliance)
        if (!TenantValidator::knownComplianceTags().contains(tag)) {
            found << Error::validation(
                QStringLiteral("compliance"),
                Messages::tr("unknown tag %1 (expected %2)")
                    .arg(quoted(tag),
                         TenantValidator::knownComplianceTags().join(QStringLiteral(", "))));
            break;
        }
    for (qsizetype i = 0; i < compliance.size(); ++i)
        if (compliance.indexOf(compliance.at(i)) != i) {
            found << Error::validation(
                QStringLiteral("compliance"),
                Messages::tr("lists %1 twice").arg(quoted(compliance.at(i))));
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

QJsonObject Approval::toJson() const
{
    return {{QStringLiteral("authority"), authority},
            {QStringLiteral("approver"), approver},
            {QStringLiteral("decision"),
             approved ? QStringLiteral("approve") : QStringLiteral("reject")},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("decided_at"),
             decidedAt.isValid() ? QJsonValue(decidedAt.toUTC().toString(Qt::ISODateWithMs))
                                 : QJsonValue()}};
}

QStringList ProvisioningRequest::outstandingAuthorities() const
{
    QStringList left = requiredAuthorities;
    for (const Approval &a : approvals)
        if (a.approved)
            left.removeAll(a.authority);
    return left;
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
    o.insert(QStringLiteral("required_approvals"), QJsonArray::fromStringList(requiredAuthorities));
    QJsonArray given;
    for (const Approval &a : approvals)
        given << a.toJson();
    o.insert(QStringLiteral("approvals"), given);
    o.insert(QStringLiteral("waiting_for"),
             QJsonArray::fromStringList(status == RequestStatus::Pending ? outstandingAuthorities()
                                                                         : QStringList()));
    return o;
}

} // namespace tenant
