#include "stats/order_statistics.h"

#include <gtest/gtest.h>

namespace icp::stats {

TEST(MedianIntervalRank, TwentyValuesUseSixthAndFifteenth) {
  // METHODS.md: n=20 → [x(6), x(15)], coverage 95.86%.
  double coverage = 0;
  EXPECT_EQ(median_interval_rank(20, &coverage), 6u);
  EXPECT_NEAR(coverage, 0.9586, 1e-4);
}

TEST(MedianIntervalRank, NoIntervalForFiveOrFewer) {
  for (size_t n = 0; n <= 5; ++n) EXPECT_EQ(median_interval_rank(n), 0u) << n;
  EXPECT_EQ(median_interval_rank(6), 1u);  // [x(1), x(6)] covers 1 - 2/64 = 96.9%
}

TEST(Quantile, InterpolatesLikeNumpy) {
  std::vector<double> v{4, 1, 3, 2};
  EXPECT_DOUBLE_EQ(*quantile(v, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(*quantile(v, 0.25), 1.75);
  EXPECT_DOUBLE_EQ(*quantile(v, 0.75), 3.25);
  std::vector<double> empty;
  EXPECT_FALSE(quantile(empty, 0.5).has_value());
}

TEST(SummarizeMedian, GivesOrderStatisticInterval) {
  std::vector<double> v;
  for (int i = 20; i >= 1; --i) v.push_back(i * 10.0);
  const auto s = summarize_median(v);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->n, 20u);
  EXPECT_DOUBLE_EQ(s->median, 105.0);
  ASSERT_TRUE(s->ci);
  EXPECT_DOUBLE_EQ(s->ci->low, 60.0);
  EXPECT_DOUBLE_EQ(s->ci->high, 150.0);
}

}  // namespace icp::stats
