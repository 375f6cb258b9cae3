#include "stats/bocpd.h"

#include <cmath>

#include "stats/binomial_change_point.h"
#include "stats/rounding.h"

namespace icp::stats {
namespace {

// A positive number as mantissa × 2^exponent, so that long products neither underflow nor overflow.
struct Scaled {
  double mantissa = 1;
  long exponent = 0;

  void times(double factor) {
    int e = 0;
    mantissa = std::frexp(mantissa * factor, &e);
    exponent += e;
  }
};

// The Beta-Binomial predictive of k successes of n under Beta(a, b), without C(n, k).
//
// Every factor is in (0, 1]. They are multiplied into a plain double, rescaled into [0.5, 1) only
// when it has fallen below 2^-900 (or before a factor under 2^-100): scaling by a power of two is
// exact and every product stays a normal number, so the value, and the (mantissa, exponent) pair it
// ends as, is bit for bit the one of rescaling after every factor (a frexp per trial, which was
// most of this function's cost).
Scaled predictive(uint64_t k, uint64_t n, double a, double b) {
  constexpr double kRescaleBelow = 0x1p-900;
  double product = 1;
  long exponent = 0;
  constexpr double kTinyFactor = 0x1p-100;  // below it, rescale first: the product stays normal
  const auto rescale = [&] {
    int e = 0;
    product = std::frexp(product, &e);
    exponent += e;
  };
  const auto times = [&](double factor) {
    if (factor < kTinyFactor) rescale();
    product *= factor;
    if (product < kRescaleBelow) rescale();
  };
  const double ab = a + b;
  for (uint64_t l = 0; l < k && l < n; ++l) {
    const double dl = static_cast<double>(l);
    times((a + dl) / (ab + dl));
  }
  for (uint64_t l = k; l < n; ++l) {
    const double dl = static_cast<double>(l);
    times((b + static_cast<double>(l - k)) / (ab + dl));
  }
  Scaled p;
  int e = 0;
  p.mantissa = std::frexp(product, &e);
  p.exponent = exponent + e;
  return p;
}

}  // namespace

BocpdResult bocpd_recent_change(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n, double hazard,
                                size_t recent_run, double prior_a, double prior_b) {
  BocpdResult r;
  r.reason = binomial_series_problem(k, n);
  if (!r.ok()) return r;
  if (!(hazard > 0 && hazard < 1) || !(prior_a > 0) || !(prior_b > 0)) {
    r.reason = "the hazard must be in (0, 1) and the prior's parameters positive";
    return r;
  }
  // prob[r]: P(run length r); run_a/run_b: the posterior Beta of run r's share.
  std::vector<double> prob{1.0}, run_a{prior_a}, run_b{prior_b};
  std::vector<Scaled> weight;
  for (size_t t = 0; t < n.size(); ++t) {
    const size_t runs = prob.size();
    weight.assign(runs, Scaled{});
    long top = 0;
    bool any = false;
    for (size_t i = 0; i < runs; ++i) {
      if (!(prob[i] > 0)) continue;
      weight[i] = predictive(k[t], n[t], run_a[i], run_b[i]);
      weight[i].times(prob[i]);
      if (!any || weight[i].exponent > top) top = weight[i].exponent;
      any = true;
    }
    std::vector<double> next(runs + 1, 0.0);
    double change = 0;
    for (size_t i = 0; i < runs; ++i) {
      if (!(prob[i] > 0)) continue;
      const double w = std::ldexp(weight[i].mantissa, static_cast<int>(weight[i].exponent - top));
      next[i + 1] = w * (1 - hazard);
      change += w * hazard;
    }
    next[0] = change;
    double total = 0;
    for (double v : next) total += v;
    for (double& v : next) v /= total;
    prob.swap(next);
    // Run r + 1 is run r with x_t added; run 0 starts from the prior.
    const double kt = static_cast<double>(k[t]), ft = static_cast<double>(n[t] - k[t]);
    for (size_t i = 0; i < run_a.size(); ++i) {
      run_a[i] += kt;
      run_b[i] += ft;
    }
    run_a.insert(run_a.begin(), prior_a);
    run_b.insert(run_b.begin(), prior_b);
  }
  double recent = 0;
  r.run_length.reserve(prob.size());
  for (size_t i = 0; i < prob.size(); ++i) {
    if (i <= recent_run) recent += prob[i];
    r.run_length.push_back(round_significant(prob[i], 6));
    if (prob[i] > prob[r.most_likely_run] * (1 + 1e-9)) r.most_likely_run = i;
  }
  r.p_recent_change = round_significant(recent, 6);
  return r;
}

}  // namespace icp::stats
