// Step changes in a binomial share over periods (METHODS.md "ICP-fit share over time and onset",
// "Step change"): where did the ICP-fit share k_t / n_t jump, and is the jump more than noise?
//
// - Segment cost C(s, m) = −2 [s ln(s/m) + (m − s) ln(1 − s/m)], with 0 ln 0 = 0.
// - At most one change: LR(τ) = C(all) − C(1..τ) − C(τ+1..T), maximised over τ with at least 2
//   periods on each side; the change is "after period τ" (τ is also the 0-based index of the first
//   period of the new regime). p-value by a seeded parametric bootstrap: replicate series
//   k*_t ~ Bin(n_t, p̄) with the real n_t and the pooled rate p̄, p = (1 + #{LR* ≥ LR}) / (1 + B).
//   The χ²₁ approximation is wrong for a maximum over τ (for T = 12 the null 95th percentile of max
//   LR is ≈ 6.94, not 3.84), hence the bootstrap.
// - Several changes: PELT's objective, Σ C(segment) + β · #changes with β = 3 ln T and segments of
//   at least 2 periods, minimised exactly. With the few dozen periods of a CRM history the O(T²)
//   optimal-partitioning recursion costs nothing, and a minimum segment length voids the classical
//   pruning argument (the "last change at t" it compares against is not allowed at t + 1), so no
//   candidate is pruned: the minimiser is the exact one PELT targets.
//
// Insufficient data (METHODS.md "Intervals and minimum samples"): a change-point series with fewer
// than 8 periods that have n_t > 0 is not analysed; the result says "insufficient data (n=…)".
// Periods with n_t = 0 keep their place in time and add nothing to any cost.
//
// Determinism: LR and p go through log, whose last bits differ between glibc and musl, so every
// statistic is rounded to 6 significant digits (rounding.h) at the end, and comparisons between LRs
// (the best τ, LR* ≥ LR) allow a relative tolerance of 1e-9 so that a last-bit difference cannot
// flip them. Rates k/n are single IEEE divisions and are left as they are.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "stats/seeded_random.h"

namespace icp::stats {

// METHODS.md: a change-point series with fewer periods (with data) than this is insufficient data.
inline constexpr size_t kMinChangePointPeriods = 8;
// At least this many periods on each side of a single step change.
inline constexpr size_t kMinStepSide = 2;
inline constexpr size_t kDefaultStepReplicates = 9999;
// Relative tolerance when comparing likelihood ratios computed with log.
inline constexpr double kLikelihoodTolerance = 1e-9;

// Empty when (k, n) is a usable change-point series, else why not: lengths differ, k_t > n_t, or
// "insufficient data (n=…)" with fewer than min_periods periods having n_t > 0.
std::string binomial_series_problem(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                    size_t min_periods = kMinChangePointPeriods);

// −2 × the maximised binomial log-likelihood of one segment (unrounded). 0 when m is 0.
double binomial_segment_cost(uint64_t successes, uint64_t trials);

struct StepSplit {
  double lr = 0;            // unrounded
  size_t change_after = 0;  // the split is after this many periods
};

// The best single split (unrounded), over τ with at least kMinStepSide periods on each side and
// trials on both sides; ties go to the earliest τ. Absent when no split is allowed.
std::optional<StepSplit> best_step_split(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n);

// The null distribution of max LR: `replicates` series k*_t ~ Bin(n_t, rate), each one's best-split
// LR (0 when none is allowed), unrounded, in draw order. What binomial_step_change's p-value counts.
std::vector<double> step_null_max_lr(const std::vector<uint64_t>& n, double rate, size_t replicates,
                                     uint64_t seed = kDefaultSeed);

struct StepChangeResult {
  double lr = 0;             // max LR(τ)
  size_t change_after = 0;   // τ: the change is after this period (1-based); first new period's index
  double rate_before = 0;    // Σk / Σn of periods 1..τ
  double rate_after = 0;     // of periods τ+1..T
  double p_value = 1;        // bootstrap, (1 + #{LR* ≥ LR}) / (1 + replicates); 1 with 0 replicates
  size_t replicates = 0;
  uint64_t seed = 0;
  std::string reason;        // non-empty: not analysed, and why
  bool ok() const { return reason.empty(); }
};

// k[t] of n[t] per period in time order. Seed default kDefaultSeed, replicates default 9999.
StepChangeResult binomial_step_change(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                      size_t replicates = kDefaultStepReplicates, uint64_t seed = kDefaultSeed);

struct Segment {
  size_t first = 0;  // 0-based index of its first period
  size_t last = 0;   // 0-based index of its last period (inclusive)
  uint64_t successes = 0;
  uint64_t trials = 0;
  double rate = 0;   // successes / trials (0 when no trials)
};

struct SegmentationResult {
  std::vector<size_t> change_after;  // each change is after this many periods, ascending
  std::vector<Segment> segments;
  double penalty = 0;                // β used
  double cost = 0;                   // Σ C(segment) + β · #changes
  std::string reason;
  bool ok() const { return reason.empty(); }
};

// Optimal segmentation under PELT's penalised cost. penalty absent: 3 ln T (T = k.size()).
SegmentationResult pelt_segmentation(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                     std::optional<double> penalty = std::nullopt,
                                     size_t min_segment = kMinStepSide);

}  // namespace icp::stats
