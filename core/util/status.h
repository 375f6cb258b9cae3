// Errors as values. Every fallible engine call returns a Status (or a Result<T>); nothing throws
// across the engine's boundary, so the wasm façade and the CLI only ever translate values.
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace icp {

enum class ErrorCode {
  ok = 0,
  invalid_argument,  // the caller asked for something that makes no sense (bad flag, bad state)
  unreadable_input,  // the bytes cannot be read as the expected format (binary, bad encoding, bad JSON)
  unusable_input,    // readable, but nothing the analysis needs is there (no header, nothing mappable)
  too_large,         // over a hard limit (a field, a column count)
  io_error,          // the operating system refused (CLI only)
};

class Status {
 public:
  Status() = default;
  static Status ok() { return {}; }
  static Status error(ErrorCode code, std::string message) { return Status(code, std::move(message)); }

  bool is_ok() const { return code_ == ErrorCode::ok; }
  explicit operator bool() const { return is_ok(); }
  ErrorCode code() const { return code_; }
  // One human line: names the file and, where it applies, the line and column.
  const std::string& message() const { return message_; }

 private:
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  ErrorCode code_ = ErrorCode::ok;
  std::string message_;
};

template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : status_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool is_ok() const { return value_.has_value(); }
  explicit operator bool() const { return is_ok(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace icp
