// Mann–Kendall test for a monotonic trend, with Sen's slope (METHODS.md "ICP-fit share over time and
// onset", "Cross-checks for plain numeric series (cycle days, CAC)"): is a numeric series drifting
// up or down, and by how much per period?
//
// S = Σ_{i<j} sign(x_j − x_i) (ties count 0), positions are the periods 0, 1, …
// - n ≤ 10: the exact two-sided p = P(|S*| ≥ |S|) over all equally likely arrangements of the values
//   seen (ties kept as they are). S = P − 2 D, with P the pairs of unequal values and D the
//   discordant pairs, and the number of arrangements of a multiset with D inversions is the
//   coefficient of q^D in the q-multinomial coefficient [n; t₁, …, t_g]_q — integer polynomial
//   arithmetic, exact.
// - n > 10: the normal approximation with the tie correction
//   Var S = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 and a continuity correction,
//   z = (S − sign S) / √Var S, p = erfc(|z| / √2).
// Sen's slope: the median of (x_j − x_i) / (j − i) over all pairs i < j.
// Missing values (NaN) are dropped; the others keep their positions (for Sen's slope).
// At least 3 values are needed. z, p and the slope are rounded to 6 significant digits (rounding.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace icp::stats {

inline constexpr size_t kMannKendallExactMax = 10;

struct MannKendallResult {
  size_t n = 0;           // values used
  int64_t s = 0;          // Mann–Kendall S
  double variance = 0;    // Var S under no trend, with the tie correction
  double z = 0;           // the normal score (also given when the p-value is exact)
  double p_value = 1;     // two-sided
  bool exact = false;     // p from the exact distribution (n ≤ 10)
  double sen_slope = 0;   // per period
  std::string reason;     // non-empty: not analysed, and why
  bool ok() const { return reason.empty(); }
};

MannKendallResult mann_kendall(const std::vector<double>& values);

}  // namespace icp::stats
