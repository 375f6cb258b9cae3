// The shift of the median between two samples, with a bootstrap interval (METHODS.md "Mix shift",
// "Numeric": "the shift of the median with its interval"): by how much did the typical deal size,
// cycle length, … move, and how sure is that?
//
// shift = median(recent) − median(baseline). 95% interval: the percentile bootstrap — B times, each
// sample resampled with replacement (seeded, SeededRandom::below), the shift recomputed; the 2.5%
// and 97.5% quantiles (type 7, order_statistics.h) of the B shifts. Defaults B = 2000 and seed
// kDefaultSeed. Medians only select and average values, so the figures are the same bits
// everywhere; they are rounded to 6 significant digits (rounding.h) like every statistic here.
// Missing values (NaN) are dropped. The caller applies METHODS.md's "< 30 rows in a window" rule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "stats/seeded_random.h"
#include "stats/wilson_interval.h"

namespace icp::stats {

inline constexpr size_t kDefaultMedianShiftReplicates = 2000;

struct MedianShiftResult {
  double baseline_median = 0;
  double recent_median = 0;
  double shift = 0;             // recent − baseline
  std::optional<Interval> ci;   // bootstrap 95% percentile interval (absent with 0 replicates)
  size_t replicates = 0;
  uint64_t seed = 0;
  std::string reason;           // non-empty: not computed, and why
  bool ok() const { return reason.empty(); }
};

MedianShiftResult median_shift(const std::vector<double>& baseline, const std::vector<double>& recent,
                               size_t replicates = kDefaultMedianShiftReplicates, uint64_t seed = kDefaultSeed);

}  // namespace icp::stats
