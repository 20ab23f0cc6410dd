#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace tenant {

/// Why an operation failed. Each kind maps to one tenantctl exit code.
enum class ErrorKind {
    Validation, ///< input breaks a field rule; nothing was written
    Rule,       ///< a domain rule refused the operation (invalid transition, retention)
    Conflict,   ///< optimistic version check failed; another writer saved first
    NotFound,   ///< the named tenant, flag or entry does not exist
    Storage,    ///< the database (or a downstream system) failed
};

/// A failure with a one-line, human-readable message. `field` names the
/// offending attribute for validation errors so a UI can place the message.
struct Error
{
    ErrorKind kind = ErrorKind::Storage;
    QString message;
    QString field;

    static Error validation(const QString &field, const QString &message)
    {
        return {ErrorKind::Validation, field + QStringLiteral(": ") + message, field};
    }
    static Error rule(const QString &message) { return {ErrorKind::Rule, message, {}}; }
    static Error conflict(const QString &message) { return {ErrorKind::Conflict, message, {}}; }
    static Error notFound(const QString &message) { return {ErrorKind::NotFound, message, {}}; }
    static Error storage(const QString &message) { return {ErrorKind::Storage, message, {}}; }
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
