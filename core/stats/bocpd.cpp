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
Scaled predictive(uint64_t k, uint64_t n, double a, double b) {
  Scaled p;
  for (uint64_t l = 0; l < n; ++l) {
    const double numerator = l < k ? a + static_cast<double>(l) : b + static_cast<double>(l - k);
    p.times(numerator / (a + b + static_cast<double>(l)));
  }
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
