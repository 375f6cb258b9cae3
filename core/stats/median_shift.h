// The shift of the median between two samples, with its 95% interval (METHODS.md "Mix shift",
// "Numeric": "the shift of the median with its interval"): by how much did the typical deal size,
// cycle length, … move, and how sure is that?
//
// shift = median(recent) − median(baseline). The interval depends on how many values there are:
// - Up to kBootstrapMaxValues values in all, the percentile bootstrap: B times, each sample
//   resampled with replacement (seeded, SeededRandom::below), the shift recomputed; the 2.5% and
//   97.5% quantiles (type 7, order_statistics.h) of the B shifts. Defaults B = 2000 and seed
//   kDefaultSeed. It makes no assumption about the distributions, which matters in small samples.
// - Above, the order-statistic interval of McKean & Schrader (1984), as Bonett & Price (2002) use it
//   for a difference of medians: each median's standard error is (x₍n−c+1₎ − x₍c₎) / (2z) with
//   c = round((n+1)/2 − z·√n/2) and z = 1.959964, and the interval is shift ± z·√(se_b² + se_r²).
//   With a thousand values a side it agrees with the bootstrap to the precision shown, and it costs three
//   selections instead of B resamples of the whole sample (a million deals: 2000 × 1M draws).
// Only selections, + − × ÷ and √ (rounded exactly by IEEE 754) are used, so the figures are the same
// bits everywhere; they are rounded to 6 significant digits (rounding.h) like every statistic here.
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
// The most values (both samples together) the interval is bootstrapped for.
inline constexpr size_t kBootstrapMaxValues = 2000;

enum class MedianShiftMethod { none, bootstrap, order_statistic };

// "bootstrap", "order_statistic" (and "none" when no interval was computed).
const char* median_shift_method_name(MedianShiftMethod method);

struct MedianShiftResult {
  double baseline_median = 0;
  double recent_median = 0;
  double shift = 0;             // recent − baseline
  std::optional<Interval> ci;   // 95% interval (absent with 0 replicates)
  MedianShiftMethod method = MedianShiftMethod::none;
  size_t replicates = 0;        // of the bootstrap; 0 for the order-statistic interval
  uint64_t seed = 0;
  std::string reason;           // non-empty: not computed, and why
  bool ok() const { return reason.empty(); }
};

// replicates = 0 asks for no interval at all.
MedianShiftResult median_shift(const std::vector<double>& baseline, const std::vector<double>& recent,
                               size_t replicates = kDefaultMedianShiftReplicates, uint64_t seed = kDefaultSeed);

}  // namespace icp::stats
