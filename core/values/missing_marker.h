// Cell texts that mean "no value": empty, "-", "N/A", "null", … (FORMATS.md: Salesforce writes "-").
#pragma once

#include <string_view>

namespace icp::values {

// Surrounding spaces and tabs removed (inline: every mapped cell of every row is trimmed).
inline std::string_view trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(begin, end - begin);
}

bool is_missing_marker(std::string_view text);

}  // namespace icp::values
