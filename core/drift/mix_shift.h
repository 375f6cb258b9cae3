// Mix shift (SPEC §3, METHODS.md "Mix shift"): how the deals created in the recent window differ
// from those of the baseline window, dimension by dimension. Categorical dimensions: the 2×K
// homogeneity test (Monte Carlo when sparse) with PSI (+0.5 smoothing, n-dependent flag), Jensen–
// Shannon distance and L∞; numeric fields (employees, amount): two-sample KS, Wasserstein
// normalised by the baseline's standard deviation, and the shift of the median with its interval.
// The verdict of each uses Benjamini–Hochberg across all of them. A window with fewer than 30
// deals is "insufficient data".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "drift/drift_windows.h"
#include "metrics/attributes.h"
#include "stats/contingency_test.h"
#include "stats/distribution_distance.h"
#include "stats/median_shift.h"
#include "stats/two_sample_ks.h"
#include "stats/wasserstein.h"

namespace icp::drift {

inline constexpr uint64_t kMinWindowRows = 30;

struct CategoricalShift {
  std::string dimension;
  bool account_attribute = false;
  std::vector<std::string> levels;
  std::vector<uint64_t> baseline, recent;  // deals per level in each window
  stats::ContingencyResult test;
  stats::MixShiftDistance distance;
  std::optional<double> q_value;           // BH across every dimension tested
  bool shifted = false;                    // q < 0.05
  std::string largest_gain;                // the level whose share grew most
  double largest_gain_share = 0;           // recent share − baseline share of it
  std::string reason;                      // non-empty: not tested, and why
  // The trend over every quarter: the level whose share of new deals changes most steadily
  // (Cochran–Armitage per level, Bonferroni over the levels), BH across dimensions. A slide spread
  // over many quarters shows here even when two adjacent 4-quarter windows differ little.
  std::string trend_level;
  double trend_z = 0;                      // > 0: that level's share rises
  std::optional<double> trend_p, trend_q;
  bool trending = false;                   // trend_q < 0.05
  std::string rising_level;                // the level whose share rises most steadily (largest z > 0)
};

struct NumericShift {
  std::string field;  // "employees", "amount"
  uint64_t baseline_n = 0, recent_n = 0;
  stats::KsResult ks;
  stats::WassersteinResult wasserstein;
  stats::MedianShiftResult median;
  std::optional<double> q_value;
  bool shifted = false;
  std::string reason;
  // Mann–Kendall on the quarterly medians of new deals; BH across dimensions with the others.
  std::optional<double> trend_p, trend_q;
  int64_t trend_s = 0;  // > 0: rising
  bool trending = false;
};

struct MixShift {
  std::string baseline_window;  // "2024-Q4 – 2025-Q3"
  std::string recent_window;
  std::vector<CategoricalShift> categorical;
  std::vector<NumericShift> numeric;
  std::string reason;           // non-empty: no windows
};

MixShift compute_mix_shift(const metrics::AnalysisInput& input, const DriftWindows& windows,
                           const metrics::Attributes& attributes);

}  // namespace icp::drift
