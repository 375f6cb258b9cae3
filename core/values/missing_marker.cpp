#include "values/missing_marker.h"

namespace icp::values::markers {

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The markers' texts are ASCII but for the dashes (compared byte for byte): ASCII case folding is enough.
bool equals_ignoring_case(std::string_view text, std::string_view marker) {
  if (text.size() != marker.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (ascii_lower(text[i]) != marker[i]) return false;
  }
  return true;
}

}  // namespace

bool equals_a_marker(std::string_view trimmed) {
  for (std::string_view marker : kAll) {
    if (equals_ignoring_case(trimmed, marker)) return true;
  }
  return false;
}

}  // namespace icp::values::markers
