#include "values/missing_marker.h"

#include <cctype>

namespace icp::values {

std::string_view trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(begin, end - begin);
}

namespace {
bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}
}  // namespace

bool is_missing_marker(std::string_view text) {
  text = trim(text);
  if (text.empty()) return true;
  static constexpr std::string_view markers[] = {"-", "--", "—", "–", "n/a", "na", "#n/a", "null", "none", "nil", "(blank)", "?"};
  for (std::string_view marker : markers) {
    if (equals_ignoring_case(text, marker)) return true;
  }
  return false;
}

}  // namespace icp::values
