#include "values/period_value.h"

#include <gtest/gtest.h>

#include "util/civil_date.h"

namespace icp::values {

TEST(ReadPeriod, MonthsQuartersYearsAndDates) {
  const auto expect = [](std::string_view text, PeriodKind kind, int y, int m, int d = 1) {
    const PeriodReading p = read_period(text);
    EXPECT_EQ(p.kind, kind) << text;
    EXPECT_EQ(p.start, days_from_civil(y, m, d)) << text;
  };
  expect("2024-03", PeriodKind::month, 2024, 3);
  expect("2024/3", PeriodKind::month, 2024, 3);
  expect("202403", PeriodKind::month, 2024, 3);
  expect("03/2024", PeriodKind::month, 2024, 3);
  expect("Mar 2024", PeriodKind::month, 2024, 3);
  expect("March 2024", PeriodKind::month, 2024, 3);
  expect("Mar-24", PeriodKind::month, 2024, 3);
  expect("2024-Q2", PeriodKind::quarter, 2024, 4);
  expect("Q3 2024", PeriodKind::quarter, 2024, 7);
  expect("2024", PeriodKind::year, 2024, 1);
  expect("FY2025", PeriodKind::year, 2025, 1);
  expect("2024-03-15", PeriodKind::day, 2024, 3, 15);
}

TEST(ReadPeriod, MissingAndInvalid) {
  EXPECT_EQ(read_period("").kind, PeriodKind::missing);
  EXPECT_EQ(read_period("N/A").kind, PeriodKind::missing);
  EXPECT_EQ(read_period("2024-13").kind, PeriodKind::invalid);
  EXPECT_EQ(read_period("Q5 2024").kind, PeriodKind::invalid);
  EXPECT_EQ(read_period("last spring").kind, PeriodKind::invalid);
}

}  // namespace icp::values
