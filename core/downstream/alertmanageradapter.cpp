#include "alertmanageradapter.h"

#include "httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>

namespace tenant {

AlertmanagerAdapter::AlertmanagerAdapter(const QUrl &baseUrl)
    : m_base(baseUrl)
{}

QNetworkRequest AlertmanagerAdapter::request(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return r;
}

Result<QStringList> AlertmanagerAdapter::activeSilences(const QString &tenantId,
                                                        QDeadlineTimer deadline)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral("tenant_id=\"%1\"").arg(tenantId));
    const Result<QByteArray> body = httpCall(
        "GET", request(QStringLiteral("/api/v2/silences"), query.toString(QUrl::FullyEncoded)), {},
        deadline);
    if (!body)
        return body.error();
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(body.value()).array()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("status"))
                    .toObject()
                    .value(QStringLiteral("state"))
                    .toString() == QLatin1String("active") &&
            s.value(QStringLiteral("createdBy")).toString() == QLatin1String(creator))
            ids << s.value(QStringLiteral("id")).toString();
    }
    return ids;
}

Result<bool> AlertmanagerAdapter::silence(const QString &tenantId, const QString &comment,
                                          QDeadlineTimer deadline)
{
    const Result<QStringList> existing = activeSilences(tenantId, deadline);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject silence{
        {QStringLiteral("matchers"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("tenant_id")},
                                {QStringLiteral("value"), tenantId},
                                {QStringLiteral("isRegex"), false},
                                {QStringLiteral("isEqual"), true}}}},
        {QStringLiteral("startsAt"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endsAt"), now.addYears(100).toString(Qt::ISODateWithMs)},
        {QStringLiteral("createdBy"), QString::fromLatin1(creator)},
        {QStringLiteral("comment"), comment}};
    const Result<QByteArray> created =
        httpCall("POST", request(QStringLiteral("/api/v2/silences")),
                 QJsonDocument(silence).toJson(QJsonDocument::Compact), deadline);
    if (!created)
        return created.error();
    return true;
}

Status AlertmanagerAdapter::unsilence(const QString &tenantId, QDeadlineTimer deadline)
{
    const Result<QStringList> existing = activeSilences(tenantId, deadline);
    if (!existing)
        return existing.error();
    for (const QString &id : existing.value()) {
        const Result<QByteArray> expired =
            httpCall("DELETE", request(QStringLiteral("/api/v2/silence/") + id), {}, deadline);
        if (!expired)
            return expired.error();
    }
    return success();
}

Status AlertmanagerAdapter::apply(const CascadeContext &context)
{
    if (context.action != CascadeAction::Suspend)
        return unsilence(context.tenantId, context.deadline);
    const Result<bool> made = silence(context.tenantId,
                                      QStringLiteral("tenant %1 suspended (correlation %2)")
                                          .arg(context.tenantId, context.correlationId),
                                      context.deadline);
    return made ? success() : Status(made.error());
}

Status AlertmanagerAdapter::compensate(const CascadeContext &context)
{
    CascadeContext undo = context;
    undo.action = opposite(context.action);
    return apply(undo);
}

Result<bool> AlertmanagerAdapter::isApplied(const CascadeContext &context)
{
    const Result<QStringList> active = activeSilences(context.tenantId, context.deadline);
    if (!active)
        return active.error();
    return (context.action == CascadeAction::Suspend) == !active->isEmpty();
}

Result<QString> AlertmanagerAdapter::create(const ProvisionContext &context)
{
    const Result<bool> made =
        silence(context.tenantId,
                QStringLiteral("tenant %1 onboarding (request %2); expires on activation")
                    .arg(context.tenantId, context.requestId),
                context.deadline);
    if (!made)
        return made.error();
    return QStringLiteral("onboarding silence for tenant_id=%1%2")
        .arg(context.tenantId, made.value() ? QString() : QStringLiteral(" (already there)"));
}

Status AlertmanagerAdapter::remove(const ProvisionContext &context)
{
    return unsilence(context.tenantId, context.deadline);
}

Result<QStringList> AlertmanagerAdapter::remaining(const ProvisionContext &context)
{
    const Result<QStringList> active = activeSilences(context.tenantId, context.deadline);
    if (!active)
        return active.error();
    QStringList left;
    for (const QString &id : active.value())
        left << QStringLiteral("silence ") + id;
    return left;
}

Status AlertmanagerAdapter::sendAlert(const QString &tenantId, const QDateTime &endsAt,
                                      QDeadlineTimer deadline)
{
    const QJsonArray alerts{QJsonObject{
        {QStringLiteral("labels"),
         QJsonObject{{QStringLiteral("alertname"), QStringLiteral("TenantAdminValidation")},
                     {QStringLiteral("tenant_id"), tenantId},
                     {QStringLiteral("severity"), QStringLiteral("none")}}},
        {QStringLiteral("annotations"),
         QJsonObject{{QStringLiteral("summary"),
                      QStringLiteral("provisioning check: metrics reach monitoring")}}},
        {QStringLiteral("startsAt"),
         QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs)},
        {QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs)}}};
    return postAlerts(alerts, deadline);
}

Status AlertmanagerAdapter::postAlerts(const QJsonArray &alerts, QDeadlineTimer deadline)
{
    const Result<QByteArray> sent =
        httpCall("POST", request(QStringLiteral("/api/v2/alerts")),
                 QJsonDocument(alerts).toJson(QJsonDocument::Compact), deadline);
    return sent ? success() : Status(sent.error());
}

Result<QJsonArray> AlertmanagerAdapter::alerts(const QStringList &filters, QDeadlineTimer deadline)
{
    QUrlQuery query;
    for (const QString &f : filters)
        query.addQueryItem(QStringLiteral("filter"), f);
    const Result<QByteArray> body = httpCall(
        "GET", request(QStringLiteral("/api/v2/alerts"), query.toString(QUrl::FullyEncoded)), {},
        deadline);
    if (!body)
        return body.error();
    return QJsonDocument::fromJson(body.value()).array();
}

Result<QString> AlertmanagerAdapter::checkMetrics(const ProvisionContext &context)
{
    if (Status s = sendAlert(context.tenantId, QDateTime::currentDateTimeUtc().addSecs(300),
                             context.deadline);
        !s)
        return s.error();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter"),
                       QStringLiteral("tenant_id=\"%1\"").arg(context.tenantId));
    query.addQueryItem(QStringLiteral("filter"),
                       QStringLiteral("alertname=\"TenantAdminValidation\""));
    QString state;
    // Alertmanager ingests asynchronously: poll until the alert shows or time runs out.
    while (state.isEmpty() && !context.deadline.hasExpired()) {
        const Result<QByteArray> body = httpCall(
            "GET", request(QStringLiteral("/api/v2/alerts"), query.toString(QUrl::FullyEncoded)),
            {}, context.deadline);
        if (!body)
            return body.error();
        const QJsonArray alerts = QJsonDocument::fromJson(body.value()).array();
        if (!alerts.isEmpty())
            state = alerts.at(0)
                        .toObject()
                        .value(QStringLiteral("status"))
                        .toObject()
                        .value(QStringLiteral("state"))
                        .toString();
        else
            QThread::msleep(100);
    }
    // Resolve it again: it was only a probe.
    (void)sendAlert(context.tenantId, QDateTime::currentDateTimeUtc(), context.deadline);
    if (state.isEmpty())
        return Error::storage(
            QStringLiteral("an alert labelled tenant_id=%1 never showed up in Alertmanager")
                .arg(context.tenantId));
    return QStringLiteral("tenant-labelled alert received (%1) and resolved").arg(state);
}

QList<ValidationCheck> AlertmanagerAdapter::checks()
{
    return {{CheckKind::MetricsCollection, system(), std::chrono::seconds(10),
             [this](const ProvisionContext &c) { return checkMetrics(c); }}};
}

} // namespace tenant
