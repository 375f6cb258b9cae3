#include "stats/wasserstein.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

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

TEST(Wasserstein, OfSortedSamplesEqualsTheUnsortedCall) {
  std::mt19937_64 random(5);
  for (size_t n : {size_t{3}, size_t{40}, size_t{150}, size_t{5000}}) {
    std::vector<double> a, b;
    for (size_t i = 0; i < n; ++i) a.push_back(static_cast<double>(random() % 200));
    for (size_t i = 0; i < n + 7; ++i) b.push_back(static_cast<double>(random() % 230) + 0.5);
    const auto unsorted = wasserstein_distance(a, b);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const auto sorted = wasserstein_distance_of_sorted(a, b);
    EXPECT_EQ(unsorted.distance, sorted.distance) << n;
    EXPECT_EQ(unsorted.normalized, sorted.normalized) << n;
    EXPECT_EQ(unsorted.baseline_sd, sorted.baseline_sd) << n;
  }
}

}  // namespace icp::stats
