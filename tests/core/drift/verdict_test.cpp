#include "drift/verdict.h"

#include <gtest/gtest.h>

namespace icp::drift {
namespace {

const VerdictComponent& component(const Verdict& v, const std::string& name) {
  for (const auto& c : v.components) {
    if (c.name == name) return c;
  }
  static const VerdictComponent none{};
  ADD_FAILURE() << "no component " << name;
  return none;
}

Indicator indicator(const char* kind, const char* what, bool evaluated, bool detected, const char* reason = "") {
  Indicator ind;
  ind.id = what;
  ind.kind = kind;
  ind.what = what;
  ind.evaluated = evaluated;
  ind.detected = detected;
  ind.reason = reason;
  return ind;
}

// Zero points must not read as "healthy" when nothing could be measured: the why says so.
TEST(Verdict, IndicatorsThatCouldNotBeEvaluatedSaySoNotUndetected) {
  const std::vector<Indicator> indicators = {
      indicator("lagging", "NRR of newer cohorts falling", false, false, "no revenue file was given"),
      indicator("lagging", "GRR of newer cohorts falling", false, false, "no revenue file was given"),
      indicator("lagging", "tickets rising", false, false, "no tickets file, or too few customers per cohort"),
      indicator("leading", "win rate falling", true, false),
      indicator("leading", "CAC rising", false, false, "no spend file was given"),
  };
  VerdictInputs in;
  in.indicators = &indicators;
  const Verdict v = decide_verdict(in);
  const VerdictComponent& lagging = component(v, "lagging_indicators");
  EXPECT_EQ(lagging.points, 0);
  EXPECT_EQ(lagging.why, "not evaluated: no revenue file was given; no tickets file, or too few customers per cohort");
  const VerdictComponent& leading = component(v, "leading_indicators");
  EXPECT_EQ(leading.points, 0);
  EXPECT_EQ(leading.why, "none of the 1 leading indicators evaluated is detected");
}

TEST(Verdict, DetectedIndicatorsScoreAndAreNamed) {
  const std::vector<Indicator> indicators = {
      indicator("lagging", "NRR of newer cohorts falling", true, true),
      indicator("leading", "win rate falling", true, true),
      indicator("leading", "cycles lengthening", true, true),
      indicator("leading", "CAC rising", true, false),
  };
  VerdictInputs in;
  in.indicators = &indicators;
  const Verdict v = decide_verdict(in);
  EXPECT_EQ(component(v, "lagging_indicators").points, 5);
  EXPECT_EQ(component(v, "lagging_indicators").why, "NRR of newer cohorts falling");
  EXPECT_EQ(component(v, "leading_indicators").points, 8);
  EXPECT_EQ(component(v, "leading_indicators").why, "win rate falling, cycles lengthening");
}


// Baseline quarters 0-3 and recent quarters 4-7, each of 1,000 new deals; the baseline's fit share is
// 60%, the recent window's `recent_fit` per mille.
FitShareSeries fit_series(uint64_t recent_fit) {
  FitShareSeries s;
  s.of = "new_deals";
  for (int32_t q = 0; q < 8; ++q) s.periods.push_back({q, "Q" + std::to_string(q), q < 4 ? 600u : recent_fit, 1000, 0, {}, {}});
  return s;
}

DriftWindows windows_0_to_7() {
  DriftWindows w;
  w.first = 0;
  w.baseline_first = 0;
  w.recent_first = 4;
  w.last = 7;
  return w;
}

Onset detected_slide() {
  Onset o;
  o.detected = true;
  o.shape = "slide";
  o.onset_period = "Q4";
  o.hinge.p_value = 0.01;
  o.trend.z = -3;
  o.trend.p_value = 0.003;
  return o;
}

// The verdict on the fit series with recent_fit fit deals in the recent window, with or without the
// detected slide of detected_slide().
Verdict verdict_of_fit_series(uint64_t recent_fit, bool onset_detected = true) {
  const FitShareSeries series = fit_series(recent_fit);
  const DriftWindows windows = windows_0_to_7();
  Onset onset = detected_slide();
  onset.detected = onset_detected;
  VerdictInputs in;
  in.fit_deals = &series;
  in.windows = &windows;
  in.onset = &onset;
  return decide_verdict(in);
}

TEST(Verdict, AFitShareSlideCountsWithHalfItsDropInPoints) {
  const Verdict v = verdict_of_fit_series(500);  // 10 pts lower
  const VerdictComponent& c = component(v, "fit_share");
  EXPECT_EQ(c.points, 25);
  EXPECT_EQ(c.why, "the ICP-fit share of new deals slides from Q4 (p = 0.01); 10.0 pts lower in the recent window");
}

// On a large export a slide of a fraction of a point is significant; it must not count.
TEST(Verdict, ASignificantButImmaterialFitShareMoveGivesNoPoints) {
  for (const uint64_t recent_fit : {602u, 580u}) {  // 0.2 pts higher; 2 pts lower
    const Verdict v = verdict_of_fit_series(recent_fit);
    const VerdictComponent& c = component(v, "fit_share");
    EXPECT_EQ(c.points, 0) << recent_fit;
    EXPECT_EQ(c.why, recent_fit == 602 ? "the ICP-fit share moves (p = 0.01), but the recent window is 0.2 pts above the baseline (under the 3 pts that count)"
                                       : "the ICP-fit share moves (p = 0.01), but the recent window is 2.0 pts below the baseline (under the 3 pts that count)");
    EXPECT_EQ(v.severity, "none");
  }
  // The trend alone is gated the same way.
  const Verdict flat = verdict_of_fit_series(590, false);
  EXPECT_EQ(component(flat, "fit_share").points, 0);
  const Verdict fell = verdict_of_fit_series(560, false);
  EXPECT_EQ(component(fell, "fit_share").points, 10);
}

}  // namespace
}  // namespace icp::drift
