#include "values/date_value.h"

#include <cctype>

#include "util/civil_date.h"
#include "values/missing_marker.h"
#include "values/month_name.h"

namespace icp::values {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads up to max_digits digits at text[pos]; returns the digit count (0 if none).
int read_number(std::string_view text, size_t& pos, int max_digits, int& value) {
  int count = 0;
  value = 0;
  while (pos < text.size() && is_digit(text[pos]) && count < max_digits + 1) {
    value = value * 10 + (text[pos] - '0');
    ++pos;
    ++count;
  }
  return count > max_digits ? -1 : count;
}

// A time of day and zone after a date: " 09:30", "T09:30:00.000Z", " 9:30 AM", "+02:00". The date is
// the calendar date as written; the time does not move it.
bool is_time_tail(std::string_view tail) {
  if (tail.empty()) return true;
  if (tail[0] != 'T' && tail[0] != ' ' && tail[0] != 't') return false;
  size_t i = 1;
  while (i < tail.size() && tail[i] == ' ') ++i;
  if (i >= tail.size() || !is_digit(tail[i])) return false;
  for (; i < tail.size(); ++i) {
    const char c = tail[i];
    if (!(is_digit(c) || c == ':' || c == '.' || c == ',' || c == '+' || c == '-' || c == ' ' || c == 'Z' ||
          c == 'z' || c == 'A' || c == 'P' || c == 'M' || c == 'a' || c == 'p' || c == 'm' || c == 'U' ||
          c == 'T' || c == 'C' || c == 'G')) {
      return false;
    }
  }
  return true;
}


int full_year(int year, int digits) {
  if (digits == 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

DateReading exact(int y, int m, int d) {
  if (!is_valid_civil(y, m, d)) return {DateKind::invalid};
  DateReading r;
  r.kind = DateKind::exact;
  r.days = days_from_civil(y, m, d);
  return r;
}

// "2024-03-07", "2024/03/07", "2024-03-07T10:00:00Z"
std::optional<DateReading> read_year_first(std::string_view t) {
  size_t pos = 0;
  int y = 0, m = 0, d = 0;
  if (read_number(t, pos, 4, y) != 4 || pos >= t.size()) return std::nullopt;
  const char sep = t[pos];
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  ++pos;
  const int md = read_number(t, pos, 2, m);
  if (md < 1 || pos >= t.size() || t[pos] != sep) return std::nullopt;
  ++pos;
  const int dd = read_number(t, pos, 2, d);
  if (dd < 1 || !is_time_tail(t.substr(pos))) return std::nullopt;
  return exact(y, m, d);
}

// A numeric date's reading once its three numbers and separator are read; invalid when neither
// order is a date.
DateReading numeric_reading(int year, int a, int b, char sep) {
  if (!is_valid_civil(year, a, b) && !is_valid_civil(year, b, a)) return DateReading{DateKind::invalid};
  DateReading r;
  r.kind = DateKind::numeric;
  r.year = static_cast<uint16_t>(year);
  r.first = static_cast<uint8_t>(a);
  r.second = static_cast<uint8_t>(b);
  r.dotted = sep == '.';
  return r;
}

// "3/7/2024", "07.03.2024", "7-3-24", with an optional time.
std::optional<DateReading> read_numeric(std::string_view t) {
  size_t pos = 0;
  int a = 0, b = 0, y = 0;
  if (read_number(t, pos, 2, a) < 1 || pos >= t.size()) return std::nullopt;
  const char sep = t[pos];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  ++pos;
  if (read_number(t, pos, 2, b) < 1 || pos >= t.size() || t[pos] != sep) return std::nullopt;
  ++pos;
  const int yd = read_number(t, pos, 4, y);
  if (yd != 2 && yd != 4) return std::nullopt;
  if (!is_time_tail(t.substr(pos))) return std::nullopt;
  return numeric_reading(full_year(y, yd), a, b, sep);
}

// "Mar 7, 2024", "March 7 2024", "7 Mar 2024", "07-Mar-2024", "7-Mar-24"
std::optional<DateReading> read_with_month_name(std::string_view t) {
  int day = 0, month = 0, year = 0, year_digits = 0;
  size_t pos = 0;
  auto skip_separators = [&] {
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '-' || t[pos] == ',' || t[pos] == '/' || t[pos] == '.')) ++pos;
  };
  auto read_word = [&]() -> std::string_view {
    const size_t start = pos;
    while (pos < t.size() && std::isalpha(static_cast<unsigned char>(t[pos]))) ++pos;
    return t.substr(start, pos - start);
  };
  if (is_digit(t[0])) {
    if (read_number(t, pos, 2, day) < 1) return std::nullopt;
    skip_separators();
    month = month_from_name(read_word());
  } else {
    month = month_from_name(read_word());
    skip_separators();
    if (read_number(t, pos, 2, day) < 1) return std::nullopt;
  }
  if (month == 0) return std::nullopt;
  skip_separators();
  year_digits = read_number(t, pos, 4, year);
  if (year_digits != 2 && year_digits != 4) return std::nullopt;
  if (!is_time_tail(t.substr(pos))) return std::nullopt;
  return exact(full_year(year, year_digits), month, day);
}

// Excel serial day numbers (Dynamics exports): 1900 date system, 25569 = 1970-01-01. Only values
// from 1950 to 2100 are taken, so ordinary counts are not mistaken for dates.
std::optional<DateReading> read_excel_serial(std::string_view t) {
  size_t pos = 0;
  int serial = 0;
  if (read_number(t, pos, 5, serial) != 5) return std::nullopt;
  if (pos < t.size()) {
    if (t[pos] != '.') return std::nullopt;
    for (++pos; pos < t.size(); ++pos) {
      if (!is_digit(t[pos])) return std::nullopt;
    }
  }
  if (serial < 18264 || serial > 73415) return std::nullopt;
  DateReading r;
  r.kind = DateKind::exact;
  r.days = serial - 25569;
  return r;
}

// "3/7/2024", "07.03.2024", "7-3-2024" and nothing more: the shape of most exports' dates, read in
// one pass. What read_numeric gives for such a text (no other reader takes a text that begins with
// one or two digits and a separator), which the tests and the value parsers' fuzz target check.
std::optional<DateReading> read_plain_numeric(std::string_view t) {
  const size_t n = t.size();
  if (n < 8 || n > 10) return std::nullopt;
  size_t i = 0;
  const auto digits = [&](int most, int& value) {
    int count = 0;
    value = 0;
    for (; i < n && count < most && is_digit(t[i]); ++i, ++count) value = value * 10 + (t[i] - '0');
    return count;
  };
  int a = 0, b = 0, y = 0;
  if (digits(2, a) < 1 || i >= n) return std::nullopt;
  const char sep = t[i++];
  if (sep != '/' && sep != '.' && sep != '-') return std::nullopt;
  if (digits(2, b) < 1 || i >= n || t[i++] != sep) return std::nullopt;
  if (digits(4, y) != 4 || i != n) return std::nullopt;
  return numeric_reading(y, a, b, sep);
}

}  // namespace

DateReading read_date(std::string_view text) {
  const std::string_view t = trim(text);
  if (auto r = read_plain_numeric(t)) return *r;
  return read_date_general(t);
}

DateReading read_date_general(std::string_view text) {
  const std::string_view t = trim(text);
  if (is_trimmed_missing_marker(t)) return {DateKind::missing};
  if (auto r = read_year_first(t)) return *r;
  if (auto r = read_numeric(t)) return *r;
  if (auto r = read_with_month_name(t)) return *r;
  if (auto r = read_excel_serial(t)) return *r;
  return {DateKind::invalid};
}

void DateOrderVote::add(const DateReading& reading) {
  if (reading.kind != DateKind::numeric) return;
  ++numeric_;
  if (reading.dotted) ++dotted_;
  if (reading.first > 12) ++first_over_12_;
  if (reading.second > 12) ++second_over_12_;
}

DateOrder DateOrderVote::decided() const {
  if (first_over_12_ > 0 && second_over_12_ == 0) return DateOrder::day_first;
  if (second_over_12_ > 0 && first_over_12_ == 0) return DateOrder::month_first;
  return DateOrder::undecided;
}

std::optional<int32_t> resolve_date(const DateReading& reading, DateOrder order) {
  switch (reading.kind) {
    case DateKind::exact:
      return reading.days;
    case DateKind::numeric: {
      const int month = order == DateOrder::day_first ? reading.second : reading.first;
      const int day = order == DateOrder::day_first ? reading.first : reading.second;
      if (!is_valid_civil(reading.year, month, day)) return std::nullopt;
      return days_from_civil(reading.year, month, day);
    }
    default:
      return std::nullopt;
  }
}

}  // namespace icp::values
