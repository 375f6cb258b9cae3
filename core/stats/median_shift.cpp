#include "stats/median_shift.h"

#include <algorithm>
#include <cmath>

#include "stats/order_statistics.h"
#include "stats/rounding.h"

namespace icp::stats {
namespace {

// The z of a two-sided 95% normal interval.
constexpr double kZ95 = 1.959963984540054;

// The k-th smallest of v (0-based; v is reordered).
double select(std::vector<double>& v, size_t k) {
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

// The median of v (reordered), the mean of the two middle values when the count is even.
double median_of(std::vector<double>& v) {
  const size_t half = v.size() / 2;
  const double upper = select(v, half);
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

// McKean–Schrader: the median's standard error from the order statistics x₍c₎ and x₍n−c+1₎
// (1-based), c = round((n+1)/2 − z·√n/2), clamped to [1, (n+1)/2].
double median_standard_error(std::vector<double>& v) {
  const double n = static_cast<double>(v.size());
  double c = std::round((n + 1) / 2 - kZ95 * std::sqrt(n) / 2);
  c = std::clamp(c, 1.0, std::floor((n + 1) / 2));
  const auto low_rank = static_cast<size_t>(c) - 1;     // 0-based x₍c₎
  const size_t high_rank = v.size() - 1 - low_rank;     // 0-based x₍n−c+1₎
  const double high = select(v, high_rank);
  // After selecting high_rank, everything before it is ≤ it: the low one is among them.
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(low_rank),
                   v.begin() + static_cast<std::ptrdiff_t>(high_rank));
  const double low = v[low_rank];
  return (high - low) / (2 * kZ95);
}

Interval bootstrap_interval(const std::vector<double>& a, const std::vector<double>& b, size_t replicates,
                            uint64_t seed) {
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
  return Interval{round_significant(*low, 6), round_significant(*high, 6)};
}

}  // namespace

const char* median_shift_method_name(MedianShiftMethod method) {
  switch (method) {
    case MedianShiftMethod::bootstrap: return "bootstrap";
    case MedianShiftMethod::order_statistic: return "order_statistic";
    case MedianShiftMethod::none: break;
  }
  return "none";
}

MedianShiftResult median_shift(const std::vector<double>& baseline, const std::vector<double>& recent,
                               size_t replicates, uint64_t seed) {
  MedianShiftResult r;
  r.seed = seed;
  std::vector<double> a = without_nan(baseline), b = without_nan(recent);
  if (a.empty() || b.empty()) {
    r.reason = a.empty() ? "the baseline sample is empty" : "the recent sample is empty";
    return r;
  }
  const bool bootstrap = a.size() + b.size() <= kBootstrapMaxValues;
  std::vector<double> work = a;
  const double median_a = median_of(work);
  work = b;
  const double median_b = median_of(work);
  r.baseline_median = round_significant(median_a, 6);
  r.recent_median = round_significant(median_b, 6);
  r.shift = round_significant(median_b - median_a, 6);
  if (replicates == 0) return r;
  if (bootstrap) {
    r.method = MedianShiftMethod::bootstrap;
    r.replicates = replicates;
    r.ci = bootstrap_interval(a, b, replicates, seed);
    return r;
  }
  r.method = MedianShiftMethod::order_statistic;
  const double se_a = median_standard_error(a), se_b = median_standard_error(b);
  const double half = kZ95 * std::sqrt(se_a * se_a + se_b * se_b);
  const double shift = median_b - median_a;
  r.ci = Interval{round_significant(shift - half, 6), round_significant(shift + half, 6)};
  return r;
}

}  // namespace icp::stats
