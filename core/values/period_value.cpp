#include "values/period_value.h"

#include <cctype>
#include <string>

#include "util/civil_date.h"
#include "values/date_value.h"
#include "values/missing_marker.h"
#include "values/month_name.h"

namespace icp::values {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}


PeriodReading make(PeriodKind kind, int y, int m) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12) return {PeriodKind::invalid};
  return {kind, days_from_civil(y, m, 1)};
}

}  // namespace

PeriodReading read_period(std::string_view text) {
  std::string_view t = trim(text);
  if (is_missing_marker(t)) return {};
  // Dates first: "2024-03-01", "3/1/2024" (numeric dates are read month-first here: a period column
  // of full dates almost always holds the first of a month, which reads the same both ways).
  const DateReading d = read_date(t);
  if (d.kind == DateKind::exact) return {PeriodKind::day, d.days};
  if (d.kind == DateKind::numeric) {
    if (auto days = resolve_date(d, DateOrder::month_first)) return {PeriodKind::day, *days};
  }
  if (t.size() >= 2 && (t.substr(0, 2) == "FY" || t.substr(0, 2) == "fy")) {
    const std::string_view y = trim(t.substr(2));
    if (all_digits(y) && y.size() == 4) return make(PeriodKind::year, to_int(y), 1);
    return {PeriodKind::invalid};
  }
  if (all_digits(t) && t.size() == 4) return make(PeriodKind::year, to_int(t), 1);
  if (all_digits(t) && t.size() == 6) return make(PeriodKind::month, to_int(t.substr(0, 4)), to_int(t.substr(4)));
  // "2024-03", "2024/03", "2024-Q1", "2024 Q1"
  if (t.size() >= 6 && all_digits(t.substr(0, 4)) && (t[4] == '-' || t[4] == '/' || t[4] == ' ')) {
    const std::string_view rest = trim(t.substr(5));
    if (all_digits(rest) && rest.size() <= 2) return make(PeriodKind::month, to_int(t.substr(0, 4)), to_int(rest));
    if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q') && rest[1] >= '1' && rest[1] <= '4') {
      return make(PeriodKind::quarter, to_int(t.substr(0, 4)), (rest[1] - '1') * 3 + 1);
    }
    return {PeriodKind::invalid};
  }
  // "Q1 2024", "Q1-2024"
  if (t.size() >= 7 && (t[0] == 'Q' || t[0] == 'q') && t[1] >= '1' && t[1] <= '4') {
    const std::string_view y = trim(t.substr(3));
    if (all_digits(y) && y.size() == 4) return make(PeriodKind::quarter, to_int(y), (t[1] - '1') * 3 + 1);
    return {PeriodKind::invalid};
  }
  // "03/2024", "3-2024"
  const size_t sep = t.find_first_of("/-.");
  if (sep != std::string_view::npos && sep <= 2 && all_digits(t.substr(0, sep)) && all_digits(t.substr(sep + 1)) &&
      t.size() - sep - 1 == 4) {
    return make(PeriodKind::month, to_int(t.substr(sep + 1)), to_int(t.substr(0, sep)));
  }
  // "Mar 2024", "March 2024", "Mar-24"
  if (std::isalpha(static_cast<unsigned char>(t[0]))) {
    size_t i = 0;
    while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
    const int m = month_from_name(t.substr(0, i));
    while (i < t.size() && (t[i] == ' ' || t[i] == '-' || t[i] == '/' || t[i] == ',')) ++i;
    const std::string_view y = t.substr(i);
    if (m && all_digits(y) && y.size() == 4) return make(PeriodKind::month, to_int(y), m);
    if (m && all_digits(y) && y.size() == 2) return make(PeriodKind::month, 2000 + to_int(y), m);
  }
  return {PeriodKind::invalid};
}

}  // namespace icp::values
