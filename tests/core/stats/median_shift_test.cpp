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
  EXPECT_EQ(r.method, MedianShiftMethod::bootstrap);
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

// n evenly spread values of U(a, a + 1), shuffled by a seeded draw (the order must not matter).
std::vector<double> uniform_sample(size_t n, double a, uint64_t seed) {
  std::vector<double> v(n);
  SeededRandom random(seed);
  for (double& x : v) x = a + random.uniform();
  return v;
}

TEST(MedianShift, LargeSamplesUseTheOrderStatisticInterval) {
  // Two U(0,1) samples of 20,000, the second shifted by 0.1: the median's standard error is
  // 1 / (2·f(median)·√n) = 1/(2√n) with density f = 1, so the half-width is z·√2/(2√n) ≈ 0.0098.
  const size_t n = 20000;
  const MedianShiftResult r = median_shift(uniform_sample(n, 0, 1), uniform_sample(n, 0.1, 2));
  ASSERT_TRUE(r.ok()) << r.reason;
  ASSERT_TRUE(r.ci);
  EXPECT_EQ(r.method, MedianShiftMethod::order_statistic);
  EXPECT_EQ(r.replicates, 0u);
  EXPECT_NEAR(r.shift, 0.1, 0.03);
  const double expected_half = 1.959963984540054 * std::sqrt(2.0) / (2 * std::sqrt(static_cast<double>(n)));
  EXPECT_NEAR((r.ci->high - r.ci->low) / 2, expected_half, 0.1 * expected_half);
  EXPECT_NEAR((r.ci->high + r.ci->low) / 2, r.shift, 1e-5);  // symmetric around the shift
}

TEST(MedianShift, BothIntervalsAgreeAtTheSwitch) {
  // Just under and just over kBootstrapMaxValues: the two methods give the same width within 10%.
  const size_t under = kBootstrapMaxValues / 2, over = kBootstrapMaxValues / 2 + 1;
  const MedianShiftResult boot = median_shift(uniform_sample(under, 0, 3), uniform_sample(under, 0, 4));
  const MedianShiftResult order = median_shift(uniform_sample(over, 0, 3), uniform_sample(over, 0, 4));
  ASSERT_EQ(boot.method, MedianShiftMethod::bootstrap);
  ASSERT_EQ(order.method, MedianShiftMethod::order_statistic);
  const double boot_width = boot.ci->high - boot.ci->low, order_width = order.ci->high - order.ci->low;
  EXPECT_NEAR(order_width, boot_width, 0.1 * boot_width);
}

TEST(MedianShift, OrderStatisticIntervalOfTinyTies) {
  // Every value the same: the interval is the point.
  const std::vector<double> same(6000, 7.0);
  const MedianShiftResult r = median_shift(same, same);
  EXPECT_EQ(r.method, MedianShiftMethod::order_statistic);
  EXPECT_DOUBLE_EQ(r.ci->low, 0);
  EXPECT_DOUBLE_EQ(r.ci->high, 0);
  EXPECT_STREQ(median_shift_method_name(r.method), "order_statistic");
}

TEST(MedianShift, DegenerateInput) {
  EXPECT_EQ(median_shift({}, {1}).reason, "the baseline sample is empty");
  EXPECT_EQ(median_shift({1}, {std::nan("")}).reason, "the recent sample is empty");
  const MedianShiftResult none = median_shift({1, 2}, {3, 4}, 0);
  EXPECT_DOUBLE_EQ(none.shift, 2);
  EXPECT_FALSE(none.ci);
  EXPECT_EQ(none.method, MedianShiftMethod::none);
}

}  // namespace icp::stats
