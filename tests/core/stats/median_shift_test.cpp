#include "stats/median_shift.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {

TEST(MedianShift, ShiftWithBootstrapInterval) {
  std::vector<double> base, recent;
  for (int i = 1; i <= 41; ++i) base.push_back(i);         // median 21
  for (int i = 11; i <= 52; ++i) recent.push_back(i);      // 42 values, median 31.5
  const MedianShiftResult r = median_shift(base, recent);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_DOUBLE_EQ(r.baseline_median, 21);
  EXPECT_DOUBLE_EQ(r.recent_median, 31.5);
  EXPECT_DOUBLE_EQ(r.shift, 10.5);
  ASSERT_TRUE(r.ci);
  EXPECT_LT(r.ci->low, 10.5);
  EXPECT_GT(r.ci->high, 10.5);
  // The medians' standard errors are ≈ 1.25·sd/√n ≈ 2.4 each: the interval is some ±7 wide.
  EXPECT_GT(r.ci->low, 0);
  EXPECT_LT(r.ci->high, 21);
  EXPECT_EQ(r.replicates, kDefaultMedianShiftReplicates);
  const MedianShiftResult again = median_shift(base, recent);
  EXPECT_EQ(r.ci->low, again.ci->low);  // bit for bit with the same seed
  EXPECT_EQ(r.ci->high, again.ci->high);
}

TEST(MedianShift, NoShift) {
  const std::vector<double> x{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
  const MedianShiftResult r = median_shift(x, x, 500, 3);
  EXPECT_DOUBLE_EQ(r.shift, 0);
  EXPECT_LE(r.ci->low, 0);
  EXPECT_GE(r.ci->high, 0);
}

TEST(MedianShift, DegenerateInput) {
  EXPECT_EQ(median_shift({}, {1}).reason, "the baseline sample is empty");
  EXPECT_EQ(median_shift({1}, {std::nan("")}).reason, "the recent sample is empty");
  const MedianShiftResult none = median_shift({1, 2}, {3, 4}, 0);
  EXPECT_DOUBLE_EQ(none.shift, 2);
  EXPECT_FALSE(none.ci);
}

}  // namespace icp::stats
