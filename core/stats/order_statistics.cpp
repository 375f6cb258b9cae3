#include "stats/order_statistics.h"

#include <algorithm>
#include <cmath>

namespace icp::stats {

std::optional<double> quantile(std::vector<double>& values, double p) {
  if (values.empty()) return std::nullopt;
  if (!std::is_sorted(values.begin(), values.end())) std::sort(values.begin(), values.end());
  const double h = (static_cast<double>(values.size()) - 1) * p;
  const size_t lo = static_cast<size_t>(std::floor(h));
  const size_t hi = std::min(lo + 1, values.size() - 1);
  return values[lo] + (h - static_cast<double>(lo)) * (values[hi] - values[lo]);
}

size_t median_interval_rank(size_t n, double* coverage) {
  // P(Bin(n, 1/2) <= j) accumulated in log space (stable for large n).
  if (n <= 5) return 0;
  const double log_half_n = static_cast<double>(n) * std::log(0.5);
  double cdf = 0;  // P(X <= k-1)
  size_t best = 0;
  double best_coverage = 0;
  for (size_t k = 1; k <= n / 2; ++k) {
    const double j = static_cast<double>(k - 1);
    const double log_pmf = std::lgamma(static_cast<double>(n) + 1) - std::lgamma(j + 1) -
                           std::lgamma(static_cast<double>(n) - j + 1) + log_half_n;
    cdf += std::exp(log_pmf);
    const double cov = 1 - 2 * cdf;
    if (cov < 0.95) break;
    best = k;
    best_coverage = cov;
  }
  if (coverage) *coverage = best_coverage;
  return best;
}

std::optional<MedianSummary> summarize_median(std::vector<double>& values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  MedianSummary s;
  s.n = values.size();
  s.median = *quantile(values, 0.5);
  s.q1 = *quantile(values, 0.25);
  s.q3 = *quantile(values, 0.75);
  double coverage = 0;
  const size_t k = median_interval_rank(s.n, &coverage);
  if (k > 0) {
    s.ci = Interval{values[k - 1], values[s.n - k]};
    s.ci_coverage = coverage;
  }
  return s;
}

}  // namespace icp::stats
