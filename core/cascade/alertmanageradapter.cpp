#include "alertmanageradapter.h"

#include "cascade/httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace tenant {

AlertmanagerAdapter::AlertmanagerAdapter(const QUrl &baseUrl)
    : m_base(baseUrl)
{}

QNetworkRequest AlertmanagerAdapter::request(const QString &path, const QString &query) const
{
    QUrl url = m_base;
    url.setPath(url.path() + path);
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

Status AlertmanagerAdapter::silence(const CascadeContext &context)
{
    const Result<QStringList> existing = activeSilences(context.tenantId, context.deadline);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return success();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject silence{
        {QStringLiteral("matchers"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("tenant_id")},
                                {QStringLiteral("value"), context.tenantId},
                                {QStringLiteral("isRegex"), false},
                                {QStringLiteral("isEqual"), true}}}},
        {QStringLiteral("startsAt"), now.toString(Qt::ISODateWithMs)},
        {QStringLiteral("endsAt"), now.addYears(100).toString(Qt::ISODateWithMs)},
        {QStringLiteral("createdBy"), QString::fromLatin1(creator)},
        {QStringLiteral("comment"), QStringLiteral("tenant %1 suspended (correlation %2)")
                                        .arg(context.tenantId, context.correlationId)}};
    const Result<QByteArray> created =
        httpCall("POST", request(QStringLiteral("/api/v2/silences")),
                 QJsonDocument(silence).toJson(QJsonDocument::Compact), context.deadline);
    return created ? success() : Status(created.error());
}

Status AlertmanagerAdapter::unsilence(const CascadeContext &context)
{
    const Result<QStringList> existing = activeSilences(context.tenantId, context.deadline);
    if (!existing)
        return existing.error();
    for (const QString &id : existing.value()) {
        const Result<QByteArray> expired = httpCall(
            "DELETE", request(QStringLiteral("/api/v2/silence/") + id), {}, context.deadline);
        if (!expired)
            return expired.error();
    }
    return success();
}

Status AlertmanagerAdapter::apply(const CascadeContext &context)
{
    return context.action == CascadeAction::Suspend ? silence(context) : unsilence(context);
}

Status AlertmanagerAdapter::compensate(const CascadeContext &context)
{
    return context.action == CascadeAction::Suspend ? unsilence(context) : silence(context);
}

Result<bool> AlertmanagerAdapter::isApplied(const CascadeContext &context)
{
    const Result<QStringList> active = activeSilences(context.tenantId, context.deadline);
    if (!active)
        return active.error();
    return (context.action == CascadeAction::Suspend) == !active->isEmpty();
}

} // namespace tenant
