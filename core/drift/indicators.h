// Leading and lagging indicators of drift (SPEC §3), each a series with its test:
// - leading, by quarter: new logos falling (Mann–Kendall), won-deal cycles lengthening (Mann–Kendall
//   on the median cycle of deals won in each quarter), win rate falling (Cochran–Armitage on won of
//   closed by close quarter), CAC rising (Mann–Kendall on the efficiency periods).
// - lagging, by acquisition cohort (recent cohorts against earlier ones, as a trend over cohorts):
//   NRR falling, logo churn rising, time-to-value rising, tickets per account-month rising.
// Detected: the trend goes the bad way at p < 0.05. The quarter holding the as-of day is left out
// of the quarterly series unless the as-of day is its last day (an unfinished quarter has fewer
// logos and closes by construction).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "drift/drift_windows.h"
#include "metrics/customer_success.h"
#include "metrics/efficiency.h"
#include "metrics/revenue_metrics.h"

namespace icp::drift {

struct Indicator {
  std::string id;        // "new_logos_falling", ...
  std::string kind;      // "leading" | "lagging"
  std::string what;      // plain words
  bool evaluated = false;
  bool detected = false;
  std::optional<double> p_value;
  std::optional<double> slope;  // Sen's slope per period / cohort, or the trend z
  std::string test;             // "Mann-Kendall", "Cochran-Armitage"
  std::vector<std::pair<std::string, double>> series;  // label, value
  std::string reason;           // not evaluated: why
};

struct IndicatorInputs {
  const metrics::RevenueMetrics* revenue = nullptr;
  const metrics::CustomerSuccess* customer_success = nullptr;
  const metrics::Efficiency* efficiency = nullptr;
};

std::vector<Indicator> compute_indicators(const metrics::AnalysisInput& input, const DriftWindows& windows,
                                          const IndicatorInputs& more);

}  // namespace icp::drift
