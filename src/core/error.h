#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace sitesafe {

/// A failure the user can act on: a stable machine code plus a translated sentence that says what happened
/// and what to do (STYLE.md §16).
struct Error {
    QString code;    ///< stable, e.g. "storage.newer_schema"
    QString message; ///< translated, for people

    friend bool operator==(const Error &, const Error &) = default;
};

/// A value or an Error. Small on purpose: std::expected is C++23.
template<typename T>
class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success or an Error, for operations without a value.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status ok() { return {}; }

    bool isOk() const { return !m_error.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace sitesafe
