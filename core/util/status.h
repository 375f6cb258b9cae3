// Errors as values. Every fallible engine call returns a Status (or a Result<T>); nothing throws
// across the engine's boundary, so the wasm façade and the CLI only ever translate values.
#pragma once

#include <cstddef>
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
  static Status error(ErrorCode code, std::string message) { return Status(code, one_line(std::move(message))); }

  bool is_ok() const { return code_ == ErrorCode::ok; }
  explicit operator bool() const { return is_ok(); }
  ErrorCode code() const { return code_; }
  // One human line: names the file and, where it applies, the line and column.
  const std::string& message() const { return message_; }

  // Messages quote text from the files (keys, column and file names, stage values): a control
  // character there is written as \n, \r, \t or \xHH so the message stays one line, and a message
  // over kMaxMessageBytes is cut (at a UTF-8 character boundary) and ends with "…".
  static constexpr size_t kMaxMessageBytes = 2000;
  static std::string one_line(std::string text) {
    bool clean = text.size() <= kMaxMessageBytes;
    for (size_t i = 0; clean && i < text.size(); ++i) clean = static_cast<unsigned char>(text[i]) >= 0x20 && text[i] != 0x7F;
    if (clean) return text;
    std::string out;
    for (size_t i = 0; i < text.size() && out.size() < kMaxMessageBytes; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (c >= 0x20 && c != 0x7F) {
        out += static_cast<char>(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c == '\t') {
        out += "\\t";
      } else {
        static constexpr char kHex[] = "0123456789ABCDEF";
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
    if (out.size() >= kMaxMessageBytes) {
      out.resize(kMaxMessageBytes);
      // Drop a character the cut went through: up to 3 continuation bytes and their lead byte.
      size_t back = 0;
      while (back < 3 && back < out.size() && (static_cast<unsigned char>(out[out.size() - 1 - back]) & 0xC0) == 0x80) ++back;
      if (back < out.size() && static_cast<unsigned char>(out[out.size() - 1 - back]) >= 0xC0) out.resize(out.size() - 1 - back);
      out += "\xE2\x80\xA6";  // …
    }
    return out;
  }

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
