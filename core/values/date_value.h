// Reading one date cell. Numeric dates like 03/04/2024 are kept as read (first, second, year) until
// the column's day/month order is known: the order is a property of the column, decided from all its
// values (a first number above 12 means day-first), never guessed per cell.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace icp::values {

enum class DateKind : uint8_t {
  missing,    // empty or a missing marker
  invalid,    // text that is not a date
  exact,      // ISO, month names, Excel serials: days is set
  numeric,    // a/b/y with the order of a and b still open
};

struct DateReading {
  DateKind kind = DateKind::missing;
  int32_t days = 0;      // exact: days since 1970-01-01
  uint16_t year = 0;     // numeric: the four-digit year
  uint8_t first = 0;     // numeric: the first number
  uint8_t second = 0;    // numeric: the second number
  bool dotted = false;   // numeric: written with dots (d.m.y, a day-first habit)
};

DateReading read_date(std::string_view text);
// The same without read_date's fast path for plain numeric dates ("3/7/2024"): every shape by one set
// of rules (kept apart so that tests and the fuzz target can check the two agree).
DateReading read_date_general(std::string_view text);

enum class DateOrder : uint8_t { undecided, month_first, day_first };

// Votes of one column's numeric dates.
class DateOrderVote {
 public:
  void add(const DateReading& reading);
  // Day-first if some first number is over 12, month-first if some second number is; undecided when
  // neither happened (every value fits both) or both did (conflicting evidence).
  DateOrder decided() const;
  bool conflicting() const { return first_over_12_ > 0 && second_over_12_ > 0; }
  bool any_numeric() const { return numeric_ > 0; }
  bool mostly_dotted() const { return dotted_ * 2 > numeric_; }
  uint64_t first_over_12() const { return first_over_12_; }
  uint64_t second_over_12() const { return second_over_12_; }

 private:
  uint64_t numeric_ = 0;
  uint64_t dotted_ = 0;
  uint64_t first_over_12_ = 0;
  uint64_t second_over_12_ = 0;
};

// Days since 1970-01-01, or nothing when the reading is not a valid date in that order.
std::optional<int32_t> resolve_date(const DateReading& reading, DateOrder order);

}  // namespace icp::values
