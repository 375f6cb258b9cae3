#include "values/employee_count.h"

#include <cctype>
#include <cmath>

#include "values/missing_marker.h"

namespace icp::values {
namespace {

// "1,001" / "10K" / "2.5k" / "1000" at text[pos]; advances pos. False when no number is there.
bool read_count(std::string_view t, size_t& pos, double& out) {
  double value = 0;
  bool digits = false;
  while (pos < t.size()) {
    const char c = t[pos];
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      digits = true;
      ++pos;
    } else if (c == ',' && digits && pos + 1 < t.size() &&
               std::isdigit(static_cast<unsigned char>(t[pos + 1]))) {
      ++pos;  // thousands separator
    } else {
      break;
    }
  }
  if (!digits) return false;
  if (pos < t.size() && t[pos] == '.' && pos + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[pos + 1]))) {
    double scale = 0.1;
    for (++pos; pos < t.size() && std::isdigit(static_cast<unsigned char>(t[pos])); ++pos, scale /= 10) {
      value += (t[pos] - '0') * scale;
    }
  }
  if (pos < t.size() && (t[pos] == 'k' || t[pos] == 'K')) {
    value *= 1000;
    ++pos;
  } else if (pos < t.size() && (t[pos] == 'm' || t[pos] == 'M')) {
    value *= 1000000;
    ++pos;
  }
  if (!std::isfinite(value)) return false;  // hundreds of digits: not a count (and no infinity downstream)
  out = value;
  return true;
}

void skip_spaces(std::string_view t, size_t& pos) {
  while (pos < t.size() && t[pos] == ' ') ++pos;
}

}  // namespace

EmployeeReading read_employee_count(std::string_view text) {
  const std::string_view t = trim(text);
  if (is_trimmed_missing_marker(t)) return {};
  size_t pos = 0;
  double low = 0;
  if (!read_count(t, pos, low)) return {EmployeeKind::invalid};
  skip_spaces(t, pos);
  if (pos == t.size()) return {EmployeeKind::number, low, low, low};
  if (t[pos] == '+' && pos + 1 == t.size()) return {EmployeeKind::range, low, low, 0};
  // "51-200", "51 – 200" (en dash E2 80 93), "51 to 200"
  if (t[pos] == '-') {
    ++pos;
  } else if (t.substr(pos, 3) == "\xE2\x80\x93") {
    pos += 3;
  } else if (t.substr(pos, 2) == "to") {
    pos += 2;
  } else {
    return {EmployeeKind::invalid};
  }
  skip_spaces(t, pos);
  double high = 0;
  if (!read_count(t, pos, high) || high < low) return {EmployeeKind::invalid};
  skip_spaces(t, pos);
  if (pos != t.size()) return {EmployeeKind::invalid};
  return {EmployeeKind::range, (low + high) / 2, low, high};
}

}  // namespace icp::values
