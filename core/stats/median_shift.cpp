#include "stats/median_shift.h"

#include <algorithm>
#include <cmath>

#include "stats/order_statistics.h"
#include "stats/rounding.h"

namespace icp::stats {
namespace {

// The median of v (reordered), the mean of the two middle values when the count is even.
double median_of(std::vector<double>& v) {
  const size_t half = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(half), v.end());
  const double upper = v[half];
  if (v.size() % 2 == 1) return upper;
  const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(half));
  return (lower + upper) / 2;
}

std::vector<double> without_nan(const std::vector<double>& v) {
  std::vector<double> out;
  out.reserve(v.size());
  for (double x : v)
    if (!std::isnan(x)) out.push_back(x);
  return out;
}

}  // namespace

MedianShiftResult median_shift(const std::vector<double>& baseline, const std::vector<double>& recent,
                               size_t replicates, uint64_t seed) {
  MedianShiftResult r;
  r.seed = seed;
  const std::vector<double> a = without_nan(baseline), b = without_nan(recent);
  if (a.empty() || b.empty()) {
    r.reason = a.empty() ? "the baseline sample is empty" : "the recent sample is empty";
    return r;
  }
  std::vector<double> work = a;
  const double median_a = median_of(work);
  work = b;
  const double median_b = median_of(work);
  r.baseline_median = round_significant(median_a, 6);
  r.recent_median = round_significant(median_b, 6);
  r.shift = round_significant(median_b - median_a, 6);
  r.replicates = replicates;
  if (replicates == 0) return r;
  SeededRandom random(seed);
  std::vector<double> shifts;
  shifts.reserve(replicates);
  std::vector<double> resample_a(a.size()), resample_b(b.size());
  for (size_t rep = 0; rep < replicates; ++rep) {
    for (double& x : resample_a) x = a[random.below(a.size())];
    for (double& x : resample_b) x = b[random.below(b.size())];
    shifts.push_back(median_of(resample_b) - median_of(resample_a));
  }
  const std::optional<double> low = quantile(shifts, 0.025), high = quantile(shifts, 0.975);
  r.ci = Interval{round_significant(*low, 6), round_significant(*high, 6)};
  return r;
}

}  // namespace icp::stats
