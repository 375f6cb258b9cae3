#include "stats/benjamini_hochberg.h"

#include <algorithm>
#include <numeric>

namespace icp::stats {

std::vector<double> benjamini_hochberg(const std::vector<double>& p) {
  const size_t m = p.size();
  std::vector<size_t> order(m);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
  std::vector<double> q(m, 1.0);
  double running = 1.0;
  for (size_t r = m; r-- > 0;) {
    const double adjusted = p[order[r]] * static_cast<double>(m) / static_cast<double>(r + 1);
    running = std::min(running, adjusted);
    q[order[r]] = std::min(1.0, running);
  }
  return q;
}

}  // namespace icp::stats
