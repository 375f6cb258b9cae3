// Pettitt's test for a single change point in a numeric series (Pettitt 1979; METHODS.md "ICP-fit
// share over time and onset", "Cross-checks for plain numeric series": "Pettitt for a single shift").
// Did the level of, say, cycle days shift once, and when?
//
// U_t = Σ_{i ≤ t} Σ_{j > t} sign(x_i − x_j) for t = 1..T−1 (a Mann–Whitney statistic of the first t
// values against the rest), K = max |U_t|, the change after the first t reaching it, and the
// approximate two-sided p = 2 exp(−6K² / (T³ + T²)), capped at 1 (accurate to about 0.01 for
// p ≤ 0.5). U > 0 at the change: the values before it are the larger ones (a decrease).
// Missing values (NaN) are dropped. K and U are integers (exact); p is rounded to 6 significant
// digits (rounding.h) because exp differs in the last bits between C libraries.
// Insufficient data: fewer than 8 values (METHODS.md, a change-point series) gives "insufficient data (n=…)".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace icp::stats {

struct PettittResult {
  size_t n = 0;            // values used
  int64_t k = 0;           // K = max |U_t|
  int64_t u = 0;           // U_t at the change (its sign is the direction)
  size_t change_after = 0; // the change is after this many values (1-based position of the last one before it)
  double p_value = 1;
  std::string reason;      // non-empty: not analysed, and why
  bool ok() const { return reason.empty(); }
};

PettittResult pettitt(const std::vector<double>& values);

}  // namespace icp::stats
