// Periods: month, quarter and year buckets with a configurable fiscal-year start, as dense integers
// so tables can be indexed by them, and their labels as SPEC §7 writes them ("2024-03", "2024-Q1",
// "2024"). With a fiscal year starting in another month than January, quarters and years are fiscal
// and named by the calendar year the fiscal year ends in ("FY2025-Q1", "FY2025"); months keep their
// calendar names.
#pragma once

#include <cstdint>
#include <string>

namespace icp::metrics {

enum class Granularity : uint8_t { month, quarter, year };

struct PeriodScheme {
  Granularity granularity = Granularity::quarter;
  int fiscal_year_start_month = 1;  // 1..12
};

namespace detail {
// Every deal's dates are put in periods by several schemes, ten million times for a million deals:
// the months of the days from 1900 to 2099 are read from a table (146 kB, filled on first use) by
// the inline functions below, the rest computed.
inline constexpr int32_t kTableFirstDay = -25567;  // 1900-01-01 (periods.cpp checks it)
inline constexpr int32_t kTableEndDay = 47482;     // 2100-01-01
inline constexpr int32_t kTableFirstMonth = 1900 * 12;
const uint16_t* month_table();
int32_t computed_month_of_day(int32_t day);
// Floor division for negative months (dates before year 0 never occur, but stay correct).
inline int32_t floor_div(int32_t a, int32_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
}  // namespace detail

// Months as one integer: year * 12 + (month - 1). Day numbers are days since 1970-01-01.
inline int32_t month_of_day(int32_t day) {
  static const uint16_t* const table = detail::month_table();
  if (day < detail::kTableFirstDay || day >= detail::kTableEndDay) return detail::computed_month_of_day(day);
  return detail::kTableFirstMonth + table[day - detail::kTableFirstDay];
}
int32_t first_day_of_month(int32_t month);
std::string month_label(int32_t month);  // "2024-03"

// The period holding a day / a month, as a dense integer (consecutive periods differ by 1).
inline int32_t period_of_month(int32_t month, const PeriodScheme& s) {
  // Months since the start of fiscal year 0: the fiscal year starting in month s of calendar year
  // y is numbered y (and named FY(y+1) when s > 1, the year it ends in).
  const int32_t fiscal_month = month - (s.fiscal_year_start_month - 1);
  switch (s.granularity) {
    case Granularity::month: return month;
    case Granularity::quarter: return detail::floor_div(fiscal_month, 3);
    case Granularity::year: return detail::floor_div(fiscal_month, 12);
  }
  return month;
}
inline int32_t period_of_day(int32_t day, const PeriodScheme& scheme) { return period_of_month(month_of_day(day), scheme); }
// The first month of a period.
int32_t first_month_of_period(int32_t period, const PeriodScheme& scheme);
int32_t first_day_of_period(int32_t period, const PeriodScheme& scheme);
std::string period_label(int32_t period, const PeriodScheme& scheme);

const char* granularity_name(Granularity g);  // "month", "quarter", "year"

}  // namespace icp::metrics
