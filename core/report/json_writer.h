// A small streaming JSON writer: pretty-printed (two spaces), keys in the order written, numbers
// formatted the same way on every platform, strings escaped and made valid UTF-8 (invalid bytes
// become U+FFFD), so a report is byte-identical from the CLI and from the page.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace icp::report {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(double number);  // 12 significant digits; NaN and infinities are written as null
  JsonWriter& value(int64_t number);
  JsonWriter& value(uint64_t number);
  JsonWriter& value(int number) { return value(static_cast<int64_t>(number)); }
  JsonWriter& value(bool flag);
  JsonWriter& null();

  // The document, ending with a newline.
  std::string finish();

 private:
  void before_value();
  void newline();
  std::string out_;
  struct Level {
    bool array;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

// Appends text as the body of a JSON string (no surrounding quotes).
void append_escaped(std::string& out, std::string_view text);

// "%.12g" of the number, as JSON ("-0" is written "0").
std::string format_number(double number);

}  // namespace icp::report
