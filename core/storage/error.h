#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace tenant {

// Q_NAMESPACE once per namespace: the enums of each header live in a small
// namespace of their own (brought into tenant below), so their names come
// from QMetaEnum.
namespace StorageEnums {
Q_NAMESPACE
/// Why an operation failed. Each kind maps to one tenantctl exit code.
enum class ErrorKind {
    Usage,      ///< a command line is malformed (an option that needs a number got text)
    Validation, ///< input breaks a field rule; nothing was written
    Rule,       ///< a domain rule refused the operation (invalid transition, retention)
    Conflict,   ///< optimistic version check failed; another writer saved first
    NotFound,   ///< the named tenant, flag or entry does not exist
    Denied,     ///< the login lacks the role (the database's access control refused)
    Storage,    ///< the database (or a downstream system) failed
};
Q_ENUM_NS(ErrorKind)
} // namespace StorageEnums
using StorageEnums::ErrorKind;

/// "validation", "not_found", ...
QString nameOf(ErrorKind kind);

/// `value` as a message quotes it: in single quotes, at most `maxChars`
/// characters (then "…"), control characters, line breaks and invisible
/// format characters escaped (\n, \u202e), so a hostile value can neither
/// flood a message nor split it.
QString quoted(const QString &value, int maxChars = 80);

/// `message` made safe to print as one line: control characters and line
/// breaks escaped, at most `maxChars` characters.
QString oneLine(const QString &message, int maxChars = 400);

/// How a message names `field`: as it is when it is a plain key
/// (`max_users`), quoted when it came from the input (an unknown key).
QString fieldInMessage(const QString &field);

/// A failure with a one-line, human-readable message. `field` names the
/// offending attribute for validation errors so a UI can place the message.
/// The factories keep the message one line and short, whatever it quotes.
struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message;
    QString field;

    static Error make(ErrorKind kind, const QString &message, const QString &field = {})
    {
        return {kind, oneLine(message), field};
    }
    static Error usage(const QString &message) { return make(ErrorKind::Usage, message); }
    static Error validation(const QString &field, const QString &message)
    {
        return make(ErrorKind::Validation, fieldInMessage(field) + QStringLiteral(": ") + message,
                    field);
    }
    static Error rule(const QString &message) { return make(ErrorKind::Rule, message); }
    static Error conflict(const QString &message) { return make(ErrorKind::Conflict, message); }
    static Error notFound(const QString &message) { return make(ErrorKind::NotFound, message); }
    static Error storage(const QString &message) { return make(ErrorKind::Storage, message); }
    static Error denied(const QString &message) { return make(ErrorKind::Denied, message); }
};

/// Either a value or an Error. Deliberately tiny: C++17 has no std::expected.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Reading the value of a failed result is a programming error.
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_error.message));
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_error.message));
        return *m_value;
    }
    // By value: `for (auto &x : f().value())` must not dangle.
    T value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", qPrintable(m_error.message));
        return std::move(*m_value);
    }
    const T *operator->() const
    {
        Q_ASSERT_X(ok(), "Result::operator->", qPrintable(m_error.message));
        return &*m_value;
    }
    T *operator->()
    {
        Q_ASSERT_X(ok(), "Result::operator->", qPrintable(m_error.message));
        return &*m_value;
    }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of an operation that yields nothing but success.
struct Done
{
};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace tenant
