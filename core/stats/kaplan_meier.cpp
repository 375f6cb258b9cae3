#include "stats/kaplan_meier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace icp::stats {
namespace {

// S is a product of fractions: "exactly one half" is judged with room for its rounding.
constexpr double kHalfTolerance = 1e-12;

// The first time a curve (given per step) is at or below one half; for the estimate itself, an
// interval where it is exactly one half gives that interval's midpoint.
template <class Curve>
std::optional<double> first_at_or_below_half(const std::vector<SurvivalStep>& steps, Curve curve,
                                             bool midpoint_on_exact_half) {
  for (size_t i = 0; i < steps.size(); ++i) {
    const double s = curve(steps[i]);
    if (s > 0.5 + kHalfTolerance) continue;
    if (midpoint_on_exact_half && s >= 0.5 - kHalfTolerance) {
      for (size_t j = i + 1; j < steps.size(); ++j) {
        if (steps[j].events > 0) return (steps[i].time + steps[j].time) / 2;
      }
      return steps[i].time;
    }
    return steps[i].time;
  }
  return std::nullopt;
}

}  // namespace

KaplanMeier kaplan_meier(std::vector<SurvivalTime> obs, double z) {
  obs.erase(std::remove_if(obs.begin(), obs.end(), [](const SurvivalTime& o) { return std::isnan(o.time); }),
            obs.end());
  // Ascending time; at one time, events first (the order within a time does not change the result,
  // but keeps the walk simple).
  std::sort(obs.begin(), obs.end(), [](const SurvivalTime& a, const SurvivalTime& b) {
    if (a.time != b.time) return a.time < b.time;
    return a.event && !b.event;
  });
  KaplanMeier km;
  km.n = obs.size();
  uint64_t at_risk = km.n;
  double s = 1;
  double g = 0;
  for (size_t i = 0; i < obs.size();) {
    SurvivalStep step;
    step.time = obs[i].time;
    step.at_risk = at_risk;
    size_t j = i;
    for (; j < obs.size() && obs[j].time == step.time; ++j) {
      if (obs[j].event) ++step.events;
      else ++step.censored;
    }
    if (step.events > 0) {
      const double n = static_cast<double>(at_risk);
      const double d = static_cast<double>(step.events);
      s *= (n - d) / n;
      g = step.events < at_risk ? g + d / (n * (n - d)) : std::numeric_limits<double>::infinity();
    }
    step.survival = s;
    step.greenwood = g;
    km.events += step.events;
    km.censored += step.censored;
    at_risk -= step.events + step.censored;
    km.steps.push_back(step);
    i = j;
  }

  km.median = first_at_or_below_half(km.steps, [](const SurvivalStep& st) { return st.survival; }, true);
  const auto band = [z](const SurvivalStep& st, double sign) {
    if (st.survival <= 0) return 0.0;
    return std::min(1.0, st.survival * std::exp(sign * z * std::sqrt(st.greenwood)));
  };
  km.median_low = first_at_or_below_half(km.steps, [&](const SurvivalStep& st) { return band(st, -1); }, false);
  km.median_high = first_at_or_below_half(km.steps, [&](const SurvivalStep& st) { return band(st, +1); }, false);
  return km;
}

double survival_at(const KaplanMeier& km, double t) {
  double s = 1;
  for (const auto& step : km.steps) {
    if (step.time > t) break;
    s = step.survival;
  }
  return s;
}

}  // namespace icp::stats
