#pragma once

#include <QHash>
#include <QMetaEnum>
#include <QStringList>

#include <optional>

namespace tenant {

/// A QMetaEnum key as the registry, the JSON and tenantctl spell it: snake
/// case ("RollingBack" -> "rolling_back").
QString wireName(const char *key);

/// The names of enum `E` (declared with Q_ENUM_NS or Q_ENUM), read from its
/// meta-object rather than from a list kept in step with the declaration.
/// Built once per enum; the enumerators are 0..n-1 in declaration order.
template<typename E> const QStringList &enumNames()
{
    static const QStringList names = [] {
        const QMetaEnum meta = QMetaEnum::fromType<E>();
        QStringList list;
        for (int i = 0; i < meta.keyCount(); ++i) {
            Q_ASSERT(meta.value(i) == i);
            list << wireName(meta.key(i));
        }
        return list;
    }();
    return names;
}

template<typename E> QString enumName(E value)
{
    return enumNames<E>().value(static_cast<int>(value));
}

/// The enumerator named `name` exactly, or nullopt.
template<typename E> std::optional<E> enumFromName(const QString &name)
{
    const int i = enumNames<E>().indexOf(name);
    return i < 0 ? std::nullopt : std::optional<E>(static_cast<E>(i));
}

} // namespace tenant
