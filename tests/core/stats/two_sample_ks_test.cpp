#include "stats/two_sample_ks.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace icp::stats {

// scipy.stats.ks_2samp references (METHODS.md).
TEST(TwoSampleKs, ScipyReferences) {
  const KsResult a = two_sample_ks({1.01, 2.01}, {1, 2, 3});
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(a.exact);
  EXPECT_NEAR(a.d, 1.0 / 3, 1e-6);
  EXPECT_DOUBLE_EQ(a.p_value, 1.0);
  const KsResult b = two_sample_ks({0.99, 1.99}, {1, 2, 3, 4});
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(b.exact);
  EXPECT_DOUBLE_EQ(b.d, 0.75);
  EXPECT_NEAR(b.p_value, 6.0 / 15, 1e-9);
}

// Two samples of 5 with no overlap: only the 2 of the C(10, 5) = 252 orders that keep them apart
// reach D = 1, p = 2/252.
TEST(TwoSampleKs, SeparatedSamples) {
  const KsResult r = two_sample_ks({1, 2, 3, 4, 5}, {6, 7, 8, 9, 10});
  EXPECT_DOUBLE_EQ(r.d, 1.0);
  EXPECT_NEAR(r.p_value, 2.0 / 252, 1e-8);
  EXPECT_TRUE(r.exact);
}

// The exact and the asymptotic p agree roughly at moderate n.
TEST(TwoSampleKs, ExactNearAsymptoticAtModerateN) {
  std::vector<double> a, b;
  for (int i = 0; i < 80; ++i) a.push_back(i + 0.25);
  for (int i = 0; i < 90; ++i) b.push_back(i * 1.05 + 6.37);  // never equal to an a value
  const KsResult r = two_sample_ks(a, b);
  ASSERT_TRUE(r.exact);
  const double en = 80.0 * 90 / 170;
  EXPECT_NEAR(r.p_value, kolmogorov_upper_tail(std::sqrt(en) * r.d), 0.03);
}

TEST(TwoSampleKs, TiesUseTheAsymptoticDistribution) {
  const KsResult r = two_sample_ks({1, 2, 2, 3}, {2, 3, 4, 5, 5});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.exact);
  // After 3: F_baseline = 1, F_recent = 2/5 → D = 3/5.
  EXPECT_DOUBLE_EQ(r.d, 0.6);
}

TEST(TwoSampleKs, KolmogorovDistribution) {
  EXPECT_NEAR(kolmogorov_upper_tail(1.0), 0.26999967167735456, 1e-12);
  EXPECT_NEAR(kolmogorov_upper_tail(0.5), 0.9639452436648751, 1e-12);
  EXPECT_NEAR(kolmogorov_upper_tail(1.5), 0.022217962616525127, 1e-12);
  // Both series agree where they meet.
  EXPECT_NEAR(kolmogorov_upper_tail(1.18 - 1e-12), kolmogorov_upper_tail(1.18), 1e-12);
  EXPECT_DOUBLE_EQ(kolmogorov_upper_tail(0), 1.0);
}

TEST(TwoSampleKs, EmptySampleSaysWhy) {
  EXPECT_EQ(two_sample_ks({}, {1, 2}).reason, "the baseline sample is empty");
  EXPECT_EQ(two_sample_ks({1}, {std::nan("")}).reason, "the recent sample is empty");
}

TEST(TwoSampleKs, OfSortedSamplesEqualsTheUnsortedCall) {
  std::mt19937_64 random(5);
  for (size_t n : {size_t{3}, size_t{40}, size_t{150}, size_t{5000}}) {
    std::vector<double> a, b;
    for (size_t i = 0; i < n; ++i) a.push_back(static_cast<double>(random() % 200));
    for (size_t i = 0; i < n + 7; ++i) b.push_back(static_cast<double>(random() % 230) + 0.5);
    const auto unsorted = two_sample_ks(a, b);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    const auto sorted = two_sample_ks_of_sorted(a, b);
    EXPECT_EQ(unsorted.d, sorted.d) << n;
    EXPECT_EQ(unsorted.p_value, sorted.p_value) << n;
    EXPECT_EQ(unsorted.exact, sorted.exact) << n;
    EXPECT_EQ(unsorted.baseline_n, sorted.baseline_n) << n;
    EXPECT_EQ(unsorted.recent_n, sorted.recent_n) << n;
  }
}

}  // namespace icp::stats
