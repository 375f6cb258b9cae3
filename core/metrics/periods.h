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

// Months as one integer: year * 12 + (month - 1). Day numbers are days since 1970-01-01.
int32_t month_of_day(int32_t day);
int32_t first_day_of_month(int32_t month);
std::string month_label(int32_t month);  // "2024-03"

// The period holding a day / a month, as a dense integer (consecutive periods differ by 1).
int32_t period_of_day(int32_t day, const PeriodScheme& scheme);
int32_t period_of_month(int32_t month, const PeriodScheme& scheme);
// The first month of a period.
int32_t first_month_of_period(int32_t period, const PeriodScheme& scheme);
int32_t first_day_of_period(int32_t period, const PeriodScheme& scheme);
std::string period_label(int32_t period, const PeriodScheme& scheme);

const char* granularity_name(Granularity g);  // "month", "quarter", "year"

}  // namespace icp::metrics
