#include "approvalpolicy.h"

#include "access.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace {
// This file's messages, translated in the context tenant::ApprovalPolicy.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenant::ApprovalPolicy)
};
} // namespace

namespace tenant {

namespace {

Error malformed(const QString &key, const QString &what)
{
    return Error::storage(Messages::tr("approval policy: %1 %2").arg(key, what));
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key, bool authorities)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return malformed(key, Messages::tr("is not a list"));
    QStringList out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || (authorities && !Roles::authorities().contains(item.toString())))
            return malformed(key,
                             Messages::tr("holds %1").arg(quoted(item.toVariant().toString())));
        out << item.toString();
    }
    return out;
}

} // namespace

Result<ApprovalPolicy> ApprovalPolicy::fromJson(const QJsonObject &document)
{
    ApprovalPolicy p;
    const QJsonValue bands = document.value(QStringLiteral("bands"));
    if (!bands.isArray() || bands.toArray().isEmpty())
        return malformed(QStringLiteral("bands"), Messages::tr("is not a list of bands"));
    for (const QJsonValue &b : bands.toArray()) {
        const QJsonValue from = b.toObject().value(QStringLiteral("from"));
        if (!from.isDouble() || from.toDouble() < 0 || from.toDouble() != double(from.toInteger()))
            return malformed(QStringLiteral("bands"), Messages::tr("has a band without from"));
        Result<QStringList> who = stringList(b.toObject(), QStringLiteral("authorities"), true);
        if (!who)
            return who.error();
        p.bands << Band{from.toInteger(), who.value()};
    }
    std::sort(p.bands.begin(), p.bands.end(),
              [](const Band &a, const Band &b) { return a.from < b.from; });
    const auto read = [&](const char *key, bool authorities, QStringList &into) -> Status {
        Result<QStringList> list = stringList(document, QLatin1String(key), authorities);
        if (!list)
            return list.error();
        into = list.value();
        return success();
    };
    for (const Status &s : {read("sensitive_tags", false, p.sensitiveTags),
                            read("sensitive_authorities", true, p.sensitiveAuthorities),
                            read("cross_border_authorities", true, p.crossBorderAuthorities),
                            read("premium_tiers", false, p.premiumTiers),
                            read("premium_authorities", true, p.premiumAuthorities)})
        if (!s)
            return s.error();
    const QJsonObject homes = document.value(QStringLiteral("tag_jurisdictions")).toObject();
    for (auto it = homes.begin(); it != homes.end(); ++it)
        p.tagJurisdictions.insert(it.key(), it.value().toString());
    return p;
}

Result<ApprovalPolicy> ApprovalPolicy::load(Database &db)
{
    const Result<QJsonObject> document = readPolicy(db, QStringLiteral("approval"));
    if (!document)
        return document.error();
    return fromJson(document.value());
}

QStringList ApprovalPolicy::required(qint64 budget, Tier tier, const QStringList &compliance,
                                     const QString &regionJurisdiction) const
{
    QStringList needed;
    for (const Band &band : bands)
        if (budget >= band.from)
            needed = band.authorities;
    if (std::any_of(compliance.cbegin(), compliance.cend(),
                    [this](const QString &tag) { return sensitiveTags.contains(tag); }))
        needed += sensitiveAuthorities;
    // Cross-border: the tags name home jurisdictions and the region is in none.
    QStringList homes;
    for (const QString &tag : compliance)
        if (tagJurisdictions.contains(tag))
            homes << tagJurisdictions.value(tag);
    if (!homes.isEmpty() && !homes.contains(regionJurisdiction))
        needed += crossBorderAuthorities;
    if (premiumTiers.contains(nameOf(tier)))
        needed += premiumAuthorities;
    QStringList ordered;
    for (const QString &authority : Roles::authorities())
        if (needed.contains(authority))
            ordered << authority;
    return ordered;
}

} // namespace tenant
