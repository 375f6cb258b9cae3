#include "ingest/plausibility.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "table/deal_table.h"
#include "util/civil_date.h"

namespace icp::ingest {
namespace {

int32_t day(int y, int m, int d) { return days_from_civil(y, m, d); }

TEST(Plausibility, TheLatestDayLeavesOutAStrayFarOne) {
  EXPECT_EQ(robust_latest_day({}), table::kNoDate);
  EXPECT_EQ(robust_latest_day({table::kNoDate}), table::kNoDate);
  EXPECT_EQ(robust_latest_day({day(2024, 1, 1), day(2098, 1, 1), day(2024, 1, 1)}), day(2024, 1, 1));
  // Within 2 years of the others: kept.
  EXPECT_EQ(robust_latest_day({day(2024, 1, 1), day(2025, 12, 1), day(2024, 2, 1)}), day(2025, 12, 1));
  EXPECT_EQ(robust_latest_day({day(2024, 1, 1), day(2026, 2, 2), day(2024, 2, 1)}), day(2024, 2, 1));
  // Two typos among 300 dates are both left out.
  std::vector<int32_t> days;
  for (int i = 0; i < 298; ++i) days.push_back(day(2023, 1, 1) + i);
  days.push_back(day(2099, 1, 1));
  days.push_back(day(3024, 5, 1));
  EXPECT_EQ(robust_latest_day(days), day(2023, 1, 1) + 297);
}

TEST(Plausibility, TheFutureStartsTwoYearsAfterTheLatestDate) {
  const auto limit = future_date_limit({day(2024, 2, 29), day(2023, 5, 1)}, "latest created date");
  ASSERT_TRUE(limit);
  EXPECT_EQ(limit->reference, day(2024, 2, 29));
  EXPECT_EQ(limit->limit, day(2026, 2, 28));
  EXPECT_EQ(limit->years, 2);
  EXPECT_EQ(limit->basis, "the file's latest created date, 2024-02-29");
  EXPECT_FALSE(future_date_limit({}, "latest created date"));
  EXPECT_FALSE(future_date_limit({table::kNoDate}, "latest created date"));
}

TEST(Plausibility, ALimitCanBeFurtherAway) {
  const auto limit = future_date_limit({day(2024, 6, 1), day(2024, 5, 1)}, "latest start date", 10);
  ASSERT_TRUE(limit);
  EXPECT_EQ(limit->limit, day(2034, 6, 1));
  EXPECT_EQ(limit->years, 10);
}

TEST(Plausibility, DatesBefore1990ArePlaceholders) {
  EXPECT_EQ(earliest_plausible_day(), day(1990, 1, 1));
  EXPECT_TRUE(implausibly_old(day(1899, 12, 30)));  // Excel's zero
  EXPECT_TRUE(implausibly_old(day(1900, 1, 1)));
  EXPECT_TRUE(implausibly_old(0));                  // Unix's zero, 1970-01-01
  EXPECT_TRUE(implausibly_old(day(1980, 1, 1)));    // DOS's zero
  EXPECT_TRUE(implausibly_old(day(1989, 12, 31)));
  EXPECT_FALSE(implausibly_old(day(1990, 1, 1)));
  EXPECT_FALSE(implausibly_old(day(2024, 3, 1)));
  EXPECT_FALSE(implausibly_old(table::kNoDate));
}

TEST(Plausibility, FewAmountsGetTheAbsoluteCeiling) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const AmountCeiling c = amount_ceiling({100, nan, -5, 1e26});
  EXPECT_EQ(c.ceiling, 1e12);
  EXPECT_EQ(c.basis, "1,000,000,000,000");
}

TEST(Plausibility, EnoughAmountsGetTenThousandTimesTheirMedian) {
  std::vector<double> v;
  for (int i = 0; i < 10; ++i) v.push_back(1000);
  for (int i = 0; i < 10; ++i) v.push_back(3000);
  v.push_back(-50);  // negatives and missing values do not count
  v.push_back(std::numeric_limits<double>::quiet_NaN());
  // No amount is over 10,000 × the median: nothing to tell, the median is not even computed.
  EXPECT_EQ(amount_ceiling(v).ceiling, std::numeric_limits<double>::infinity());
  v.push_back(3e7);
  v.push_back(500);
  const AmountCeiling c = amount_ceiling(v);
  EXPECT_EQ(c.ceiling, 2e7);  // median of 22: (1000 + 3000) / 2
  EXPECT_EQ(c.basis, "10,000 × the file's median amount, 2,000");
  EXPECT_EQ(amount_ceiling(v, "MRR").basis, "10,000 × the file's median MRR, 2,000");
  // A currency of small units (amounts in the hundreds of millions) raises the ceiling past 1e12.
  std::vector<double> rupiah(25, 5e8);
  rupiah.push_back(2e12);  // kept
  rupiah.push_back(1e13);  // over 5e12
  EXPECT_EQ(amount_ceiling(rupiah).ceiling, 5e12);
}

TEST(Plausibility, AmountsAreWrittenWithGroupedDigits) {
  EXPECT_EQ(format_amount(0), "0");
  EXPECT_EQ(format_amount(999), "999");
  EXPECT_EQ(format_amount(1000), "1,000");
  EXPECT_EQ(format_amount(1234567.5), "1,234,567.5");
  EXPECT_EQ(format_amount(0.25), "0.25");
  EXPECT_EQ(format_amount(-20000), "-20,000");
  EXPECT_EQ(format_amount(1e26), "1e+26");
}

}  // namespace
}  // namespace icp::ingest
