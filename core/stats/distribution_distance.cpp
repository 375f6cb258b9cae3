#include "stats/distribution_distance.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/chi_squared.hpp>

#include "stats/rounding.h"

namespace icp::stats {
namespace {

using NoThrowPolicy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::errno_on_error>,
    boost::math::policies::overflow_error<boost::math::policies::errno_on_error>,
    boost::math::policies::evaluation_error<boost::math::policies::errno_on_error>>;

struct Raw {
  double psi = 0;
  bool psi_finite = true;
  double js = 0;
  double linf = 0;
};

// p and q are shares summing to 1 (psi_p, psi_q: the ones PSI uses, maybe smoothed).
Raw distances(const std::vector<double>& p, const std::vector<double>& q, const std::vector<double>& psi_p,
              const std::vector<double>& psi_q) {
  Raw raw;
  double jsd = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    const double d = std::fabs(q[i] - p[i]);
    if (d > raw.linf) raw.linf = d;
    const double mid = (p[i] + q[i]) / 2;
    if (p[i] > 0) jsd += 0.5 * p[i] * std::log2(p[i] / mid);
    if (q[i] > 0) jsd += 0.5 * q[i] * std::log2(q[i] / mid);
    if (psi_p[i] > 0 && psi_q[i] > 0)
      raw.psi += (psi_q[i] - psi_p[i]) * std::log(psi_q[i] / psi_p[i]);
    else if (psi_p[i] != psi_q[i])
      raw.psi_finite = false;
  }
  raw.js = std::sqrt(std::clamp(jsd, 0.0, 1.0));
  return raw;
}

std::vector<double> normalised(const std::vector<double>& v, double total) {
  std::vector<double> out(v.size());
  for (size_t i = 0; i < v.size(); ++i) out[i] = v[i] / total;
  return out;
}

}  // namespace

double chi_square_quantile(double df, double probability) {
  if (!(df > 0) || !(probability > 0 && probability < 1)) return std::numeric_limits<double>::quiet_NaN();
  const boost::math::chi_squared_distribution<double, NoThrowPolicy> chi(df);
  return round_significant(boost::math::quantile(chi, probability), 6);
}

DistributionDistance distribution_distance(const std::vector<double>& expected, const std::vector<double>& observed) {
  DistributionDistance r;
  if (expected.size() != observed.size()) {
    r.reason = "the two distributions have different levels";
    return r;
  }
  double sum_p = 0, sum_q = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    if (!(expected[i] >= 0) || !(observed[i] >= 0)) {
      r.reason = "a share is negative or missing";
      return r;
    }
    sum_p += expected[i];
    sum_q += observed[i];
  }
  if (!(sum_p > 0) || !(sum_q > 0)) {
    r.reason = "a distribution is empty";
    return r;
  }
  const std::vector<double> p = normalised(expected, sum_p), q = normalised(observed, sum_q);
  const Raw raw = distances(p, q, p, q);
  if (raw.psi_finite) r.psi = round_significant(raw.psi, 6);
  r.js_distance = round_significant(raw.js, 6);
  r.linf = round_significant(raw.linf, 6);
  return r;
}

MixShiftDistance mix_shift_distance(const std::vector<uint64_t>& baseline, const std::vector<uint64_t>& recent) {
  MixShiftDistance r;
  if (baseline.size() != recent.size()) {
    r.reason = "the two windows have different levels";
    return r;
  }
  std::vector<double> a, b;
  for (size_t i = 0; i < baseline.size(); ++i) {
    if (baseline[i] + recent[i] == 0) continue;
    a.push_back(static_cast<double>(baseline[i]));
    b.push_back(static_cast<double>(recent[i]));
    r.baseline_n += baseline[i];
    r.recent_n += recent[i];
  }
  r.levels = a.size();
  if (r.baseline_n == 0 || r.recent_n == 0) {
    r.reason = r.baseline_n == 0 ? "the baseline window is empty" : "the recent window is empty";
    return r;
  }
  if (r.levels < 2) {
    r.reason = "only one level is present";
    return r;
  }
  const double m = static_cast<double>(r.baseline_n), n = static_cast<double>(r.recent_n);
  const double levels = static_cast<double>(r.levels);
  std::vector<double> sa(a.size()), sb(b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    sa[i] = (a[i] + 0.5) / (m + 0.5 * levels);
    sb[i] = (b[i] + 0.5) / (n + 0.5 * levels);
  }
  const Raw raw = distances(normalised(a, m), normalised(b, n), sa, sb);
  r.psi = round_significant(raw.psi, 6);
  r.js_distance = round_significant(raw.js, 6);
  r.linf = round_significant(raw.linf, 6);
  r.psi_threshold = round_significant(chi_square_quantile(levels - 1, 0.95) * (1 / m + 1 / n), 6);
  r.psi_flagged = r.psi > r.psi_threshold;
  return r;
}

}  // namespace icp::stats
