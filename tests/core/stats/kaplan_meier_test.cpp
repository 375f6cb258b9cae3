#include "stats/kaplan_meier.h"

#include <gtest/gtest.h>

#include <cmath>

namespace icp::stats {
namespace {

// Freireich et al. (1963), 6-MP arm of the leukaemia remission trial (Kleinbaum & Klein, Table 2.1);
// "+" marks a censored time.
std::vector<SurvivalTime> freireich_6mp() {
  const double times[] = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
  const bool event[] = {1, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0};
  std::vector<SurvivalTime> v;
  // Given in reverse so the estimator's own sort is exercised.
  for (int i = 20; i >= 0; --i) v.push_back({times[i], event[i]});
  return v;
}

const SurvivalStep* step_at(const KaplanMeier& km, double t) {
  for (const auto& s : km.steps) {
    if (s.time == t) return &s;
  }
  return nullptr;
}

TEST(KaplanMeier, FreireichSixMpMatchesTheTextbook) {
  const KaplanMeier km = kaplan_meier(freireich_6mp());
  EXPECT_EQ(km.n, 21u);
  EXPECT_EQ(km.events, 9u);
  EXPECT_EQ(km.censored, 12u);
  EXPECT_NEAR(survival_at(km, 6), 0.857, 5e-4);
  EXPECT_NEAR(survival_at(km, 7), 0.807, 5e-4);
  EXPECT_NEAR(survival_at(km, 10), 0.753, 5e-4);
  EXPECT_NEAR(survival_at(km, 13), 0.690, 5e-4);
  EXPECT_NEAR(survival_at(km, 16), 0.627, 5e-4);
  EXPECT_NEAR(survival_at(km, 22), 0.538, 5e-4);
  EXPECT_NEAR(survival_at(km, 23), 0.448, 5e-4);
  EXPECT_DOUBLE_EQ(survival_at(km, 5.9), 1.0);
  EXPECT_DOUBLE_EQ(survival_at(km, 100), survival_at(km, 23));  // flat after the last event
  // Exact products.
  EXPECT_DOUBLE_EQ(survival_at(km, 6), 18.0 / 21.0);
  EXPECT_DOUBLE_EQ(survival_at(km, 7), 18.0 / 21.0 * 16.0 / 17.0);
  ASSERT_TRUE(km.median.has_value());
  EXPECT_DOUBLE_EQ(*km.median, 23);
}

TEST(KaplanMeier, FreireichGreenwoodStandardErrorsMatchR) {
  // R: summary(survfit(Surv(time, status) ~ 1)) std.err 0.0764, 0.0869, 0.0963, 0.1068, 0.1141,
  // 0.1282, 0.1346.
  const KaplanMeier km = kaplan_meier(freireich_6mp());
  const double times[] = {6, 7, 10, 13, 16, 22, 23};
  const double se[] = {0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346};
  for (int i = 0; i < 7; ++i) {
    const SurvivalStep* s = step_at(km, times[i]);
    ASSERT_NE(s, nullptr) << times[i];
    EXPECT_NEAR(std::sqrt(s->variance()), se[i], 5e-5) << times[i];
  }
  EXPECT_DOUBLE_EQ(step_at(km, 6)->greenwood, 3.0 / (21.0 * 18.0));
}

TEST(KaplanMeier, FreireichTiesPutEventsBeforeCensorings) {
  const KaplanMeier km = kaplan_meier(freireich_6mp());
  const SurvivalStep* six = step_at(km, 6);
  ASSERT_NE(six, nullptr);
  EXPECT_EQ(six->at_risk, 21u);  // the one censored at 6 is still at risk at 6
  EXPECT_EQ(six->events, 3u);
  EXPECT_EQ(six->censored, 1u);
  EXPECT_EQ(step_at(km, 7)->at_risk, 17u);
  const SurvivalStep* ten = step_at(km, 10);
  EXPECT_EQ(ten->at_risk, 15u);
  EXPECT_EQ(ten->events, 1u);
  EXPECT_EQ(ten->censored, 1u);
  EXPECT_EQ(step_at(km, 13)->at_risk, 12u);
}

TEST(KaplanMeier, FreireichMedianIntervalFromTheLogBands) {
  // R (conf.type = "log"): median 23, 0.95LCL 16, 0.95UCL NA.
  const KaplanMeier km = kaplan_meier(freireich_6mp());
  ASSERT_TRUE(km.median_low.has_value());
  EXPECT_DOUBLE_EQ(*km.median_low, 16);
  EXPECT_FALSE(km.median_high.has_value());
}

TEST(KaplanMeier, ExactHalfGivesTheMidpoint) {
  // Four events, no censoring: S = 0.75, 0.5, 0.25, 0 → median halfway between 2 and 3 (as R).
  const KaplanMeier km = kaplan_meier({{1, true}, {2, true}, {3, true}, {4, true}});
  ASSERT_TRUE(km.median.has_value());
  EXPECT_DOUBLE_EQ(*km.median, 2.5);
  EXPECT_DOUBLE_EQ(km.steps.back().survival, 0);
  EXPECT_DOUBLE_EQ(km.steps.back().variance(), 0);
  ASSERT_TRUE(km.median_high.has_value());
  EXPECT_DOUBLE_EQ(*km.median_high, 4);  // the bands are 0 where the curve is
}

TEST(KaplanMeier, MedianNotReachedWhenMostAreCensored) {
  const KaplanMeier km = kaplan_meier({{5, true}, {8, false}, {9, false}, {12, false}, {20, false}});
  EXPECT_FALSE(km.median.has_value());
  EXPECT_FALSE(km.median_low.has_value());
  EXPECT_FALSE(km.median_high.has_value());
  EXPECT_EQ(km.events, 1u);
  EXPECT_EQ(km.censored, 4u);
  EXPECT_DOUBLE_EQ(survival_at(km, 30), 0.8);
}

TEST(KaplanMeier, EmptyAndNaN) {
  const KaplanMeier empty = kaplan_meier({});
  EXPECT_EQ(empty.n, 0u);
  EXPECT_TRUE(empty.steps.empty());
  EXPECT_FALSE(empty.median.has_value());
  const KaplanMeier km = kaplan_meier({{std::nan(""), true}, {3, true}});
  EXPECT_EQ(km.n, 1u);
  ASSERT_TRUE(km.median.has_value());
  EXPECT_DOUBLE_EQ(*km.median, 3);
}

TEST(KaplanMeier, OnlyCensoredTimesLeaveTheCurveAtOne) {
  const KaplanMeier km = kaplan_meier({{3, false}, {3, false}, {7, false}});
  ASSERT_EQ(km.steps.size(), 2u);
  EXPECT_EQ(km.steps[0].censored, 2u);
  EXPECT_DOUBLE_EQ(km.steps[1].survival, 1);
  EXPECT_EQ(km.steps[1].at_risk, 1u);
}

}  // namespace
}  // namespace icp::stats
