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

}  // namespace
}  // namespace icp::drift
