// The sample's calendar: its first day and "today", calendar months as plain integers, weekdays.
// Integer-only, like everything the sample draws.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "sample/random.h"
#include "sample/sample_generator.h"
#include "util/civil_date.h"

namespace icp::sample {

inline constexpr int32_t kAsOf = days_from_civil(planted::kAsOfYear, planted::kAsOfMonth, planted::kAsOfDay);
inline constexpr int32_t kFirstDay = days_from_civil(planted::kFirstYear, 1, 1);
// A day number that is no day: "never" (not live yet, no won deal).
inline constexpr int32_t kNoDay = std::numeric_limits<int32_t>::max();

// A calendar month as one integer, year * 12 + (month - 1): consecutive months differ by 1.
constexpr int month_of(int32_t days) {
  const CivilDate c = civil_from_days(days);
  return c.year * 12 + c.month - 1;
}
constexpr int month_of_civil(int year, int month) { return year * 12 + month - 1; }
constexpr int32_t first_day_of_month(int month) { return days_from_civil(month / 12, month % 12 + 1, 1); }
constexpr int days_in_sample_month(int month) { return days_in_month(month / 12, month % 12 + 1); }
// The year of a month.
constexpr int year_of_month(int month) { return month / 12; }

inline constexpr int kFirstMonth = month_of_civil(planted::kFirstYear, 1);
inline constexpr int kAsOfMonthIndex = month_of_civil(planted::kAsOfYear, planted::kAsOfMonth);

// "2024-03"
std::string month_label(int month);

// 0 = Sunday .. 6 = Saturday (1970-01-01, day 0, was a Thursday).
constexpr int weekday(int32_t days) { return static_cast<int>(((days % 7) + 11) % 7); }

// The day itself on a workday, else the following Monday.
constexpr int32_t next_workday(int32_t days) {
  const int wd = weekday(days);
  return wd == 6 ? days + 2 : wd == 0 ? days + 1 : days;
}

// A creation date in [first, last], moved off weekends most of the time (CRMs fill up on workdays).
int32_t workday_between(Random& r, int32_t first, int32_t last);

}  // namespace icp::sample
