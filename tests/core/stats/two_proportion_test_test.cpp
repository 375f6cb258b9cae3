#include "stats/two_proportion_test.h"

#include <gtest/gtest.h>

namespace icp::stats {

// scipy.stats.fisher_exact([[8, 2], [1, 5]]) -> p = 0.034965034965...
TEST(TwoProportionTest, FisherExactReference) {
  EXPECT_NEAR(fisher_exact_two_sided(8, 2, 1, 5), 0.034965034965035, 1e-12);
  // The tea-tasting table [[3, 1], [1, 3]]: p = 0.4857142857
  EXPECT_NEAR(fisher_exact_two_sided(3, 1, 1, 3), 0.4857142857142857, 1e-12);
}

TEST(TwoProportionTest, SmallCountsUseFisher) {
  const TwoProportionResult r = two_proportion_test(8, 10, 1, 6);
  EXPECT_TRUE(r.exact);
  EXPECT_NEAR(r.p_value, 0.034965, 1e-6);
}

// 45/100 vs 30/100: pooled 0.375, z = 0.15 / sqrt(0.375·0.625·0.02) = 2.19089, p = 0.028459
// (scipy.stats.chi2_contingency(..., correction=False) gives the same p).
TEST(TwoProportionTest, LargeCountsUseTheZTest) {
  const TwoProportionResult r = two_proportion_test(45, 100, 30, 100);
  EXPECT_FALSE(r.exact);
  EXPECT_NEAR(r.p_value, 0.0284597, 2e-6);
}

TEST(TwoProportionTest, DegenerateTablesGiveOne) {
  EXPECT_DOUBLE_EQ(two_proportion_test(0, 0, 3, 10).p_value, 1.0);
  EXPECT_DOUBLE_EQ(two_proportion_test(10, 10, 10, 10).p_value, 1.0);
}

}  // namespace icp::stats
