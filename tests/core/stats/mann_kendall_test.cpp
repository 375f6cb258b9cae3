#include "stats/mann_kendall.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {

// 1..10 strictly increasing: S = 45, and only the sorted and the reversed orders reach |S| = 45:
// exact two-sided p = 2 / 10! ≈ 5.5e-7.
TEST(MannKendall, StrictlyIncreasingTen) {
  std::vector<double> x;
  for (int i = 1; i <= 10; ++i) x.push_back(i);
  const MannKendallResult r = mann_kendall(x);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.s, 45);
  EXPECT_TRUE(r.exact);
  EXPECT_NEAR(r.p_value, 2.0 / 3628800.0, 1e-12);
  EXPECT_DOUBLE_EQ(r.variance, 125.0);  // 10·9·25/18
  EXPECT_DOUBLE_EQ(r.sen_slope, 1.0);
}

// With ties, exact: [1, 2, 2, 3] has S = 5; of its 12 distinct arrangements only the sorted and the
// reversed one reach |S| = 5, so p = 2/12. [3, 1, 2, 2, 5, 4, 4]: S = 9, p = 0.228571 (by
// enumerating the 7!/(2!2!) = 1260 arrangements).
TEST(MannKendall, ExactWithTies) {
  const MannKendallResult a = mann_kendall({1, 2, 2, 3});
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.s, 5);
  EXPECT_TRUE(a.exact);
  EXPECT_NEAR(a.p_value, 1.0 / 6, 1e-6);
  EXPECT_NEAR(a.variance, (4.0 * 3 * 13 - 2 * 1 * 9) / 18, 1e-5);
  const MannKendallResult b = mann_kendall({3, 1, 2, 2, 5, 4, 4});
  EXPECT_EQ(b.s, 9);
  EXPECT_NEAR(b.p_value, 0.228571, 1e-6);
}

// n = 12 with ties, normal approximation: S = 52, Var = (12·11·29 − 4·(2·1·9)) / 18 = 208.667 (four tied pairs),
// z = 51 / √208.667 = 3.53056, p = 0.000414680.
TEST(MannKendall, NormalApproximationWithTieCorrection) {
  const MannKendallResult r = mann_kendall({5, 3, 3, 6, 7, 7, 8, 6, 9, 10, 10, 12});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.s, 52);
  EXPECT_NEAR(r.variance, 208.667, 1e-3);
  EXPECT_NEAR(r.z, 3.53056, 1e-5);
  EXPECT_NEAR(r.p_value, 0.00041468, 1e-8);
  EXPECT_NEAR(r.sen_slope, 2.0 / 3, 1e-6);
}

TEST(MannKendall, SenSlopeOfALine) {
  std::vector<double> y;
  for (int x = 0; x < 15; ++x) y.push_back(2 * x + 1);
  const MannKendallResult r = mann_kendall(y);
  EXPECT_DOUBLE_EQ(r.sen_slope, 2.0);
  EXPECT_GT(r.z, 0);
  EXPECT_LT(r.p_value, 1e-4);
}

TEST(MannKendall, DecreasingSeriesHasNegativeS) {
  const MannKendallResult r = mann_kendall({9, 7, 8, 5, 4, 2});
  EXPECT_LT(r.s, 0);
  EXPECT_LT(r.sen_slope, 0);
}

TEST(MannKendall, MissingValuesKeepPositions) {
  const MannKendallResult r = mann_kendall({1, std::nan(""), 5, 7, 9});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.n, 4u);
  EXPECT_DOUBLE_EQ(r.sen_slope, 2.0);
}

TEST(MannKendall, DegenerateInput) {
  EXPECT_EQ(mann_kendall({1, 2}).reason, "insufficient data (n=2)");
  const MannKendallResult flat = mann_kendall({4, 4, 4, 4, 4});
  ASSERT_TRUE(flat.ok());
  EXPECT_EQ(flat.s, 0);
  EXPECT_DOUBLE_EQ(flat.p_value, 1.0);
}

}  // namespace icp::stats
