#include "stats/pettitt.h"

#include <cmath>

#include "stats/binomial_change_point.h"
#include "stats/rounding.h"

namespace icp::stats {

PettittResult pettitt(const std::vector<double>& values) {
  PettittResult r;
  std::vector<double> x;
  for (double v : values)
    if (!std::isnan(v)) x.push_back(v);
  const size_t n = r.n = x.size();
  if (n < kMinChangePointPeriods) {
    r.reason = "insufficient data (n=" + std::to_string(n) + ")";
    return r;
  }
  // U_t = U_{t−1} + Σ_j sign(x_t − x_j) over all j (the pairs within the first t cancel).
  int64_t u = 0;
  for (size_t t = 0; t + 1 < n; ++t) {
    for (size_t j = 0; j < n; ++j) u += x[t] > x[j] ? 1 : x[t] < x[j] ? -1 : 0;
    const int64_t magnitude = u < 0 ? -u : u;
    if (magnitude > r.k) {
      r.k = magnitude;
      r.u = u;
      r.change_after = t + 1;
    }
  }
  const double kk = static_cast<double>(r.k), tt = static_cast<double>(n);
  const double p = 2 * std::exp(-6 * kk * kk / (tt * tt * tt + tt * tt));
  r.p_value = round_significant(p < 1 ? p : 1.0, 6);
  return r;
}

}  // namespace icp::stats
