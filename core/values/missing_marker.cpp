#include "values/missing_marker.h"

namespace icp::values {

namespace {

constexpr std::string_view kMarkers[] = {"-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none", "nil", "(blank)", "?"};
constexpr size_t kLongestMarker = 7;  // "(blank)"

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The markers' texts are ASCII but for the dashes (compared byte for byte): ASCII case folding is enough.
bool equals_ignoring_case(std::string_view text, std::string_view marker) {
  if (text.size() != marker.size()) return false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (ascii_lower(text[i]) != marker[i]) return false;
  }
  return true;
}

// Which bytes some marker starts with, either case: most cells are ruled out by their first byte.
struct FirstBytes {
  bool starts[256] = {};
  constexpr FirstBytes() {
    for (std::string_view marker : kMarkers) {
      const auto c = static_cast<unsigned char>(marker.front());
      starts[c] = true;
      if (c >= 'a' && c <= 'z') starts[c - 'a' + 'A'] = true;
    }
  }
};
constexpr FirstBytes kFirstBytes;

bool starts_a_marker(char first) { return kFirstBytes.starts[static_cast<unsigned char>(first)]; }

}  // namespace

bool is_missing_marker(std::string_view text) {
  text = trim(text);
  if (text.empty()) return true;
  // Every cell of every mapped column comes here: the long ones and most short ones leave at once.
  if (text.size() > kLongestMarker || !starts_a_marker(text.front())) return false;
  for (std::string_view marker : kMarkers) {
    if (equals_ignoring_case(text, marker)) return true;
  }
  return false;
}

}  // namespace icp::values
