// The onset of drift in a binomial share (METHODS.md "ICP-fit share over time and onset", "Onset"):
// when did the ICP-fit share start to slide?
//
// Drift is usually gradual — a stable share, then a steady slide — and a mean-shift split dates such
// a slide in the middle of the ramp, late. So the onset is the start of the slide: a binomial hinge
// model, share p_t = a for t ≤ τ and p_t = a + b (t − τ) after it, fitted by maximum likelihood for
// every τ with at least 3 periods before it (and at least 2 after, so that the slope rests on more
// than one point); the τ with the largest likelihood wins (ties, within a relative 1e-9, go to the
// earliest). onset_index = τ is the 0-based index of the first period after τ, the first one in
// the drifting regime (onset period number τ + 1).
//
// Scale: the probability scale, p_t = a + b (t − τ) with the share kept in [1e-9, 1 − 1e-9].
// That is METHODS.md's model as written, b reads directly as "share points per period", and the
// linear slide it describes is fitted exactly (a logit-linear model would bend it). For a fixed τ
// the log-likelihood is concave in (a, b) on the region where every share is inside (0, 1), so a
// damped Newton iteration kept inside that region finds the one maximum; when it lies on the edge
// (a fitted share of 0 or 1) the share is held at the clamp.
//
// Test against the constant model: LR = 2 [ℓ(hinge) − ℓ(constant)], p-value by a seeded parametric
// bootstrap — series k*_t ~ Bin(n_t, p̄) with the real n_t and the pooled share p̄, each refitted
// over every τ — p = (1 + #{LR* ≥ LR}) / (1 + B).
//
// Hinge or step: a sudden step is the special case the step-change split handles
// (binomial_change_point.h). Both models have three parameters (a, b, τ against p₁, p₂, τ), so
// their maximised log-likelihoods compare directly: better_fit says which is higher (equal within
// a relative 1e-9); hinge_preferred is true only when the hinge fits better AND its p-value is under
// alpha — on a series without change neither shape is claimed.
//
// Insufficient data: fewer than 8 periods with n_t > 0 (METHODS.md) gives "insufficient data (n=…)".
// Determinism: the likelihoods use log, so the reported figures are rounded to 6 significant
// digits (rounding.h) and LR comparisons allow a relative 1e-9 (binomial_change_point.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "stats/seeded_random.h"

namespace icp::stats {

// At least this many periods before τ (METHODS.md), and this many after it.
inline constexpr size_t kMinHingeStable = 3;
inline constexpr size_t kMinHingeSlide = 2;
inline constexpr size_t kDefaultHingeReplicates = 1999;

enum class ChangeShape { equal, hinge, step };

struct HingeFit {
  size_t tau = 0;       // the share is constant through period τ (1-based), = onset_index
  double level = 0;     // a
  double slope = 0;     // b, share per period after τ
  double loglik = 0;    // unrounded
};

struct HingeOnsetResult {
  size_t onset_index = 0;      // τ: 0-based index of the first period of the slide
  double level = 0;            // a: the stable share
  double slope = 0;            // b: change of the share per period after τ
  double loglik_constant = 0;  // log-likelihoods without the binomial coefficients
  double loglik_hinge = 0;
  double loglik_step = 0;      // the best single step (binomial_change_point.h)
  size_t step_change_after = 0;
  double lr = 0;               // 2 (ℓ_hinge − ℓ_constant)
  double p_value = 1;          // bootstrap; 1 with 0 replicates
  size_t replicates = 0;
  uint64_t seed = 0;
  ChangeShape better_fit = ChangeShape::equal;
  bool hinge_preferred = false;
  std::string reason;          // non-empty: not analysed, and why
  bool ok() const { return reason.empty(); }
};

// The maximum-likelihood hinge over every allowed τ (unrounded). Absent when no τ is allowed.
// Exposed for tests and for callers that need the fit without the bootstrap.
std::optional<HingeFit> best_hinge_fit(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n);

// k[t] of n[t] per period in time order. Seed default kDefaultSeed, replicates default 1999.
HingeOnsetResult binomial_hinge_onset(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                      size_t replicates = kDefaultHingeReplicates,
                                      uint64_t seed = kDefaultSeed, double alpha = 0.05);

}  // namespace icp::stats
