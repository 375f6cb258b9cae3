// Time-to-value (SPEC §2 "Customer success"): days from a customer's first won close to its go-live
// (accounts go_live_date), by Kaplan–Meier (stats/kaplan_meier.h) so customers not live yet count as
// censored at the data's as-of day instead of being dropped or counted as fast.
// - Customers with a first won close date enter; a go-live before the close is a data problem:
//   counted (go_live_before_close) and left out; so is a close after the as-of day.
// - The median needs at least 6 events (METHODS.md's minimum for a median, applied to events):
//   "insufficient data (n=…, events=…)" below, "median not reached (n=…, events=…)" when the curve
//   never falls to one half.
// - Per segment level (Dimension::of_customer) and per acquisition cohort (quarter of the first won
//   close), each with its own curve's median.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "metrics/analysis_input.h"
#include "metrics/figure.h"
#include "stats/kaplan_meier.h"

namespace icp::metrics {

inline constexpr uint64_t kMinTtvEvents = 6;

struct TtvGroup {
  std::string segment;  // level, cohort label, or "" overall
  uint64_t n = 0;
  uint64_t events = 0;
  uint64_t censored = 0;
  Figure<double> median_days;
  std::optional<double> median_low;   // 95% interval ends (stats/kaplan_meier.h); either may be
  std::optional<double> median_high;  // absent (the band never falls to one half)
};

struct TimeToValue {
  TtvGroup overall;
  std::vector<stats::SurvivalStep> curve;  // every distinct day with an event or a censoring
  uint64_t go_live_before_close = 0;
  uint64_t close_after_as_of = 0;
  std::vector<std::pair<std::string, std::vector<TtvGroup>>> by_dimension;
  std::vector<TtvGroup> by_cohort;  // ascending quarters
};

// Null with a reason without go-live dates or without won deals.
Figure<TimeToValue> compute_time_to_value(const AnalysisInput& input);

}  // namespace icp::metrics
