#include "metrics/periods.h"

#include <vector>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

using detail::floor_div;

std::string two_digits(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

static_assert(detail::kTableFirstDay == days_from_civil(1900, 1, 1));
static_assert(detail::kTableEndDay == days_from_civil(2100, 1, 1));

}  // namespace

namespace detail {

int32_t computed_month_of_day(int32_t day) {
  const CivilDate c = civil_from_days(day);
  return c.year * 12 + (c.month - 1);
}

const uint16_t* month_table() {
  static const std::vector<uint16_t> table = [] {
    std::vector<uint16_t> t(static_cast<size_t>(kTableEndDay - kTableFirstDay));
    for (int32_t d = kTableFirstDay; d < kTableEndDay; ++d) {
      t[static_cast<size_t>(d - kTableFirstDay)] = static_cast<uint16_t>(computed_month_of_day(d) - kTableFirstMonth);
    }
    return t;
  }();
  return table.data();
}

}  // namespace detail

int32_t first_day_of_month(int32_t month) {
  return days_from_civil(floor_div(month, 12), month - floor_div(month, 12) * 12 + 1, 1);
}

std::string month_label(int32_t month) {
  const int32_t y = floor_div(month, 12);
  return std::to_string(y) + "-" + two_digits(month - y * 12 + 1);
}

int32_t first_month_of_period(int32_t period, const PeriodScheme& s) {
  const int32_t offset = s.fiscal_year_start_month - 1;
  switch (s.granularity) {
    case Granularity::month: return period;
    case Granularity::quarter: return period * 3 + offset;
    case Granularity::year: return period * 12 + offset;
  }
  return period;
}

int32_t first_day_of_period(int32_t period, const PeriodScheme& s) {
  return first_day_of_month(first_month_of_period(period, s));
}

std::string period_label(int32_t period, const PeriodScheme& s) {
  const bool fiscal = s.fiscal_year_start_month != 1;
  switch (s.granularity) {
    case Granularity::month: return month_label(period);
    case Granularity::quarter: {
      const int32_t year = floor_div(period, 4);
      const int32_t q = period - year * 4 + 1;
      return (fiscal ? "FY" + std::to_string(year + 1) : std::to_string(year)) + "-Q" + std::to_string(q);
    }
    case Granularity::year: return fiscal ? "FY" + std::to_string(period + 1) : std::to_string(period);
  }
  return {};
}

const char* granularity_name(Granularity g) {
  switch (g) {
    case Granularity::month: return "month";
    case Granularity::quarter: return "quarter";
    case Granularity::year: return "year";
  }
  return "quarter";
}

}  // namespace icp::metrics
