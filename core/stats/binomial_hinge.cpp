#include "stats/binomial_hinge.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "stats/binomial_change_point.h"
#include "stats/rounding.h"

namespace icp::stats {
namespace {

constexpr double kClamp = 1e-9;        // shares are kept in [kClamp, 1 − kClamp]
constexpr int kMaxIterations = 100;
constexpr int kMaxHalvings = 60;

double tolerance_of(double x) { return kLikelihoodTolerance * std::max(1.0, std::fabs(x)); }

double binomial_term(double s, double m, double p) {
  double v = 0;
  if (s > 0) v += s * std::log(p);
  if (m > s) v += (m - s) * std::log(1 - p);
  return v;
}

bool inside(double p) { return p >= kClamp && p <= 1 - kClamp; }

// One series and one τ: periods 0..τ−1 share a, period t ≥ τ has a + b (t − τ + 1).
struct HingeProblem {
  const std::vector<uint64_t>& k;
  const std::vector<uint64_t>& n;
  size_t tau;
  double pre_k;
  double pre_n;

  double loglik(double a, double b) const {
    if (!inside(a)) return -std::numeric_limits<double>::infinity();
    double ll = binomial_term(pre_k, pre_n, a);
    for (size_t t = tau; t < n.size(); ++t) {
      if (n[t] == 0) continue;
      const double p = a + b * static_cast<double>(t - tau + 1);
      if (!inside(p)) return -std::numeric_limits<double>::infinity();
      ll += binomial_term(static_cast<double>(k[t]), static_cast<double>(n[t]), p);
    }
    return ll;
  }

  // Damped Newton, kept inside the feasible region, from a = the share before τ and b = the
  // n-weighted least-squares slope of the later shares around it (the constant fit if that start
  // is not feasible).
  HingeFit fit() const {
    double a = std::clamp(pre_k / pre_n, kClamp, 1 - kClamp), b = 0;
    double sxy = 0, sxx = 0;
    for (size_t t = tau; t < n.size(); ++t) {
      if (n[t] == 0) continue;
      const double x = static_cast<double>(t - tau + 1), nt = static_cast<double>(n[t]);
      sxy += x * (static_cast<double>(k[t]) - nt * a);
      sxx += nt * x * x;
    }
    if (sxx > 0) b = sxy / sxx;
    double ll = loglik(a, b);
    if (ll == -std::numeric_limits<double>::infinity()) {
      b = 0;
      ll = loglik(a, b);
    }
    for (int iteration = 0; iteration < kMaxIterations; ++iteration) {
      // Gradient g and the negative Hessian h of ℓ in (a, b).
      const double s = pre_k, m = pre_n;
      double w = s / a - (m - s) / (1 - a);
      double h = s / (a * a) + (m - s) / ((1 - a) * (1 - a));
      double ga = w, gb = 0, haa = h, hab = 0, hbb = 0;
      for (size_t t = tau; t < n.size(); ++t) {
        if (n[t] == 0) continue;
        const double x = static_cast<double>(t - tau + 1);
        const double p = a + b * x, kt = static_cast<double>(k[t]), nt = static_cast<double>(n[t]);
        w = kt / p - (nt - kt) / (1 - p);
        h = kt / (p * p) + (nt - kt) / ((1 - p) * (1 - p));
        ga += w;
        gb += w * x;
        haa += h;
        hab += h * x;
        hbb += h * x * x;
      }
      const double det = haa * hbb - hab * hab;
      if (!(det > 0)) break;
      const double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
      // Newton decrement: the gain the full step promises; stop when it is negligible.
      if ((ga * da + gb * db) / 2 <= 1e-10) break;
      double step = 1, next_a = a, next_b = b, next_ll = ll;
      bool accepted = false;
      for (int halving = 0; halving < kMaxHalvings; ++halving, step /= 2) {
        next_a = a + step * da;
        next_b = b + step * db;
        next_ll = loglik(next_a, next_b);
        if (next_ll >= ll) {
          accepted = true;
          break;
        }
      }
      if (!accepted) break;
      const double gain = next_ll - ll;
      a = next_a;
      b = next_b;
      ll = next_ll;
      if (gain <= 1e-12) break;
    }
    return HingeFit{tau, a, b, ll};
  }
};

// When the search needs only to know whether the best fit's likelihood ratio to the constant model
// reaches a threshold (a bootstrap replicate), it stops as soon as the best so far does: the best
// only ever rises, and 2 (ℓ − ℓ₀) is monotone in ℓ in floating point too, so the final best would
// reach it as well. The replicate is counted exactly as after the whole search.
struct StopWhenReached {
  double constant_loglik;
  double threshold;
  bool reached(const HingeFit& best) const { return 2 * (best.loglik - constant_loglik) >= threshold; }
};

std::optional<HingeFit> best_fit_of(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                    const StopWhenReached* stop = nullptr) {
  const size_t periods = n.size();
  uint64_t total_n = 0;
  for (uint64_t v : n) total_n += v;
  std::optional<HingeFit> best;
  uint64_t pre_k = 0, pre_n = 0;
  for (size_t tau = 1; tau + kMinHingeSlide <= periods; ++tau) {
    pre_k += k[tau - 1];
    pre_n += n[tau - 1];
    if (tau < kMinHingeStable || pre_n == 0 || pre_n == total_n) continue;
    const HingeProblem problem{k, n, tau, static_cast<double>(pre_k), static_cast<double>(pre_n)};
    const HingeFit fit = problem.fit();
    if (!best || fit.loglik > best->loglik + tolerance_of(best->loglik)) {
      best = fit;
      if (stop && stop->reached(*best)) return best;
    }
  }
  return best;
}

double constant_loglik(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n) {
  uint64_t total_k = 0, total_n = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    total_k += k[t];
    total_n += n[t];
  }
  return -binomial_segment_cost(total_k, total_n) / 2;
}

}  // namespace

std::optional<HingeFit> best_hinge_fit(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n) {
  if (k.size() != n.size()) return std::nullopt;
  return best_fit_of(k, n);
}

HingeOnsetResult binomial_hinge_onset(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n,
                                      size_t replicates, uint64_t seed, double alpha) {
  HingeOnsetResult r;
  r.seed = seed;
  r.reason = binomial_series_problem(k, n);
  if (!r.ok()) return r;
  uint64_t total_k = 0, total_n = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    total_k += k[t];
    total_n += n[t];
  }
  if (total_k == 0 || total_k == total_n) {
    r.reason = total_k == 0 ? "the share is 0 in every period" : "the share is 1 in every period";
    return r;
  }
  const std::optional<HingeFit> fit = best_fit_of(k, n);
  const std::optional<StepSplit> split = best_step_split(k, n);
  if (!fit || !split) {
    r.reason = "no onset leaves 3 periods with data before it and 2 after";
    return r;
  }
  const double ll_constant = constant_loglik(k, n);
  const double lr = std::max(0.0, 2 * (fit->loglik - ll_constant));
  const double ll_step = ll_constant + split->lr / 2;

  // The bootstrap under the pooled share, with the real n_t.
  const double pooled = static_cast<double>(total_k) / static_cast<double>(total_n);
  std::map<uint64_t, BinomialSampler> samplers;
  std::vector<const BinomialSampler*> by_period;
  for (uint64_t trials : n) by_period.push_back(&samplers.try_emplace(trials, trials, pooled).first->second);
  SeededRandom random(seed);
  std::vector<uint64_t> draw(n.size());
  const double threshold = lr - tolerance_of(lr);
  size_t at_least = 0;
  for (size_t b = 0; b < replicates; ++b) {
    uint64_t drawn = 0;
    for (size_t t = 0; t < n.size(); ++t) drawn += draw[t] = by_period[t]->draw(random);
    double replicate_lr = 0;
    if (drawn > 0 && drawn < total_n) {
      const double constant = constant_loglik(draw, n);
      const StopWhenReached stop{constant, threshold};
      const std::optional<HingeFit> replicate = best_fit_of(draw, n, &stop);
      if (replicate) replicate_lr = 2 * (replicate->loglik - constant);
    }
    at_least += replicate_lr >= threshold ? 1 : 0;
  }

  r.onset_index = fit->tau;
  r.level = round_significant(fit->level, 6);
  r.slope = round_significant(fit->slope, 6);
  r.loglik_constant = round_significant(ll_constant, 6);
  r.loglik_hinge = round_significant(fit->loglik, 6);
  r.loglik_step = round_significant(ll_step, 6);
  r.step_change_after = split->change_after;
  r.lr = round_significant(lr, 6);
  r.replicates = replicates;
  r.p_value = round_significant(static_cast<double>(1 + at_least) / static_cast<double>(1 + replicates), 6);
  const double difference = fit->loglik - ll_step;
  const double tolerance = tolerance_of(ll_step);
  r.better_fit = difference > tolerance ? ChangeShape::hinge
                 : difference < -tolerance ? ChangeShape::step
                                           : ChangeShape::equal;
  r.hinge_preferred = r.better_fit == ChangeShape::hinge && r.p_value < alpha;
  return r;
}

}  // namespace icp::stats
