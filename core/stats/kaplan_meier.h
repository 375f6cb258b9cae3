// Kaplan–Meier product-limit estimator of a survival curve from right-censored times, with
// Greenwood's variance and the median survival time with a 95% interval.
//
// Ties: at one time, events come before censorings (a subject censored at t was still at risk at t).
//
// Median: the smallest time t with S(t) <= 0.5; when S(t) is exactly 0.5 over an interval, the
// midpoint of that interval (t and the next event time), as R's survfit does.
//
// Median interval: the "median of the confidence bands" method (Brookmeyer–Crowley style, as R's
// survfit does by default): the 95% pointwise bands of S on the log scale,
// S · exp(±z · √G) with G = Σ d / (n (n − d)) (Greenwood), upper band capped at 1; the interval's
// low end is the first time the lower band falls to 0.5 or below, its high end the first time the
// upper band does. Either end may not be reached (the band never falls that far). Where the curve
// reaches 0 both bands are 0.
//
// Only +, −, ×, ÷ go into S and G, so they are the same bits on every platform; exp and sqrt only
// decide which observed time ends the interval.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace icp::stats {

struct SurvivalTime {
  double time = 0;
  bool event = false;  // true: the event happened at time; false: censored at time
};

// One distinct observed time.
struct SurvivalStep {
  double time = 0;
  uint64_t at_risk = 0;   // subjects with time >= this one
  uint64_t events = 0;
  uint64_t censored = 0;
  double survival = 1;    // S just after this time
  double greenwood = 0;   // Σ d / (n (n − d)) up to this time (infinite once S is 0)

  // Greenwood's variance of S at this time: S² · G (0 once S is 0).
  double variance() const { return survival > 0 ? survival * survival * greenwood : 0; }
};

struct KaplanMeier {
  uint64_t n = 0;
  uint64_t events = 0;
  uint64_t censored = 0;
  std::vector<SurvivalStep> steps;  // every distinct time, ascending
  std::optional<double> median;     // absent: the curve never falls to 0.5
  std::optional<double> median_low;   // absent: the lower band never falls to 0.5
  std::optional<double> median_high;  // absent: the upper band never falls to 0.5
};

// NaN times are ignored; times may be any real numbers (negative ones are the caller's problem).
KaplanMeier kaplan_meier(std::vector<SurvivalTime> observations, double z = 1.959963984540054);

// S(t): the survival just after the last step at or before t (1 before the first step).
double survival_at(const KaplanMeier& km, double t);

}  // namespace icp::stats
