// Error values for operations that can fail (loading, parsing, projecting, GL setup, writing
// files), shared by every module: a Result carries either a value or an Error; a Status says only
// whether it worked. Exceptions never cross module boundaries. Depends on nothing but std.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace base {

// Where a problem was found: a file with line/column, or a layer with a feature id.
struct Location {
    std::string file; // file or layer name; empty when not tied to one
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based; 0 when unknown
};

// One problem, ready to show to a user as "where: message".
struct Error {
    std::string message;
    Location where;

    std::string text() const;
};

// A value or the Error explaining why there is none.
template <class T> class Result {
  public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<0>(state_); }
    const T& value() const { return std::get<0>(state_); }
    T& operator*() { return value(); }
    T* operator->() { return &value(); }
    const Error& error() const { return std::get<1>(state_); }

  private:
    std::variant<T, Error> state_;
};

// The value of a Result that only says whether it worked: `return Ok{};` or an Error.
struct Ok {};
using Status = Result<Ok>;

inline std::string Error::text() const {
    if (where.file.empty()) return message;
    std::string prefix = where.file;
    if (where.line > 0) prefix += ":" + std::to_string(where.line);
    if (where.column > 0) prefix += ":" + std::to_string(where.column);
    return prefix + ": " + message;
}

} // namespace base
