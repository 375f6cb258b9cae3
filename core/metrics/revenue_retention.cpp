#include "metrics/revenue_retention.h"

#include <algorithm>

#include "metrics/periods.h"

namespace icp::metrics {

std::vector<NetRetention> net_retention_by_group(const MrrMatrix& matrix, const CustomerGroups& groups,
                                                 uint64_t min_customers) {
  std::vector<NetRetention> out(groups.groups);
  std::string common_reason;
  const int32_t then = matrix.as_of_month - kRetentionLagMonths;
  if (matrix.empty()) {
    common_reason = "no revenue data";
  } else if (then < matrix.first_month) {
    common_reason = "needs " + std::to_string(kRetentionLagMonths + 1) + " months of revenue data, have " +
                    std::to_string(matrix.months);
  }
  if (common_reason.empty()) {
    for (size_t c = 0; c < matrix.customers; ++c) {
      const uint32_t g = groups.group(c);
      if (g >= out.size()) continue;
      const double before = matrix.at(static_cast<int32_t>(c), then);
      if (!(before > 0)) continue;
      const double now = matrix.at(static_cast<int32_t>(c), matrix.as_of_month);
      NetRetention& r = out[g];
      ++r.n;
      r.mrr_then += before;
      r.mrr_now += now;
      r.mrr_kept += std::min(now, before);
    }
  }
  for (NetRetention& r : out) {
    std::string reason = common_reason;
    if (reason.empty() && r.n == 0) {
      reason = "no customers paying in " + month_label(then);
    } else if (reason.empty() && r.n < min_customers) {
      reason = insufficient(r.n);
    }
    if (reason.empty()) {
      r.nrr = Figure<double>::of(r.mrr_now / r.mrr_then);
      r.grr = Figure<double>::of(r.mrr_kept / r.mrr_then);
    } else {
      r.nrr = Figure<double>::none(reason);
      r.grr = Figure<double>::none(reason);
    }
  }
  return out;
}

}  // namespace icp::metrics
