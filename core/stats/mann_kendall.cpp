#include "stats/mann_kendall.h"

#include <algorithm>
#include <cmath>

#include "stats/order_statistics.h"
#include "stats/rounding.h"

namespace icp::stats {
namespace {

using Polynomial = std::vector<int64_t>;  // coefficient of q^i at i

// p · [j]_q, with [j]_q = 1 + q + … + q^(j−1).
Polynomial times_q_integer(const Polynomial& p, size_t j) {
  Polynomial out(p.size() + j - 1, 0);
  for (size_t i = 0; i < p.size(); ++i)
    for (size_t d = 0; d < j; ++d) out[i + d] += p[i];
  return out;
}

// p / [j]_q, exact when [j]_q divides p: p (1 − q) / (1 − q^j).
Polynomial divided_by_q_integer(const Polynomial& p, size_t j) {
  if (j <= 1) return p;
  Polynomial times(p.size() + 1, 0);  // p · (1 − q)
  for (size_t i = 0; i < p.size(); ++i) {
    times[i] += p[i];
    times[i + 1] -= p[i];
  }
  Polynomial out(times.size(), 0);  // divided by (1 − q^j): out[i] = times[i] + out[i − j]
  for (size_t i = 0; i < times.size(); ++i) out[i] = times[i] + (i >= j ? out[i - j] : 0);
  out.resize(p.size() - (j - 1));
  return out;
}

// The number of arrangements with D inversions, D = 0, 1, …: [n]_q! / Π [t]_q!.
Polynomial inversion_counts(size_t n, const std::vector<size_t>& ties) {
  Polynomial p{1};
  for (size_t j = 2; j <= n; ++j) p = times_q_integer(p, j);
  for (size_t t : ties)
    for (size_t j = 2; j <= t; ++j) p = divided_by_q_integer(p, j);
  return p;
}

}  // namespace

MannKendallResult mann_kendall(const std::vector<double>& values) {
  MannKendallResult r;
  std::vector<double> x;
  std::vector<double> position;
  for (size_t i = 0; i < values.size(); ++i) {
    if (std::isnan(values[i])) continue;
    x.push_back(values[i]);
    position.push_back(static_cast<double>(i));
  }
  const size_t n = r.n = x.size();
  if (n < 3) {
    r.reason = "insufficient data (n=" + std::to_string(n) + ")";
    return r;
  }
  int64_t s = 0;
  std::vector<double> slopes;
  slopes.reserve(n * (n - 1) / 2);
  for (size_t i = 0; i < n; ++i)
    for (size_t j = i + 1; j < n; ++j) {
      s += x[j] > x[i] ? 1 : x[j] < x[i] ? -1 : 0;
      slopes.push_back((x[j] - x[i]) / (position[j] - position[i]));
    }
  r.s = s;
  // Tie groups.
  std::vector<double> sorted = x;
  std::sort(sorted.begin(), sorted.end());
  std::vector<size_t> ties;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && sorted[j] == sorted[i]) ++j;
    ties.push_back(j - i);
    i = j;
  }
  const auto nn = static_cast<int64_t>(n);
  int64_t numerator = nn * (nn - 1) * (2 * nn + 5);
  int64_t unequal_pairs = nn * (nn - 1) / 2;
  for (size_t t : ties) {
    const auto tt = static_cast<int64_t>(t);
    numerator -= tt * (tt - 1) * (2 * tt + 5);
    unequal_pairs -= tt * (tt - 1) / 2;
  }
  const double variance = static_cast<double>(numerator) / 18;
  r.variance = round_significant(variance, 6);
  const std::optional<double> slope = quantile(slopes, 0.5);
  r.sen_slope = round_significant(slope.value_or(0), 6);
  if (unequal_pairs == 0) {  // every value equal: no trend can be seen
    r.p_value = 1;
    r.exact = n <= kMannKendallExactMax;
    return r;
  }
  const double z = s == 0 ? 0.0 : static_cast<double>(s - (s > 0 ? 1 : -1)) / std::sqrt(variance);
  r.z = round_significant(z, 6);
  if (n <= kMannKendallExactMax) {
    const Polynomial counts = inversion_counts(n, ties);
    int64_t total = 0, extreme = 0;
    const int64_t observed = s < 0 ? -s : s;
    for (size_t d = 0; d < counts.size(); ++d) {
      total += counts[d];
      const int64_t other = unequal_pairs - 2 * static_cast<int64_t>(d);
      if ((other < 0 ? -other : other) >= observed) extreme += counts[d];
    }
    r.exact = true;
    r.p_value = round_significant(static_cast<double>(extreme) / static_cast<double>(total), 6);
  } else {
    r.p_value = round_significant(std::erfc(std::fabs(z) / std::sqrt(2.0)), 6);
  }
  return r;
}

}  // namespace icp::stats
