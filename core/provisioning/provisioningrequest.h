#pragma once

#include "tenant.h"

#include <QJsonObject>

#include <optional>

namespace tenant {

namespace ProvisioningEnums {
Q_NAMESPACE
/// A request's place in the onboarding workflow:
///   pending -> approved | rejected;  approved -> provisioning;
///   provisioning -> active | rolling_back;  rolling_back -> rolled_back.
enum class RequestStatus {
    Pending,
    Approved,
    Rejected,
    Provisioning,
    RollingBack,
    Active,
    RolledBack
};
Q_ENUM_NS(RequestStatus)
} // namespace ProvisioningEnums
using ProvisioningEnums::RequestStatus;
QString nameOf(RequestStatus status);
std::optional<RequestStatus> requestStatusFromString(const QString &text);

/// One authority's decision on a request: given (approve) or refused.
struct Approval
{
    QString authority; ///< cfo, cto, legal, compliance, dpo
    QString approver;  ///< the login (or, without access control, the actor)
    bool approved = true;
    QString comment;
    QDateTime decidedAt;
    QJsonObject toJson() const;
};

/// A business unit's onboarding request (the design's API shape).
struct ProvisioningRequest
{
    QString requestId;
    QString tenantId; ///< suggested from the name when not given
    QString tenantName;
    Tier tier = Tier::Bronze;
    QString region;
    qint64 budget = 0; ///< rupees per month
    QString ownerEmail;
    QString costCenter;
    QStringList compliance;

    qint64 estimatedCost = 0; ///< rupees per month, from the chargeback formula
    /// The approval chain, fixed at submission (the approval policy);
    /// empty: approved by the policy.
    QStringList requiredAuthorities;
    QList<Approval> approvals; ///< given so far, in order

    RequestStatus status = RequestStatus::Pending;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QString decisionComment;
    QDateTime decidedAt;
    QString stage;   ///< the workflow step reached last
    QString outcome; ///< why it ended as it did (rolled back: the reason)
    QDateTime finishedAt;
    QString runOwner;     ///< the run holding the request; empty: none
    QDateTime leaseUntil; ///< that run holds it until then

    /// Parses a new request document; errors name the field.
    static Result<ProvisioningRequest> fromJson(const QJsonObject &json);
    /// Reads back a stored document: the rules a request met when it was
    /// submitted. Requests stored before the cost centre was required
    /// still read (with an empty one).
    static Result<ProvisioningRequest> fromStored(const QJsonObject &json);
    /// What is wrong with the business unit's details (name, id, owner,
    /// cost centre, compliance tags; all but the tags required), one error
    /// per field, in that order. Every front end asks this one function.
    QList<Error> problems() const;
    /// The required authorities not yet given.
    QStringList outstandingAuthorities() const;
    /// The request document as submitted (no decision fields).
    QJsonObject document() const;
    /// The document plus status and decision, for listings.
    QJsonObject toJson() const;

private:
    /// The document's fields, typed; problems() not asked yet.
    static Result<ProvisioningRequest> parse(const QJsonObject &json);

public:
    /// "Acme Corporation" -> "acme-corporation": a valid slug, or empty.
    static QString suggestTenantId(const QString &name);
};

} // namespace tenant
