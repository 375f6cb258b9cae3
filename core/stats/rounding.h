// Rounding figures that come from exp / log / lgamma / erfc, whose last bits differ between C
// libraries (glibc natively, musl in wasm): the report must be byte-identical from the CLI and the
// page, so such figures are rounded to a few significant digits before they are written.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace icp::stats {

// printf's correctly rounded decimal conversion, read back: the same on every platform.
inline double round_significant(double x, int digits) {
  if (!std::isfinite(x) || x == 0) return x;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.*e", digits - 1, x);
  return std::strtod(buf, nullptr);
}

}  // namespace icp::stats
