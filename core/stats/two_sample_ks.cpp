#include "stats/two_sample_ks.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "stats/rounding.h"

namespace icp::stats {
namespace {

std::vector<double> sorted_without_nan(const std::vector<double>& v) {
  std::vector<double> out;
  out.reserve(v.size());
  for (double x : v)
    if (!std::isnan(x)) out.push_back(x);
  std::sort(out.begin(), out.end());
  return out;
}

// P(max |i·n − j·m| ≥ bound) over uniformly drawn lattice paths from (0, 0) to (m, n).
double exact_tail(size_t m, size_t n, int64_t bound) {
  const auto outside = [&](size_t i, size_t j) {
    const int64_t gap = static_cast<int64_t>(i) * static_cast<int64_t>(n) - static_cast<int64_t>(j) * static_cast<int64_t>(m);
    return (gap < 0 ? -gap : gap) >= bound;
  };
  // prob[j] on the current row i: the probability of reaching (i, j) without touching the outside.
  std::vector<double> row(n + 1, 0.0), next(n + 1, 0.0);
  row[0] = 1;
  double tail = 0;
  for (size_t i = 0; i <= m; ++i) {
    std::fill(next.begin(), next.end(), 0.0);
    for (size_t j = 0; j <= n; ++j) {
      const double here = row[j];
      if (here == 0) continue;
      const double left = static_cast<double>(m + n - i - j);
      if (left == 0) continue;
      if (j < n) {  // a recent value next
        const double step = here * static_cast<double>(n - j) / left;
        if (outside(i, j + 1)) tail += step; else row[j + 1] += step;
      }
      if (i < m) {  // a baseline value next
        const double step = here * static_cast<double>(m - i) / left;
        if (outside(i + 1, j)) tail += step; else next[j] += step;
      }
    }
    row.swap(next);
  }
  return tail;
}

}  // namespace

double kolmogorov_upper_tail(double lambda) {
  if (!(lambda > 0)) return 1;
  if (lambda < 1.18) {
    // Q = 1 − √(2π)/λ Σ_{k≥1} exp(−(2k−1)² π² / (8 λ²)).
    const double pi = 3.14159265358979323846;
    double sum = 0;
    for (int k = 1; k <= 12; ++k) {
      const double odd = 2.0 * k - 1;
      sum += std::exp(-odd * odd * pi * pi / (8 * lambda * lambda));
    }
    return std::clamp(1 - std::sqrt(2 * pi) / lambda * sum, 0.0, 1.0);
  }
  double sum = 0;
  for (int k = 1; k <= 100; ++k) {
    const double term = std::exp(-2.0 * k * k * lambda * lambda);
    sum += (k % 2 == 1 ? term : -term);
    if (term < 1e-300) break;
  }
  return std::clamp(2 * sum, 0.0, 1.0);
}

KsResult two_sample_ks(const std::vector<double>& baseline, const std::vector<double>& recent) {
  return two_sample_ks_of_sorted(sorted_without_nan(baseline), sorted_without_nan(recent));
}

KsResult two_sample_ks_of_sorted(const std::vector<double>& a, const std::vector<double>& b) {
  KsResult r;
  const size_t m = r.baseline_n = a.size(), n = r.recent_n = b.size();
  if (m == 0 || n == 0) {
    r.reason = m == 0 ? "the baseline sample is empty" : "the recent sample is empty";
    return r;
  }
  // Walk the pooled values; D is measured after every run of equal values.
  int64_t d = 0;
  bool ties = false;
  size_t i = 0, j = 0;
  while (i < m || j < n) {
    const double v = j >= n || (i < m && a[i] <= b[j]) ? a[i] : b[j];
    size_t taken = 0;
    while (i < m && a[i] == v) ++i, ++taken;
    while (j < n && b[j] == v) ++j, ++taken;
    if (taken > 1) ties = true;
    const int64_t gap = static_cast<int64_t>(i) * static_cast<int64_t>(n) - static_cast<int64_t>(j) * static_cast<int64_t>(m);
    d = std::max(d, gap < 0 ? -gap : gap);
  }
  const double mn = static_cast<double>(m) * static_cast<double>(n);
  const double statistic = static_cast<double>(d) / mn;
  r.d = round_significant(statistic, 6);
  if (m <= kKsExactMax && n <= kKsExactMax && !ties) {
    r.exact = true;
    r.p_value = round_significant(std::min(1.0, exact_tail(m, n, d)), 6);
  } else {
    const double en = mn / static_cast<double>(m + n);
    r.p_value = round_significant(kolmogorov_upper_tail(std::sqrt(en) * statistic), 6);
  }
  return r;
}

}  // namespace icp::stats
