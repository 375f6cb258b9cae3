// How far apart two categorical distributions are, baseline window against recent window
// (METHODS.md "Mix shift", "Categorical" effect sizes): PSI, Jensen–Shannon distance and L∞, with
// PSI's flag threshold that depends on the window sizes.
//
// - PSI = Σ (q_i − p_i) ln(q_i / p_i), p the baseline and q the recent shares. From counts, each
//   count gets +0.5 first (p_i = (c_i + 0.5) / (m + 0.5 B)), so an empty level does not make it
//   infinite.
// - Flag threshold: under no change PSI ≈ (1/m + 1/n) χ²_{B−1}, so PSI is flagged only above
//   χ²_{B−1, 0.95} · (1/m + 1/n) — not the folklore 0.1 / 0.25 cut-offs, which fire constantly at CRM
//   sample sizes. Chi-square quantiles come from Boost.Math.
// - Jensen–Shannon distance = √JSD with base-2 logarithms, in [0, 1]; L∞ = max |q_i − p_i|. Both on
//   the shares as observed (no smoothing: they are finite with empty levels).
// B counts the levels with a count in either window. Every figure is rounded to 6 significant
// digits (rounding.h): log and the Boost quantile differ in their last bits between C libraries.
// The caller applies METHODS.md's "< 30 rows in a window" rule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace icp::stats {

// The χ² quantile: P(X ≤ x) = probability for X ~ χ²_df, rounded to 6 significant digits.
// df > 0 and probability in (0, 1), else NaN.
double chi_square_quantile(double df, double probability);

struct DistributionDistance {
  std::optional<double> psi;  // absent when a share is 0 in one distribution and not in the other
  double js_distance = 0;     // base 2, in [0, 1]
  double linf = 0;            // max |q_i − p_i|
  std::string reason;         // non-empty: not computed, and why
  bool ok() const { return reason.empty(); }
};

// Distances between two distributions given as shares (each normalised by its sum first).
DistributionDistance distribution_distance(const std::vector<double>& expected, const std::vector<double>& observed);

struct MixShiftDistance {
  double psi = 0;             // with +0.5 smoothing of the counts
  double psi_threshold = 0;   // χ²_{B−1, 0.95} · (1/m + 1/n)
  bool psi_flagged = false;   // psi > psi_threshold
  double js_distance = 0;
  double linf = 0;
  size_t levels = 0;          // B
  uint64_t baseline_n = 0;    // m
  uint64_t recent_n = 0;      // n
  std::string reason;
  bool ok() const { return reason.empty(); }
};

// baseline[i] and recent[i]: counts of level i in each window (same length).
MixShiftDistance mix_shift_distance(const std::vector<uint64_t>& baseline, const std::vector<uint64_t>& recent);

}  // namespace icp::stats
