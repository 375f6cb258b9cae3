// Cell texts that mean "no value": empty, "-", "N/A", "null", … (FORMATS.md: Salesforce writes "-").
#pragma once

#include <cstddef>
#include <string_view>

namespace icp::values {

// Surrounding spaces and tabs removed (inline: every mapped cell of every row is trimmed).
inline std::string_view trim(std::string_view text) {
  // Nearly every cell starts and ends with a byte above the space: two tests, no loop.
  if (text.empty() || (static_cast<unsigned char>(text.front()) > ' ' && static_cast<unsigned char>(text.back()) > ' ')) {
    return text;
  }
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(begin, end - begin);
}

namespace markers {

inline constexpr std::string_view kAll[] = {"-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none", "nil", "(blank)", "?"};
inline constexpr size_t kLongest = 7;  // "(blank)"

// Which bytes some marker starts with, either case: most cells are ruled out by their first byte.
struct FirstBytes {
  bool starts[256] = {};
  constexpr FirstBytes() {
    for (std::string_view marker : kAll) {
      const auto c = static_cast<unsigned char>(marker.front());
      starts[c] = true;
      if (c >= 'a' && c <= 'z') starts[c - 'a' + 'A'] = true;
    }
  }
};
inline constexpr FirstBytes kFirstBytes;

// A trimmed, non-empty text of at most kLongest bytes equals a marker, ASCII case ignored.
bool equals_a_marker(std::string_view trimmed);

}  // namespace markers

// A text already trimmed (trim()) is a missing marker. Inline: every mapped cell of every row is
// asked, and nearly all leave at the size or first-byte test without a call.
inline bool is_trimmed_missing_marker(std::string_view trimmed) {
  if (trimmed.empty()) return true;
  if (trimmed.size() > markers::kLongest || !markers::kFirstBytes.starts[static_cast<unsigned char>(trimmed.front())]) {
    return false;
  }
  return markers::equals_a_marker(trimmed);
}

inline bool is_missing_marker(std::string_view text) { return is_trimmed_missing_marker(trim(text)); }

}  // namespace icp::values
