// Bayesian online change-point detection (Adams & MacKay 2007) of a binomial share (METHODS.md "ICP-fit
// share over time and onset", "Recent regime change"): how likely is it that the share's regime
// changed in the last couple of periods?
//
// Model: within a regime the share is θ ~ Beta(1, 1) and k_t ~ Bin(n_t, θ), so a regime's
// predictive is Beta-Binomial; a new regime starts after each period with constant hazard 1/8 (per
// quarter, with quarterly periods).
//
// Indexing (the convention that gives METHODS.md's 0.646): Adams & MacKay's recursion as in their
// paper. Before any data, r = 0 with probability 1. At period t, every run length r is scored with
// the predictive of the observations in its run, then
//   P(r_t = r + 1) ∝ P(r_{t−1} = r) · π(x_t | run r) · (1 − H)     (the regime goes on),
//   P(r_t = 0)     ∝ Σ_r P(r_{t−1} = r) · π(x_t | run r) · H          (a new regime after x_t),
// so x_t belongs to the regime it was scored in, and after period t the run length r_t is the
// number of periods in the current regime (0: a regime begins after t, a mass that is always H).
// P(run length ≤ 2) after period t is the probability that the current regime began at period
// t − 1 or t (or begins right after t). The reference series of METHODS.md gives 0.646 after its 8th
// period ("t = 8", 1-based); the function reports this after the last period it is given.
// Periods with n_t = 0 still advance time (the hazard is per period) and score 1 for every run.
//
// Determinism: the Beta-Binomial predictive is a product of ratios (α + i)/(α + β + l) and
// (β + j)/(α + β + l) (its binomial coefficient is the same for every run length and cancels), so it is
// computed with × and ÷ only, its exponent carried by frexp/ldexp, which are exact; there is no
// lgamma or exp, and the same bits come out natively and in wasm. The reported probabilities are
// still rounded to 6 significant digits (rounding.h), as every statistic here.
//
// Insufficient data: fewer than 8 periods with n_t > 0 (METHODS.md) gives "insufficient data (n=…)".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace icp::stats {

inline constexpr double kBocpdHazard = 1.0 / 8;
inline constexpr size_t kBocpdRecentRun = 2;

struct BocpdResult {
  double p_recent_change = 0;        // P(run length ≤ recent_run) after the last period
  std::vector<double> run_length;    // P(r_T = r), r = 0..T, after the last period
  size_t most_likely_run = 0;        // argmax of run_length (ties to the shorter run)
  std::string reason;                // non-empty: not analysed, and why
  bool ok() const { return reason.empty(); }
};

// k[t] of n[t] per period in time order; Beta(prior_a, prior_b) for a new regime's share.
BocpdResult bocpd_recent_change(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                double hazard = kBocpdHazard, size_t recent_run = kBocpdRecentRun,
                                double prior_a = 1, double prior_b = 1);

}  // namespace icp::stats
