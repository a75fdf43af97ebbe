// Result<T>: a value or an error a person can read, for every operation that can fail on user data.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace refrain {

struct Error {
    enum class Kind {
        Io,           // a file or folder could not be read or written
        NotFound,     // something that should exist does not
        Corrupt,      // the data is damaged (a database, a file)
        NewerVersion, // written by a newer Refrain; refused, never modified
        Unsupported,  // a format we cannot read
        Invalid,      // malformed input or arguments
        Cancelled,    // the user stopped it
        Internal,     // a bug: should not happen
    };

    Kind kind = Kind::Internal;
    QString message;

    static Error make(Kind kind, QString message) { return Error{kind, std::move(message)}; }
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

// For operations that only succeed or fail.
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace refrain

#include <QMetaType>
Q_DECLARE_METATYPE(refrain::Error)
