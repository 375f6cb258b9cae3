// Two-sample Kolmogorov–Smirnov test, baseline window against recent window of a numeric field
// (METHODS.md "Mix shift", "Numeric": "two-sample KS (exact p for small n)"): did the distribution of
// deal size, cycle days, … change?
//
// D = sup |F_baseline − F_recent|, kept as the integer max |i·n − j·m| / (m·n) so that it is exact.
// p-value, two-sided:
// - exact when both samples have at most 100 values and no value repeats (within or across them):
//   P(D* ≥ D) for a path of m + n steps through the lattice from (0, 0) to (m, n) drawn uniformly
//   (each order of the pooled values equally likely), the probability of the paths that touch a
//   point with |i·n − j·m| ≥ D·m·n, summed over the first such point (the standard recursion, in
//   probabilities instead of path counts, with + × ÷ only: no cancellation, the same bits everywhere);
// - otherwise the asymptotic Kolmogorov distribution: p = Q(√(mn/(m+n)) · D),
//   Q(λ) = 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²} (for small λ its equivalent Jacobi form).
// Missing values (NaN) are dropped. D and p are rounded to 6 significant digits (rounding.h).
// The caller applies METHODS.md's "< 30 rows in a window" rule.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace icp::stats {

inline constexpr size_t kKsExactMax = 100;

struct KsResult {
  double d = 0;             // the KS statistic
  double p_value = 1;       // two-sided
  bool exact = false;
  size_t baseline_n = 0;
  size_t recent_n = 0;
  std::string reason;       // non-empty: not tested, and why
  bool ok() const { return reason.empty(); }
};

KsResult two_sample_ks(const std::vector<double>& baseline, const std::vector<double>& recent);
// The same for samples already sorted ascending and without NaN (a caller with several tests of the
// same samples sorts them once).
KsResult two_sample_ks_of_sorted(const std::vector<double>& baseline, const std::vector<double>& recent);

// The Kolmogorov limit distribution's upper tail Q(λ) = P(K > λ), unrounded.
double kolmogorov_upper_tail(double lambda);

}  // namespace icp::stats
