// Medians, quartiles and the distribution-free interval of a median (METHODS.md "Intervals").
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "stats/wilson_interval.h"

namespace icp::stats {

// Linear interpolation between order statistics (type 7, as numpy/R default). values is reordered
// (by selection, not sorted). Empty input gives nothing.
std::optional<double> quantile(std::vector<double>& values, double p);

struct MedianSummary {
  size_t n = 0;
  double median = 0;
  double q1 = 0;
  double q3 = 0;
  // [x(k), x(n-k+1)] with coverage >= 95%; absent for n <= 5.
  std::optional<Interval> ci;
  double ci_coverage = 0;
};

// May reorder values (whole numbers in a narrow range are counted, others selected in place).
// Empty input gives nothing.
std::optional<MedianSummary> summarize_median(std::vector<double>& values);
// The same of whole numbers (days): counted, in one pass, when their range is narrow for their count.
// The figures equal those of the values as doubles.
std::optional<MedianSummary> summarize_median(std::vector<int32_t>& values);

// The same of whole numbers given by their counts: counts[v] values equal v (v ≥ 0). The figures
// equal those of the values themselves. No counts, or all zero, give nothing.
std::optional<MedianSummary> summarize_median_of_counts(std::span<const uint32_t> counts);

// METHODS.md: a median of fewer values than this is "insufficient data".
inline constexpr size_t kMinMedianSample = 6;

// The k (1-based) of the order-statistic interval [x(k), x(n-k+1)] with the largest k whose
// coverage 1 - 2 P(Bin(n, 1/2) <= k-1) is still >= 95%; 0 when none exists (n <= 5).
size_t median_interval_rank(size_t n, double* coverage = nullptr);

}  // namespace icp::stats
