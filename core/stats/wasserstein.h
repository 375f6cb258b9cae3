// 1-D Wasserstein (earth mover's) distance between two samples, normalised by the baseline's
// standard deviation (METHODS.md "Mix shift", "Numeric": "Wasserstein distance normalised by the
// baseline's standard deviation"): how far, in baseline spreads, did a numeric field's distribution
// move?
//
// W₁ = ∫ |F_baseline(x) − F_recent(x)| dx, summed exactly over the pooled sorted values. Normalised:
// W₁ / s, s the baseline's sample standard deviation (n − 1); absent when s is 0 or the baseline has
// one value. Missing values (NaN) are dropped. Figures rounded to 6 significant digits (rounding.h).
// The caller applies METHODS.md's "< 30 rows in a window" rule.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace icp::stats {

struct WassersteinResult {
  double distance = 0;               // W₁ in the data's unit
  std::optional<double> normalized;  // W₁ / baseline standard deviation
  double baseline_sd = 0;
  std::string reason;                // non-empty: not computed, and why
  bool ok() const { return reason.empty(); }
};

WassersteinResult wasserstein_distance(const std::vector<double>& baseline, const std::vector<double>& recent);
// The same for samples already sorted ascending and without NaN.
WassersteinResult wasserstein_distance_of_sorted(const std::vector<double>& baseline, const std::vector<double>& recent);

}  // namespace icp::stats
