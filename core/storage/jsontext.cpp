#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariant>

namespace tenant {

QString jsonAsText(const QJsonValue &value, const QString &absent)
{
    if (value.isUndefined() || value.isNull())
        return absent;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << (item.isObject() || item.isArray() ? jsonAsText(item, absent)
                                                        : item.toVariant().toString());
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace tenant
