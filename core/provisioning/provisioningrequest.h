#pragma once

#include "registry/tenant.h"

#include <QJsonObject>

namespace tenant {

enum class RequestStatus { Pending, Approved, Rejected };
QString nameOf(RequestStatus status);

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

    RequestStatus status = RequestStatus::Pending;
    QString requestedBy;
    QDateTime requestedAt;
    QString decidedBy;
    QString decisionComment;
    QDateTime decidedAt;

    /// Parses the request document; errors name the field.
    static Result<ProvisioningRequest> fromJson(const QJsonObject &json);
    /// The request document as submitted (no decision fields).
    QJsonObject document() const;
    /// The document plus status and decision, for listings.
    QJsonObject toJson() const;

    /// "Acme Corporation" -> "acme-corporation": a valid slug, or empty.
    static QString suggestTenantId(const QString &name);
};

} // namespace tenant
