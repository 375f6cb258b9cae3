#include "stats/distribution_distance.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {

// METHODS.md: expected (0.4, 0.3, 0.3) vs observed (0.35, 0.25, 0.4) → PSI = 0.044561, L∞ = 0.10,
// JS distance = 0.089526 (base 2).
TEST(DistributionDistance, MethodsReferenceOnProportions) {
  const DistributionDistance r = distribution_distance({0.4, 0.3, 0.3}, {0.35, 0.25, 0.4});
  ASSERT_TRUE(r.ok()) << r.reason;
  ASSERT_TRUE(r.psi);
  EXPECT_NEAR(*r.psi, 0.044561, 5e-7);
  EXPECT_NEAR(r.linf, 0.10, 1e-9);
  EXPECT_NEAR(r.js_distance, 0.089526, 5e-7);
}

// METHODS.md: χ²₀.₉₅ for df 1..5: 3.841, 5.991, 7.815, 9.488, 11.070; df 9: 16.919.
TEST(DistributionDistance, ChiSquareQuantiles) {
  EXPECT_NEAR(chi_square_quantile(1, 0.95), 3.841, 5e-4);
  EXPECT_NEAR(chi_square_quantile(2, 0.95), 5.991, 5e-4);
  EXPECT_NEAR(chi_square_quantile(3, 0.95), 7.815, 5e-4);
  EXPECT_NEAR(chi_square_quantile(4, 0.95), 9.488, 5e-4);
  EXPECT_NEAR(chi_square_quantile(5, 0.95), 11.070, 5e-4);
  EXPECT_NEAR(chi_square_quantile(9, 0.95), 16.919, 5e-4);
  EXPECT_DOUBLE_EQ(chi_square_quantile(1, 0.95), 3.84146);  // rounded to 6 significant digits
  EXPECT_TRUE(std::isnan(chi_square_quantile(0, 0.95)));
  EXPECT_TRUE(std::isnan(chi_square_quantile(3, 1.0)));
}

TEST(DistributionDistance, ZeroShares) {
  const DistributionDistance r = distribution_distance({0.5, 0.5, 0}, {0.5, 0.25, 0.25});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.psi);  // infinite without smoothing
  EXPECT_GT(r.js_distance, 0);
  EXPECT_LE(r.js_distance, 1);
  EXPECT_DOUBLE_EQ(r.linf, 0.25);
  // Disjoint supports: the JS distance is 1 in base 2.
  EXPECT_NEAR(distribution_distance({1, 0}, {0, 1}).js_distance, 1.0, 1e-12);
  EXPECT_DOUBLE_EQ(distribution_distance({0.2, 0.8}, {0.2, 0.8}).js_distance, 0.0);
}

// Counts: PSI with +0.5 smoothing, and the n-dependent threshold χ²_{B−1,0.95}·(1/m + 1/n).
TEST(DistributionDistance, CountsWithSmoothingAndThreshold) {
  const MixShiftDistance r = mix_shift_distance({40, 30, 30}, {35, 25, 40});
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_EQ(r.levels, 3u);
  EXPECT_EQ(r.baseline_n, 100u);
  EXPECT_EQ(r.recent_n, 100u);
  // p = (40.5, 30.5, 30.5)/101.5, q = (35.5, 25.5, 40.5)/101.5
  double psi = 0;
  const double p[] = {40.5 / 101.5, 30.5 / 101.5, 30.5 / 101.5}, q[] = {35.5 / 101.5, 25.5 / 101.5, 40.5 / 101.5};
  for (int i = 0; i < 3; ++i) psi += (q[i] - p[i]) * std::log(q[i] / p[i]);
  EXPECT_NEAR(r.psi, psi, 1e-6);
  EXPECT_NEAR(r.linf, 0.10, 1e-9);
  EXPECT_NEAR(r.js_distance, 0.089526, 5e-7);  // unsmoothed shares, as on proportions
  EXPECT_NEAR(r.psi_threshold, 5.99146 * 0.02, 1e-6);
  EXPECT_FALSE(r.psi_flagged);  // 0.043 < 0.120: with 100 deals a side this is noise
  // The same shift with 2,000 deals a side is flagged.
  const MixShiftDistance big = mix_shift_distance({800, 600, 600}, {700, 500, 800});
  EXPECT_TRUE(big.psi_flagged);
}

TEST(DistributionDistance, EmptyLevelsAndDegenerateInput) {
  const MixShiftDistance a = mix_shift_distance({40, 30, 30}, {35, 25, 40});
  const MixShiftDistance b = mix_shift_distance({40, 0, 30, 30}, {35, 0, 25, 40});
  EXPECT_EQ(b.levels, 3u);
  EXPECT_DOUBLE_EQ(a.psi, b.psi);
  EXPECT_FALSE(mix_shift_distance({0, 0}, {1, 2}).ok());
  EXPECT_FALSE(mix_shift_distance({3, 0}, {4, 0}).ok());
  EXPECT_FALSE(distribution_distance({0.5, 0.5}, {1.0}).ok());
  EXPECT_FALSE(distribution_distance({0, 0}, {0.5, 0.5}).ok());
}

}  // namespace icp::stats
