#include "stats/wilson_interval.h"

#include <algorithm>
#include <cmath>

namespace icp::stats {

Interval wilson_interval(uint64_t successes, uint64_t n, double z) {
  const double x = static_cast<double>(successes);
  const double m = static_cast<double>(n);
  const double z2 = z * z;
  const double centre = (x + z2 / 2) / (m + z2);
  const double half = z * std::sqrt(x * (m - x) / m + z2 / 4) / (m + z2);
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

}  // namespace icp::stats
