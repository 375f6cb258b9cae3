// Cochran–Armitage test for a trend in proportions across ordered periods (METHODS.md "ICP-fit share
// over time and onset", "Trend"): is the ICP-fit share k_t / n_t rising or falling over time?
//
// Scores are the period positions 1..T (equally spaced; any equally spaced scores give the same
// statistic). With p̄ = Σk / Σn:
//   U = Σ t (k_t − n_t p̄),  Var U = p̄ (1 − p̄) [Σ n_t t² − (Σ n_t t)² / Σ n_t],
//   χ² = U² / Var U on 1 degree of freedom, z = U / √Var U (positive: the share rises),
//   p = erfc(|z| / √2), two-sided.
// Periods with n_t = 0 carry no information and change nothing. χ², z and p are rounded to 6
// significant digits (rounding.h) so that glibc and musl give the same bytes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace icp::stats {

struct CochranArmitageResult {
  double chi_square = 0;  // 1 degree of freedom
  double z = 0;           // signed: > 0 when the share rises over the periods
  double p_value = 1;     // two-sided
  size_t periods = 0;     // periods with n_t > 0
  std::string reason;     // non-empty: no test was possible, and why (the figures are then meaningless)
  bool ok() const { return reason.empty(); }
};

// k[t] successes of n[t] trials in period t (in time order). Needs k.size() == n.size(), k_t <= n_t,
// at least 2 periods with data and a pooled share strictly between 0 and 1.
CochranArmitageResult cochran_armitage(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n);

}  // namespace icp::stats
