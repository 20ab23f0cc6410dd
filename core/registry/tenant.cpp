#include "tenant.h"

#include "enumnames.h"
#include "inputlimits.h"
#include "textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace {
// This file's messages, translated in the context tenant::Tenant.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::Tenant)
};
} // namespace

namespace tenant {

namespace {

const QStringList &tierNames()
{
    return enumNames<Tier>();
}

const QStringList &statusNames()
{
    return enumNames<TenantStatus>();
}

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// Typed readers for apply(): each names the key on a type mismatch.
Status readString(const QJsonValue &v, const QString &key, QString &out)
{
    if (!v.isString())
        return Error::validation(key, Messages::tr("must be a string"));
    out = v.toString().trimmed();
    return success();
}

// Any whole number a JSON number carries exactly; the field's own range is
// TenantValidator's (a stored row from before a limit still reads).
Status readInteger(const QJsonValue &v, const QString &key, qint64 &out)
{
    const double d = v.toDouble();
    constexpr double exact = double(limits::exactJsonIntegerMax);
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d)
        return Error::validation(key, Messages::tr("must be a whole number"));
    if (d < -exact || d > exact) {
        const auto range = TenantValidator::integerRange(key);
        return checkRange(key, d, range ? double(range->first) : -exact,
                          range ? double(range->second) : exact);
    }
    out = static_cast<qint64>(d);
    return success();
}

/// readInteger() for an int attribute, which must also fit [min, max].
Status readInt(const QJsonValue &v, const QString &key, int &out, qint64 min, qint64 max)
{
    qint64 integer = 0;
    if (Status s = readInteger(v, key, integer); !s)
        return s;
    if (Status s = checkRange(key, integer, min, max); !s)
        return s;
    out = static_cast<int>(integer);
    return success();
}

Status readNumber(const QJsonValue &v, const QString &key, double &out)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return Error::validation(key, Messages::tr("must be a number"));
    out = v.toDouble();
    return success();
}

Status readStringList(const QJsonValue &v, const QString &key, QStringList &out)
{
    if (!v.isArray())
        return Error::validation(key, Messages::tr("must be a list of strings"));
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString())
            return Error::validation(key, Messages::tr("must be a list of strings"));
        list << item.toString().trimmed();
    }
    out = list;
    return success();
}

Status readTimestamp(const QJsonValue &v, const QString &key, QDateTime &out)
{
    if (v.isNull() || (v.isString() && v.toString().isEmpty())) {
        out = QDateTime();
        return success();
    }
    const QDateTime parsed = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !parsed.isValid())
        return Error::validation(key, Messages::tr("must be an ISO-8601 timestamp"));
    out = parsed.toUTC();
    return success();
}

enum class KeyClass { Editable, Creation, Stored };

struct KeyInfo
{
    const char *key;
    KeyClass cls;
};

// Display order of the attributes, and which scope may set each one.
const KeyInfo keyTable[] = {
    {"tenant_id", KeyClass::Editable},
    {"tenant_name", KeyClass::Editable},
    {"technical_contact", KeyClass::Editable},
    {"billing_contact", KeyClass::Editable},
    {"incident_contact", KeyClass::Editable},
    {"crm_id", KeyClass::Editable},
    {"billing_account_id", KeyClass::Editable},
    {"tier", KeyClass::Editable},
    {"max_users", KeyClass::Editable},
    {"max_documents", KeyClass::Editable},
    {"max_queries_per_day", KeyClass::Editable},
    {"sla_target", KeyClass::Editable},
    {"support_level", KeyClass::Editable},
    {"cost_center", KeyClass::Editable},
    {"monthly_budget", KeyClass::Editable},
    {"billing_email", KeyClass::Editable},
    {"region", KeyClass::Editable},
    {"allowed_regions", KeyClass::Editable},
    {"isolation_mode", KeyClass::Editable},
    {"compliance_tags", KeyClass::Editable},
    {"retention_days", KeyClass::Editable},
    {"status", KeyClass::Creation},
    {"created_at", KeyClass::Stored},
    {"updated_at", KeyClass::Stored},
    {"archived_at", KeyClass::Stored},
    {"version", KeyClass::Stored},
    {"health_score", KeyClass::Stored},
    {"last_sample_at", KeyClass::Stored},
    {"metadata", KeyClass::Editable},
};

bool allowedIn(KeyClass cls, TenantCodec::Scope scope)
{
    switch (scope) {
    case TenantCodec::Scope::Stored:
        return true;
    case TenantCodec::Scope::Creation:
        return cls != KeyClass::Stored;
    case TenantCodec::Scope::Editable:
        return cls == KeyClass::Editable;
    }
    return false;
}

Status applyKey(const QString &key, const QJsonValue &v, Tenant &t)
{
    QString text;
    if (key == QLatin1String("tenant_id"))
        return readString(v, key, t.tenantId);
    if (key == QLatin1String("tenant_name"))
        return readString(v, key, t.tenantName);
    if (key == QLatin1String("technical_contact"))
        return readString(v, key, t.technicalContact);
    if (key == QLatin1String("billing_contact"))
        return readString(v, key, t.billingContact);
    if (key == QLatin1String("incident_contact"))
        return readString(v, key, t.incidentContact);
    if (key == QLatin1String("crm_id"))
        return readString(v, key, t.crmId);
    if (key == QLatin1String("billing_account_id"))
        return readString(v, key, t.billingAccountId);
    if (key == QLatin1String("tier")) {
        if (Status s = readString(v, key, text); !s)
            return s;
        const auto tier = tierFromString(text);
        if (!tier)
            return Error::validation(
                key, Messages::tr("unknown tier %1 (expected %2)")
                         .arg(quoted(text), tierNames().join(QStringLiteral(", "))));
        t.tier = *tier;
        return success();
    }
    if (key == QLatin1String("max_users"))
        return readInteger(v, key, t.maxUsers);
    if (key == QLatin1String("max_documents"))
        return readInteger(v, key, t.maxDocuments);
    if (key == QLatin1String("max_queries_per_day"))
        return readInteger(v, key, t.maxQueriesPerDay);
    if (key == QLatin1String("sla_target"))
        return readNumber(v, key, t.slaTarget);
    if (key == QLatin1String("support_level"))
        return readString(v, key, t.supportLevel);
    if (key == QLatin1String("cost_center"))
        return readString(v, key, t.costCenter);
    if (key == QLatin1String("monthly_budget"))
        return readInteger(v, key, t.monthlyBudget);
    if (key == QLatin1String("billing_email"))
        return readString(v, key, t.billingEmail);
    if (key == QLatin1String("region"))
        return readString(v, key, t.region);
    if (key == QLatin1String("allowed_regions"))
        return readStringList(v, key, t.allowedRegions);
    if (key == QLatin1String("isolation_mode"))
        return readString(v, key, t.isolationMode);
    if (key == QLatin1String("compliance_tags"))
        return readStringList(v, key, t.complianceTags);
    if (key == QLatin1String("retention_days"))
        return readInt(v, key, t.retentionDays, 0, limits::retentionDaysMax);
    // (version and health_score: ranges as TenantValidator::integerRange)
    if (key == QLatin1String("status")) {
        if (Status s = readString(v, key, text); !s)
            return s;
        const auto status = statusFromString(text);
        if (!status)
            return Error::validation(
                key, Messages::tr("unknown status %1 (expected %2)")
                         .arg(quoted(text), statusNames().join(QStringLiteral(", "))));
        t.status = *status;
        return success();
    }
    if (key == QLatin1String("created_at"))
        return readTimestamp(v, key, t.createdAt);
    if (key == QLatin1String("updated_at"))
        return readTimestamp(v, key, t.updatedAt);
    if (key == QLatin1String("archived_at"))
        return readTimestamp(v, key, t.archivedAt);
    if (key == QLatin1String("last_sample_at"))
        return readTimestamp(v, key, t.lastSampleAt);
    if (key == QLatin1String("version"))
        return readInt(v, key, t.version, 0, limits::int32Max);
    if (key == QLatin1String("health_score")) {
        if (v.isNull()) {
            t.healthScore.reset();
            return success();
        }
        int score = 0;
        if (Status s = readInt(v, key, score, 0, 100); !s)
            return s;
        t.healthScore = score;
        return success();
    }
    if (key == QLatin1String("metadata")) {
        if (!v.isObject())
            return Error::validation(key, Messages::tr("must be a JSON object"));
        t.metadata = v.toObject();
        return success();
    }
    return Error::validation(key, Messages::tr("unknown attribute"));
}

} // namespace

QString nameOf(Tier tier)
{
    return tierNames().at(static_cast<int>(tier));
}

QString nameOf(TenantStatus status)
{
    return statusNames().at(static_cast<int>(status));
}

std::optional<Tier> tierFromString(const QString &text)
{
    const int i = tierNames().indexOf(text.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional<Tier>(static_cast<Tier>(i));
}

std::optional<TenantStatus> statusFromString(const QString &text)
{
    const int i = statusNames().indexOf(text.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional<TenantStatus>(static_cast<TenantStatus>(i));
}

QStringList allTierNames()
{
    return tierNames();
}

QStringList allStatusNames()
{
    return statusNames();
}

bool Tenant::operator==(const Tenant &other) const
{
    return TenantCodec::toJson(*this) == TenantCodec::toJson(other);
}

QJsonObject TenantCodec::toJson(const Tenant &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("tenant_id"), t.tenantId);
    o.insert(QStringLiteral("tenant_name"), t.tenantName);
    o.insert(QStringLiteral("technical_contact"), t.technicalContact);
    o.insert(QStringLiteral("billing_contact"), t.billingContact);
    o.insert(QStringLiteral("incident_contact"), t.incidentContact);
    o.insert(QStringLiteral("crm_id"), t.crmId);
    o.insert(QStringLiteral("billing_account_id"), t.billingAccountId);
    o.insert(QStringLiteral("tier"), nameOf(t.tier));
    o.insert(QStringLiteral("max_users"), t.maxUsers);
    o.insert(QStringLiteral("max_documents"), t.maxDocuments);
    o.insert(QStringLiteral("max_queries_per_day"), t.maxQueriesPerDay);
    o.insert(QStringLiteral("sla_target"), t.slaTarget);
    o.insert(QStringLiteral("support_level"), t.supportLevel);
    o.insert(QStringLiteral("cost_center"), t.costCenter);
    o.insert(QStringLiteral("monthly_budget"), t.monthlyBudget);
    o.insert(QStringLiteral("billing_email"), t.billingEmail);
    o.insert(QStringLiteral("region"), t.region);
    o.insert(QStringLiteral("allowed_regions"), toArray(t.allowedRegions));
    o.insert(QStringLiteral("isolation_mode"), t.isolationMode);
    o.insert(QStringLiteral("compliance_tags"), toArray(t.complianceTags));
    o.insert(QStringLiteral("retention_days"), t.retentionDays);
    o.insert(QStringLiteral("status"), nameOf(t.status));
    o.insert(QStringLiteral("created_at"), isoOrEmpty(t.createdAt));
    o.insert(QStringLiteral("updated_at"), isoOrEmpty(t.updatedAt));
    o.insert(QStringLiteral("archived_at"),
             t.archivedAt.isValid() ? QJsonValue(isoOrEmpty(t.archivedAt)) : QJsonValue());
    o.insert(QStringLiteral("version"), t.version);
    o.insert(QStringLiteral("health_score"),
             t.healthScore ? QJsonValue(*t.healthScore) : QJsonValue());
    o.insert(QStringLiteral("last_sample_at"),
             t.lastSampleAt.isValid() ? QJsonValue(isoOrEmpty(t.lastSampleAt)) : QJsonValue());
    o.insert(QStringLiteral("metadata"), t.metadata);
    return o;
}

Status TenantCodec::apply(const QJsonObject &json, Tenant &tenant, Scope scope)
{
    Tenant updated = tenant;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const auto info =
            std::find_if(std::begin(keyTable), std::end(keyTable),
                         [&](const KeyInfo &k) { return key == QLatin1String(k.key); });
        if (info == std::end(keyTable))
            return Error::validation(key, Messages::tr("unknown attribute"));
        if (!allowedIn(info->cls, scope))
            return Error::validation(
                key, Messages::tr("is managed by the system and cannot be set here"));
        if (Status s = applyKey(key, it.value(), updated); !s)
            return s;
    }
    tenant = updated;
    return success();
}

Result<QJsonValue> TenantCodec::fromText(const QString &key, const QString &text)
{
    // The same strict number syntax as tenantctl's options; the editor
    // shows the error under the field.
    if (isIntegerKey(key)) {
        const Result<qint64> integer = parseIntegerOption(key, text);
        if (!integer)
            return Error::validation(key,
                                     Messages::tr("%1 is not a whole number").arg(quoted(text)));
        return QJsonValue(double(integer.value()));
    }
    if (isNumberKey(key)) {
        const Result<double> number = parseNumberOption(key, text);
        if (!number)
            return Error::validation(key, Messages::tr("%1 is not a number").arg(quoted(text)));
        return QJsonValue(number.value());
    }
    if (key == QLatin1String("metadata")) {
        const Result<QJsonObject> object =
            parseJsonObject(key, text.toUtf8(), 4 * limits::metadataBytes);
        if (!object) // a key given twice inside is named under metadata
            return object.error().field == key ? object.error()
                                               : Error::validation(key, object.error().message);
        return QJsonValue(object.value());
    }
    if (isJsonKey(key)) {
        QJsonArray items;
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items << item.trimmed();
        return QJsonValue(items);
    }
    return QJsonValue(text);
}

bool TenantCodec::isIntegerKey(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("max_users"),           QStringLiteral("max_documents"),
        QStringLiteral("max_queries_per_day"), QStringLiteral("monthly_budget"),
        QStringLiteral("retention_days"),      QStringLiteral("version"),
        QStringLiteral("health_score")};
    return keys.contains(key);
}

bool TenantCodec::isNumberKey(const QString &key)
{
    return key == QLatin1String("sla_target");
}

bool TenantCodec::accepts(const QString &key, Scope scope)
{
    const auto info = std::find_if(std::begin(keyTable), std::end(keyTable),
                                   [&](const KeyInfo &k) { return key == QLatin1String(k.key); });
    return info != std::end(keyTable) && allowedIn(info->cls, scope);
}

QStringList TenantCodec::keys()
{
    QStringList list;
    for (const KeyInfo &k : keyTable)
        list << QString::fromLatin1(k.key);
    return list;
}

bool TenantCodec::isJsonKey(const QString &key)
{
    return key == QLatin1String("allowed_regions") || key == QLatin1String("compliance_tags") ||
           key == QLatin1String("metadata");
}

bool TenantCodec::isTimestampKey(const QString &key)
{
    return key.endsWith(QLatin1String("_at"));
}

// --- validation -------------------------------------------------------------

std::optional<std::pair<qint64, qint64>> TenantValidator::integerRange(const QString &key)
{
    using Range = std::pair<qint64, qint64>;
    static const QHash<QString, Range> ranges = {
        {QStringLiteral("max_users"), {1, limits::int32Max}},
        {QStringLiteral("max_documents"), {1, limits::exactJsonIntegerMax}},
        {QStringLiteral("max_queries_per_day"), {1, limits::exactJsonIntegerMax}},
        {QStringLiteral("monthly_budget"), {0, limits::exactJsonIntegerMax}},
        {QStringLiteral("retention_days"), {0, limits::retentionDaysMax}},
        {QStringLiteral("version"), {0, limits::int32Max}},
        {QStringLiteral("health_score"), {0, 100}}};
    const auto it = ranges.constFind(key);
    return it == ranges.constEnd() ? std::nullopt : std::optional<Range>(*it);
}

bool TenantValidator::isValidSlug(const QString &id)
{
    static const QRegularExpression slug(QStringLiteral("^[a-z][a-z0-9-]{0,61}[a-z0-9]\\z"));
    return slug.match(id).hasMatch();
}

bool TenantValidator::isValidEmail(const QString &email)
{
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\z"));
    return shape.match(email).hasMatch();
}

bool TenantValidator::isValidRegion(const QString &region)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+\\z"));
    return shape.match(region).hasMatch();
}

QStringList TenantValidator::knownComplianceTags()
{
    return {QStringLiteral("SOX"), QStringLiteral("GDPR"), QStringLiteral("HIPAA"),
            QStringLiteral("DPDP"), QStringLiteral("PCI-DSS")};
}

QStringList TenantValidator::knownSupportLevels()
{
    return {QStringLiteral("basic"), QStringLiteral("standard"), QStringLiteral("premium"),
            QStringLiteral("dedicated")};
}

QStringList TenantValidator::knownIsolationModes()
{
    return {QStringLiteral("shared-schema"), QStringLiteral("dedicated-database"),
            QStringLiteral("hybrid")};
}

QList<Error> TenantValidator::problems(const Tenant &t)
{
    QList<Error> found;
    auto require = [&found](bool ok, const char *field, const QString &rule) {
        if (!ok)
            found << Error::validation(QString::fromLatin1(field), rule);
    };
    // Text first: a value that breaks the text rules is not also judged by
    // its shape, so each field reports one problem.
    auto text = [&found](const char *field, const QString &value, const TextRule &rule) {
        const Status s = checkText(QString::fromLatin1(field), value, rule);
        if (!s)
            found << s.error();
        return s.ok();
    };
    auto range = [&found](const char *field, qint64 value) {
        const QString key = QString::fromLatin1(field);
        const auto [min, max] = *integerRange(key);
        if (Status s = checkRange(key, value, min, max); !s)
            found << s.error();
    };
    auto noRepeats = [&found](const char *field, const QStringList &list) {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list.indexOf(list.at(i)) != i) {
                found << Error::validation(QString::fromLatin1(field),
                                           Messages::tr("lists %1 twice").arg(quoted(list.at(i))));
                return;
            }
    };

    require(isValidSlug(t.tenantId), "tenant_id",
            Messages::tr("%1 is not a slug (2-63 characters: lower-case letters, digits and "
                         "hyphens, starting with a letter)")
                .arg(quoted(t.tenantId)));
    text("tenant_name", t.tenantName, {limits::tenantName, false, true});
    const std::pair<const char *, QString> emails[] = {{"technical_contact", t.technicalContact},
                                                       {"billing_contact", t.billingContact},
                                                       {"incident_contact", t.incidentContact},
                                                       {"billing_email", t.billingEmail}};
    for (const auto &[field, value] : emails)
        if (text(field, value, {limits::email, false, false}))
            require(value.isEmpty() || isValidEmail(value), field,
                    Messages::tr("%1 is not an e-mail address").arg(quoted(value)));
    text("crm_id", t.crmId, {limits::externalId, false, false});
    text("billing_account_id", t.billingAccountId, {limits::externalId, false, false});
    text("cost_center", t.costCenter, {limits::costCenter, false, false});
    range("max_users", t.maxUsers);
    range("max_documents", t.maxDocuments);
    range("max_queries_per_day", t.maxQueriesPerDay);
    require(std::isfinite(t.slaTarget) && t.slaTarget > 0 && t.slaTarget <= 1, "sla_target",
            Messages::tr("must be in (0, 1], got %1").arg(t.slaTarget));
    require(knownSupportLevels().contains(t.supportLevel), "support_level",
            Messages::tr("unknown level %1 (expected %2)")
                .arg(quoted(t.supportLevel), knownSupportLevels().join(QStringLiteral(", "))));
    range("monthly_budget", t.monthlyBudget);
    if (text("region", t.region, {limits::region, false, false}))
        require(isValidRegion(t.region), "region",
                Messages::tr("%1 is not a region name like eu-west-1").arg(quoted(t.region)));
    require(t.allowedRegions.size() <= limits::allowedRegions, "allowed_regions",
            Messages::tr("lists at most %1 regions, got %2")
                .arg(limits::allowedRegions)
                .arg(t.allowedRegions.size()));
    for (const QString &r : t.allowedRegions)
        if (text("allowed_regions", r, {limits::region, false, false}))
            require(isValidRegion(r), "allowed_regions",
                    Messages::tr("%1 is not a region name like eu-west-1").arg(quoted(r)));
    noRepeats("allowed_regions", t.allowedRegions);
    require(t.allowedRegions.isEmpty() || t.allowedRegions.contains(t.region), "region",
            Messages::tr("%1 is not among the allowed regions (%2)")
                .arg(quoted(t.region), quoted(t.allowedRegions.join(QStringLiteral(", ")))));
    require(knownIsolationModes().contains(t.isolationMode), "isolation_mode",
            Messages::tr("unknown mode %1 (expected %2)")
                .arg(quoted(t.isolationMode), knownIsolationModes().join(QStringLiteral(", "))));
    for (const QString &tag : t.complianceTags)
        require(knownComplianceTags().contains(tag), "compliance_tags",
                Messages::tr("unknown tag %1 (expected %2)")
                    .arg(quoted(tag), knownComplianceTags().join(QStringLiteral(", "))));
    noRepeats("compliance_tags", t.complianceTags);
    range("retention_days", t.retentionDays);
    if (Status s = checkJsonText(QStringLiteral("metadata"), t.metadata, limits::metadataBytes); !s)
        found << s.error();
    return found;
}

Status TenantValidator::validate(const Tenant &tenant)
{
    const QList<Error> found = problems(tenant);
    if (found.isEmpty())
        return success();
    return found.first();
}

} // namespace tenant
