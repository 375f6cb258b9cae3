#include "metrics/periods.h"

#include <gtest/gtest.h>

#include "util/civil_date.h"

namespace icp::metrics {
namespace {

int32_t day(int y, int m, int d) { return days_from_civil(y, m, d); }

TEST(Periods, CalendarLabels) {
  PeriodScheme q;
  EXPECT_EQ(period_label(period_of_day(day(2024, 3, 31), q), q), "2024-Q1");
  EXPECT_EQ(period_label(period_of_day(day(2024, 4, 1), q), q), "2024-Q2");
  PeriodScheme m{Granularity::month, 1};
  EXPECT_EQ(period_label(period_of_day(day(2024, 3, 7), m), m), "2024-03");
  PeriodScheme y{Granularity::year, 1};
  EXPECT_EQ(period_label(period_of_day(day(2024, 12, 31), y), y), "2024");
}

TEST(Periods, ConsecutivePeriodsDifferByOne) {
  PeriodScheme q;
  EXPECT_EQ(period_of_day(day(2025, 1, 1), q) - period_of_day(day(2024, 12, 31), q), 1);
  EXPECT_EQ(first_day_of_period(period_of_day(day(2024, 5, 17), q), q), day(2024, 4, 1));
}

// A fiscal year starting in February is named by the calendar year it ends in.
TEST(Periods, FiscalYearStartingInFebruary) {
  PeriodScheme q{Granularity::quarter, 2};
  EXPECT_EQ(period_label(period_of_day(day(2024, 2, 1), q), q), "FY2025-Q1");
  EXPECT_EQ(period_label(period_of_day(day(2024, 1, 31), q), q), "FY2024-Q4");
  EXPECT_EQ(period_label(period_of_day(day(2025, 1, 15), q), q), "FY2025-Q4");
  EXPECT_EQ(first_day_of_period(period_of_day(day(2024, 6, 10), q), q), day(2024, 5, 1));
  PeriodScheme y{Granularity::year, 7};
  EXPECT_EQ(period_label(period_of_day(day(2024, 7, 1), y), y), "FY2025");
  EXPECT_EQ(period_label(period_of_day(day(2024, 6, 30), y), y), "FY2024");
}

TEST(Periods, MonthIndex) {
  EXPECT_EQ(month_label(month_of_day(day(2026, 9, 30))), "2026-09");
  EXPECT_EQ(first_day_of_month(month_of_day(day(2026, 9, 30))), day(2026, 9, 1));
}

// month_of_day looks most days up in a table (1900–2099): it must agree with the civil calendar on
// every day, inside the table, at its edges and outside it.
TEST(Periods, MonthOfDayIsTheCivilMonthEverywhere) {
  const auto civil_month = [](int32_t d) {
    const CivilDate c = civil_from_days(d);
    return c.year * 12 + (c.month - 1);
  };
  for (int32_t d = day(1899, 12, 1); d <= day(1900, 2, 1); ++d) ASSERT_EQ(month_of_day(d), civil_month(d)) << d;
  for (int32_t d = day(2023, 12, 1); d <= day(2025, 1, 31); ++d) ASSERT_EQ(month_of_day(d), civil_month(d)) << d;
  for (int32_t d = day(2099, 11, 1); d <= day(2100, 3, 31); ++d) ASSERT_EQ(month_of_day(d), civil_month(d)) << d;
  EXPECT_EQ(month_of_day(day(2024, 2, 29)), 2024 * 12 + 1);
  EXPECT_EQ(month_of_day(day(1850, 7, 4)), 1850 * 12 + 6);
  EXPECT_EQ(month_of_day(day(2400, 12, 31)), 2400 * 12 + 11);
}

}  // namespace
}  // namespace icp::metrics
