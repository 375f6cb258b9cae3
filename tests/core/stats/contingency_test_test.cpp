#include "stats/contingency_test.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {

// baseline (20, 30, 50), recent (30, 30, 40): E = (25, 30, 45) in both rows,
// X² = 2·(25/25 + 0 + 25/45) = 3.11111, df 2, p = exp(−X²/2) = 0.211072.
TEST(ContingencyTest, HandComputedTwoByThree) {
  const ContingencyResult r = homogeneity_test({20, 30, 50}, {30, 30, 40});
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_FALSE(r.monte_carlo);
  EXPECT_EQ(r.df, 2u);
  EXPECT_NEAR(r.statistic, 28.0 / 9, 1e-5);
  EXPECT_NEAR(r.p_value, std::exp(-14.0 / 9), 1e-6);
  EXPECT_DOUBLE_EQ(r.min_expected, 25.0);
  EXPECT_EQ(r.replicates, 0u);
}

// Sparse: baseline (3, 1, 0, 6), recent (0, 2, 4, 5) — every expected count but two is under 5.
// X² = 7.39339; the exact conditional p (every table with these margins, by the multivariate
// hypergeometric) is 0.061877, and the seeded Monte Carlo with 9,999 tables lands within ±0.015.
TEST(ContingencyTest, SparseTableGoesToMonteCarlo) {
  const ContingencyResult a = homogeneity_test({3, 1, 0, 6}, {0, 2, 4, 5});
  ASSERT_TRUE(a.ok()) << a.reason;
  EXPECT_TRUE(a.monte_carlo);
  EXPECT_EQ(a.replicates, kDefaultContingencyReplicates);
  EXPECT_EQ(a.seed, kDefaultSeed);
  EXPECT_EQ(a.df, 3u);
  EXPECT_NEAR(a.statistic, 7.39339, 1e-5);
  EXPECT_NEAR(a.p_value, 0.061877, 0.015);
  // (1 + #) / (1 + B) with B = 9999: a multiple of 1/10000.
  EXPECT_NEAR(a.p_value * 10000, std::round(a.p_value * 10000), 1e-6);
  const ContingencyResult b = homogeneity_test({3, 1, 0, 6}, {0, 2, 4, 5});
  EXPECT_EQ(a.p_value, b.p_value);  // bit for bit
  const ContingencyResult c = homogeneity_test({3, 1, 0, 6}, {0, 2, 4, 5}, 9999, 77);
  EXPECT_NEAR(c.p_value, 0.061877, 0.015);
}

TEST(ContingencyTest, AnyExpectedUnderOneIsSparse) {
  // One rare level among large ones: 1 cell in 6 (< 20%) is under 5, but under 1 too.
  const ContingencyResult r = homogeneity_test({200, 150, 1}, {210, 140, 0}, 999);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.monte_carlo);
  EXPECT_LT(r.min_expected, 1);
  EXPECT_GT(r.p_value, 0.3);
}

TEST(ContingencyTest, IdenticalMixIsNotAShift) {
  const ContingencyResult r = homogeneity_test({40, 30, 30}, {80, 60, 60});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r.statistic, 0.0);
  EXPECT_DOUBLE_EQ(r.p_value, 1.0);
}

TEST(ContingencyTest, EmptyLevelsAreDropped) {
  const ContingencyResult a = homogeneity_test({20, 30, 50}, {30, 30, 40});
  const ContingencyResult b = homogeneity_test({20, 0, 30, 50}, {30, 0, 30, 40});
  EXPECT_EQ(b.levels, 3u);
  EXPECT_DOUBLE_EQ(a.statistic, b.statistic);
  EXPECT_DOUBLE_EQ(a.p_value, b.p_value);
}

TEST(ContingencyTest, DegenerateInputSaysWhy) {
  EXPECT_EQ(homogeneity_test({0, 0}, {3, 4}).reason, "the baseline window is empty");
  EXPECT_EQ(homogeneity_test({3, 4}, {0, 0}).reason, "the recent window is empty");
  EXPECT_EQ(homogeneity_test({5, 0}, {7, 0}).reason, "only one level is present");
  EXPECT_FALSE(homogeneity_test({1, 2}, {1}).ok());
}

}  // namespace icp::stats
