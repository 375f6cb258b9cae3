#include "stats/order_statistics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <optional>
#include <random>
#include <vector>

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

// The direct sum of METHODS.md, every term from its log-gamma form: the reference the engine's
// faster recurrence must agree with: the same k, and the coverage to 1e-9 (lgamma of a million is
// some 1.3e7, so each of the reference's own terms is only good to about 1e-9 relative).
size_t reference_rank(size_t n, double* coverage) {
  if (n <= 5) return 0;
  const double nd = static_cast<double>(n);
  double cdf = 0, best_coverage = 0;
  size_t best = 0;
  for (size_t k = 1; k <= n / 2; ++k) {
    const double j = static_cast<double>(k - 1);
    cdf += std::exp(std::lgamma(nd + 1) - std::lgamma(j + 1) - std::lgamma(nd - j + 1) + nd * std::log(0.5));
    if (1 - 2 * cdf < 0.95) break;
    best = k;
    best_coverage = 1 - 2 * cdf;
  }
  *coverage = best_coverage;
  return best;
}

TEST(MedianIntervalRank, AgreesWithTheDirectSumForSmallAndLargeSamples) {
  std::vector<size_t> sizes;
  for (size_t n = 6; n <= 2000; ++n) sizes.push_back(n);
  for (size_t n : {4999u, 10000u, 65537u, 250000u, 1000000u}) sizes.push_back(n);
  for (size_t n : sizes) {
    double fast = 0, direct = 0;
    ASSERT_EQ(median_interval_rank(n, &fast), reference_rank(n, &direct)) << n;
    ASSERT_NEAR(fast, direct, 1e-9) << n;
  }
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

// summarize_median counts whole numbers in a narrow range and selects the others: either way its
// figures must be those of a sorted copy, bit for bit.
TEST(SummarizeMedian, CountingAndSelectionGiveTheFiguresOfASortedCopy) {
  std::mt19937_64 random(20261202);
  const auto sorted_quantile = [](const std::vector<double>& v, double p) {
    const double h = (static_cast<double>(v.size()) - 1) * p;
    const size_t lo = static_cast<size_t>(std::floor(h));
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - static_cast<double>(lo)) * (v[hi] - v[lo]);
  };
  for (int round = 0; round < 360; ++round) {
    // Every seventh round 512 to 40,000 values, where amounts (≥ 0, not whole) are bucketed.
    const bool many = round % 7 == 6;
    const size_t n = many ? 512 + random() % 39500 : 1 + random() % 500;
    std::vector<double> v(n);
    for (double& x : v) {
      switch (round % 6) {
        case 0: x = static_cast<double>(random() % 90); break;                    // days: counted
        case 1: x = static_cast<double>(random() % 1000000) - 500000; break;      // too wide: selected
        case 2: x = static_cast<double>(random() % 100000) / 100; break;           // cents: bucketed or selected
        case 3: x = std::exp(static_cast<double>(random() % 20000) / 1000) + 0.5; break;  // skewed amounts
        case 4: x = std::array<double, 4>{0.0, 12.5, 99.99, 1e12}[random() % 4]; break;  // few values, zeros, a huge one
        default: x = static_cast<double>(random() % (2 * n)) - static_cast<double>(n); break;  // negatives: counted
      }
    }
    if (many && round % 4 == 0) v[random() % n] = -0.0;  // a negative zero: selected, not bucketed
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    const auto s = summarize_median(v);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->median, sorted_quantile(sorted, 0.5)) << round;
    EXPECT_EQ(s->q1, sorted_quantile(sorted, 0.25)) << round;
    EXPECT_EQ(s->q3, sorted_quantile(sorted, 0.75)) << round;
    double coverage = 0;
    const size_t k = median_interval_rank(n, &coverage);
    ASSERT_EQ(s->ci.has_value(), k > 0) << round;
    if (k > 0) {
      EXPECT_EQ(s->ci->low, sorted[k - 1]) << round;
      EXPECT_EQ(s->ci->high, sorted[n - k]) << round;
      EXPECT_EQ(s->ci_coverage, coverage) << round;
      EXPECT_GE(s->ci_coverage, 0.95) << round;
    }
  }
}

// Every figure of two summaries equal.
static void expect_same_summary(const std::optional<MedianSummary>& got, const std::optional<MedianSummary>& expected) {
  ASSERT_TRUE(expected && got);
  EXPECT_EQ(got->n, expected->n);
  EXPECT_EQ(got->median, expected->median);
  EXPECT_EQ(got->q1, expected->q1);
  EXPECT_EQ(got->q3, expected->q3);
  ASSERT_EQ(got->ci.has_value(), expected->ci.has_value());
  if (got->ci) {
    EXPECT_EQ(got->ci->low, expected->ci->low);
    EXPECT_EQ(got->ci->high, expected->ci->high);
    EXPECT_EQ(got->ci_coverage, expected->ci_coverage);
  }
}

TEST(SummarizeMedian, WholeNumbersGiveTheFiguresOfTheSameValuesAsDoubles) {
  // Counted (days, negatives) or, when too wide for their count, selected: equal to the double path
  // bit for bit, the interval's presence and coverage too.
  std::mt19937_64 random(20261204);
  for (int round = 0; round < 300; ++round) {
    const size_t n = 1 + random() % 700;
    std::vector<int32_t> days(n);
    for (int32_t& d : days) {
      switch (round % 4) {
        case 0: d = static_cast<int32_t>(random() % 400); break;                           // counted
        case 1: d = static_cast<int32_t>(random() % 2000000) - 1000000; break;             // too wide: selected
        case 2: d = round % 8 == 2 ? INT32_MIN + static_cast<int32_t>(random() % 3) : INT32_MAX - static_cast<int32_t>(random() % 3); break;
        default: d = static_cast<int32_t>(random() % (3 * n)) - static_cast<int32_t>(n); break;  // negatives
      }
    }
    if (round % 16 == 2) days.back() = INT32_MAX;  // the full int32 range: selected
    std::vector<double> as_doubles(days.begin(), days.end());
    const auto expected = summarize_median(as_doubles);
    const auto got = summarize_median(days);
    SCOPED_TRACE(round);
    expect_same_summary(got, expected);
  }
  std::vector<int32_t> none;
  EXPECT_FALSE(summarize_median(none).has_value());
}

TEST(SummarizeMedian, CountsGiveTheFiguresOfTheValuesTheyCount) {
  std::mt19937_64 random(20261205);
  for (int round = 0; round < 200; ++round) {
    const size_t n = 1 + random() % 3000;
    const uint32_t range = 1 + static_cast<uint32_t>(random() % (round % 2 ? 40 : 2000));  // ties, or spread
    std::vector<int32_t> days(n);
    std::vector<uint32_t> counts(range + static_cast<uint32_t>(random() % 5), 0);  // trailing zero counts
    for (int32_t& d : days) {
      d = static_cast<int32_t>(random() % range);
      ++counts[static_cast<size_t>(d)];
    }
    const auto expected = summarize_median(days);
    const auto got = summarize_median_of_counts(counts);
    SCOPED_TRACE(round);
    expect_same_summary(got, expected);
  }
  EXPECT_FALSE(summarize_median_of_counts({}).has_value());
  const std::vector<uint32_t> zeros(5, 0);
  EXPECT_FALSE(summarize_median_of_counts(zeros).has_value());
}

TEST(Quantile, SelectsTheSameOrderStatisticsAsASort) {
  std::mt19937_64 random(7);
  for (int round = 0; round < 100; ++round) {
    std::vector<double> v(1 + random() % 200);
    for (double& x : v) x = static_cast<double>(random() % 50);
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    for (double p : {0.0, 0.025, 0.5, 0.975, 1.0}) {
      std::vector<double> copy = v;
      const double h = (static_cast<double>(v.size()) - 1) * p;
      const size_t lo = static_cast<size_t>(std::floor(h)), hi = std::min(lo + 1, v.size() - 1);
      EXPECT_EQ(*quantile(copy, p), sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]));
    }
  }
}

}  // namespace icp::stats
