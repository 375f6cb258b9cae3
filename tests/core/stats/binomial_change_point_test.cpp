#include "stats/binomial_change_point.h"

#include <gtest/gtest.h>

#include <cmath>

#include "stats/order_statistics.h"

namespace icp::stats {
namespace {

const std::vector<uint64_t> kRefN{30, 28, 35, 32, 31, 29, 33, 36, 30, 34, 31, 35};
const std::vector<uint64_t> kRefK{18, 17, 21, 19, 18, 17, 14, 13, 12, 13, 11, 12};

double pooled(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n) {
  double s = 0, m = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    s += static_cast<double>(k[t]);
    m += static_cast<double>(n[t]);
  }
  return s / m;
}

}  // namespace

// METHODS.md reference series → LR = 18.3415 with the change after period 6.
TEST(BinomialChangePoint, ReferenceSeries) {
  const StepChangeResult r = binomial_step_change(kRefK, kRefN);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(r.lr, 18.3415, 5e-5);
  EXPECT_EQ(r.change_after, 6u);
  EXPECT_DOUBLE_EQ(r.rate_before, 110.0 / 185.0);
  EXPECT_DOUBLE_EQ(r.rate_after, 75.0 / 199.0);
  EXPECT_EQ(r.replicates, kDefaultStepReplicates);
  EXPECT_EQ(r.seed, kDefaultSeed);
  // LR 18.3 is far beyond the null's 95th percentile (≈ 6.94): a handful of 9999 replicates at most.
  EXPECT_LT(r.p_value, 0.002);
  EXPECT_GE(r.p_value, 1.0 / 10000);
}

// METHODS.md: for T = 12 the null 95th percentile of max LR is ≈ 6.94, not χ²₁'s 3.84.
TEST(BinomialChangePoint, NullPercentileForTwelvePeriods) {
  std::vector<double> null_lr = step_null_max_lr(kRefN, pooled(kRefK, kRefN), 10000, kDefaultSeed);
  ASSERT_EQ(null_lr.size(), 10000u);
  const double q95 = *quantile(null_lr, 0.95);
  EXPECT_NEAR(q95, 6.94, 0.6);
  EXPECT_GT(q95, 3.84 + 1);
}

TEST(BinomialChangePoint, BootstrapIsReproducibleAndSeeded) {
  const std::vector<uint64_t> k{18, 17, 19, 16, 18, 17, 16, 15, 17, 15, 16, 14};
  const StepChangeResult a = binomial_step_change(k, kRefN, 999, 5);
  const StepChangeResult b = binomial_step_change(k, kRefN, 999, 5);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.p_value, b.p_value);
  EXPECT_EQ(a.lr, b.lr);
  EXPECT_EQ(a.seed, 5u);
  // (1 + #) / (1 + B) with B = 999: a multiple of 1/1000.
  EXPECT_NEAR(a.p_value * 1000, std::round(a.p_value * 1000), 1e-6);
  EXPECT_GT(a.p_value, 0.05);  // a mild wobble, not a change
}

TEST(BinomialChangePoint, ConstantSeriesHasNoEvidence) {
  const std::vector<uint64_t> n(12, 40), k(12, 20);
  const StepChangeResult r = binomial_step_change(k, n, 999);
  ASSERT_TRUE(r.ok());
  EXPECT_NEAR(r.lr, 0, 1e-9);
  EXPECT_DOUBLE_EQ(r.p_value, 1.0);
}

TEST(BinomialChangePoint, AtLeastTwoPeriodsEachSide) {
  // The largest jump is after period 1, which is not allowed.
  const std::vector<uint64_t> n(10, 50);
  const std::vector<uint64_t> k{50, 25, 25, 24, 25, 26, 25, 25, 24, 25};
  const std::optional<StepSplit> split = best_step_split(k, n);
  ASSERT_TRUE(split);
  EXPECT_GE(split->change_after, 2u);
  EXPECT_LE(split->change_after, 8u);
}

TEST(BinomialChangePoint, ShortSeriesIsInsufficientData) {
  const std::vector<uint64_t> n{30, 30, 30, 30, 30, 30, 30}, k{20, 20, 20, 10, 10, 10, 10};
  EXPECT_EQ(binomial_step_change(k, n).reason, "insufficient data (n=7)");
  // Empty periods do not count towards the 8.
  std::vector<uint64_t> n2 = n, k2 = k;
  n2.push_back(0);
  k2.push_back(0);
  EXPECT_EQ(binomial_step_change(k2, n2).reason, "insufficient data (n=7)");
  EXPECT_EQ(pelt_segmentation(k, n).reason, "insufficient data (n=7)");
  EXPECT_FALSE(binomial_step_change({1, 2}, {2}).ok());
  EXPECT_FALSE(binomial_step_change(std::vector<uint64_t>(8, 3), std::vector<uint64_t>(8, 2)).ok());
}

TEST(BinomialChangePoint, SegmentCost) {
  EXPECT_DOUBLE_EQ(binomial_segment_cost(0, 0), 0);
  EXPECT_DOUBLE_EQ(binomial_segment_cost(0, 10), 0);
  EXPECT_DOUBLE_EQ(binomial_segment_cost(10, 10), 0);
  EXPECT_NEAR(binomial_segment_cost(5, 10), -2 * 10 * std::log(0.5), 1e-12);
}

TEST(Pelt, ReferenceSeriesHasOneChange) {
  const SegmentationResult r = pelt_segmentation(kRefK, kRefN);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(r.penalty, 3 * std::log(12.0), 1e-5);
  ASSERT_EQ(r.change_after, std::vector<size_t>{6});
  ASSERT_EQ(r.segments.size(), 2u);
  EXPECT_EQ(r.segments[0].first, 0u);
  EXPECT_EQ(r.segments[0].last, 5u);
  EXPECT_EQ(r.segments[1].first, 6u);
  EXPECT_EQ(r.segments[1].last, 11u);
  EXPECT_EQ(r.segments[0].successes, 110u);
  EXPECT_EQ(r.segments[1].trials, 199u);
}

TEST(Pelt, TwoStepsAndMinimumSegment) {
  std::vector<uint64_t> n(18, 100), k;
  for (int t = 0; t < 18; ++t) k.push_back(t < 6 ? 80 : t < 12 ? 50 : 20);
  const SegmentationResult r = pelt_segmentation(k, n);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.change_after, (std::vector<size_t>{6, 12}));
  EXPECT_DOUBLE_EQ(r.segments[1].rate, 0.5);
  // A one-period spike cannot be its own segment with a minimum of 2.
  std::vector<uint64_t> spike(12, 50);
  spike[5] = 95;
  const SegmentationResult s = pelt_segmentation(spike, std::vector<uint64_t>(12, 100));
  for (const Segment& seg : s.segments) EXPECT_GE(seg.last - seg.first + 1, 2u);
  // A constant series has no change.
  EXPECT_TRUE(pelt_segmentation(std::vector<uint64_t>(12, 30), std::vector<uint64_t>(12, 60)).change_after.empty());
}

// 10,000 replicates over 60 periods date a late step (its speed is the benchmark's business).
TEST(BinomialChangePoint, BootstrapOverSixtyPeriodsFindsTheStep) {
  std::vector<uint64_t> n(60), k(60);
  for (size_t t = 0; t < 60; ++t) {
    n[t] = 200 + 7 * t;
    k[t] = n[t] / 2 - (t > 40 ? 25 : 0);
  }
  const StepChangeResult r = binomial_step_change(k, n, 9999);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.change_after, 41u);
  EXPECT_EQ(r.replicates, 9999u);
  EXPECT_LT(r.p_value, 0.01);
}

}  // namespace icp::stats
