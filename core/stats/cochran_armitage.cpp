#include "stats/cochran_armitage.h"

#include <cmath>

#include "stats/rounding.h"

namespace icp::stats {

CochranArmitageResult cochran_armitage(const std::vector<uint64_t>& k, const std::vector<uint64_t>& n) {
  CochranArmitageResult r;
  if (k.size() != n.size()) {
    r.reason = "counts and totals differ in length";
    return r;
  }
  uint64_t total_k = 0, total_n = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    if (k[t] > n[t]) {
      r.reason = "a period has more successes than trials";
      return r;
    }
    total_k += k[t];
    total_n += n[t];
    if (n[t] > 0) ++r.periods;
  }
  if (r.periods < 2) {
    r.reason = "insufficient data (n=" + std::to_string(r.periods) + ")";
    return r;
  }
  if (total_k == 0 || total_k == total_n) {
    r.reason = total_k == 0 ? "the share is 0 in every period" : "the share is 1 in every period";
    return r;
  }
  const double pooled = static_cast<double>(total_k) / static_cast<double>(total_n);
  double u = 0, sum_nt = 0, sum_ntt = 0;
  for (size_t t = 0; t < n.size(); ++t) {
    const double score = static_cast<double>(t + 1);
    const double nt = static_cast<double>(n[t]);
    u += score * (static_cast<double>(k[t]) - nt * pooled);
    sum_nt += nt * score;
    sum_ntt += nt * score * score;
  }
  const double variance = pooled * (1 - pooled) * (sum_ntt - sum_nt * sum_nt / static_cast<double>(total_n));
  if (!(variance > 0)) {
    r.reason = "the scores do not vary";
    return r;
  }
  const double z = u / std::sqrt(variance);
  r.chi_square = round_significant(z * z, 6);
  r.z = round_significant(z, 6);
  r.p_value = round_significant(std::erfc(std::fabs(z) / std::sqrt(2.0)), 6);
  return r;
}

}  // namespace icp::stats
