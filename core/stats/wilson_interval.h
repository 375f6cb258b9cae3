// Wilson score interval for a binomial proportion (METHODS.md "Intervals").
#pragma once

#include <cstdint>

namespace icp::stats {

struct Interval {
  double low = 0;
  double high = 0;
};

// 95% by default (z = 1.959963984540054). n must be > 0.
Interval wilson_interval(uint64_t successes, uint64_t n, double z = 1.959963984540054);

// METHODS.md: a proportion whose 95% Wilson half-width exceeds this is "insufficient data".
inline constexpr double kMaxConfidentHalfWidth = 0.15;

}  // namespace icp::stats
