#pragma once

#include "tenant.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace tenant {

class Database;

/// Who must approve an onboarding request, as data (the `approval` policy,
/// editable and audited like every policy): the request's budget picks a
/// band of authorities; sensitive-data tags, a placement outside the tags'
/// home jurisdictions and the premium tiers add more. PostgreSQL applies the
/// same document in ta_required_authorities(); this is the one for SQLite,
/// the wizard's preview and the console.
struct ApprovalPolicy
{
    struct Band
    {
        qint64 from = 0; ///< budgets from this (rupees a month) are in the band
        QStringList authorities;
    };
    QList<Band> bands; ///< ascending by `from`
    QStringList sensitiveTags;
    QStringList sensitiveAuthorities;
    QHash<QString, QString> tagJurisdictions; ///< "SOX" -> "US"
    QStringList crossBorderAuthorities;
    QStringList premiumTiers;
    QStringList premiumAuthorities;

    /// Refuses a document that is not a policy, naming the key.
    static Result<ApprovalPolicy> fromJson(const QJsonObject &document);
    static Result<ApprovalPolicy> load(Database &db);

    /// The authorities a request needs, in the canonical order (cfo, cto,
    /// legal, compliance, dpo); empty: the policy approves it.
    /// `regionJurisdiction` is where its region lies (EU, US, ...).
    QStringList required(qint64 budget, Tier tier, const QStringList &compliance,
                         const QString &regionJurisdiction) const;
};

} // namespace tenant
