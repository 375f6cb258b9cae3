#include "stats/wasserstein.h"

#include <algorithm>
#include <cmath>

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

}  // namespace

WassersteinResult wasserstein_distance(const std::vector<double>& baseline, const std::vector<double>& recent) {
  return wasserstein_distance_of_sorted(sorted_without_nan(baseline), sorted_without_nan(recent));
}

WassersteinResult wasserstein_distance_of_sorted(const std::vector<double>& a, const std::vector<double>& b) {
  WassersteinResult r;
  const size_t m = a.size(), n = b.size();
  if (m == 0 || n == 0) {
    r.reason = m == 0 ? "the baseline sample is empty" : "the recent sample is empty";
    return r;
  }
  // Between consecutive pooled values the two step functions are constant.
  double w = 0;
  size_t i = 0, j = 0;
  double previous = std::min(a[0], b[0]);
  while (i < m || j < n) {
    const double v = j >= n || (i < m && a[i] <= b[j]) ? a[i] : b[j];
    const double gap = std::fabs(static_cast<double>(i) / static_cast<double>(m) -
                                 static_cast<double>(j) / static_cast<double>(n));
    w += gap * (v - previous);
    previous = v;
    while (i < m && a[i] == v) ++i;
    while (j < n && b[j] == v) ++j;
  }
  r.distance = round_significant(w, 6);
  if (m >= 2) {
    double mean = 0;
    for (double x : a) mean += x;
    mean /= static_cast<double>(m);
    double ss = 0;
    for (double x : a) ss += (x - mean) * (x - mean);
    const double sd = std::sqrt(ss / static_cast<double>(m - 1));
    r.baseline_sd = round_significant(sd, 6);
    if (sd > 0) r.normalized = round_significant(w / sd, 6);
  }
  return r;
}

}  // namespace icp::stats
