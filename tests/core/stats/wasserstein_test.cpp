#include "stats/wasserstein.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {

// scipy.stats.wasserstein_distance([0, 1, 2, 3], [1, 2, 3, 4]) = 1.0; the baseline's sd is √(5/3).
TEST(Wasserstein, ShiftByOne) {
  const WassersteinResult r = wasserstein_distance({0, 1, 2, 3}, {1, 2, 3, 4});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r.distance, 1.0);
  EXPECT_NEAR(r.baseline_sd, std::sqrt(5.0 / 3), 1e-5);
  ASSERT_TRUE(r.normalized);
  EXPECT_NEAR(*r.normalized, 1 / std::sqrt(5.0 / 3), 1e-6);
}

// Different sizes: [0, 0, 1] vs [0, 1, 1, 1]: ∫|F − G| = |2/3 − 1/4| over [0, 1) = 5/12.
TEST(Wasserstein, DifferentSizes) {
  const WassersteinResult r = wasserstein_distance({0, 0, 1}, {0, 1, 1, 1});
  EXPECT_NEAR(r.distance, 5.0 / 12, 1e-6);
  EXPECT_DOUBLE_EQ(wasserstein_distance({3, 1, 2}, {2, 3, 1}).distance, 0.0);
}

TEST(Wasserstein, ConstantBaselineHasNoNormalisedDistance) {
  const WassersteinResult r = wasserstein_distance({5, 5, 5}, {6, 7});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r.distance, 1.5);
  EXPECT_FALSE(r.normalized);
  EXPECT_EQ(wasserstein_distance({}, {1}).reason, "the baseline sample is empty");
}

}  // namespace icp::stats
