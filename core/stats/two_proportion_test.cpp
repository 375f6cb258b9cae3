#include "stats/two_proportion_test.h"

#include <algorithm>
#include <cmath>

#include <boost/math/special_functions/erf.hpp>

#include "stats/rounding.h"

namespace icp::stats {
namespace {

double log_choose(uint64_t n, uint64_t k) {
  return std::lgamma(static_cast<double>(n) + 1) - std::lgamma(static_cast<double>(k) + 1) -
         std::lgamma(static_cast<double>(n - k) + 1);
}

}  // namespace

double fisher_exact_two_sided(uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
  // Margins: row 1 = a + b, column 1 = a + c; a ranges over [lo, hi].
  const uint64_t r1 = a + b, c1 = a + c, n = a + b + c + d;
  const uint64_t lo = c1 > n - r1 ? c1 - (n - r1) : 0;
  const uint64_t hi = std::min(r1, c1);
  const auto log_p = [&](uint64_t x) { return log_choose(r1, x) + log_choose(n - r1, c1 - x) - log_choose(n, c1); };
  const double seen = log_p(a);
  double total = 0;
  for (uint64_t x = lo; x <= hi; ++x) {
    const double lp = log_p(x);
    if (lp <= seen + 1e-7) total += std::exp(lp);
  }
  return std::min(1.0, total);
}

TwoProportionResult two_proportion_test(uint64_t x1, uint64_t n1, uint64_t x2, uint64_t n2) {
  TwoProportionResult r;
  if (n1 == 0 || n2 == 0) return r;
  const double n = static_cast<double>(n1 + n2);
  const double successes = static_cast<double>(x1 + x2);
  const double failures = n - successes;
  if (successes == 0 || failures == 0) return r;
  const double e_min = std::min({successes * n1 / n, successes * n2 / n, failures * n1 / n, failures * n2 / n});
  if (e_min < 5) {
    r.exact = true;
    r.p_value = round_significant(fisher_exact_two_sided(x1, n1 - x1, x2, n2 - x2), 6);
    return r;
  }
  const double p1 = static_cast<double>(x1) / n1, p2 = static_cast<double>(x2) / n2, pooled = successes / n;
  const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
  const double z = std::fabs(p1 - p2) / se;
  r.p_value = round_significant(boost::math::erfc(z / std::sqrt(2.0)), 6);
  return r;
}

}  // namespace icp::stats
