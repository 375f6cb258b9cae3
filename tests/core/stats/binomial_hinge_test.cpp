#include "stats/binomial_hinge.h"

#include <gtest/gtest.h>

#include <cmath>

#include "stats/binomial_change_point.h"

namespace icp::stats {
namespace {

// METHODS.md's gradual drift: a stable share 0.75 for 6 periods, then a linear slide to 0.35 over 9
// periods, n = 1000 per period, k_t = round(n · share_t).
void slide_series(std::vector<uint64_t>& k, std::vector<uint64_t>& n) {
  for (int t = 1; t <= 15; ++t) {
    const double share = t <= 6 ? 0.75 : 0.75 - 0.40 / 9 * (t - 6);
    n.push_back(1000);
    k.push_back(static_cast<uint64_t>(std::llround(1000 * share)));
  }
}

}  // namespace

TEST(BinomialHinge, OnsetIsTheStartOfTheSlide) {
  std::vector<uint64_t> k, n;
  slide_series(k, n);
  const HingeOnsetResult r = binomial_hinge_onset(k, n, 499);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_EQ(r.onset_index, 6u);  // the 7th period is the first one of the slide
  EXPECT_NEAR(r.level, 0.75, 1e-3);
  EXPECT_NEAR(r.slope, -0.40 / 9, 1e-3);
  EXPECT_LT(r.p_value, 0.01);
  // The mean-shift split dates the same slide later, in the middle of the ramp (METHODS.md).
  const StepChangeResult step = binomial_step_change(k, n, 99);
  ASSERT_TRUE(step.ok());
  EXPECT_GT(step.change_after, r.onset_index);
  EXPECT_EQ(r.step_change_after, step.change_after);
  EXPECT_EQ(r.better_fit, ChangeShape::hinge);
  EXPECT_TRUE(r.hinge_preferred);
  EXPECT_GT(r.loglik_hinge, r.loglik_step);
}

TEST(BinomialHinge, ConstantSeriesIsNotAnOnset) {
  std::vector<uint64_t> n{40, 55, 38, 61, 47, 52, 44, 58, 49, 41, 60, 53}, k;
  for (uint64_t v : n) k.push_back(static_cast<uint64_t>(std::llround(0.6 * static_cast<double>(v))));
  const HingeOnsetResult r = binomial_hinge_onset(k, n, 499);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_GT(r.p_value, 0.2);
  EXPECT_FALSE(r.hinge_preferred);
}

// METHODS.md's reference series is a step: the step fits it better than a hinge.
TEST(BinomialHinge, StepSeriesPrefersTheStep) {
  const std::vector<uint64_t> n{30, 28, 35, 32, 31, 29, 33, 36, 30, 34, 31, 35};
  const std::vector<uint64_t> k{18, 17, 21, 19, 18, 17, 14, 13, 12, 13, 11, 12};
  const HingeOnsetResult r = binomial_hinge_onset(k, n, 499);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_EQ(r.better_fit, ChangeShape::step);
  EXPECT_FALSE(r.hinge_preferred);
  EXPECT_EQ(r.step_change_after, 6u);
  EXPECT_NEAR(r.loglik_step - r.loglik_constant, 18.3415 / 2, 1e-3);
}

TEST(BinomialHinge, AtLeastThreePeriodsBeforeTheOnset) {
  // The slide starts right away; the earliest onset allowed is after period 3.
  std::vector<uint64_t> n(10, 500), k;
  for (int t = 0; t < 10; ++t) k.push_back(static_cast<uint64_t>(400 - 30 * t));
  const std::optional<HingeFit> fit = best_hinge_fit(k, n);
  ASSERT_TRUE(fit);
  EXPECT_GE(fit->tau, kMinHingeStable);
  EXPECT_LE(fit->tau, 10 - kMinHingeSlide);
}

TEST(BinomialHinge, SlideToZeroStaysInsideTheUnitInterval) {
  std::vector<uint64_t> n(10, 100), k{50, 50, 50, 50, 50, 30, 10, 0, 0, 0};
  const HingeOnsetResult r = binomial_hinge_onset(k, n, 99);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_TRUE(std::isfinite(r.loglik_hinge));
  EXPECT_GE(r.lr, 0);
}

TEST(BinomialHinge, ReproducibleWithTheSameSeed) {
  std::vector<uint64_t> n{40, 55, 38, 61, 47, 52, 44, 58, 49, 41, 60, 53};
  std::vector<uint64_t> k{24, 33, 23, 37, 27, 29, 24, 30, 24, 19, 27, 23};
  const HingeOnsetResult a = binomial_hinge_onset(k, n, 299, 11);
  const HingeOnsetResult b = binomial_hinge_onset(k, n, 299, 11);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a.p_value, b.p_value);
  EXPECT_EQ(a.lr, b.lr);
  EXPECT_EQ(a.onset_index, b.onset_index);
}

TEST(BinomialHinge, DegenerateInputSaysWhy) {
  EXPECT_EQ(binomial_hinge_onset(std::vector<uint64_t>(6, 1), std::vector<uint64_t>(6, 2)).reason,
            "insufficient data (n=6)");
  EXPECT_EQ(binomial_hinge_onset(std::vector<uint64_t>(9, 0), std::vector<uint64_t>(9, 2)).reason,
            "the share is 0 in every period");
}

TEST(BinomialHinge, SixtyPeriodsFindTheSlide) {
  std::vector<uint64_t> n(60), k(60);
  for (size_t t = 0; t < 60; ++t) {
    n[t] = 80 + (t * 13) % 40;
    k[t] = n[t] * (t < 40 ? 60 : 60 - (t - 40)) / 100;
  }
  const HingeOnsetResult r = binomial_hinge_onset(k, n, 1999);
  ASSERT_TRUE(r.ok()) << r.reason;
  EXPECT_NEAR(static_cast<double>(r.onset_index), 40, 3);
  EXPECT_LT(r.p_value, 0.01);
}

}  // namespace icp::stats
